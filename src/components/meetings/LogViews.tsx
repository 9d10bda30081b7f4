/**
 * Shows the one view of the meeting log that the fragment asks for. Every view loads on demand, so the
 * page's first download holds only the shell and storage; the overview follows at once. A closed
 * partnership shows its closing summary, and its meetings, goals and history read-only.
 */
import type { ComponentType } from 'preact';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { View, ViewState } from '../../lib/meetings/view-state';
import { isClosed } from '../../lib/meetings/closed';
import { ReadOnly } from './ReadOnly';
import type { UndoApi } from './undo';
import { lazy } from '../shared/lazy';

export interface ViewProps {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
  go: (next: Partial<ViewState>) => void;
  /** Removals that can be undone until the page is left. */
  undo: UndoApi;
}

type LazyViewProps = ViewProps & { meetingId: string | undefined };

// Made once, at module level: each view downloads on first use.
const views: Record<View, ComponentType<LazyViewProps>> = {
  overview: lazy(() => import('./Overview').then((m) => m.Overview)),
  prepare: lazy(() => import('./PrepareView').then((m) => m.PrepareView)),
  meeting: lazy(() => import('./MeetingView').then((m) => m.MeetingView)),
  goals: lazy(() => import('./GoalsView').then((m) => m.GoalsView)),
  schedule: lazy(() => import('./ScheduleView').then((m) => m.ScheduleView)),
  history: lazy(() => import('./HistoryView').then((m) => m.HistoryView)),
  ending: lazy(() => import('./EndingView').then((m) => m.EndingView)),
};

/** What a closed partnership still shows, read-only; every other view gives way to the ending's summary. */
function closedView({ view, meetingId }: ViewState): View {
  return view === 'goals' || view === 'history' || (view === 'meeting' && meetingId) ? view : 'ending';
}

export function LogViews({ viewState, ...props }: ViewProps & { viewState: ViewState }) {
  const closed = isClosed(props.data.partnership);
  const view = closed ? closedView(viewState) : viewState.view;
  const View = views[view];
  const shown = <View key={view} {...props} meetingId={viewState.meetingId} />;
  if (!closed || view === 'ending') return shown;
  return <ReadOnly partnershipId={props.data.partnership.id}>{shown}</ReadOnly>;
}

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
import { useLazy } from './use-lazy';

export interface ViewProps {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
  go: (next: Partial<ViewState>) => void;
  /** Removals that can be undone until the page is left. */
  undo: UndoApi;
}

type LazyViewProps = ViewProps & { meetingId: string | undefined };

// Module-level loaders, so each is one stable function (the lazy cache is keyed by it).
const loaders: Record<View, () => Promise<ComponentType<LazyViewProps>>> = {
  overview: () => import('./Overview').then((m) => m.Overview),
  prepare: () => import('./PrepareView').then((m) => m.PrepareView),
  meeting: () => import('./MeetingView').then((m) => m.MeetingView),
  goals: () => import('./GoalsView').then((m) => m.GoalsView),
  schedule: () => import('./ScheduleView').then((m) => m.ScheduleView),
  history: () => import('./HistoryView').then((m) => m.HistoryView),
  ending: () => import('./EndingView').then((m) => m.EndingView),
};

function LazyView({ view, ...props }: LazyViewProps & { view: View }) {
  const Component = useLazy(loaders[view]);
  if (!Component) return <p role="status">Loading…</p>;
  return <Component {...props} />;
}

/** What a closed partnership still shows, read-only; every other view gives way to the ending's summary. */
function closedView({ view, meetingId }: ViewState): View {
  return view === 'goals' || view === 'history' || (view === 'meeting' && meetingId) ? view : 'ending';
}

export function LogViews({ viewState, ...props }: ViewProps & { viewState: ViewState }) {
  const closed = isClosed(props.data.partnership);
  const view = closed ? closedView(viewState) : viewState.view;
  const shown = <LazyView key={view} view={view} {...props} meetingId={viewState.meetingId} />;
  if (!closed || view === 'ending') return shown;
  return <ReadOnly partnershipId={props.data.partnership.id}>{shown}</ReadOnly>;
}

/**
 * Shows the one view of the meeting log that the fragment asks for. Every view loads on demand, so the
 * page's first download holds only the shell and storage; the overview follows at once.
 */
import type { ComponentType } from 'preact';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { View, ViewState } from '../../lib/meetings/view-state';
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
};

export function LogViews({ viewState, ...props }: ViewProps & { viewState: ViewState }) {
  const View = views[viewState.view];
  return <View key={viewState.view} {...props} meetingId={viewState.meetingId} />;
}

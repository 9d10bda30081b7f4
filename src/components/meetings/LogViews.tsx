/** Shows the one view of the meeting log that the fragment asks for. */
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { ViewState } from '../../lib/meetings/view-state';
import { GoalsView } from './GoalsView';
import { HistoryView } from './HistoryView';
import { MeetingView } from './MeetingView';
import { Overview } from './Overview';
import { PrepareView } from './PrepareView';
import { ScheduleView } from './ScheduleView';

export interface ViewProps {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
  go: (next: Partial<ViewState>) => void;
}

export function LogViews({ viewState, ...props }: ViewProps & { viewState: ViewState }) {
  switch (viewState.view) {
    case 'prepare':
      return <PrepareView {...props} />;
    case 'meeting':
      return <MeetingView {...props} meetingId={viewState.meetingId} />;
    case 'goals':
      return <GoalsView {...props} />;
    case 'schedule':
      return <ScheduleView {...props} />;
    case 'history':
      return <HistoryView {...props} />;
    default:
      return <Overview {...props} />;
  }
}

/**
 * The meeting log island: shows one view of the open partnership's log at a time (chosen in the URL
 * fragment), with the autosave status. Storage is wired in use-meeting-log.ts.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ChecklistTemplate } from '../../lib/schemas';
import { readViewState, viewStateToHash, type ViewState } from '../../lib/meetings/view-state';
import { LogNav } from './LogNav';
import { LogViews } from './LogViews';
import { NoPartnership } from './NoPartnership';
import { IncomingShare } from './IncomingShare';
import { SaveStatus } from './SaveStatus';
import { useMeetingLog } from './use-meeting-log';

interface Props {
  /** Link to /workbook/, with the base path. */
  workbookHref: string;
  /** The site's checklist, to read what the pair agreed about meeting rhythm and review. */
  defaultTemplate?: ChecklistTemplate;
}

export function MeetingLog({ workbookHref, defaultTemplate }: Props) {
  const [viewState, setViewState] = useState<ViewState>(() => readViewState(location.hash));
  const partnershipId = viewState.partnershipId;
  const { loaded, saveState, saveProblem, inMemory, change, retry } = useMeetingLog(
    partnershipId,
    defaultTemplate,
  );

  useEffect(() => {
    const onHash = () => setViewState(readViewState(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const go = useCallback(
    (next: Partial<ViewState>) => {
      const state: ViewState = { partnershipId, view: next.view ?? 'overview' };
      if (next.meetingId) state.meetingId = next.meetingId;
      location.hash = viewStateToHash(state);
    },
    [partnershipId],
  );

  if (loaded.kind === 'loading') return <p role="status">Loading your meeting log…</p>;
  if (loaded.kind === 'error') return <p role="alert">{loaded.message}</p>;
  if (loaded.kind === 'no-partnership') {
    return <NoPartnership choices={loaded.choices} workbookHref={workbookHref} />;
  }
  return (
    <div class="meeting-log">
      <div class="log-bar no-print">
        <LogNav partnershipId={loaded.data.partnership.id} current={viewState.view} />
        <SaveStatus state={saveState} problem={saveProblem} inMemory={inMemory} onRetry={retry} />
      </div>
      <IncomingShare data={loaded.data} change={change} />
      <LogViews data={loaded.data} viewState={viewState} change={change} go={go} />
    </div>
  );
}

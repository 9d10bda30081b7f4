/**
 * The meeting log island: shows one view of the open partnership's log at a time (chosen in the URL
 * fragment), with the autosave status. Storage is wired in use-meeting-log.ts.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ChecklistTemplate } from '../../lib/schemas';
import { readViewState, viewStateToHash, type ViewState } from '../../lib/meetings/view-state';
import { LogNav } from './LogNav';
import { LogViews } from './LogViews';
import { NoPartnership } from './NoPartnership';
import { IncomingShare } from './IncomingShare';
import { ConflictNotice } from '../shared/ConflictWhenNeeded';
import { SaveStatus } from '../shared/SaveStatus';
import type { UndoApi, UndoEntry } from './undo';
import { lazy } from '../shared/lazy';
import { useMeetingLog } from './use-meeting-log';

// The undo notice loads only after a meeting is deleted (it is not part of the first download).
const LazyUndoNotice = lazy(() => import('./UndoNotice').then((m) => m.UndoNotice), { loading: 'none' });

interface Props {
  /** Link to /workbook/, with the base path. */
  workbookHref: string;
  /** The site's checklist, to read what the pair agreed about meeting rhythm and review. */
  defaultTemplate?: ChecklistTemplate;
}

export function MeetingLog({ workbookHref, defaultTemplate }: Props) {
  const [viewState, setViewState] = useState<ViewState>(() => readViewState(location.hash));
  const partnershipId = viewState.partnershipId;
  const { loaded, session, change } = useMeetingLog(partnershipId, defaultTemplate);

  useEffect(() => {
    const onHash = () => setViewState(readViewState(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Removals that can be undone, kept until the page is left (not across reloads).
  const [undoEntries, setUndoEntries] = useState<UndoEntry[]>([]);
  const data = loaded.kind === 'ready' ? loaded.data : null;
  const undo = useMemo<UndoApi>(
    () => ({
      entries: undoEntries,
      remember: (entry) => setUndoEntries((list) => [...list.filter((e) => e.id !== entry.id), entry]),
      undo(entry) {
        if (data) change(entry.restore(data));
        setUndoEntries((list) => list.filter((e) => e.id !== entry.id));
      },
    }),
    [undoEntries, data, change],
  );

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
    return (
      <NoPartnership choices={loaded.choices} workbookHref={workbookHref} missing={partnershipId !== null} />
    );
  }
  return (
    <div class="meeting-log">
      <div class="log-bar no-print">
        <LogNav partnershipId={loaded.data.partnership.id} current={viewState.view} />
        {session && <SaveStatus session={session} />}
      </div>
      {session && <ConflictNotice session={session} />}
      {undoEntries.some((entry) => entry.kind === 'meeting') && <LazyUndoNotice undo={undo} go={go} />}
      <LogViews data={loaded.data} viewState={viewState} change={change} go={go} undo={undo} />
      {/* After the log, so its first control stays on a phone's first screen; a preview of what the
          partner sent scrolls itself into view. */}
      <IncomingShare data={loaded.data} change={change} />
    </div>
  );
}

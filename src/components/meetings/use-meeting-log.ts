/**
 * The meeting log's connection to storage, as a hook: opens the store, loads the partnership's log,
 * replays any changes a closing page stashed, autosaves every change (debounced, flushed and stashed
 * when the page is hidden), and reloads when another tab saved.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createAutosaver, type Autosaver, type SaveState } from '../../lib/meetings/autosave';
import { changesToReplay, isEmpty, localStorageJournal, type Journal } from '../../lib/meetings/journal';
import {
  applyChanges,
  mergeChanges,
  type LogChanges,
  type MeetingLogStore,
  type PartnershipChoice,
} from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { ChecklistTemplate } from '../../lib/schemas';
import { openMeetingLogStore } from '../../lib/meetings/workbook-store';
import { getWorkbook } from '../shared/workbook-client';
import { describeProblem } from './problems';

export type Loaded =
  | { kind: 'loading' }
  | { kind: 'no-partnership'; choices: PartnershipChoice[] }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; data: MeetingLogData };

const openFailed =
  'This browser would not open its storage, so the meeting log cannot load. Private browsing can cause this: try a normal window.';

export function useMeetingLog(partnershipId: string | null, defaultTemplate?: ChecklistTemplate) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [saveProblem, setSaveProblem] = useState('');
  // The workbook lives in this tab's memory (storage unavailable, or the disk filled up).
  const [inMemory, setInMemory] = useState(false);
  const saver = useRef<Autosaver<LogChanges> | null>(null);

  useEffect(() => {
    if (!partnershipId) {
      // None open: offer the partnerships on this device, if there are any.
      openMeetingLogStore(defaultTemplate, getWorkbook)
        .then(({ store }) => store.list())
        .then((choices) => setLoaded({ kind: 'no-partnership', choices }))
        .catch(() => setLoaded({ kind: 'no-partnership', choices: [] }));
      return;
    }
    let cancelled = false;
    let store: MeetingLogStore | null = null;
    let stop: () => void = () => undefined;
    const journal: Journal = localStorageJournal(partnershipId);

    const load = async (replay: boolean) => {
      if (!store) return;
      let data = await store.load(partnershipId);
      if (data && replay) {
        const stashed = journal.read();
        const changes = stashed ? changesToReplay(stashed, data) : {};
        if (!isEmpty(changes)) {
          await store.save(partnershipId, changes);
          data = applyChanges(data, changes);
        }
        journal.clear();
      }
      if (!cancelled) setLoaded(data ? { kind: 'ready', data } : { kind: 'no-partnership', choices: [] });
    };

    openMeetingLogStore(defaultTemplate, getWorkbook)
      .then(async ({ store: opened }) => {
        if (cancelled) return;
        store = opened;
        // When storage is unavailable, the page's BackupReminder island warns (one warning per page);
        // the save status only avoids claiming the changes are on this device.
        const { workbook } = await getWorkbook();
        setInMemory(workbook.backend === 'memory');
        saver.current = createAutosaver<LogChanges>(
          (changes) => opened.save(partnershipId, changes),
          (state, error) => {
            setSaveState(state);
            setInMemory(workbook.backend === 'memory');
            setSaveProblem(state === 'error' ? describeProblem(error) : '');
            if (state === 'saved') journal.clear();
          },
          { merge: mergeChanges },
        );
        // Another tab saved: write what this tab still holds first, then read the store again.
        stop = opened.subscribe(partnershipId, () => void saver.current?.flush().then(() => load(false)));
        await load(true);
      })
      .catch((error: unknown) =>
        setLoaded({
          kind: 'error',
          message: error instanceof Error && 'hint' in error ? describeProblem(error) : openFailed,
        }),
      );

    const stash = () => {
      const unsaved = saver.current?.unsaved();
      if (unsaved) journal.write(unsaved);
      void saver.current?.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') stash();
    };
    addEventListener('pagehide', stash);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      stop();
      removeEventListener('pagehide', stash);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [partnershipId, defaultTemplate]);

  /** Applies changes to the page at once and queues them to be saved. */
  const change = useCallback((changes: LogChanges) => {
    setLoaded((current) =>
      current.kind === 'ready' ? { kind: 'ready', data: applyChanges(current.data, changes) } : current,
    );
    saver.current?.queue(changes);
  }, []);

  const retry = useCallback(() => void saver.current?.flush(), []);

  return { loaded, saveState, saveProblem, inMemory, change, retry };
}

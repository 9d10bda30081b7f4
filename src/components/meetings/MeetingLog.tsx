/**
 * The meeting log island: loads the open partnership's log from storage, keeps it in step with other
 * tabs, autosaves every change, and shows one view at a time (chosen in the URL fragment).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createAutosaver, type Autosaver, type SaveState } from '../../lib/meetings/autosave';
import { openInterimStore } from '../../lib/meetings/interim-store';
import {
  applyChanges,
  mergeChanges,
  type LogChanges,
  type MeetingLogStore,
} from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import { readViewState, viewStateToHash, type ViewState } from '../../lib/meetings/view-state';
import { LogNav } from './LogNav';
import { LogViews } from './LogViews';
import { SaveStatus } from './SaveStatus';

interface Props {
  /** Link to /workbook/, with the base path. */
  workbookHref: string;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'no-partnership' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; data: MeetingLogData };

export function MeetingLog({ workbookHref }: Props) {
  const [viewState, setViewState] = useState<ViewState>(() => readViewState(location.hash));
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const store = useRef<MeetingLogStore | null>(null);
  const saver = useRef<Autosaver<LogChanges> | null>(null);
  const partnershipId = viewState.partnershipId;

  const reload = useCallback(async () => {
    if (!store.current || !partnershipId) return;
    const data = await store.current.load(partnershipId);
    setLoaded(data ? { kind: 'ready', data } : { kind: 'no-partnership' });
  }, [partnershipId]);

  useEffect(() => {
    const onHash = () => setViewState(readViewState(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!partnershipId) {
      setLoaded({ kind: 'no-partnership' });
      return;
    }
    let stop = () => undefined as void;
    let cancelled = false;
    openInterimStore()
      .then(async (opened) => {
        if (cancelled) return;
        store.current = opened;
        saver.current = createAutosaver<LogChanges>((changes) => opened.save(changes), setSaveState, {
          merge: mergeChanges,
        });
        stop = opened.subscribe(partnershipId, () => {
          // Another tab saved: write what this tab still holds first, then read the store again.
          void saver.current?.flush().then(reload);
        });
        await reload();
      })
      .catch(() => {
        setLoaded({
          kind: 'error',
          message:
            'This browser would not open its storage, so the meeting log cannot load. Private browsing can cause this: try a normal window.',
        });
      });
    const flush = () => void saver.current?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      cancelled = true;
      stop();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [partnershipId, reload]);

  const change = useCallback((changes: LogChanges) => {
    setLoaded((current) =>
      current.kind === 'ready' ? { kind: 'ready', data: applyChanges(current.data, changes) } : current,
    );
    saver.current?.queue(changes);
  }, []);

  const go = useCallback(
    (next: Partial<ViewState>) => {
      const state: ViewState = { partnershipId, view: next.view ?? 'overview' };
      if (next.meetingId) state.meetingId = next.meetingId;
      location.hash = viewStateToHash(state);
    },
    [partnershipId],
  );

  if (loaded.kind === 'loading') return <p role="status">Opening your meeting log…</p>;
  if (loaded.kind === 'error') return <p role="alert">{loaded.message}</p>;
  if (loaded.kind === 'no-partnership') {
    return (
      <div class="log-empty">
        <p>
          There is no partnership open yet. The meeting log belongs to a partnership, so start or open one
          first.
        </p>
        <p>
          <a class="button" href={workbookHref}>
            Go to your workbook
          </a>
        </p>
      </div>
    );
  }
  return (
    <div class="meeting-log">
      <div class="log-bar no-print">
        <LogNav partnershipId={loaded.data.partnership.id} current={viewState.view} />
        <SaveStatus state={saveState} onRetry={() => void saver.current?.flush()} />
      </div>
      <LogViews data={loaded.data} viewState={viewState} change={change} go={go} />
    </div>
  );
}

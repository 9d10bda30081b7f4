/**
 * Notices that appear only when something has gone wrong (a change made in two tabs, a workbook that
 * would not open), so their code loads when one is first shown rather than with every workbook page.
 */
import type { Session } from '../../lib/session/session';
import { lazy } from './lazy';
import type { LoadProblem as LoadProblemNotice } from './LoadProblem';
import { useStore } from './use-store';

type LoadProblemProps = Parameters<typeof LoadProblemNotice>[0];

const LoadedConflictNotice = lazy(() => import('./ConflictNotice').then((m) => m.ConflictNotice), {
  loading: 'none',
});
const LoadedLoadProblem = lazy(() => import('./LoadProblem').then((m) => m.LoadProblem));

/** The conflict notice of `session`, loaded and shown only while there is a conflict. */
export function ConflictNotice({ session }: { session: Session }) {
  const conflicts = useStore(session.conflicts, []);
  return conflicts.length === 0 ? null : <LoadedConflictNotice session={session} />;
}

/** What the page says while the workbook opens, and why it did not (loaded only then). */
export function LoadProblem(props: LoadProblemProps) {
  if (props.state.status === 'loading') return <p role="status">Opening your workbook…</p>;
  return <LoadedLoadProblem {...props} />;
}

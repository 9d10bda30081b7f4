/**
 * Notices that appear only when something has gone wrong (a change made in two tabs), so their code
 * loads when one is first shown rather than with every workbook page.
 */
import type { Session } from '../../lib/session/session';
import { lazy } from './lazy';
import { useStore } from './use-store';

const LoadedConflictNotice = lazy(() => import('./ConflictNotice').then((m) => m.ConflictNotice), {
  loading: 'none',
});

/** The conflict notice of `session`, loaded and shown only while there is a conflict. */
export function ConflictNotice({ session }: { session: Session }) {
  const conflicts = useStore(session.conflicts, []);
  return conflicts.length === 0 ? null : <LoadedConflictNotice session={session} />;
}

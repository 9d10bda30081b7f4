/**
 * The session layer's wiring for islands: one session per partnership per page, shared by every island
 * on it (over the page's one workbook), and a hook that gives the page what it shows.
 */
import { useEffect, useState } from 'preact/hooks';
import { localStorageJournal } from '../../lib/session/journal';
import { openSession, type Session, type SessionState } from '../../lib/session/session';
import type { ChecklistTemplate } from '../../lib/schemas';
import { explainError } from '../../lib/data/explain';
import { getWorkbook } from './workbook-client';
import { useStore } from './use-store';

const sessions = new Map<string, Promise<Session>>();

/** The page's session for one partnership, opened on first use. */
export function getSession(partnershipId: string, defaultTemplate?: ChecklistTemplate): Promise<Session> {
  let session = sessions.get(partnershipId);
  if (!session) {
    session = getWorkbook().then(({ workbook }) =>
      openSession({
        workbook,
        partnershipId,
        journal: localStorageJournal(partnershipId),
        ...(defaultTemplate ? { defaultTemplate } : {}),
      }),
    );
    sessions.set(partnershipId, session);
  }
  return session;
}

/** What a page shows: the session's state, or that no partnership is open, or why none opened. */
export type PageState = SessionState | { status: 'no-partnership' };

/** The session of the open partnership (none without an id) and its state, kept current. */
export function useSession(
  partnershipId: string | undefined | null,
  defaultTemplate?: ChecklistTemplate,
): { session: Session | undefined; state: PageState } {
  const [session, setSession] = useState<Session | undefined>();
  const [failed, setFailed] = useState<PageState | undefined>();
  useEffect(() => {
    if (!partnershipId) return undefined;
    let live = true;
    getSession(partnershipId, defaultTemplate).then(
      (opened) => live && setSession(opened),
      (error: unknown) => live && setFailed({ status: 'error', ...explainError(error) }),
    );
    return () => {
      live = false;
    };
  }, [partnershipId, defaultTemplate]);
  const state = useStore<PageState>(session?.state, failed ?? { status: 'loading' });
  return { session, state: partnershipId ? state : { status: 'no-partnership' } };
}

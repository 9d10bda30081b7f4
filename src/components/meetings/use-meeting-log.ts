/**
 * The meeting log's view of the page session (components/shared/use-session.ts): the open
 * partnership's log as the views read it, and `change(writeSet)` to edit it. Loading, autosave, the
 * journal, other tabs and conflicts are the session's. With no partnership open, it lists the ones
 * on this device to choose from.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { partnershipLabel } from '../../lib/data/partnership-label';
import type { LogChanges, PartnershipChoice } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { PartnershipData } from '../../lib/session/load';
import type { ChecklistTemplate } from '../../lib/schemas';
import { useSession } from '../shared/use-session';
import { getWorkbook } from '../shared/workbook-client';

export type Loaded =
  | { kind: 'loading' }
  | { kind: 'no-partnership'; choices: PartnershipChoice[] }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; data: MeetingLogData };

/** The log's shape of a partnership's records. */
function toLog(data: PartnershipData): MeetingLogData {
  const { partnership, meetings, actions, goals, rounds, template } = data;
  const log: MeetingLogData = { partnership, meetings, actions, goals };
  if (template) log.checklist = { template, rounds };
  return log;
}

async function listChoices(): Promise<PartnershipChoice[]> {
  const { workbook } = await getWorkbook();
  return (await workbook.partnerships.list())
    .map((p) => ({ id: p.id, name: partnershipLabel(p) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function useMeetingLog(partnershipId: string | null, defaultTemplate?: ChecklistTemplate) {
  const { session, state } = useSession(partnershipId, defaultTemplate);
  const [choices, setChoices] = useState<PartnershipChoice[] | undefined>();
  const missing = state.status === 'no-partnership' || state.status === 'not-found';
  useEffect(() => {
    if (!missing) return;
    listChoices().then(setChoices, () => setChoices([]));
  }, [missing]);

  const ready = state.status === 'ready' ? state.data : undefined;
  const data = useMemo(() => (ready ? toLog(ready) : undefined), [ready]);
  let loaded: Loaded = { kind: 'loading' };
  if (data) loaded = { kind: 'ready', data };
  else if (state.status === 'error') loaded = { kind: 'error', message: `${state.message} ${state.hint}` };
  else if (missing && choices) loaded = { kind: 'no-partnership', choices };

  /** Applies changes to the page at once and saves them. */
  const change = useCallback((changes: LogChanges) => session?.change(changes), [session]);
  return { loaded, session, change };
}

/**
 * Things the pair changed on both devices apart, found by an exchange. Both devices kept the same
 * value; the other is shown here in full, with a button to use it instead, so nothing is lost and
 * the pair settle it together. Using either sends as a change with the next exchange.
 */
import type { ExchangeConflict } from '../../lib/schemas';
import type { Session } from '../../lib/session/session';
import { findRecord } from '../../lib/session/write-set';
import { setField } from '../../lib/session/undo';
import type { PartnershipData } from '../../lib/session/load';
import { shown } from '../shared/ConflictNotice';
import { getWorkbook } from '../shared/workbook-client';

const what: Record<ExchangeConflict['store'], string> = {
  partnerships: 'The partnership’s details',
  rounds: 'The checklist',
  meetings: 'A meeting',
  actions: 'An action',
  goals: 'A goal',
};

interface Props {
  session: Session;
  data: PartnershipData;
  partner: string;
}

export function ExchangeConflicts({ session, data, partner }: Props) {
  const conflicts = data.exchange?.conflicts ?? [];
  if (conflicts.length === 0) return null;
  const done = async (conflict: ExchangeConflict, useOther: boolean) => {
    const record = findRecord(data, conflict.store, conflict.id);
    if (useOther && record && conflict.path.length) {
      session.change(setField(conflict.store, record, conflict.path, conflict.other), { now: true });
      await session.flush();
    }
    const { workbook } = await getWorkbook();
    await workbook.exchange.change(data.partnership.id, (s) => ({
      ...s,
      conflicts: s.conflicts.filter(
        (c) =>
          !(
            c.store === conflict.store &&
            c.id === conflict.id &&
            c.path.join('/') === conflict.path.join('/')
          ),
      ),
    }));
  };
  return (
    <div class="notice warning" role="region" aria-label="Changed on both devices">
      <h3>Changed on both devices</h3>
      <p>
        You and {partner} changed these apart. Both devices kept the same version; the other is here, so you
        can choose together.
      </p>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.store}:${c.id}:${c.path.join('/')}`}>
            {c.path.length === 0 ? (
              <p>{what[c.store]} was deleted on one device and changed on the other, so it is kept.</p>
            ) : (
              <p>
                {what[c.store]} ({c.path.join(', ')}): kept {shown(c.kept)}; the other was {shown(c.other)}.
              </p>
            )}
            <p class="actions">
              <button type="button" class="secondary" onClick={() => void done(c, false)}>
                Keep this
              </button>
              {c.path.length > 0 && (
                <button type="button" class="secondary" onClick={() => void done(c, true)}>
                  Use the other
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

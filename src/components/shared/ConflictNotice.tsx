/**
 * Says when this tab and another changed the same thing differently. This tab's words are kept on the
 * page; the other tab's are shown here in full, with a button to use them instead — nothing is lost.
 */
import type { Conflict } from '../../lib/session/rebase';
import type { Session } from '../../lib/session/session';
import { useStore } from './use-store';

const fieldNames: Record<string, string> = {
  notes: 'the notes',
  agenda: 'the agenda',
  privateNote: 'the private note',
  durationMinutes: 'the length',
  date: 'the date',
  format: 'the format',
  text: 'the wording',
  title: 'the title',
  mentor: 'an answer of the mentor',
  mentee: 'an answer of the mentee',
  agreed: 'an agreed item',
};

const records: Record<Conflict['store'], string> = {
  partnerships: 'this partnership',
  rounds: 'the checklist',
  meetings: 'this meeting',
  actions: 'an action',
  goals: 'a goal',
};

/** The other tab's value as a person reads it. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (it was removed)';
  if (typeof value === 'string') return `“${value}”`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) {
    const v = value as { text?: unknown; value?: unknown; optionId?: unknown };
    const inner = v.text ?? v.value ?? v.optionId;
    if (typeof inner === 'string' || typeof inner === 'number') return shown(inner);
  }
  return 'a different answer';
}

function describe(c: Conflict): string {
  const where = records[c.store];
  if (c.path.length === 0) {
    return c.mine === undefined
      ? `You deleted ${where} here, but another tab changed it, so it is kept.`
      : `Another tab deleted ${where} while you changed it here, so your copy is kept.`;
  }
  const field = fieldNames[c.path[0] ?? ''] ?? 'a field';
  return `Another tab also changed ${field} in ${where}. Yours is kept here; theirs was ${shown(c.theirs)}.`;
}

export function ConflictNotice({ session }: { session: Session }) {
  const conflicts = useStore(session.conflicts, []);
  if (conflicts.length === 0) return null;
  return (
    <section class="notice warning" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Changed in two tabs</h2>
      <div role="alert">
        <ul>
          {conflicts.map((c) => (
            <li key={`${c.store}:${c.id}:${c.path.join('/')}`}>
              {describe(c)}{' '}
              {c.path.length > 0 && (
                <button type="button" class="secondary" onClick={() => session.settle(c, 'theirs')}>
                  Use theirs
                </button>
              )}{' '}
              <button type="button" class="secondary" onClick={() => session.settle(c, 'mine')}>
                Keep mine
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

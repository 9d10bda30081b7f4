/**
 * A safety net for the last keystrokes. IndexedDB writes are asynchronous, and a browser may abandon
 * one started as the page unloads (a reload or tab close straight after typing). So when the page is
 * hidden, the changes not yet saved are also written synchronously to localStorage; the next load
 * replays them into the store (only records newer than what the store holds) and clears the entry.
 * Everything read back is parsed with the data layer's schemas; anything that fails is ignored.
 */
import {
  actionSchema,
  checklistRoundSchema,
  goalSchema,
  idSchema,
  meetingSchema,
  partnershipSchema,
  tombstoneSchema,
} from '../schemas';
import type { RecordLists, Removed, WriteSet } from './write-set';

// The name from when only the meeting log had a journal, so a stash made then is still replayed.
const KEY_PREFIX = 'mentoring-meeting-log:unsaved:';

/** A place to stash unsaved changes synchronously. */
export interface Journal {
  write(changes: WriteSet): void;
  read(): WriteSet | null;
  clear(): void;
}

function parseList<T>(value: unknown, parse: (item: unknown) => { success: boolean; data?: T }): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const result = parse(item);
    return result.success && result.data !== undefined ? [result.data] : [];
  });
}

/** Reads a journal entry's JSON back into changes, keeping only records that pass their schemas. */
export function parseJournal(json: string): WriteSet | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const changes: WriteSet = {
    rounds: parseList(value['rounds'], (x) => checklistRoundSchema.safeParse(x)),
    meetings: parseList(value['meetings'], (x) => meetingSchema.safeParse(x)),
    actions: parseList(value['actions'], (x) => actionSchema.safeParse(x)),
    goals: parseList(value['goals'], (x) => goalSchema.safeParse(x)),
  };
  const partnership = partnershipSchema.safeParse(value['partnership']);
  if (partnership.success) changes.partnership = partnership.data;
  const removed = value['removed'];
  if (typeof removed === 'object' && removed !== null) {
    const ids = (key: keyof Removed) =>
      parseList((removed as Record<string, unknown>)[key], (x) => idSchema.safeParse(x));
    changes.removed = { meetings: ids('meetings'), actions: ids('actions'), goals: ids('goals') };
  }
  const tombstones = parseList(value['tombstones'], (x) => tombstoneSchema.safeParse(x));
  if (tombstones.length) changes.tombstones = tombstones;
  return changes;
}

/** A journal in localStorage, one entry per partnership; silently does nothing where storage is refused. */
export function localStorageJournal(partnershipId: string): Journal {
  const key = KEY_PREFIX + partnershipId;
  return {
    write(changes) {
      try {
        localStorage.setItem(key, JSON.stringify(changes));
      } catch {
        // Storage full or blocked: the IndexedDB save is still under way.
      }
    },
    read() {
      try {
        const json = localStorage.getItem(key);
        return json ? parseJournal(json) : null;
      } catch {
        return null;
      }
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing to clear.
      }
    },
  };
}

function newer<T extends { id: string; updatedAt: string }>(
  incoming: readonly T[] | undefined,
  stored: readonly T[],
) {
  const byId = new Map(stored.map((item) => [item.id, item.updatedAt]));
  return (incoming ?? []).filter((item) => {
    const at = byId.get(item.id);
    return at === undefined || Date.parse(item.updatedAt) > Date.parse(at);
  });
}

/** The journalled records that are newer than the stored log (so an older stash never wins). */
export function changesToReplay(journal: WriteSet, data: RecordLists): WriteSet {
  const replay: WriteSet = {
    rounds: newer(journal.rounds, data.rounds ?? []),
    meetings: newer(journal.meetings, data.meetings),
    actions: newer(journal.actions, data.actions),
    goals: newer(journal.goals, data.goals),
  };
  if (journal.partnership && newer([journal.partnership], [data.partnership]).length) {
    replay.partnership = journal.partnership;
  }
  // A removal the closing page had not saved yet still stands, for records the store still holds.
  const meetings = journal.removed?.meetings?.filter((id) => data.meetings.some((m) => m.id === id)) ?? [];
  const actions = journal.removed?.actions?.filter((id) => data.actions.some((a) => a.id === id)) ?? [];
  const goals = journal.removed?.goals?.filter((id) => data.goals.some((g) => g.id === id)) ?? [];
  if (meetings.length || actions.length || goals.length) replay.removed = { meetings, actions, goals };
  const tombstones = journal.tombstones?.filter((t) => replay.removed?.[t.store]?.includes(t.id));
  if (tombstones?.length) replay.tombstones = tombstones;
  return replay;
}

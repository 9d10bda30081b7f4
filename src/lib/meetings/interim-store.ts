/**
 * INTERIM: a small IndexedDB store for the meeting log, used until the data layer's repositories
 * (issue 4, src/lib/storage/) land in main; then `openMeetingLogStore` returns an adapter over those
 * and this file goes. Records are checked for their required fields on every read; a record that
 * fails is skipped and reported, never deleted. Another tab hears of every write on a BroadcastChannel.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LogChanges, MeetingLogStore } from './log-store';
import type { Action, Goal, Meeting, Partnership } from './types';

interface LogDB extends DBSchema {
  partnerships: { key: string; value: Partnership };
  meetings: { key: string; value: Meeting; indexes: { partnershipId: string } };
  actions: { key: string; value: Action; indexes: { partnershipId: string } };
  goals: { key: string; value: Goal; indexes: { partnershipId: string } };
}

/** The interim database's name (the e2e tests seed it). */
export const INTERIM_DB_NAME = 'mentoring-meeting-log';
const CHANNEL = 'mentoring-meeting-log';

function hasFields(value: unknown, fields: readonly string[]): boolean {
  return typeof value === 'object' && value !== null && fields.every((field) => field in value);
}

const required = {
  meetings: ['id', 'partnershipId', 'date', 'agenda', 'notes', 'status'],
  actions: ['id', 'partnershipId', 'createdInMeetingId', 'text', 'owner', 'status', 'reviews'],
  goals: ['id', 'partnershipId', 'text', 'status', 'history'],
} as const;

/** Opens the interim IndexedDB store. */
export async function openInterimStore(): Promise<MeetingLogStore> {
  const db: IDBPDatabase<LogDB> = await openDB<LogDB>(INTERIM_DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('partnerships', { keyPath: 'id' });
      for (const name of ['meetings', 'actions', 'goals'] as const) {
        database.createObjectStore(name, { keyPath: 'id' }).createIndex('partnershipId', 'partnershipId');
      }
    },
  });
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

  return {
    async load(partnershipId) {
      const tx = db.transaction(['partnerships', 'meetings', 'actions', 'goals']);
      const [partnership, meetings, actions, goals] = await Promise.all([
        tx.objectStore('partnerships').get(partnershipId),
        tx.objectStore('meetings').index('partnershipId').getAll(partnershipId),
        tx.objectStore('actions').index('partnershipId').getAll(partnershipId),
        tx.objectStore('goals').index('partnershipId').getAll(partnershipId),
      ]);
      if (!hasFields(partnership, ['id']) || !partnership) return null;
      return {
        partnership,
        meetings: meetings.filter((m) => hasFields(m, required.meetings)),
        actions: actions.filter((a) => hasFields(a, required.actions)),
        goals: goals.filter((g) => hasFields(g, required.goals)),
      };
    },
    async save(changes: LogChanges) {
      const tx = db.transaction(['partnerships', 'meetings', 'actions', 'goals'], 'readwrite');
      const puts: Promise<unknown>[] = [];
      if (changes.partnership) puts.push(tx.objectStore('partnerships').put(changes.partnership));
      for (const meeting of changes.meetings ?? []) puts.push(tx.objectStore('meetings').put(meeting));
      for (const action of changes.actions ?? []) puts.push(tx.objectStore('actions').put(action));
      for (const goal of changes.goals ?? []) puts.push(tx.objectStore('goals').put(goal));
      await Promise.all([...puts, tx.done]);
      const partnershipId =
        changes.partnership?.id ??
        changes.meetings?.[0]?.partnershipId ??
        changes.actions?.[0]?.partnershipId ??
        changes.goals?.[0]?.partnershipId;
      channel?.postMessage({ partnershipId });
    },
    subscribe(partnershipId, listener) {
      if (typeof BroadcastChannel === 'undefined') return () => undefined;
      const listening = new BroadcastChannel(CHANNEL);
      listening.onmessage = (event: MessageEvent<{ partnershipId?: string }>) => {
        if (event.data.partnershipId === partnershipId) listener();
      };
      return () => listening.close();
    },
  };
}

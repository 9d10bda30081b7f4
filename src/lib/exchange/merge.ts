/**
 * The one merge of an exchange into this device's copy of the partnership: a pure function from
 * (this device's copy, the exchange) to what to write. Deterministic and idempotent — the same
 * exchanges applied in any order, any number of times, leave both devices with the same records —
 * because every record is ordered by its stamp (clock.ts), copies changed apart are settled the same
 * way on both devices and reported, and deletions are tombstones that are kept, so a late copy of a
 * deleted record cannot bring it back. Tested as a table in tests/unit/exchange/merge.test.ts.
 */
import type {
  Action,
  ChecklistRound,
  ChecklistTemplate,
  DeletableStore,
  Exchange,
  ExchangeConflict,
  ExchangeState,
  Goal,
  Meeting,
  Partnership,
  PartnerRole,
  Tombstone,
} from '../schemas';
import { localMeetingFields, localPartnershipFields } from '../schemas';
import type { WriteSet } from '../storage';
import { compareRevs, joinRevs, joinVectors, revOf } from './clock';
import { mergeRecord } from './merge-record';
import { mergeRound } from './merge-round';
import type { LocalCopy, Stamped } from './types';

export interface MergeOutcome {
  /** The records to store and delete (empty when the exchange brings nothing new). */
  set: WriteSet;
  /** What this device keeps about the exchange afterwards. */
  state: ExchangeState;
  /** Records changed on both devices apart, found by this exchange. */
  conflicts: ExchangeConflict[];
  /** Partners' answers the sending device may not change, and so were not taken. */
  refused: PartnerRole[];
}

type Store = DeletableStore;
const localFields: Record<Store, readonly string[]> = {
  meetings: localMeetingFields,
  actions: [],
  goals: [],
};

/** Records of one store merged with the tombstones both devices hold. */
function mergeStore<T extends Stamped>(
  store: Store,
  mine: readonly T[],
  theirs: readonly T[],
  deletions: readonly Tombstone[],
  ctx: {
    me: string;
    from: string;
    tombstones: Map<string, Tombstone>;
    conflicts: ExchangeConflict[];
    at: string;
  },
): { put: T[]; removed: string[] } {
  const byId = new Map(mine.map((r) => [r.id, r]));
  const put = new Map<string, T>();
  const removed = new Set<string>();
  const current = (id: string) => (removed.has(id) ? undefined : (put.get(id) ?? byId.get(id)));
  const key = (id: string) => `${store}:${id}`;
  const note = (c: Omit<ExchangeConflict, 'store' | 'at'>) => ctx.conflicts.push({ ...c, store, at: ctx.at });

  for (const remote of theirs) {
    const tomb = ctx.tombstones.get(key(remote.id));
    const here = current(remote.id);
    if (!here && tomb) {
      const order = compareRevs(revOf(remote, ctx.from), tomb.rev);
      if (order !== 'newer' && order !== 'apart') continue; // deleted here after that change
      ctx.tombstones.delete(key(remote.id));
      const rev = order === 'apart' ? joinRevs(revOf(remote, ctx.from), tomb.rev) : revOf(remote, ctx.from);
      if (order === 'apart') {
        note({ id: remote.id, path: [], kept: 'changed', other: 'deleted', keptTheirs: true });
      }
      put.set(remote.id, mergeRecord(undefined, { ...remote, rev }, ctx, localFields[store]).value as T);
      continue;
    }
    const merged = mergeRecord(here, remote, ctx, localFields[store]);
    merged.conflicts.forEach(note);
    if (merged.value) put.set(remote.id, merged.value);
  }

  for (const tomb of deletions) {
    if (tomb.store !== store) continue;
    const here = current(tomb.id);
    const known = ctx.tombstones.get(key(tomb.id));
    if (!here) {
      // Kept even for a record never seen here, so its late arrival cannot bring it back.
      const rev = known ? joinRevs(known.rev, tomb.rev) : tomb.rev;
      ctx.tombstones.set(key(tomb.id), {
        ...tomb,
        rev,
        deletedAt: known && known.deletedAt < tomb.deletedAt ? known.deletedAt : tomb.deletedAt,
      });
      continue;
    }
    const order = compareRevs(tomb.rev, revOf(here, ctx.me));
    if (order === 'newer') {
      put.delete(tomb.id);
      removed.add(tomb.id);
      ctx.tombstones.set(key(tomb.id), tomb);
    } else if (order === 'apart') {
      // Deleted there, changed here: kept, and the pair are told.
      note({ id: tomb.id, path: [], kept: 'changed', other: 'deleted', keptTheirs: false });
      put.set(tomb.id, { ...here, rev: joinRevs(revOf(here, ctx.me), tomb.rev) });
    }
  }
  return {
    put: [...put.values()].filter((r) => byId.get(r.id) !== r),
    removed: [...removed].filter((id) => byId.has(id)),
  };
}

/** Merges `exchange` into this device's copy. Throws nothing: refusals are in the outcome. */
export function mergeExchange(
  local: LocalCopy,
  exchange: Exchange,
  options: { now: Date; template?: ChecklistTemplate; remember?: boolean },
): MergeOutcome {
  const at = options.now.toISOString();
  const me = local.state.me;
  const from = exchange.from.device;
  const conflicts: ExchangeConflict[] = [];
  const tombstones = new Map(local.state.tombstones.map((t) => [`${t.store}:${t.id}`, t]));
  const ctx = { me, from, tombstones, conflicts, at };
  const set: WriteSet = {};

  if (exchange.partnership) {
    const merged = mergeRecord(
      local.partnership,
      exchange.partnership as Partnership,
      ctx,
      localPartnershipFields,
    );
    merged.conflicts.forEach((c) => conflicts.push({ ...c, store: 'partnerships', at }));
    if (merged.value) set.partnership = merged.value;
  }

  const refused = new Set<PartnerRole>();
  const rounds: ChecklistRound[] = [];
  for (const remote of exchange.rounds) {
    const mine = local.rounds.find((r) => r.id === remote.id);
    const merged = mergeRound(mine, remote, { me, from, fromUser: exchange.from.role }, options.template);
    merged.conflicts.forEach((c) => conflicts.push({ ...c, store: 'rounds', at }));
    merged.refused.forEach((role) => refused.add(role));
    if (merged.value) rounds.push(merged.value);
  }
  if (rounds.length) set.rounds = rounds;

  const removed: NonNullable<WriteSet['removed']> = {};
  const parts = {
    meetings: mergeStore<Meeting>('meetings', local.meetings, exchange.meetings, exchange.deletions, ctx),
    actions: mergeStore<Action>('actions', local.actions, exchange.actions, exchange.deletions, ctx),
    goals: mergeStore<Goal>('goals', local.goals, exchange.goals, exchange.deletions, ctx),
  };
  for (const store of ['meetings', 'actions', 'goals'] as const) {
    const { put, removed: gone } = parts[store];
    if (put.length) Object.assign(set, { [store]: put });
    if (gone.length) removed[store] = gone;
  }
  if (Object.keys(removed).length) set.removed = removed;

  const known = local.state.partners[from];
  const state: ExchangeState = {
    ...local.state,
    updatedAt: at,
    // An old link's stand-in device is not a partner device to keep in step with.
    partners:
      options.remember === false
        ? local.state.partners
        : {
            ...local.state.partners,
            [from]: {
              ...known,
              role: exchange.from.role,
              have: joinVectors(known?.have ?? {}, exchange.have),
              lastReceivedAt: at,
            },
          },
    tombstones: [...tombstones.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    conflicts: [...local.state.conflicts.filter((c) => !conflicts.some((n) => sameSpot(n, c))), ...conflicts],
  };
  return { set, state, conflicts, refused: [...refused] };
}

const sameSpot = (a: ExchangeConflict, b: ExchangeConflict) =>
  a.store === b.store && a.id === b.id && a.path.join('/') === b.path.join('/');

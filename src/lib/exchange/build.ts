/**
 * Making an exchange: everything shareable that the partner's device has not yet seen (by what it
 * last said it holds), or everything shareable for a new partner. Nothing that belongs to this
 * device alone travels: not a private note, not a reflection, not which device this is.
 */
import type { ChecklistRound, Exchange, ExchangedMeeting, Rev, VersionVector } from '../schemas';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, localMeetingFields, localPartnershipFields } from '../schemas';
import { joinVectors, revOf, unseenBy } from './clock';
import type { LocalCopy, Stamped } from './types';

const omit = <T extends object>(record: T, keys: readonly string[]): T => {
  const out = { ...record } as Record<string, unknown>;
  for (const key of keys) delete out[key];
  return out as T;
};

/** Every stamp this device holds for the partnership, records, answers and deletions alike. */
function stampsOf(local: LocalCopy): Rev[] {
  const me = local.state.me;
  const revs: Rev[] = [revOf(local.partnership, me)];
  for (const round of local.rounds) {
    revs.push(revOf(round, me));
    for (const part of [round.answersRev?.mentor, round.answersRev?.mentee]) if (part) revs.push(part);
  }
  for (const list of [local.meetings, local.actions, local.goals] as readonly (readonly Stamped[])[]) {
    for (const record of list) revs.push(revOf(record, me));
  }
  for (const tomb of local.state.tombstones) revs.push(tomb.rev);
  return revs;
}

/** What this device holds: each device's latest reading it has seen. */
export function holdings(local: LocalCopy): VersionVector {
  return stampsOf(local).reduce<VersionVector>((vv, rev) => joinVectors(vv, rev.vv), {});
}

/** What the partner devices hold: the least of each, so every one of them gets what it lacks. */
export function partnerHoldings(local: LocalCopy): VersionVector {
  const partners = Object.values(local.state.partners);
  if (partners.length === 0) return {};
  const [first, ...rest] = partners.map((p) => p.have);
  const out: VersionVector = {};
  for (const [device, n] of Object.entries(first ?? {})) {
    out[device] = Math.min(n, ...rest.map((have) => have[device] ?? 0));
  }
  return out;
}

function stamped<T extends Stamped>(record: T, me: string): T {
  return { ...record, rev: revOf(record, me) };
}

function roundToSend(round: ChecklistRound, me: string, have: VersionVector): ChecklistRound | undefined {
  const revs = [revOf(round, me), round.answersRev?.mentor, round.answersRev?.mentee].filter(
    (r): r is Rev => r !== undefined,
  );
  return revs.some((rev) => unseenBy(rev, have)) ? stamped(round, me) : undefined;
}

export interface BuildOptions {
  now: Date;
  /** What the partner holds (`{}`: everything, for a new partner or when asked). */
  have: VersionVector;
  /** The checklist, when it is not one the site ships (whole, or its changes against a shipped one). */
  template?: Pick<Exchange, 'template' | 'templateChanges'>;
}

export function buildExchange(local: LocalCopy, options: BuildOptions): Exchange {
  const { me } = local.state;
  const { have } = options;
  const fresh = <T extends Stamped>(list: readonly T[]) =>
    list.filter((record) => unseenBy(revOf(record, me), have)).map((record) => stamped(record, me));
  const role = local.partnership.thisDevice;
  const exchange: Exchange = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    partnershipId: local.partnership.id,
    from: { device: me, role },
    at: options.now.toISOString(),
    have: holdings(local),
    rounds: local.rounds.flatMap((round) => roundToSend(round, me, have) ?? []),
    meetings: fresh(local.meetings).map((m) => omit(m, localMeetingFields) as ExchangedMeeting),
    actions: fresh(local.actions),
    goals: fresh(local.goals),
    deletions: local.state.tombstones.filter((t) => unseenBy(t.rev, have)),
  };
  if (unseenBy(revOf(local.partnership, me), have)) {
    exchange.partnership = omit(stamped(local.partnership, me), localPartnershipFields);
  }
  if (options.template?.template) exchange.template = options.template.template;
  if (options.template?.templateChanges) exchange.templateChanges = options.template.templateChanges;
  return exchange;
}

/** True when an exchange carries nothing the partner lacks. */
export function isEmptyExchange(exchange: Exchange): boolean {
  return (
    !exchange.partnership &&
    [exchange.rounds, exchange.meetings, exchange.actions, exchange.goals, exchange.deletions].every(
      (list) => list.length === 0,
    )
  );
}

/**
 * Two (or more) devices holding one partnership, in memory, for the exchange's tests: each edits
 * through the same stamping the session layer uses, makes exchanges and merges what it receives.
 */
import { buildExchange, partnerHoldings } from '../../../src/lib/exchange/build';
import { mergeExchange, type MergeOutcome } from '../../../src/lib/exchange/merge';
import { stampWriteSet } from '../../../src/lib/exchange/stamp';
import type { LocalCopy } from '../../../src/lib/exchange/types';
import type {
  Action,
  ChecklistRound,
  ChecklistTemplate,
  DeviceUser,
  Exchange,
  Meeting,
  Partnership,
} from '../../../src/lib/schemas';
import { applyWriteSet, type WriteSet } from '../../../src/lib/session/write-set';

export const T0 = Date.parse('2026-12-01T09:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

export const template: ChecklistTemplate = {
  id: 'default',
  version: 1,
  title: 'Checklist',
  items: [
    {
      id: 'q1',
      expectation: 'mentee-driven',
      prompt: 'Who sets the agenda?',
      kind: 'scale',
      left: 'Mentee',
      right: 'Mentor',
    },
    {
      id: 'q2',
      expectation: 'protected-time',
      prompt: 'How often?',
      kind: 'scale',
      left: 'Often',
      right: 'Rarely',
    },
  ],
} as unknown as ChecklistTemplate;

export function partnership(thisDevice: DeviceUser): Partnership {
  return {
    id: 'pair1',
    createdAt: iso(T0),
    updatedAt: iso(T0),
    templateId: 'default',
    templateVersion: 1,
    answerMode: 'two-devices',
    thisDevice,
    mentorName: 'Tom',
    menteeName: 'Priya',
  };
}

export function round(): ChecklistRound {
  return {
    id: 'round1',
    createdAt: iso(T0),
    updatedAt: iso(T0),
    partnershipId: 'pair1',
    templateId: 'default',
    templateVersion: 1,
    number: 1,
    startedAt: iso(T0),
    mentor: {},
    mentee: {},
    stage: 'answering-first',
    agreed: {},
  };
}

export function meeting(id: string, notes = ''): Meeting {
  return {
    id,
    createdAt: iso(T0),
    updatedAt: iso(T0),
    partnershipId: 'pair1',
    date: '2026-12-01',
    agenda: '',
    notes,
    status: 'held',
  };
}

export function action(id: string, meetingId: string): Action {
  return {
    id,
    createdAt: iso(T0),
    updatedAt: iso(T0),
    partnershipId: 'pair1',
    createdInMeetingId: meetingId,
    text: 'Read the guide',
    owner: 'mentee',
    status: 'open',
    reviews: [],
  };
}

export class Device {
  copy: LocalCopy;
  clock: number;
  outcomes: MergeOutcome[] = [];

  constructor(
    readonly id: string,
    user: DeviceUser,
    start = T0,
  ) {
    this.clock = start;
    this.copy = {
      partnership: partnership(user),
      rounds: [],
      meetings: [],
      actions: [],
      goals: [],
      state: { id: 'pair1', updatedAt: iso(T0), me: id, partners: {}, tombstones: [], conflicts: [] },
    };
  }

  /** A change made on this device, stamped as the session layer stamps it. */
  edit(set: WriteSet): this {
    this.clock += 1000;
    const stamped = stampWriteSet(set, this.copy, this.id, this.clock);
    this.write(stamped);
    return this;
  }

  private write(set: WriteSet) {
    const next = applyWriteSet({ ...this.copy, rounds: [...this.copy.rounds] }, set);
    const tombstones = [...this.copy.state.tombstones, ...(set.tombstones ?? [])];
    this.copy = { ...next, rounds: next.rounds ?? [], state: { ...this.copy.state, tombstones } };
  }

  /** What the partner lacks, as this device would send it. */
  send(options: { everything?: boolean } = {}): Exchange {
    this.clock += 1000;
    const exchange = buildExchange(this.copy, {
      now: new Date(this.clock),
      have: options.everything ? {} : partnerHoldings(this.copy),
    });
    // Round-trips through JSON, as a link or file would.
    return JSON.parse(JSON.stringify(exchange)) as Exchange;
  }

  receive(exchange: Exchange): MergeOutcome {
    this.clock += 1000;
    const outcome = mergeExchange(this.copy, exchange, { now: new Date(this.clock), template });
    this.write(outcome.set);
    this.copy = { ...this.copy, state: outcome.state };
    this.outcomes.push(outcome);
    return outcome;
  }

  get round(): ChecklistRound {
    const r = this.copy.rounds[0];
    if (!r) throw new Error('no round');
    return r;
  }

  /** What both devices must agree on: every shared record with its stamp, in id order. */
  shared(): unknown {
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const strip = <T extends object>(r: T, keys: string[]) => {
      const out = { ...r } as Record<string, unknown>;
      for (const k of ['createdAt', 'updatedAt', ...keys]) delete out[k];
      return out;
    };
    return {
      partnership: strip(this.copy.partnership, ['answerMode', 'thisDevice', 'exampleData', 'ending']),
      rounds: byId(this.copy.rounds).map((r) => strip(r, [])),
      meetings: byId(this.copy.meetings).map((m) => strip(m, ['privateNote', 'inProgress', 'sharedFrom'])),
      actions: byId(this.copy.actions).map((a) => strip(a, [])),
      goals: byId(this.copy.goals).map((g) => strip(g, [])),
    };
  }
}

/** Device A (mentor) and device B (mentee), B set up from A's first exchange, as an invite does. */
export function pair(): { a: Device; b: Device } {
  const a = new Device('deviceA', 'mentor');
  const b = new Device('deviceB', 'mentee', T0 + 500);
  a.edit({ partnership: a.copy.partnership, rounds: [round()] });
  b.copy = { ...b.copy, partnership: { ...a.copy.partnership, thisDevice: 'mentee' } };
  b.receive(a.send());
  a.receive(b.send());
  return { a, b };
}

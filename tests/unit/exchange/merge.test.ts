/**
 * The exchange's merge, as a table of journeys between two devices: each case makes changes on
 * devices A (the mentor's) and B (the mentee's), exchanges both ways, and says what both must hold.
 */
import { describe, expect, it } from 'vitest';
import { isEmptyExchange } from '../../../src/lib/exchange/build';
import { action, Device, meeting, pair } from './devices';
import type { ChecklistRound, Meeting } from '../../../src/lib/schemas';

const notesOf = (d: Device, id: string) => d.copy.meetings.find((m) => m.id === id)?.notes;

/** Exchanges both ways (A first), as a pair would. */
function exchangeBothWays(a: Device, b: Device) {
  const fromA = a.send();
  const fromB = b.send();
  b.receive(fromA);
  a.receive(fromB);
}

interface Case {
  name: string;
  changes: (a: Device, b: Device) => void;
  expect: (a: Device, b: Device) => void;
  /** How many conflicts each device is told of. */
  conflicts: number;
}

const cases: Case[] = [
  {
    name: 'both devices change different records: both changes reach both',
    changes: (a, b) => {
      a.edit({ meetings: [meeting('m1', 'From A')] });
      b.edit({ meetings: [meeting('m2', 'From B')] });
    },
    expect: (a) => {
      expect(notesOf(a, 'm1')).toBe('From A');
      expect(notesOf(a, 'm2')).toBe('From B');
    },
    conflicts: 0,
  },
  {
    name: 'a record changed on one device only: the newer copy wins whole',
    changes: (a, b) => {
      a.edit({ meetings: [meeting('m1', 'First')] });
      exchangeBothWays(a, b);
      const m = b.copy.meetings[0] as Meeting;
      b.edit({ meetings: [{ ...m, notes: 'Changed on B' }] });
    },
    expect: (a) => expect(notesOf(a, 'm1')).toBe('Changed on B'),
    conflicts: 0,
  },
  {
    name: 'the same record changed on both: one value kept on both, the other reported',
    changes: (a, b) => {
      a.edit({ meetings: [meeting('m1', 'First')] });
      exchangeBothWays(a, b);
      a.edit({ meetings: [{ ...(a.copy.meetings[0] as Meeting), notes: 'A wrote this' }] });
      b.edit({ meetings: [{ ...(b.copy.meetings[0] as Meeting), notes: 'B wrote this' }] });
    },
    expect: (a, b) => {
      expect(notesOf(a, 'm1')).toBe(notesOf(b, 'm1'));
      const [conflict] = a.copy.state.conflicts;
      expect(conflict?.path).toEqual(['notes']);
      expect([conflict?.kept, conflict?.other].sort()).toEqual(['A wrote this', 'B wrote this']);
    },
    conflicts: 1,
  },
  {
    name: 'deleted on one device, changed on the other: kept on both, and reported',
    changes: (a, b) => {
      a.edit({ meetings: [meeting('m1', 'First')] });
      exchangeBothWays(a, b);
      a.edit({ removed: { meetings: ['m1'] } });
      b.edit({ meetings: [{ ...(b.copy.meetings[0] as Meeting), notes: 'B kept going' }] });
    },
    expect: (a, b) => {
      expect(notesOf(a, 'm1')).toBe('B kept going');
      expect(notesOf(b, 'm1')).toBe('B kept going');
      expect(a.copy.state.conflicts[0]?.path).toEqual([]);
    },
    conflicts: 1,
  },
  {
    name: 'deleted on one device and untouched on the other: gone from both',
    changes: (a, b) => {
      a.edit({ meetings: [meeting('m1')], actions: [action('x1', 'm1')] });
      exchangeBothWays(a, b);
      a.edit({ removed: { meetings: ['m1'], actions: ['x1'] } });
    },
    expect: (a, b) => {
      expect(b.copy.meetings).toEqual([]);
      expect(b.copy.actions).toEqual([]);
      expect(a.copy.meetings).toEqual([]);
    },
    conflicts: 0,
  },
  {
    name: 'the pair settle different items on each device: both settlements stand',
    changes: (a, b) => {
      const settle = (d: Device, itemId: string, value: number) =>
        d.edit({
          rounds: [
            {
              ...d.round,
              stage: 'compare',
              agreed: { ...d.round.agreed, [itemId]: { value: { kind: 'scale', value } } },
            },
          ],
        });
      settle(a, 'q1', 2);
      settle(b, 'q2', 4);
    },
    expect: (a, b) => {
      expect(a.round.agreed).toEqual({
        q1: { value: { kind: 'scale', value: 2 } },
        q2: { value: { kind: 'scale', value: 4 } },
      });
      expect(b.round.agreed).toEqual(a.round.agreed);
    },
    conflicts: 0,
  },
  {
    name: 'the pair settle the same item differently on each device: one kept on both, the other reported',
    changes: (a, b) => {
      const settle = (d: Device, value: number) =>
        d.edit({
          rounds: [{ ...d.round, stage: 'compare', agreed: { q1: { value: { kind: 'scale', value } } } }],
        });
      settle(a, 2);
      settle(b, 4);
    },
    expect: (a, b) => {
      expect(a.round.agreed).toEqual(b.round.agreed);
      expect(a.copy.state.conflicts[0]?.path).toEqual(['agreed', 'q1']);
    },
    conflicts: 1,
  },
];

describe('mergeExchange', () => {
  it.each(cases)('$name', ({ changes, expect: check, conflicts }) => {
    const { a, b } = pair();
    changes(a, b);
    exchangeBothWays(a, b);
    check(a, b);
    expect(a.shared()).toEqual(b.shared());
    expect(a.copy.state.conflicts).toHaveLength(conflicts);
    expect(b.copy.state.conflicts).toHaveLength(conflicts);
  });

  it('refuses answers that the sending device may not change, and changes nothing else', () => {
    const { a, b } = pair();
    // The mentee's device writes answers in the mentor's name (a hand-edited file, say).
    b.edit({
      rounds: [
        { ...b.round, mentor: { q1: { kind: 'scale', value: 5 } }, mentorDone: '2026-12-01T10:00:00.000Z' },
      ],
    });
    const before = a.shared();
    const outcome = a.receive(b.send());
    expect(outcome.refused).toEqual(['mentor']);
    expect(a.shared()).toEqual(before);
  });

  it('takes a partner’s answers only from their device, and keeps them hidden until this device has finished', () => {
    const { a, b } = pair();
    b.edit({
      rounds: [
        { ...b.round, mentee: { q1: { kind: 'scale', value: 2 } }, menteeDone: '2026-12-01T10:00:00.000Z' },
      ],
    });
    a.receive(b.send());
    expect(a.round.mentee).toEqual({ q1: { kind: 'scale', value: 2 } });
    // Blind answering: the round stays at answering until the mentor has finished too.
    expect(a.round.stage).toBe('answering-first');
    const finished: ChecklistRound = {
      ...a.round,
      mentor: { q1: { kind: 'scale', value: 2 } },
      mentorDone: '2026-12-01T11:00:00.000Z',
    };
    a.edit({ rounds: [finished] });
    b.receive(a.send());
    // Both in: the mentee's device compares, with the equal answer already agreed.
    expect(b.round.stage).toBe('compare');
    expect(b.round.agreed['q1']).toEqual({ value: { kind: 'scale', value: 2 } });
  });

  it('changes nothing when the same exchange is applied twice', () => {
    const { a, b } = pair();
    a.edit({ meetings: [meeting('m1', 'Once')] });
    const exchange = a.send();
    b.receive(exchange);
    const after = b.shared();
    const again = b.receive(exchange);
    expect(again.set).toEqual({});
    expect(b.shared()).toEqual(after);
  });

  it('gives the same result when three exchanges arrive out of order', () => {
    const { a, b } = pair();
    const inOrder = new Device('deviceC', 'mentee');
    inOrder.copy = structuredClone(b.copy);
    a.edit({ meetings: [meeting('m1', 'one')] });
    const first = a.send({ everything: true });
    a.edit({
      meetings: [{ ...(a.copy.meetings[0] as Meeting), notes: 'two' }],
      actions: [action('x1', 'm1')],
    });
    const second = a.send({ everything: true });
    a.edit({ removed: { actions: ['x1'] } });
    const third = a.send({ everything: true });
    for (const e of [first, second, third]) inOrder.receive(e);
    for (const e of [third, first, second]) b.receive(e);
    expect(b.shared()).toEqual(inOrder.shared());
    expect(notesOf(b, 'm1')).toBe('two');
    expect(b.copy.actions).toEqual([]);
  });

  it('sends only what the partner has not acknowledged, and nothing once both are in step', () => {
    const { a, b } = pair();
    a.edit({ meetings: [meeting('m1'), meeting('m2')] });
    b.receive(a.send());
    // B's reply says what it now holds.
    a.receive(b.send());
    a.edit({ meetings: [{ ...(a.copy.meetings[0] as Meeting), notes: 'only this' }] });
    const next = a.send();
    expect(next.meetings.map((m) => m.id)).toEqual(['m1']);
    b.receive(next);
    a.receive(b.send());
    expect(isEmptyExchange(a.send())).toBe(true);
    expect(isEmptyExchange(b.send())).toBe(true);
  });

  it('never sends a private note, and keeps the receiver’s own', () => {
    const { a, b } = pair();
    a.edit({ meetings: [{ ...meeting('m1'), privateNote: 'Only mine' }] });
    const exchange = a.send();
    expect(JSON.stringify(exchange)).not.toContain('Only mine');
    b.receive(exchange);
    b.edit({ meetings: [{ ...(b.copy.meetings[0] as Meeting), privateNote: 'B’s own' }] });
    a.edit({ meetings: [{ ...(a.copy.meetings[0] as Meeting), notes: 'Later' }] });
    b.receive(a.send());
    expect(b.copy.meetings[0]?.privateNote).toBe('B’s own');
    expect(a.copy.meetings[0]?.privateNote).toBe('Only mine');
  });
});

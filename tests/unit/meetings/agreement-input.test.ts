import { describe, expect, it } from 'vitest';
import {
  agreedRhythmFor,
  latestSettledRound,
  practicalitiesFor,
} from '../../../src/lib/meetings/agreement-input';
import { makeRound, smallTemplate } from '../support/checklist-fixtures';
import type { Partnership } from '../../../src/lib/meetings/types';

const partnership: Partnership = {
  id: 'p1',
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  templateId: 'default',
  templateVersion: 1,
  answerMode: 'one-device',
  thisDevice: 'both',
  startedOn: '2026-11-30',
};

describe('agreedRhythmFor', () => {
  it('takes frequency and length from the agreement', () => {
    expect(agreedRhythmFor(partnership, { frequencyDays: 14, lengthMinutes: 45 })).toEqual({
      frequencyDays: 14,
      lengthMinutes: 45,
      reviewOn: undefined,
    });
  });

  it('works out the review date from the start and the agreed months', () => {
    expect(agreedRhythmFor(partnership, { reviewAfterMonths: 3 }).reviewOn).toBe('2027-02-28');
  });

  it("prefers the partnership's own review date", () => {
    expect(
      agreedRhythmFor({ ...partnership, reviewOn: '2027-01-15' }, { reviewAfterMonths: 3 }).reviewOn,
    ).toBe('2027-01-15');
  });
});

const agreedMonthly = { frequency: { value: { kind: 'choice', optionId: 'monthly' } } } as const;

describe('practicalitiesFor', () => {
  it('reads the latest settled round, not one still being answered', () => {
    const rounds = [
      makeRound({
        id: 'r1',
        number: 1,
        stage: 'settled',
        agreed: { frequency: { value: { kind: 'choice', optionId: 'weekly' } } },
      }),
      makeRound({ id: 'r2', number: 2, stage: 'settled', agreed: agreedMonthly }),
      makeRound({ id: 'r3', number: 3, stage: 'compare', agreed: {} }),
    ];
    expect(latestSettledRound(rounds)?.id).toBe('r2');
    expect(practicalitiesFor(smallTemplate, rounds).frequencyDays).toBe(30);
  });

  it('gives nothing while a round is still being answered', () => {
    expect(
      practicalitiesFor(smallTemplate, [makeRound({ stage: 'answering-first', agreed: agreedMonthly })]),
    ).toEqual({});
  });
});

describe('practicalitiesFor (the agreement as settled)', () => {
  const weekly = { kind: 'choice', optionId: 'weekly' } as const;
  const monthly = { kind: 'choice', optionId: 'monthly' } as const;

  it.each([
    [
      'answers that were equal from the start',
      makeRound({ mentor: { frequency: weekly }, mentee: { frequency: weekly } }),
      7,
    ],
    [
      'a difference the pair settled in compare, while other items are still open',
      makeRound({ mentor: { frequency: weekly }, mentee: { frequency: monthly }, agreed: agreedMonthly }),
      30,
    ],
    [
      'a difference not settled yet: nothing',
      makeRound({ mentor: { frequency: weekly }, mentee: { frequency: monthly } }),
      undefined,
    ],
  ])('reads %s', (_name, round, days) => {
    expect(practicalitiesFor(smallTemplate, [round]).frequencyDays).toBe(days);
  });

  it('takes each item from the newest round that settled it; a parked item keeps the earlier value', () => {
    const first = makeRound({ id: 'r1', number: 1, stage: 'settled', agreed: agreedMonthly });
    const reviewParked = makeRound({
      id: 'r2',
      number: 2,
      mentor: { frequency: weekly },
      mentee: { frequency: monthly },
      agreed: { frequency: { parkedUntil: '2027-03-01' } },
    });
    expect(practicalitiesFor(smallTemplate, [first, reviewParked]).frequencyDays).toBe(30);
    const reviewSettled = { ...reviewParked, agreed: { frequency: { value: weekly } } };
    expect(practicalitiesFor(smallTemplate, [reviewSettled, first]).frequencyDays).toBe(7);
  });

  it('dates the agreement by the latest settled round, for the review date', () => {
    const settled = makeRound({
      stage: 'settled',
      settledAt: '2026-12-03T18:00:00.000Z',
      agreed: agreedMonthly,
    });
    const practicalities = practicalitiesFor(smallTemplate, [settled]);
    expect(practicalities.agreedOn).toBe('2026-12-03');
    expect(
      agreedRhythmFor(
        { ...partnership, startedOn: '2026-11-01' },
        { ...practicalities, reviewAfterMonths: 3 },
      ).reviewOn,
    ).toBe('2027-03-03');
  });
});

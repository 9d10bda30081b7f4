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

describe('practicalitiesFor', () => {
  const agreedMonthly = { frequency: { value: { kind: 'choice', optionId: 'monthly' } } } as const;

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

  it('gives nothing before a round is settled', () => {
    expect(practicalitiesFor(smallTemplate, [makeRound({ agreed: agreedMonthly })])).toEqual({});
  });
});

import { describe, expect, it } from 'vitest';
import { partnershipSchema } from '../../../src/lib/schemas';
import {
  closePartnership,
  closingSummary,
  isClosed,
  reopenPartnership,
  setReflection,
} from '../../../src/lib/meetings/ending';
import { newMeeting } from '../../../src/lib/meetings/records';
import * as build from '../support/records';

const now = '2026-12-01T10:00:00.000Z';

describe('closing and reopening', () => {
  it('closes with the day, keeps reflections, reopens without losing them', () => {
    const p = setReflection(
      build.partnership(),
      'mentee',
      { wentWell: 'Honest talks', takeAway: 'Ask early', shared: false },
      now,
    );
    const closed = closePartnership(p, '2026-12-01', now);
    expect(isClosed(closed)).toBe(true);
    expect(partnershipSchema.safeParse(closed).success).toBe(true);
    const reopened = reopenPartnership(closed, now);
    expect(isClosed(reopened)).toBe(false);
    expect(reopened.ending?.mentee?.wentWell).toBe('Honest talks');
    expect(partnershipSchema.safeParse(reopened).success).toBe(true);
  });
});

describe('closingSummary', () => {
  it('counts meetings held (not empty ones), actions done, goals as they ended, shared reflections only', () => {
    let partnership = build.partnership({ id: 'p1', startedOn: '2026-09-01' });
    partnership = setReflection(partnership, 'mentee', { wentWell: 'A', takeAway: 'B', shared: true }, now);
    partnership = setReflection(
      partnership,
      'mentor',
      { wentWell: 'Private', takeAway: 'C', shared: false },
      now,
    );
    partnership = closePartnership(partnership, '2026-12-01', now);
    const m1 = build.meeting('p1', { date: '2026-09-08' });
    const m2 = build.meeting('p1', { date: '2026-11-24' });
    const empty = newMeeting('p1', '2026-11-30', now);
    const summary = closingSummary({
      partnership,
      meetings: [m2, empty, m1],
      actions: [
        build.action('p1', m1.id, { status: 'done' }),
        build.action('p1', m1.id, { status: 'dropped' }),
        build.action('p1', m2.id),
      ],
      goals: [build.goal('p1', { status: 'achieved' }), build.goal('p1', { text: 'Still on it' })],
    });
    expect(summary).toMatchObject({
      startedOn: '2026-09-01',
      closedOn: '2026-12-01',
      meetingsHeld: 2,
      firstMetOn: '2026-09-08',
      lastMetOn: '2026-11-24',
      actionsDone: 1,
      actionsTotal: 3,
    });
    expect(summary.goals.map((g) => g.status)).toEqual(['achieved', 'active']);
    expect(summary.reflections.map((r) => r.who)).toEqual(['mentee']);
  });
});

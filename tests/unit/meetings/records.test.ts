import { describe, expect, it } from 'vitest';
import { actionSchema, goalSchema, meetingSchema } from '../../../src/lib/schemas';
import {
  defaultDue,
  lastMetOn,
  newAction,
  newGoal,
  newMeeting,
  updateGoal,
} from '../../../src/lib/meetings/records';
import type { Partnership } from '../../../src/lib/meetings/types';

const now = '2026-11-28T10:00:00.000Z';

describe('new records', () => {
  it('are valid by the data layer schemas', () => {
    const meeting = newMeeting('p1', '2026-11-28', now);
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    const action = newAction(
      meeting,
      { text: 'Read it', owner: 'mentee', due: '2026-12-05', goalId: '' },
      now,
    );
    expect(actionSchema.safeParse(action).success).toBe(true);
    expect(action).not.toHaveProperty('goalId');
    expect(goalSchema.safeParse(newGoal('p1', 'Speak up', now)).success).toBe(true);
  });
});

describe('updateGoal', () => {
  it('adds each change to the history, and nothing when nothing changed', () => {
    const goal = newGoal('p1', 'Speak up', now);
    const achieved = updateGoal(goal, { status: 'achieved' }, '2026-12-01T10:00:00.000Z');
    expect(achieved.history.map((h) => h.status)).toEqual(['active', 'achieved']);
    expect(updateGoal(achieved, { status: 'achieved' }, now)).toBe(achieved);
  });
});

describe('defaultDue', () => {
  it('is the day of the next meeting', () => {
    const partnership = { nextMeeting: { start: '2026-12-10T10:30', durationMinutes: 60 } } as Partnership;
    expect(defaultDue(partnership)).toBe('2026-12-10');
    expect(defaultDue({} as Partnership)).toBeUndefined();
  });
});

describe('lastMetOn', () => {
  it('is the latest held meeting, not a prepared one', () => {
    const held = newMeeting('p1', '2026-11-01', now);
    const prepared = newMeeting('p1', '2026-11-20', now, 'prepared');
    expect(lastMetOn([held, prepared])).toBe('2026-11-01');
  });
});

import { describe, expect, it } from 'vitest';
import { actionSchema, goalSchema, meetingSchema } from '../../../src/lib/schemas';
import {
  defaultDue,
  isEmptyMeeting,
  lastMetOn,
  newAction,
  newGoal,
  newMeeting,
  updateGoal,
} from '../../../src/lib/meetings/records';
import { addProgress } from '../../../src/lib/meetings/goal-timeline';
import type { Action, Meeting, Partnership } from '../../../src/lib/meetings/types';

const now = '2026-11-28T10:00:00.000Z';
const none = { actions: [], goals: [] };

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
    const held = { ...newMeeting('p1', '2026-11-01', now), notes: 'Talked about the course.' };
    const prepared = { ...newMeeting('p1', '2026-11-20', now, 'prepared'), agenda: 'Feedback' };
    expect(lastMetOn([held, prepared], none)).toBe('2026-11-01');
  });

  it('leaves out a meeting in which nothing was recorded', () => {
    const held = { ...newMeeting('p1', '2026-11-01', now), notes: 'Talked about the course.' };
    const leftEmpty = newMeeting('p1', '2026-11-28', now);
    expect(lastMetOn([held, leftEmpty], none)).toBe('2026-11-01');
    expect(lastMetOn([leftEmpty], none)).toBeUndefined();
  });
});

describe('isEmptyMeeting', () => {
  const empty = { ...newMeeting('p1', '2026-11-28', now), durationMinutes: 60, format: 'video' as const };
  const elsewhere = newAction({ id: 'other', partnershipId: 'p1' }, { text: 'Read', owner: 'mentee' }, now);

  it.each<[string, Meeting, Action[], boolean]>([
    ['only a date, length and format', empty, [elsewhere], true],
    ['blank spaces only', { ...empty, agenda: '  ', notes: '\n' }, [], true],
    ['an agenda', { ...empty, agenda: 'Feedback' }, [], false],
    ['notes', { ...empty, notes: 'Went well' }, [], false],
    ['a private note', { ...empty, privateNote: 'Tired' }, [], false],
    [
      'a protected-time check',
      { ...empty, protectedTimeCheck: { aboutMentee: 'yes', freeFromInterruptions: 'yes' } },
      [],
      false,
    ],
    ['an action agreed in it', empty, [newAction(empty, { text: 'Read', owner: 'mentee' }, now)], false],
    [
      'an earlier action followed up in it',
      empty,
      [{ ...elsewhere, reviews: [{ meetingId: empty.id, outcome: 'done', at: now }] }],
      false,
    ],
  ])('%s: %s', (_name, meeting, actions, expected) => {
    expect(isEmptyMeeting(meeting, { actions, goals: [] })).toBe(expected);
  });

  it('is not empty when a goal’s progress was noted in it', () => {
    const goal = addProgress(newGoal('p1', 'Speak up', now), 'Spoke once', empty.id, now);
    expect(isEmptyMeeting(empty, { actions: [], goals: [goal] })).toBe(false);
  });
});

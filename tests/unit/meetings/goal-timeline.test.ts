import { describe, expect, it } from 'vitest';
import { goalSchema } from '../../../src/lib/schemas';
import { addProgress, goalTimeline, meetingsForGoal } from '../../../src/lib/meetings/goal-timeline';
import { newAction, newGoal, newMeeting, updateGoal } from '../../../src/lib/meetings/records';

const t = (day: string) => `2026-${day}T10:00:00.000Z`;

describe('updateGoal (the goal history)', () => {
  it('keeps the old wording and when it changed', () => {
    const goal = newGoal('p1', 'Get promoted', t('09-01'));
    const reworded = updateGoal(goal, { text: 'Find work I enjoy' }, t('10-15'));
    expect(reworded.text).toBe('Find work I enjoy');
    expect(reworded.history).toEqual([
      { at: t('09-01'), status: 'active', text: 'Get promoted' },
      { at: t('10-15'), status: 'active', text: 'Find work I enjoy' },
    ]);
    expect(goalSchema.safeParse(reworded).success).toBe(true);
  });
});

describe('addProgress', () => {
  it('adds a note written at a meeting, oldest first, valid by the schema', () => {
    const goal = newGoal('p1', 'Speak up in meetings', t('09-01'));
    const once = addProgress(goal, '  Spoke once in the team meeting ', 'm1', t('09-15'));
    const twice = addProgress(once, 'Led the stand-up', undefined, t('10-01'));
    expect(twice.progress).toEqual([
      { at: t('09-15'), meetingId: 'm1', text: 'Spoke once in the team meeting' },
      { at: t('10-01'), text: 'Led the stand-up' },
    ]);
    expect(goalSchema.safeParse(twice).success).toBe(true);
  });
});

describe('goalTimeline', () => {
  const first = { ...newMeeting('p1', '2026-09-15', t('09-15')), notes: 'x' };
  const second = { ...newMeeting('p1', '2026-10-20', t('10-20')), notes: 'x' };
  const unrelated = { ...newMeeting('p1', '2026-10-01', t('10-01')), notes: 'x' };
  let goal = newGoal('p1', 'Get promoted', t('09-01'));
  goal = addProgress(goal, 'Asked my manager', first.id, t('09-15'));
  goal = updateGoal(goal, { text: 'Find work I enjoy' }, t('10-15'));
  goal = updateGoal(goal, { status: 'achieved' }, t('11-30'));
  const towards = {
    ...newAction(first, { text: 'List what I enjoy', owner: 'mentee', goalId: goal.id }, t('09-15')),
    reviews: [{ meetingId: second.id, outcome: 'done' as const, at: t('10-20') }],
  };
  const other = newAction(unrelated, { text: 'Something else', owner: 'mentor' }, t('10-01'));
  const meetings = [first, second, unrelated];

  it('lists the meetings that discussed the goal, by progress note or action', () => {
    expect(meetingsForGoal(goal, meetings, [towards, other]).map((m) => m.id)).toEqual([first.id, second.id]);
  });

  it('tells the goal’s story oldest first: set, progress, actions, meetings, rewording, status', () => {
    const kinds = goalTimeline(goal, meetings, [towards, other]).map((e) =>
      e.kind === 'reworded' ? `reworded from ${e.from}` : e.kind,
    );
    expect(kinds).toEqual([
      'set',
      'progress',
      'meeting',
      'action',
      'reworded from Get promoted',
      'meeting',
      'status',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  actionsToReview,
  carryForward,
  isOverdue,
  needsConversation,
  openActionsByOwner,
  reviewAction,
  reviewIn,
  timesCarried,
  type ReviewableAction,
} from '../../../src/lib/meetings/carry-forward';

type Action = ReviewableAction & { owner: 'mentee' | 'mentor' | 'both'; text: string };

function action(id: string, createdIn: string, extra: Partial<Action> = {}): Action {
  return {
    id,
    createdInMeetingId: createdIn,
    status: 'open',
    reviews: [],
    owner: 'mentee',
    text: id,
    ...extra,
  };
}

const now = '2026-11-28T10:00:00.000Z';

describe('actionsToReview', () => {
  it('opens a meeting with the open actions from before, not its own', () => {
    const actions = [
      action('a', 'm1'),
      action('b', 'm1', { status: 'done', reviews: [{ meetingId: 'm2', outcome: 'done', at: now }] }),
      action('c', 'm3'),
    ];
    expect(actionsToReview(actions, 'm3').map((a) => a.id)).toEqual(['a']);
  });

  it('keeps an action this meeting already closed, so the choice can be changed', () => {
    const closed = reviewAction(action('a', 'm1'), 'm2', 'dropped', now);
    expect(actionsToReview([closed], 'm2').map((a) => a.id)).toEqual(['a']);
    expect(actionsToReview([closed], 'm3')).toEqual([]);
  });
});

describe('reviewAction', () => {
  it.each([
    ['done', 'done'],
    ['dropped', 'dropped'],
    ['carried', 'open'],
  ] as const)('marks an action %s, leaving it %s', (outcome, status) => {
    const reviewed = reviewAction(action('a', 'm1'), 'm2', outcome, now);
    expect(reviewed).toMatchObject({
      status,
      reviews: [{ meetingId: 'm2', outcome, at: now }],
      updatedAt: now,
    });
  });

  it('replaces an earlier choice in the same meeting instead of adding another', () => {
    const once = reviewAction(action('a', 'm1'), 'm2', 'done', now);
    const changed = reviewAction(once, 'm2', 'carried', now);
    expect(changed.reviews).toEqual([{ meetingId: 'm2', outcome: 'carried', at: now }]);
    expect(changed.status).toBe('open');
    expect(reviewIn(changed, 'm2')).toBe('carried');
  });

  it('clears a choice and reopens the action', () => {
    const done = reviewAction(action('a', 'm1'), 'm2', 'done', now);
    expect(reviewAction(done, 'm2', undefined, now)).toMatchObject({ status: 'open', reviews: [] });
  });

  it('does not change the action it is given', () => {
    const original = action('a', 'm1');
    reviewAction(original, 'm2', 'done', now);
    expect(original).toMatchObject({ status: 'open', reviews: [] });
  });
});

describe('needsConversation', () => {
  it('flags an action carried forward twice, not once', () => {
    const once = reviewAction(action('a', 'm1'), 'm2', 'carried', now);
    const twice = reviewAction(once, 'm3', 'carried', now);
    expect(timesCarried(once)).toBe(1);
    expect(needsConversation(once)).toBe(false);
    expect(timesCarried(twice)).toBe(2);
    expect(needsConversation(twice)).toBe(true);
  });

  it('stops flagging once the action is done', () => {
    const twice = reviewAction(reviewAction(action('a', 'm1'), 'm2', 'carried', now), 'm3', 'carried', now);
    expect(needsConversation(reviewAction(twice, 'm4', 'done', now))).toBe(false);
  });
});

describe('openActionsByOwner', () => {
  it('groups open actions as mentee, mentor, both', () => {
    const groups = openActionsByOwner([
      action('a', 'm1', { owner: 'mentor' }),
      action('b', 'm1', { owner: 'mentee' }),
      action('c', 'm1', { owner: 'mentee', status: 'done' }),
      action('d', 'm1', { owner: 'both' }),
    ]);
    expect(groups.map((g) => [g.owner, g.actions.map((a) => a.id)])).toEqual([
      ['mentee', ['b']],
      ['mentor', ['a']],
      ['both', ['d']],
    ]);
  });
});

describe('carryForward', () => {
  it('records the carry and gives the action its new due date', () => {
    const carried = carryForward({ ...action('a1', 'm1'), due: '2026-11-20' }, 'm2', '2026-12-15', now);
    expect(carried.due).toBe('2026-12-15');
    expect(reviewIn(carried, 'm2')).toBe('carried');
    expect(carried.status).toBe('open');
  });

  it('keeps no stale due date when none is given', () => {
    const carried = carryForward({ ...action('a1', 'm1'), due: '2026-11-20' }, 'm2', undefined, now);
    expect(carried).not.toHaveProperty('due');
  });
});

describe('isOverdue', () => {
  const today = '2026-12-01';
  it.each([
    ['open, due yesterday', { status: 'open', due: '2026-11-30' }, true],
    ['open, due today', { status: 'open', due: '2026-12-01' }, false],
    ['open, due tomorrow', { status: 'open', due: '2026-12-02' }, false],
    ['open, no due date', { status: 'open' }, false],
    ['done, due long ago', { status: 'done', due: '2026-10-01' }, false],
    ['dropped, due long ago', { status: 'dropped', due: '2026-10-01' }, false],
  ] as const)('%s: %s', (_name, item, expected) => {
    expect(isOverdue(item, today)).toBe(expected);
  });
});

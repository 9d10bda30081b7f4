import { describe, expect, it } from 'vitest';
import { needsConversation, reviewAction, timesCarried } from '../../../src/lib/meetings/carry-forward';
import {
  actionFields,
  actionTextProblem,
  editAction,
  removeActionChanges,
  restoreActionChanges,
} from '../../../src/lib/meetings/edit-action';
import { applyChanges } from '../../../src/lib/meetings/log-store';
import { actionSchema } from '../../../src/lib/schemas';
import { action, goal, partnership } from '../support/records';

const now = '2026-11-28T10:00:00.000Z';
const pair = partnership();

function carriedTwice() {
  let a = action(pair.id, 'meeting1', { text: 'Book the course' });
  a = reviewAction(a, 'meeting2', 'carried', '2026-11-10T10:00:00.000Z');
  return reviewAction(a, 'meeting3', 'carried', '2026-11-20T10:00:00.000Z');
}

describe('actionTextProblem', () => {
  it.each([
    ['', 'Write what will be done, then save the action.'],
    ['   ', 'Write what will be done, then save the action.'],
    ['x'.repeat(601), 'Keep it to 600 characters or fewer.'],
  ])('rejects %j', (text, problem) => {
    expect(actionTextProblem(text)).toBe(problem);
  });

  it('accepts plain text', () => {
    expect(actionTextProblem('Read chapter two')).toBeUndefined();
  });
});

describe('editAction', () => {
  it('changes text, owner, due date and goal, keeping identity, status and reviews', () => {
    const before = carriedTwice();
    const target = goal(pair.id);
    const after = editAction(
      before,
      { text: '  Book the evening course ', owner: 'both', due: '2026-12-01', goalId: target.id },
      now,
    );
    expect(after).toMatchObject({
      id: before.id,
      createdAt: before.createdAt,
      createdInMeetingId: 'meeting1',
      text: 'Book the evening course',
      owner: 'both',
      due: '2026-12-01',
      goalId: target.id,
      status: 'open',
      updatedAt: now,
    });
    expect(after.reviews).toEqual(before.reviews);
    expect(timesCarried(after)).toBe(2);
    expect(needsConversation(after)).toBe(true);
    expect(actionSchema.safeParse(after).success).toBe(true);
  });

  it('clears the due date and goal when the fields are emptied', () => {
    const before = action(pair.id, 'meeting1', { goalId: 'goal1' });
    const after = editAction(before, { ...actionFields(before), due: '', goalId: '' }, now);
    expect(after).not.toHaveProperty('due');
    expect(after).not.toHaveProperty('goalId');
  });

  it('returns the same action when nothing changed', () => {
    const before = carriedTwice();
    expect(editAction(before, actionFields(before), now)).toBe(before);
  });
});

describe('removing an action', () => {
  it('removes it, and the undo brings back the same record with its history', () => {
    const a = carriedTwice();
    const data = { partnership: pair, meetings: [], actions: [a], goals: [] };
    const removed = applyChanges(data, removeActionChanges(a));
    expect(removed.actions).toEqual([]);
    const restored = applyChanges(removed, restoreActionChanges(a, removed.actions, now));
    expect(restored.actions).toEqual([{ ...a, updatedAt: now }]);
  });

  it('does nothing on undo when the action is back already', () => {
    const a = carriedTwice();
    expect(restoreActionChanges(a, [a], now)).toEqual({});
  });
});

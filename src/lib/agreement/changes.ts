/**
 * What changed between two rounds of the checklist (the first meeting and a review, say): for each
 * item of the current template whose agreed value differs, the before and after in words.
 */
import type { ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate } from '../schemas/template';
import { answersEqual } from '../compare/compare-answers';
import { agreedValues } from './agreed-values';
import { describeAnswer } from './describe';

/** One item that changed; `before` is absent for an item the previous round did not agree. */
export interface RoundChange {
  itemId: string;
  prompt: string;
  before?: string;
  after?: string;
}

/**
 * Lists the items whose agreed value changed from `previous` to `current`, in template order.
 * Items agreed in neither round are left out; an item agreed before but not now (parked) is listed
 * with no `after`.
 */
export function changesBetweenRounds(
  template: ChecklistTemplate,
  previous: ChecklistRound,
  current: ChecklistRound,
): RoundChange[] {
  const before = agreedValues(template, previous);
  const after = agreedValues(template, current);
  const changes: RoundChange[] = [];
  for (const item of template.items) {
    const a = before.get(item.id);
    const b = after.get(item.id);
    if (!a && !b) continue;
    if (a && b && answersEqual(a, b)) continue;
    const change: RoundChange = { itemId: item.id, prompt: item.prompt };
    if (a) change.before = describeAnswer(item, a);
    if (b) change.after = describeAnswer(item, b);
    changes.push(change);
  }
  return changes;
}

/**
 * When an item counts as settled, and the round as a whole (DESIGN.md): equal answers pre-fill the
 * agreed value; a close item needs one confirmation; a text item is settled once read together; an
 * item to discuss (or one not answered by both) needs an agreed value or a date to come back to it.
 * The agreement is complete when every item is settled.
 */
import { getAnswer, type GivenAnswer } from '../schemas/answers';
import type { AgreedEntry, ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate, Item } from '../schemas/template';
import { compareAnswers, type ComparisonStatus } from './compare-answers';
import { isOptionalItem } from './optional';

type Answers = ChecklistRound['mentor'];
type AgreedRecord = ChecklistRound['agreed'];

/** One item of a round, with both answers, its comparison and what was agreed so far. */
export interface ComparedItem {
  item: Item;
  status: ComparisonStatus;
  mentor: GivenAnswer | undefined;
  mentee: GivenAnswer | undefined;
  entry: AgreedEntry | undefined;
  settled: boolean;
}

/** Reads an agreed entry without tripping over inherited properties. */
export function getAgreed(agreed: AgreedRecord, itemId: string): AgreedEntry | undefined {
  return Object.hasOwn(agreed, itemId) ? agreed[itemId] : undefined;
}

/** A partner's answer to an item; an optional item left empty reads as "nothing written", not as missing. */
function given(answers: Answers, item: Item): GivenAnswer | undefined {
  const answer = getAnswer(answers, item.id);
  if (answer && answer.kind !== 'skipped') return answer;
  return isOptionalItem(item) ? { kind: 'text', text: '' } : undefined;
}

/** True when the agreed value has the item's kind (a value of another kind cannot settle it). */
function valueFits(item: Item, entry: AgreedEntry | undefined): boolean {
  return entry?.value !== undefined && entry.value.kind === item.kind;
}

/** Whether one item is settled, given its comparison and its agreed entry. */
export function isItemSettled(item: Item, status: ComparisonStatus, entry: AgreedEntry | undefined): boolean {
  switch (status) {
    case 'agreed':
      return true;
    case 'close':
      return valueFits(item, entry) && entry?.confirmedAt !== undefined;
    case 'read-together':
      return entry?.readTogether === true;
    case 'discuss':
    case 'incomplete':
      return valueFits(item, entry) || entry?.parkedUntil !== undefined;
  }
}

function isEmptyText(answer: GivenAnswer | undefined): boolean {
  return answer?.kind === 'text' && answer.text.trim() === '';
}

/** Every item of the template with its comparison, in template order. */
export function compareRound(template: ChecklistTemplate, round: ChecklistRound): ComparedItem[] {
  return template.items.map((item) => {
    const mentor = given(round.mentor, item);
    const mentee = given(round.mentee, item);
    // An optional item both left empty needs no reading together: there is nothing to read.
    const bothEmpty = isOptionalItem(item) && isEmptyText(mentor) && isEmptyText(mentee);
    const status = bothEmpty ? 'agreed' : compareAnswers(item.kind, mentor, mentee);
    const entry = getAgreed(round.agreed, item.id);
    return { item, status, mentor, mentee, entry, settled: isItemSettled(item, status, entry) };
  });
}

/**
 * The agreed record with equal answers filled in, so the agreement and any link carry them. Entries
 * the pair already wrote are kept as they are.
 */
export function prefillAgreed(template: ChecklistTemplate, round: ChecklistRound): AgreedRecord {
  const agreed: AgreedRecord = { ...round.agreed };
  for (const compared of compareRound(template, round)) {
    if (compared.status === 'agreed' && compared.mentor && !getAgreed(agreed, compared.item.id)) {
      agreed[compared.item.id] = { value: compared.mentor };
    }
  }
  return agreed;
}

/** How far the pair are through settling a round. */
export interface SettleProgress {
  settled: number;
  total: number;
  complete: boolean;
}

/** Counts settled items; the agreement is complete when every item is settled. */
export function settleProgress(template: ChecklistTemplate, round: ChecklistRound): SettleProgress {
  const compared = compareRound(template, round);
  const settled = compared.filter((c) => c.settled).length;
  return { settled, total: compared.length, complete: settled === compared.length };
}

/** The order the compare view shows items in: to discuss first, then close, then agreed. */
const statusOrder: Record<ComparisonStatus, number> = {
  incomplete: 0,
  discuss: 0,
  'read-together': 1,
  close: 2,
  agreed: 3,
};

/** Items sorted for the compare view, keeping template order within each status. */
export function sortForCompare(items: readonly ComparedItem[]): ComparedItem[] {
  return items
    .map((c, index) => ({ c, index }))
    .sort((a, b) => statusOrder[a.c.status] - statusOrder[b.c.status] || a.index - b.index)
    .map(({ c }) => c);
}

/**
 * The agreed rhythm of the partnership, read from the items that carry a `role` — so the meeting
 * log can suggest the next meeting date, length and format, and the review date, whatever the
 * template's wording. Works for any template, including a trainer's.
 */
import { OTHER_OPTION_ID, type GivenAnswer } from '../schemas/answers';
import type { MeetingFormat } from '../schemas/common';
import type { ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate, Item, ItemRole, OptionMeta } from '../schemas/template';
import { agreedValues, settledValues } from './agreed-values';

/** What the pair agreed about the practical rhythm; a field is absent when it was not agreed. */
export interface AgreedPracticalities {
  /** Days between meetings, e.g. 14 for every two weeks. */
  frequencyDays?: number;
  lengthMinutes?: number;
  format?: MeetingFormat;
  /** Months from the agreement to the review. */
  reviewAfterMonths?: number;
  /** The agreed limits of confidentiality, in the pair's words. */
  confidentialityExceptions?: string;
}

function optionMeta(item: Item, value: GivenAnswer): OptionMeta | undefined {
  if (item.kind !== 'choice' || value.kind !== 'choice' || value.optionId === OTHER_OPTION_ID)
    return undefined;
  return item.options.find((o) => o.id === value.optionId)?.meta;
}

/**
 * Reads the agreed practicalities of a round from its role items. A "something else" answer has no
 * machine-readable value, so that field is left out rather than guessed.
 */
export function agreedPracticalities(
  template: ChecklistTemplate,
  round: ChecklistRound,
): AgreedPracticalities {
  return practicalitiesFromValues(template, agreedValues(template, round));
}

/**
 * The practicalities as settled across a partnership's rounds (see `settledValues`): what the meeting
 * log follows, so a rhythm settled in compare counts at once, not only answers that were equal.
 */
export function settledPracticalities(
  template: ChecklistTemplate,
  rounds: readonly ChecklistRound[],
): AgreedPracticalities {
  return practicalitiesFromValues(template, settledValues(template, rounds));
}

function practicalitiesFromValues(
  template: ChecklistTemplate,
  values: ReadonlyMap<string, GivenAnswer>,
): AgreedPracticalities {
  const result: AgreedPracticalities = {};
  const byRole = (role: ItemRole) => template.items.find((i) => i.role === role);
  const metaFor = (role: ItemRole) => {
    const item = byRole(role);
    const value = item && values.get(item.id);
    return item && value ? optionMeta(item, value) : undefined;
  };
  const every = metaFor('meeting-frequency')?.everyDays;
  if (every !== undefined) result.frequencyDays = every;
  const minutes = metaFor('meeting-length')?.minutes;
  if (minutes !== undefined) result.lengthMinutes = minutes;
  const format = metaFor('meeting-format')?.format;
  if (format !== undefined) result.format = format;
  const months = metaFor('review-after')?.months;
  if (months !== undefined) result.reviewAfterMonths = months;
  const exceptionsItem = byRole('confidentiality-exceptions');
  const exceptions = exceptionsItem && values.get(exceptionsItem.id);
  if (exceptions?.kind === 'text' && exceptions.text.trim() !== '') {
    result.confidentialityExceptions = exceptions.text.trim();
  }
  return result;
}

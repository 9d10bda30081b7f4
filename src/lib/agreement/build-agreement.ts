/**
 * The agreement as data: the programme and checklist, the pair's names, the date agreed, the key facts
 * (rhythm, confidentiality limits, one review date), the mentee's goals where the log has them, one
 * plain sentence per settled item grouped by expectation (a sentence already in the key points is not
 * said twice), and parked items with their dates. The agreement page, the print-ready page and the
 * Markdown file all render this one model.
 */
import { compareRound } from '../compare/settle';
import { itemGroups, type ItemGroupId } from '../expectations';
import type { Goal } from '../schemas/goal';
import type { Partnership } from '../schemas/partnership';
import type { ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate } from '../schemas/template';
import { agreedValueOf } from './agreed-values';
import { addMonths } from '../dates';
import { agreedPracticalities } from './practicalities';
import { agreementSentence } from './sentences';

/** One line of the agreement. */
export interface AgreementLine {
  itemId: string;
  sentence: string;
  /** The pair's note on the item, shown as they wrote it. */
  note?: string;
}

/** An item the pair chose to come back to. */
export interface ParkedLine {
  itemId: string;
  prompt: string;
  until: string;
  note?: string;
}

export interface AgreementGroup {
  id: ItemGroupId;
  name: string;
  lines: AgreementLine[];
}

export interface Agreement {
  /** The checklist's title ("Expectations checklist", or a programme's own). */
  title: string;
  programme?: string;
  mentorName?: string;
  menteeName?: string;
  /** The day the round was settled (`YYYY-MM-DD`), if it has been. */
  agreedOn?: string;
  /** Round number: 1 for the first meeting, 2 for the first review, … */
  roundNumber: number;
  groups: AgreementGroup[];
  parked: ParkedLine[];
  /** The meeting rhythm in one or two sentences, from the role items. */
  rhythm: string[];
  confidentialityLimits?: string;
  /**
   * The one date the pair come back to it all (`YYYY-MM-DD`): the review they agreed, or, when they
   * agreed none, the first date they parked an item until.
   */
  reviewOn?: string;
  /** Where the review date comes from: the review they agreed, or the first parked item. */
  reviewFrom?: 'review' | 'parked';
  /** The mentee's current goals, from the meeting log, oldest first. */
  goals: string[];
  safeguardingContact?: string;
  /** True when every item is settled. */
  complete: boolean;
}

/** Items whose agreed sentence the key points already say (rhythm, limits, review). */
const keyPointRoles = new Set([
  'meeting-frequency',
  'meeting-length',
  'meeting-format',
  'confidentiality-exceptions',
  'review-after',
]);

/** Builds the agreement for a round from its template and partnership, with the log's goals if any. */
export function buildAgreement(
  template: ChecklistTemplate,
  partnership: Pick<Partnership, 'mentorName' | 'menteeName' | 'reviewOn'>,
  round: ChecklistRound,
  goals: readonly Pick<Goal, 'text' | 'status' | 'createdAt'>[] = [],
): Agreement {
  const names = { mentorName: partnership.mentorName, menteeName: partnership.menteeName };
  const compared = compareRound(template, round);
  const groups: AgreementGroup[] = itemGroups.map((g) => ({ id: g.id, name: g.name, lines: [] }));
  const parked: ParkedLine[] = [];
  const rhythm: string[] = [];
  const rhythmRoles = new Set(['meeting-frequency', 'meeting-length', 'meeting-format']);

  for (const c of compared) {
    const value = agreedValueOf(c);
    const note = c.entry?.note?.trim();
    if (value) {
      const sentence = agreementSentence(c.item, value, names);
      const line: AgreementLine = { itemId: c.item.id, sentence };
      if (note) line.note = note;
      if (c.item.role && rhythmRoles.has(c.item.role)) rhythm.push(sentence);
      // Said once: in the key points, or in its group. A note keeps the line in its group.
      if (!c.item.role || !keyPointRoles.has(c.item.role) || note) {
        groups.find((g) => g.id === c.item.expectation)?.lines.push(line);
      }
    } else if (c.entry?.parkedUntil) {
      const line: ParkedLine = { itemId: c.item.id, prompt: c.item.prompt, until: c.entry.parkedUntil };
      if (note) line.note = note;
      parked.push(line);
    }
  }

  const agreement: Agreement = {
    title: template.title,
    roundNumber: round.number,
    groups: groups.filter((g) => g.lines.length > 0),
    parked,
    rhythm,
    goals: goals
      .filter((g) => g.status === 'active')
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((g) => g.text.trim()),
    complete: compared.every((c) => c.settled),
  };
  if (template.programme) agreement.programme = template.programme;
  if (template.safeguardingContact) agreement.safeguardingContact = template.safeguardingContact;
  const mentorName = names.mentorName?.trim();
  const menteeName = names.menteeName?.trim();
  if (mentorName) agreement.mentorName = mentorName;
  if (menteeName) agreement.menteeName = menteeName;
  if (round.settledAt) agreement.agreedOn = round.settledAt.slice(0, 10);
  const practical = agreedPracticalities(template, round);
  if (practical.confidentialityExceptions)
    agreement.confidentialityLimits = practical.confidentialityExceptions;
  const reviewOn =
    partnership.reviewOn ??
    (agreement.agreedOn && practical.reviewAfterMonths
      ? addMonths(agreement.agreedOn, practical.reviewAfterMonths)
      : undefined);
  const firstParked = parked.map((p) => p.until).sort()[0];
  if (reviewOn) {
    agreement.reviewOn = reviewOn;
    agreement.reviewFrom = 'review';
  } else if (firstParked) {
    agreement.reviewOn = firstParked;
    agreement.reviewFrom = 'parked';
  }
  return agreement;
}

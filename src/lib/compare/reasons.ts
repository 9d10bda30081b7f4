/**
 * Why an item sits where it does in the comparison, in a short sentence the pair can read aloud
 * ("Priya chose an end of the scale: a strong view is worth talking about"). The rules themselves
 * live in compare-answers.ts; this only puts them into words, so the triage never looks arbitrary.
 */
import type { ComparedItem } from './settle';

/** How the pair are called in the middle of a sentence: "Priya" or "the mentor". */
export interface ShortNames {
  mentor: string;
  mentee: string;
}

type OpenStatus = 'discuss' | 'read-together' | 'close';

/** One line under each group's heading: what puts an item in that group. */
export const groupReasons: Record<OpenStatus, string> = {
  discuss:
    'Different options, answers two or more steps apart, or one of you at an end of the scale: a strong view is worth talking about.',
  'read-together': 'Answers in your own words: read them to each other, then mark them read.',
  close: 'One step apart and neither of you at an end: confirm where you landed.',
};

const steps = ['', 'one step', 'two steps', 'three steps', 'four steps'];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The reason for one item's place in the comparison. */
export function itemReason(compared: ComparedItem, names: ShortNames): string {
  const { status, mentor, mentee } = compared;
  switch (status) {
    case 'agreed':
      return 'You gave the same answer.';
    case 'read-together':
      return 'You each wrote your own words: read them to each other.';
    case 'close':
      return 'Your answers are one step apart: confirm where you landed.';
    case 'incomplete': {
      if (!mentor && !mentee)
        return 'Neither of you answered this one: decide it together, or come back to it.';
      const missing = mentor ? names.mentee : names.mentor;
      return `${capitalise(missing)} did not answer this one: decide it together, or come back to it.`;
    }
    case 'discuss': {
      if (mentor?.kind !== 'scale' || mentee?.kind !== 'scale') {
        return 'You chose different answers: say what each of you had in mind.';
      }
      const atEnd = (n: number) => n === 1 || n === 5;
      const a = mentor.value;
      const b = mentee.value;
      if (atEnd(a) && atEnd(b)) return 'You chose opposite ends of the scale: this is worth a proper talk.';
      if (atEnd(a) || atEnd(b)) {
        const who = atEnd(a) ? names.mentor : names.mentee;
        return `${capitalise(who)} chose an end of the scale: a strong view is worth talking about.`;
      }
      return `Your answers are ${steps[Math.abs(a - b)] ?? 'far'} apart: worth talking about.`;
    }
  }
}

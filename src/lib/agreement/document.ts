/**
 * The agreement as a document: every heading and line it says, in order, as plain text. The page, the
 * print-ready file and the Markdown file render this one outline, so they never say different things;
 * each renderer only adds its own markup (and escaping).
 */
import type { Agreement } from './build-agreement';
import { formatDayMonthYear } from '../dates';

export interface DocLine {
  text: string;
  note?: string;
}

export interface DocSection {
  id: string;
  heading: string;
  lines: DocLine[];
}

export interface AgreementDocument {
  heading: string;
  /** The programme and the checklist: "Oakwood Trust · Oakwood mentoring checklist". */
  kicker: string;
  /** "Between Priya (mentor) and Sam (mentee)." */
  between: string;
  /** "Agreed on 2 December 2026.", with the review number, or that it is still a draft. */
  dated: string;
  keyPoints: { term: string; text: string }[];
  /** The mentee's goals, then one section per expectation, then what is parked. */
  sections: DocSection[];
  signatures: { role: 'Mentor' | 'Mentee'; name: string }[];
}

function person(name: string | undefined, role: 'mentor' | 'mentee'): string {
  return name ? `${name} (${role})` : `the ${role}`;
}

function reviewText(agreement: Agreement): string | undefined {
  if (!agreement.reviewOn) return undefined;
  const date = formatDayMonthYear(agreement.reviewOn);
  return agreement.reviewFrom === 'parked'
    ? `We come back to what is still open, and to how it is going, by ${date}.`
    : `We review how it is going on ${date}.`;
}

/** The outline of the agreement's document. */
export function agreementDocument(agreement: Agreement): AgreementDocument {
  const dated = [
    agreement.agreedOn ? `Agreed on ${formatDayMonthYear(agreement.agreedOn)}.` : '',
    agreement.roundNumber > 1 ? `Review ${agreement.roundNumber - 1}.` : '',
    agreement.complete ? '' : 'Draft: some items are still to settle.',
  ]
    .filter(Boolean)
    .join(' ');

  const keyPoints: AgreementDocument['keyPoints'] = [];
  if (agreement.rhythm.length > 0) keyPoints.push({ term: 'Meetings', text: agreement.rhythm.join(' ') });
  keyPoints.push({
    term: 'Limits of confidentiality',
    text: agreement.confidentialityLimits ?? 'None agreed yet.',
  });
  const review = reviewText(agreement);
  if (review) keyPoints.push({ term: 'Review', text: review });
  if (agreement.safeguardingContact) {
    keyPoints.push({ term: 'Safeguarding contact', text: agreement.safeguardingContact });
  }

  const sections: DocSection[] = [];
  if (agreement.goals.length > 0) {
    sections.push({
      id: 'goals',
      heading: agreement.menteeName ? `${agreement.menteeName}’s goals` : 'The mentee’s goals',
      lines: agreement.goals.map((text) => ({ text })),
    });
  }
  for (const group of agreement.groups) {
    sections.push({
      id: group.id,
      heading: group.name,
      lines: group.lines.map((l) => (l.note ? { text: l.sentence, note: l.note } : { text: l.sentence })),
    });
  }
  if (agreement.parked.length > 0) {
    sections.push({
      id: 'parked',
      heading: 'To come back to',
      lines: agreement.parked.map((p) => {
        const text = `${p.prompt} By ${formatDayMonthYear(p.until)}.`;
        return p.note ? { text, note: p.note } : { text };
      }),
    });
  }

  const between = `Between ${person(agreement.mentorName, 'mentor')} and ${person(agreement.menteeName, 'mentee')}.`;
  return {
    heading: 'Our mentoring agreement',
    kicker: [agreement.programme, agreement.title].filter(Boolean).join(' · '),
    between,
    dated,
    keyPoints,
    sections,
    signatures: [
      { role: 'Mentor', name: agreement.mentorName ?? '' },
      { role: 'Mentee', name: agreement.menteeName ?? '' },
    ],
  };
}

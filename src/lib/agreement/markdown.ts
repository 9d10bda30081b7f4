/**
 * The agreement as a Markdown file the pair can keep, edit or paste elsewhere. The pair's own words
 * are escaped so a name or note can never turn into a link, heading or list in the file.
 */
import { formatDayMonthYear } from '../dates';
import type { Agreement } from './build-agreement';

/** Escapes Markdown's special characters in text the pair typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]#|<>~])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+[.)])(?=\s)/, '$1\\$2');
}

function who(agreement: Agreement): string {
  const mentor = agreement.mentorName ? `${escapeMarkdown(agreement.mentorName)} (mentor)` : 'The mentor';
  const mentee = agreement.menteeName ? `${escapeMarkdown(agreement.menteeName)} (mentee)` : 'the mentee';
  return `${mentor} and ${mentee}`;
}

/** Renders the agreement as Markdown, ending with a newline. */
export function agreementToMarkdown(agreement: Agreement): string {
  const out: string[] = [`# Our mentoring agreement`, ''];
  out.push(`${who(agreement)}.`, '');
  if (agreement.programme) out.push(`Programme: ${escapeMarkdown(agreement.programme)}`, '');
  if (agreement.agreedOn) out.push(`Agreed on ${formatDayMonthYear(agreement.agreedOn)}.`, '');
  if (!agreement.complete)
    out.push('_This agreement is not finished yet: some items are still to settle._', '');

  out.push('## Key points', '');
  if (agreement.rhythm.length > 0) out.push(`- Meetings: ${agreement.rhythm.map(escapeMarkdown).join(' ')}`);
  if (agreement.confidentialityLimits) {
    out.push(`- Limits of confidentiality: ${escapeMarkdown(agreement.confidentialityLimits)}`);
  }
  if (agreement.reviewOn)
    out.push(`- We review how it is going on ${formatDayMonthYear(agreement.reviewOn)}.`);
  if (agreement.safeguardingContact) {
    out.push(`- Safeguarding contact: ${escapeMarkdown(agreement.safeguardingContact)}`);
  }
  out.push('');

  for (const group of agreement.groups) {
    out.push(`## ${group.name}`, '');
    for (const line of group.lines) {
      out.push(`- ${escapeMarkdown(line.sentence)}`);
      if (line.note) out.push(`  Note: ${escapeMarkdown(line.note)}`);
    }
    out.push('');
  }
  if (agreement.parked.length > 0) {
    out.push('## To come back to', '');
    for (const p of agreement.parked) {
      out.push(`- ${escapeMarkdown(p.prompt)} By ${formatDayMonthYear(p.until)}.`);
      if (p.note) out.push(`  Note: ${escapeMarkdown(p.note)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A file name for the download: `mentoring-agreement-2026-11-28.md`. */
export function agreementFileName(agreement: Agreement, today: string): string {
  return `mentoring-agreement-${agreement.agreedOn ?? today}.md`;
}

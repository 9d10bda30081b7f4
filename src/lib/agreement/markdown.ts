/**
 * The agreement as a Markdown file the pair can keep, edit or paste elsewhere. The pair's own words
 * are escaped so a name or note can never turn into a link, heading or list in the file.
 */
import type { Agreement } from './build-agreement';
import { agreementDocument } from './document';

/** Escapes Markdown's special characters in text the pair typed. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]#|<>~])/g, '\\$1')
    .replace(/^(\s*)([-+]|\d+[.)])(?=\s)/, '$1\\$2');
}

/** Renders the agreement as Markdown, ending with a newline. */
export function agreementToMarkdown(agreement: Agreement): string {
  const doc = agreementDocument(agreement);
  const out: string[] = [`# ${doc.heading}`, ''];
  if (doc.kicker) out.push(escapeMarkdown(doc.kicker), '');
  out.push(escapeMarkdown(doc.between), '');
  if (doc.dated) out.push(`_${escapeMarkdown(doc.dated)}_`, '');

  out.push('## Key points', '');
  for (const point of doc.keyPoints) out.push(`- ${point.term}: ${escapeMarkdown(point.text)}`);
  out.push('');

  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`, '');
    for (const line of section.lines) {
      out.push(`- ${escapeMarkdown(line.text)}`);
      if (line.note) out.push(`  Note: ${escapeMarkdown(line.note)}`);
    }
    out.push('');
  }
  out.push('## Signed', '');
  for (const s of doc.signatures) {
    out.push(
      `${s.role}: ${escapeMarkdown(s.name)}`,
      '',
      'Signed: ____________________  Date: ____________',
      '',
    );
  }
  return out.join('\n');
}

/** A file name for the download: `mentoring-agreement-2026-11-28.md` (or `.html`). */
export function agreementFileName(
  agreement: Agreement,
  today: string,
  extension: 'md' | 'html' = 'md',
): string {
  return `mentoring-agreement-${agreement.agreedOn ?? today}.${extension}`;
}

/**
 * The agreement as a print-ready page: one self-contained HTML file (no scripts, no links out, its
 * styles inside) that opens in any browser and prints, or saves as PDF, on one A4 or US Letter page.
 * Everything the pair typed is escaped, so a name or note can never become markup.
 */
import type { Agreement } from './build-agreement';
import { agreementDocument } from './document';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Plain, printable and readable in dark mode and forced colours: system fonts, two columns on paper.
const styles = `
:root { color-scheme: light dark; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2rem auto; max-width: 44rem; padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 0.2em; }
h2 { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.06em; margin: 1.2em 0 0.3em; break-after: avoid; }
.kicker, .dated { margin: 0; }
.between { margin: 0.2em 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; border: 1px solid; padding: 0.6em 0.8em; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0; padding-left: 1.2em; }
li { break-inside: avoid; }
.note { font-style: italic; }
.sections { column-gap: 2rem; }
.signatures { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; margin-top: 1.5rem; break-inside: avoid; }
.signatures p { margin: 0; overflow-wrap: anywhere; }
.line { border-bottom: 1px solid; padding-top: 1.6em; font-size: 9pt; }
.hint { font-size: 9pt; border: 1px dashed; padding: 0.4em 0.6em; }
@page { margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9.5pt; line-height: 1.35; }
  .sections { column-count: 2; }
  .hint { display: none; }
}
`;

/** Renders the agreement as a complete HTML page. */
export function agreementToHtml(agreement: Agreement): string {
  const doc = agreementDocument(agreement);
  const e = escapeHtml;
  const line = (l: { text: string; note?: string }) =>
    `<li>${e(l.text)}${l.note ? ` <span class="note">Note: ${e(l.note)}</span>` : ''}</li>`;
  const parts = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.heading)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<p class="hint">To keep it as a PDF, print this page and choose “Save as PDF”.</p>',
    doc.kicker ? `<p class="kicker">${e(doc.kicker)}</p>` : '',
    `<h1>${e(doc.heading)}</h1>`,
    `<p class="between">${e(doc.between)}</p>`,
    doc.dated ? `<p class="dated">${e(doc.dated)}</p>` : '',
    '<h2>Key points</h2>',
    `<dl>${doc.keyPoints.map((k) => `<dt>${e(k.term)}</dt><dd>${e(k.text)}</dd>`).join('')}</dl>`,
    '<div class="sections">',
    ...doc.sections.map(
      (s) => `<section><h2>${e(s.heading)}</h2><ul>${s.lines.map(line).join('')}</ul></section>`,
    ),
    '</div>',
    '<div class="signatures">',
    ...doc.signatures.map(
      (s) =>
        `<div><p><strong>${s.role}:</strong> ${e(s.name)}</p><p class="line">Signed</p><p class="line">Date</p></div>`,
    ),
    '</div>',
    '</body>',
    '</html>',
  ];
  return `${parts.filter((p) => p !== '').join('\n')}\n`;
}

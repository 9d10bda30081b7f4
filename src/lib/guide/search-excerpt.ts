/**
 * Pagefind returns each result's excerpt as HTML: the page's text, escaped, with the matched words
 * wrapped in `<mark>`. Rather than inject that HTML into the page, the search page turns it into plain
 * text pieces and builds the marks itself, so nothing from the index is ever parsed as markup.
 */

/** A run of excerpt text; `marked` when it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};

/** Turns HTML-escaped text back into characters; any tag left in it is dropped. */
function toText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => entities[entity] ?? entity);
}

/** Splits a Pagefind excerpt into plain and marked parts, in order, dropping empty parts. */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      const text = toText(piece);
      if (text !== '') parts.push({ text, marked });
    }
  }
  return parts;
}

/**
 * Reading time of a guide page, worked out from its MDX source: the markup is stripped and the words
 * that are left (with the titles that components show, such as a scenario's) are counted.
 */

/**
 * Words a minute. Adults read plain non-fiction silently at about 240 words a minute (Brysbaert, 2019);
 * a slower pace suits people reading carefully on a phone, and errs on the side of "you have time".
 */
export const WORDS_PER_MINUTE = 200;

/** Turns MDX source into the words a reader sees: no tags, link addresses, imports or Markdown marks. */
export function mdxToPlainText(body: string): string {
  return (
    body
      .replace(/^(?:import|export)\s.*$/gm, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      // A component's title is shown to the reader ("Scenario: Sofia and Leon…"), so it is read too.
      .replace(/<[A-Z]\w*\b[^>]*?\btitle="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[#>*_`|]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Counts the words in a piece of plain text: runs of characters that contain a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * Minutes to read an MDX body (and any other text shown with it, such as the page's summary), to the
 * nearest minute and never less than one. Rounding up would make a page of 810 words and one of 990
 * both say "5 minutes"; to the nearest, they say 4 and 5, as a reader would find.
 */
export function readingMinutes(
  body: string,
  wordsPerMinute = WORDS_PER_MINUTE,
  extra: readonly string[] = [],
): number {
  const words = countWords(mdxToPlainText(body)) + extra.reduce((sum, text) => sum + countWords(text), 0);
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** The reading time as people say it: "1 minute", "5 minutes". */
export function formatReadingTime(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** A guide page as the content collection gives it: its source and its summary in a minute. */
export interface ReadablePage {
  body?: string | undefined;
  data: { inBrief: readonly string[] };
}

/** "4 minutes": the reading time of a guide page, as its page and the guide's index both show it. */
export function pageReadingTime(page: ReadablePage): string {
  return formatReadingTime(readingMinutes(page.body ?? '', WORDS_PER_MINUTE, page.data.inBrief));
}

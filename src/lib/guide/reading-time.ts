/**
 * Reading time of a guide page, worked out from its MDX source: the markup is stripped and the words
 * that are left are counted.
 */

/**
 * Words a minute. Adults read plain non-fiction silently at about 240 words a minute (Brysbaert, 2019);
 * a slower pace suits people reading carefully on a phone, and errs on the side of "you have time".
 */
export const WORDS_PER_MINUTE = 200;

/** Turns MDX source into the words a reader sees: no tags, link addresses, imports or Markdown marks. */
export function mdxToPlainText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Counts the words in a piece of plain text: runs of characters that contain a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to read an MDX body, rounded up, and never less than one. */
export function readingMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = countWords(mdxToPlainText(body));
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}

/** The reading time as people say it: "1 minute", "5 minutes". */
export function formatReadingTime(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Flesch reading ease of plain text, so a test can hold the guide to "plain words, short sentences".
 * Syllables come from the `syllable` package (a maintained counter with an exceptions list), the
 * formula from `flesch`; this module only splits text into sentences and words.
 */
import { flesch } from 'flesch';
import { syllable } from 'syllable';

/** The counts the Flesch formula needs (a type alias, so it fits `flesch`'s index-signature type). */
export type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

/** Words of a text: letters (with inner apostrophes or hyphens) and digits; punctuation dropped. */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Sentences in one block (a paragraph or a list item). A block is at least one sentence, even without
 * a full stop, because a list item reads as one.
 */
export function countSentences(block: string): number {
  const endings = block.trim().match(/[.!?]+(?=[\s"'”’)]|$)/g)?.length ?? 0;
  const endsWithStop = /[.!?]["'”’)]*$/.test(block.trim());
  return Math.max(1, endsWithStop ? endings : endings + 1);
}

/** Adds up sentences, words and syllables over blocks of text (paragraphs, list items). */
export function countText(blocks: readonly string[]): TextCounts {
  const counts: TextCounts = { sentence: 0, word: 0, syllable: 0 };
  for (const block of blocks) {
    const words = splitWords(block);
    if (words.length === 0) continue;
    counts.sentence += countSentences(block);
    counts.word += words.length;
    counts.syllable += words.reduce((sum, word) => sum + syllable(word), 0);
  }
  return counts;
}

/** Flesch reading ease of blocks of text: 60–70 is plain English; higher is easier. */
export function readingEase(blocks: readonly string[]): number {
  const counts = countText(blocks);
  if (counts.word === 0) throw new Error('No words to score: pass the paragraphs and list items of a page.');
  return flesch(counts);
}

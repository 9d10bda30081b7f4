import { describe, expect, it } from 'vitest';
import { countSentences, countText, readingEase, splitWords } from '../../../src/lib/guide/readability';

describe('splitWords', () => {
  it('keeps words with apostrophes and hyphens whole and drops punctuation', () => {
    expect(splitWords("Don't over-plan — it's fine.")).toEqual(["Don't", 'over-plan', "it's", 'fine']);
  });
});

describe('countSentences', () => {
  it.each([
    ['One. Two! Three?', 3],
    ['A list item without a full stop', 1],
    ['First sentence. Then an unfinished one', 2],
    ['She said "stop." Then left.', 2],
    ['Wait... what?', 2],
  ])('counts %j as %i', (text, expected) => {
    expect(countSentences(text)).toBe(expected);
  });
});

describe('countText', () => {
  it('adds up sentences, words and syllables over blocks and skips empty ones', () => {
    expect(countText(['The cat sat.', '', 'A dog ran. It was happy.'])).toEqual({
      sentence: 3,
      word: 9,
      syllable: 10,
    });
  });
});

describe('readingEase', () => {
  it('scores plain text as easy', () => {
    const plain = [
      'What you say stays between you. You agree the limits first. If someone is at risk, you may need to tell someone.',
    ];
    expect(readingEase(plain)).toBeGreaterThan(70);
  });

  it('scores jargon as hard', () => {
    const jargon = [
      'Organisational confidentiality considerations necessitate comprehensive stakeholder documentation prior to implementation of developmental interventions.',
    ];
    expect(readingEase(jargon)).toBeLessThan(20);
  });

  it('refuses to score nothing', () => {
    expect(() => readingEase([''])).toThrow('No words to score');
  });
});

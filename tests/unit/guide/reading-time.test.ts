import { describe, expect, it } from 'vitest';
import {
  countWords,
  formatReadingTime,
  mdxToPlainText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../../src/lib/guide/reading-time';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('mdxToPlainText', () => {
  it('keeps heading and component text but drops the tags', () => {
    expect(mdxToPlainText('<H id="what-it-means">What it means</H>')).toBe('What it means');
    expect(mdxToPlainText('<Callout title="Tip">\n\nBe kind.\n\n</Callout>')).toBe('Be kind.');
  });

  it('keeps link text and drops the address', () => {
    expect(mdxToPlainText('Open [the workbook](../../workbook/) now.')).toBe('Open the workbook now.');
  });

  it('drops imports, MDX comments and Markdown marks', () => {
    expect(mdxToPlainText("import X from './x';\n\n{/* note */}\n\n- **Bold** _item_")).toBe('- Bold item');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ["Don't stop — keep going.", 4],
    ['  spaced   out  ', 2],
    ['3 months', 2],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute, even for an empty page', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('rounds up', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE + 1))).toBe(2);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 5))).toBe(5);
  });

  it('does not count markup as words', () => {
    const tags = Array.from({ length: 300 }, (_, i) => `<H id="h-${i}"></H>`).join('\n');
    expect(readingMinutes(`${tags}\n${words(10)}`)).toBe(1);
  });

  it('takes a reading speed', () => {
    expect(readingMinutes(words(300), 100)).toBe(3);
  });
});

describe('formatReadingTime', () => {
  it.each([
    [1, '1 minute'],
    [2, '2 minutes'],
    [12, '12 minutes'],
  ])('says %i as "%s"', (minutes, text) => {
    expect(formatReadingTime(minutes)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import {
  countWords,
  formatReadingTime,
  mdxToPlainText,
  pageReadingTime,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../../src/lib/guide/reading-time';

const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('mdxToPlainText', () => {
  it('keeps heading and component text but drops the tags', () => {
    expect(mdxToPlainText('<H id="what-it-means">What it means</H>')).toBe('What it means');
    expect(mdxToPlainText('<Callout tone="tip">\n\nBe kind.\n\n</Callout>')).toBe('Be kind.');
  });

  it('keeps the title a component shows', () => {
    expect(mdxToPlainText('<Scenario title="Sofia and Leon">\n\nThey met.\n\n</Scenario>')).toBe(
      'Sofia and Leon They met.',
    );
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

  it('rounds to the nearest minute, so pages of different lengths say different times', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE))).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 1.4))).toBe(1);
    expect(readingMinutes(words(WORDS_PER_MINUTE * 1.6))).toBe(2);
    expect(readingMinutes(words(810))).toBe(4);
    expect(readingMinutes(words(990))).toBe(5);
  });

  it('counts the other text shown with the page, such as its summary', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE * 1.4), WORDS_PER_MINUTE, [words(40)])).toBe(2);
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

describe('pageReadingTime', () => {
  it('reads a guide page and its summary together', () => {
    const page = { body: words(WORDS_PER_MINUTE * 2), data: { inBrief: [words(WORDS_PER_MINUTE)] } };
    expect(pageReadingTime(page)).toBe('3 minutes');
  });
});

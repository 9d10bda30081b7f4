import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assertGuideHeadings,
  extractHeadings,
  findHeadingProblems,
  tableOfContents,
} from '../../../src/lib/guide/headings';

const body = `Intro paragraph.

<H id="what-it-means">What it means</H>

Text.

<H level={3} id="the-mentee-brings-the-agenda">The mentee brings the *agenda*</H>

<H id='warning-signs'>
  Warning signs
</H>
`;

describe('extractHeadings', () => {
  it('lists every <H> heading in order, with its id, plain text and level', () => {
    expect(extractHeadings(body)).toEqual([
      { id: 'what-it-means', text: 'What it means', level: 2 },
      { id: 'the-mentee-brings-the-agenda', text: 'The mentee brings the agenda', level: 3 },
      { id: 'warning-signs', text: 'Warning signs', level: 2 },
    ]);
  });

  it('reads attributes in any order', () => {
    expect(extractHeadings('<H id="a-b" level={3}>A b</H>')).toEqual([{ id: 'a-b', text: 'A b', level: 3 }]);
  });

  it('ignores headings inside fenced code', () => {
    expect(extractHeadings('```mdx\n<H id="example">Example</H>\n```\n')).toEqual([]);
  });

  it('gives a heading without an id an empty id, so the checker can report it', () => {
    expect(extractHeadings('<H>No id</H>')).toEqual([{ id: '', text: 'No id', level: 2 }]);
  });
});

describe('tableOfContents', () => {
  it('keeps only the h2 headings', () => {
    expect(tableOfContents(body).map((h) => h.id)).toEqual(['what-it-means', 'warning-signs']);
  });

  it('is empty for a page without headings', () => {
    expect(tableOfContents('Just a paragraph.')).toEqual([]);
  });
});

describe('findHeadingProblems', () => {
  it('finds nothing wrong with well-formed headings', () => {
    expect(findHeadingProblems(body)).toEqual([]);
  });

  it.each([
    ['a Markdown h2', '## Warning signs', 'Markdown heading'],
    ['a Markdown h3', '### Small print', 'Markdown heading'],
    ['a heading without an id', '<H>Warning signs</H>', 'has no id'],
    ['an id that is not kebab-case', '<H id="Warning_Signs">Warning signs</H>', 'not kebab-case'],
    ['an id with a double hyphen', '<H id="warning--signs">Warning signs</H>', 'not kebab-case'],
    ['a duplicate id', '<H id="a">One</H>\n\n<H id="a">Two</H>', 'more than once'],
    ['a level other than 2 or 3', '<H level={4} id="deep">Deep</H>', 'Heading level 4'],
  ])('reports %s', (_name, source, message) => {
    const problems = findHeadingProblems(source);
    const expected: unknown = expect.objectContaining({
      message: expect.stringContaining(message) as unknown,
    });
    expect(problems).toEqual([expected]);
    expect(problems[0]?.hint).not.toBe('');
  });

  it('does not mistake a hash inside a sentence for a heading', () => {
    expect(findHeadingProblems('Press the # key.\n\nItem #2 is done.')).toEqual([]);
  });
});

describe('assertGuideHeadings', () => {
  it('passes a good page', () => {
    expect(() => assertGuideHeadings('good', body)).not.toThrow();
  });

  it('names the page, the problem and the fix', () => {
    expect(() => assertGuideHeadings('bad-page', '## Oops')).toThrow(
      /bad-page[\s\S]*Markdown heading[\s\S]*<H id=/,
    );
  });
});

describe('the guide pages themselves', () => {
  const dir = join(process.cwd(), 'src/content/guide');
  const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));

  it('exist', () => {
    expect(files.length).toBe(7);
  });

  it.each(files)('%s follows the heading rules and has a table of contents', (file) => {
    const source = readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?---/, '');
    expect(findHeadingProblems(source)).toEqual([]);
    expect(tableOfContents(source).length).toBeGreaterThanOrEqual(3);
  });
});

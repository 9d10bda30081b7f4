import { describe, expect, it } from 'vitest';
import { guideFrontmatterSchema } from '../../../src/lib/schemas/guide';

const valid = {
  title: 'Mentee-driven',
  description: "In a mentee-driven partnership the mentee's goals set the direction.",
  order: 2,
  expectation: 'mentee-driven',
  summary: "The partnership serves the mentee's goals, and goals may change.",
  inBrief: [
    'The mentee chooses the goals and brings the topics.',
    'The mentor listens, asks and advises when asked.',
    'Goals can change, and that is a good sign.',
  ],
  updated: '2026-11-28',
};

const without = (key: keyof typeof valid) =>
  Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));

describe('guideFrontmatterSchema', () => {
  it('accepts a complete page and turns the date into a Date', () => {
    const parsed = guideFrontmatterSchema.parse(valid);
    expect(parsed.updated).toEqual(new Date('2026-11-28'));
  });

  it('accepts a page that explains no single expectation', () => {
    expect(guideFrontmatterSchema.safeParse(without('expectation')).success).toBe(true);
  });

  it.each(['title', 'description', 'order', 'summary', 'inBrief', 'updated'] as const)(
    'rejects a page without %s',
    (key) => {
      const result = guideFrontmatterSchema.safeParse(without(key));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([key]);
    },
  );

  it.each([
    ['an expectation that is not one of the four', { expectation: 'be-nice' }, 'expectation'],
    ['the expectation written as the page slug', { expectation: 'trust-and-confidentiality' }, 'expectation'],
    ['an order of zero', { order: 0 }, 'order'],
    ['a fractional order', { order: 1.5 }, 'order'],
    ['an order written as text', { order: 'two' }, 'order'],
    ['a date that is not a date', { updated: 'last Tuesday' }, 'updated'],
    ['a one-word description', { description: 'Goals.' }, 'description'],
    ['an empty title', { title: '' }, 'title'],
    [
      'a summary in a minute of two lines',
      { inBrief: ['One point that is long enough.', 'A second point, long too.'] },
      'inBrief',
    ],
    [
      'a summary in a minute of five lines',
      { inBrief: Array.from({ length: 5 }, (_, i) => `Point number ${i + 1} of the page.`) },
      'inBrief',
    ],
    [
      'a line too short to say anything',
      { inBrief: ['Short.', 'A second point, long enough.', 'A third point, long enough.'] },
      'inBrief.0',
    ],
    ['a misspelt field', { sumary: 'A summary that is long enough to pass.' }, ''],
  ])('rejects %s', (_name, change, path) => {
    const result = guideFrontmatterSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

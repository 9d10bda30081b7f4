import { describe, expect, it } from 'vitest';
import { answersEqual, compareAnswers, compareScale } from '../../../src/lib/compare/compare-answers';
import type { Answer } from '../../../src/lib/schemas/answers';

const A = 'agreed';
const C = 'close';
const D = 'discuss';

// The whole rule for scales, as a table: row = one answer, column = the other (positions 1 to 5).
const scaleTable = [
  [A, D, D, D, D],
  [D, A, C, D, D],
  [D, C, A, C, D],
  [D, D, C, A, D],
  [D, D, D, D, A],
] as const;

describe('compareScale', () => {
  for (const [i, row] of scaleTable.entries()) {
    for (const [j, expected] of row.entries()) {
      it(`sorts ${i + 1} against ${j + 1} as ${expected}`, () => {
        expect(compareScale(i + 1, j + 1)).toBe(expected);
      });
    }
  }
});

const scale = (value: number): Answer => ({ kind: 'scale', value });
const choice = (optionId: string, otherText?: string): Answer =>
  otherText === undefined ? { kind: 'choice', optionId } : { kind: 'choice', optionId, otherText };
const text = (t: string): Answer => ({ kind: 'text', text: t });
const skipped: Answer = { kind: 'skipped' };

describe('compareAnswers', () => {
  it('uses the scale table for scale items', () => {
    for (const [i, row] of scaleTable.entries()) {
      for (const [j, expected] of row.entries()) {
        expect(compareAnswers('scale', scale(i + 1), scale(j + 1))).toBe(expected);
      }
    }
  });

  const options = ['weekly', 'fortnightly', 'monthly'];
  for (const a of options) {
    for (const b of options) {
      const expected = a === b ? A : D;
      it(`sorts choice ${a} against ${b} as ${expected}`, () => {
        expect(compareAnswers('choice', choice(a), choice(b))).toBe(expected);
      });
    }
  }

  it.each([
    ['the same words', 'Every Tuesday', 'Every Tuesday', A],
    ['the same words in another case and spacing', 'Every  Tuesday ', 'every tuesday', A],
    ['different words', 'Every Tuesday', 'Every Friday', D],
  ])('sorts two "other" answers with %s as expected', (_label, x, y, expected) => {
    expect(compareAnswers('choice', choice('other', x), choice('other', y))).toBe(expected);
  });

  it('sorts "other" against a listed option as discuss', () => {
    expect(compareAnswers('choice', choice('other', 'weekly'), choice('weekly'))).toBe(D);
  });

  it.each([
    ['different', 'Health', 'Family'],
    ['identical', 'Health', 'Health'],
    ['both empty', '', ''],
  ])('always reads text answers together, even when %s', (_label, x, y) => {
    expect(compareAnswers('text', text(x), text(y))).toBe('read-together');
  });

  const unanswered: [string, Answer | undefined][] = [
    ['absent', undefined],
    ['skipped', skipped],
  ];
  const givenByKind = { scale: scale(3), choice: choice('weekly'), text: text('Health') } as const;
  for (const kind of ['scale', 'choice', 'text'] as const) {
    for (const [label, missing] of unanswered) {
      it(`marks a ${kind} item incomplete when the mentor's answer is ${label}`, () => {
        expect(compareAnswers(kind, missing, givenByKind[kind])).toBe('incomplete');
      });
      it(`marks a ${kind} item incomplete when the mentee's answer is ${label}`, () => {
        expect(compareAnswers(kind, givenByKind[kind], missing)).toBe('incomplete');
      });
      it(`marks a ${kind} item incomplete when both are ${label}`, () => {
        expect(compareAnswers(kind, missing, missing)).toBe('incomplete');
      });
    }
  }

  it('treats an answer of the wrong kind as unanswered', () => {
    expect(compareAnswers('scale', choice('weekly'), scale(3))).toBe('incomplete');
    expect(compareAnswers('choice', text('weekly'), text('weekly'))).toBe('incomplete');
  });
});

describe('answersEqual', () => {
  it('never calls answers of different kinds equal', () => {
    expect(answersEqual({ kind: 'scale', value: 1 }, { kind: 'choice', optionId: 'x' })).toBe(false);
  });
  it('compares text answers by their words', () => {
    expect(answersEqual({ kind: 'text', text: 'A  b' }, { kind: 'text', text: 'a b' })).toBe(true);
  });
});

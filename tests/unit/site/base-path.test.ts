import { describe, expect, it } from 'vitest';
import { normaliseBasePath, withBase } from '../../../src/lib/site/base-path';

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['mentoring', '/mentoring/'],
    ['/mentoring', '/mentoring/'],
    ['/mentoring/', '/mentoring/'],
    ['//a//b/', '/a/b/'],
    [' /docs/mentoring/ ', '/docs/mentoring/'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });

  it('refuses a path that climbs out of the site', () => {
    expect(() => normaliseBasePath('/a/../b/')).toThrow(/must not contain/);
  });

  it('refuses characters that do not belong in a path', () => {
    expect(() => normaliseBasePath('/a b/')).toThrow(/not a plain URL path/);
    expect(() => normaliseBasePath('https://evil.example/')).toThrow(/not a plain URL path/);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/guide/', '/guide/'],
    ['/mentoring/', '/guide/', '/mentoring/guide/'],
    ['/mentoring', 'guide/', '/mentoring/guide/'],
    ['/mentoring/', '/workbook/#p=abc', '/mentoring/workbook/#p=abc'],
    ['/mentoring/', '/', '/mentoring/'],
  ])('joins %j and %j into %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { hashForQuery, queryFromHash } from '../../../src/lib/guide/search-query';

describe('queryFromHash', () => {
  it.each([
    ['', ''],
    ['#', ''],
    ['#q=agenda', 'agenda'],
    ['q=agenda', 'agenda'],
    ['#q=first+meeting', 'first meeting'],
    ['#q=first%20meeting', 'first meeting'],
    ['#p=abc&q=trust', 'trust'],
    ['#q=%20%20', ''],
  ])('reads %j as %j', (hash, query) => {
    expect(queryFromHash(hash)).toBe(query);
  });
});

describe('hashForQuery', () => {
  it('puts the query after the # so it never reaches a server', () => {
    expect(hashForQuery('agenda')).toBe('#q=agenda');
  });

  it('gives no hash for an empty query', () => {
    expect(hashForQuery('  ')).toBe('');
  });

  it.each(['first meeting', 'what & why?', 'café #1'])('round-trips %j', (query) => {
    expect(queryFromHash(hashForQuery(query))).toBe(query);
  });
});

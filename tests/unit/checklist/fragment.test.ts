import { describe, expect, it } from 'vitest';
import { linkFragment, partnershipFragment, readFragment } from '../../../src/lib/checklist/fragment';

describe('readFragment', () => {
  it.each([
    ['', {}],
    ['#', {}],
    ['#p=abc', { partnershipId: 'abc' }],
    ['p=abc', { partnershipId: 'abc' }],
    ['#p=abc&answers=xyz', { partnershipId: 'abc', link: { kind: 'answers', payload: 'xyz' } }],
    ['#join=xyz', { link: { kind: 'join', payload: 'xyz' } }],
    ['#p=abc&answers=', { partnershipId: 'abc' }],
  ])('reads %j', (hash, expected) => {
    expect(readFragment(hash)).toEqual(expected);
  });
});

describe('partnershipFragment and linkFragment', () => {
  it('round-trip through readFragment', () => {
    expect(readFragment(partnershipFragment('a_b-1'))).toEqual({ partnershipId: 'a_b-1' });
    expect(readFragment(linkFragment('a1', 'answers', 'x-_y'))).toEqual({
      partnershipId: 'a1',
      link: { kind: 'answers', payload: 'x-_y' },
    });
  });
});

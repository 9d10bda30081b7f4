import { describe, expect, it } from 'vitest';
import {
  buildFragment,
  firstLink,
  linkFragment,
  partnershipFragment,
  readFragment,
  withoutPayloads,
} from '../../../src/lib/transfer/fragment';

describe('readFragment', () => {
  it.each([
    ['', { payloads: {} }],
    ['#', { payloads: {} }],
    ['#p=abc', { partnershipId: 'abc', payloads: {} }],
    ['p=abc', { partnershipId: 'abc', payloads: {} }],
    ['#p=abc&answers=xyz', { partnershipId: 'abc', payloads: { answers: 'xyz' } }],
    ['#join=xyz', { payloads: { join: 'xyz' } }],
    ['#p=abc&view=meeting&m=m1', { partnershipId: 'abc', view: 'meeting', meetingId: 'm1', payloads: {} }],
    ['#p=<script>&m=__proto__&evil=1', { payloads: {} }],
  ])('reads %j', (hash, expected) => {
    expect(readFragment(hash)).toEqual(expected);
  });
});

describe('firstLink', () => {
  it('gives the first payload that is not empty', () => {
    expect(firstLink(readFragment('#p=abc&answers='))).toBeUndefined();
    expect(firstLink(readFragment('#p=abc&answers=xyz'))).toEqual({ kind: 'answers', payload: 'xyz' });
  });
});

describe('partnershipFragment, linkFragment and withoutPayloads', () => {
  it('round-trip through readFragment', () => {
    expect(readFragment(partnershipFragment('a_b-1'))).toEqual({ partnershipId: 'a_b-1', payloads: {} });
    expect(readFragment(linkFragment('a1', 'answers', 'x-_y'))).toEqual({
      partnershipId: 'a1',
      payloads: { answers: 'x-_y' },
    });
    expect(withoutPayloads('#p=a1&view=goals&answers=x')).toBe('#p=a1&view=goals');
    expect(buildFragment({ payloads: {} })).toBe('');
  });
});

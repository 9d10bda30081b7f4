import { describe, expect, it } from 'vitest';
import { readViewState, viewStateToHash } from '../../../src/lib/meetings/view-state';

describe('readViewState', () => {
  it.each([
    ['', { partnershipId: null, view: 'overview' }],
    ['#p=abc', { partnershipId: 'abc', view: 'overview' }],
    ['#p=abc&view=history', { partnershipId: 'abc', view: 'history' }],
    ['#p=abc&view=meeting&m=m1', { partnershipId: 'abc', view: 'meeting', meetingId: 'm1' }],
    ['#p=abc&view=nonsense', { partnershipId: 'abc', view: 'overview' }],
    ['#p=<script>', { partnershipId: null, view: 'overview' }],
  ])('reads %j', (hash, state) => {
    expect(readViewState(hash)).toEqual(state);
  });
});

describe('viewStateToHash', () => {
  it('round-trips and leaves out the default view', () => {
    expect(viewStateToHash({ partnershipId: 'abc', view: 'overview' })).toBe('#p=abc');
    const state = { partnershipId: 'abc', view: 'meeting' as const, meetingId: 'm1' };
    expect(readViewState(viewStateToHash(state))).toEqual(state);
  });
});

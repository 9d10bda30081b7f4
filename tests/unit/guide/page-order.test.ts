import { describe, expect, it } from 'vitest';
import { findNeighbours, sortGuidePages } from '../../../src/lib/guide/page-order';

const page = (id: string, order: number) => ({ id, data: { order } });
const pages = [page('c', 3), page('a', 1), page('b', 2)];

describe('sortGuidePages', () => {
  it('orders pages by their order field', () => {
    expect(sortGuidePages(pages).map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('breaks a tie by id, so every build gives the same order', () => {
    expect(sortGuidePages([page('y', 1), page('x', 1)]).map((p) => p.id)).toEqual(['x', 'y']);
  });

  it('leaves the input alone', () => {
    sortGuidePages(pages);
    expect(pages.map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('findNeighbours', () => {
  it('gives the first page only a next page', () => {
    expect(findNeighbours(pages, 'a')).toEqual({ next: page('b', 2) });
  });

  it('gives a middle page both', () => {
    expect(findNeighbours(pages, 'b')).toEqual({ previous: page('a', 1), next: page('c', 3) });
  });

  it('gives the last page only a previous page', () => {
    expect(findNeighbours(pages, 'c')).toEqual({ previous: page('b', 2) });
  });

  it('throws for a page that does not exist', () => {
    expect(() => findNeighbours(pages, 'nope')).toThrow('No guide page with id "nope"');
  });
});

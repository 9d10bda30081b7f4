/**
 * The order of the guide's pages: the index lists them by `order`, and each page links to the pages
 * before and after it. Generic over the entry type so it works with Astro's collection entries and with
 * plain test data alike.
 */

/** The least an entry needs for ordering. */
export interface OrderedEntry {
  id: string;
  data: { order: number };
}

/** The entries sorted by `order`, then by id so that a tie still gives the same order every build. */
export function sortGuidePages<T extends OrderedEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The pages either side of one page, in guide order; either may be missing at the ends. */
export interface Neighbours<T> {
  previous?: T;
  next?: T;
}

/**
 * Finds the previous and next pages of the page with `id`.
 * @throws Error when no page has that id, since that is a programming error.
 */
export function findNeighbours<T extends OrderedEntry>(entries: readonly T[], id: string): Neighbours<T> {
  const sorted = sortGuidePages(entries);
  const index = sorted.findIndex((entry) => entry.id === id);
  if (index === -1) throw new Error(`No guide page with id "${id}".`);
  const neighbours: Neighbours<T> = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) neighbours.previous = previous;
  if (next) neighbours.next = next;
  return neighbours;
}

/**
 * Sorts the site's pages into kinds by their path, so budgets can be set per kind and a page that lands
 * later is measured against the right budget without anyone updating a list.
 */

/** The kinds of page that budgets are set for. */
export const pageKinds = ['guide', 'workbook', 'trainers', 'search', 'print', 'other'] as const;

/** One kind of page: guide, workbook, trainers, search, print or other (home, privacy, 404). */
export type PageKind = (typeof pageKinds)[number];

/**
 * Returns the kind of a page from its path relative to the site's base ('' for the home page,
 * 'guide/mentee-driven/', '404.html').
 */
export function classifyPath(path: string): PageKind {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  switch (first) {
    case 'guide':
    case 'workbook':
    case 'trainers':
    case 'search':
    case 'print':
      return first;
    default:
      return 'other';
  }
}

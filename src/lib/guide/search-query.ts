/**
 * The search page keeps its query in the URL fragment (`/search/#q=trust`), never in a query string:
 * a fragment is not sent to the server, so what someone searched for never reaches a server log.
 */

/** Reads the query from a location hash such as "#q=agenda"; an absent or empty query gives "". */
export function queryFromHash(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return (params.get('q') ?? '').trim();
}

/** The hash that records a query: "#q=first%20meeting", or "" for an empty query. */
export function hashForQuery(query: string): string {
  const trimmed = query.trim();
  if (trimmed === '') return '';
  return `#${new URLSearchParams({ q: trimmed }).toString()}`;
}

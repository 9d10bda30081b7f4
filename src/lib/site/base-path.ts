/**
 * Base path handling, so the site can be hosted under a sub-folder (e.g. `/mentoring/`).
 * Pure functions: the Astro config and components both use them.
 */

/**
 * Turns whatever a person puts in `BASE_PATH` into the form Astro expects: a leading and a trailing
 * slash, no doubled slashes. Empty or missing means the site root.
 * @throws Error when the value holds characters that have no place in a URL path.
 */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (!/^[\w\-./~]+$/.test(trimmed)) {
    throw new Error(
      `BASE_PATH "${trimmed}" is not a plain URL path: use letters, digits, "-", "_" and "/", e.g. /mentoring/`,
    );
  }
  const segments = trimmed.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw new Error(`BASE_PATH "${trimmed}" must not contain "..".`);
  return `/${segments.join('/')}/`;
}

/**
 * Joins the base path and a site path (`/guide/`), keeping exactly one slash between them.
 * Fragments and query strings are kept as they are.
 */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const cleanPath = path.startsWith('/') ? path.slice(1) : path;
  return `${cleanBase}${cleanPath}`;
}

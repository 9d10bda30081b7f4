/**
 * The address printed after a link on paper. Guide pages link to each other with relative hrefs
 * (`../mentee-driven/`), which work under any base path but mean nothing on paper. Printed, a link shows
 * the address a reader could type: the full URL when the site's address is known, else the path from
 * the site's root (with its base path).
 */

/**
 * Resolves `href`, as written on the page at `pagePath`, to the address to print. Returns undefined for
 * links that need no address on paper: same-page fragments, and `mailto:`/`tel:` links whose text says it.
 * @param href the link as written, e.g. "../../workbook/checklist/"
 * @param pagePath the page's own path, with base, e.g. "/mentoring/guide/first-meeting/"
 * @param site the site's public address, if configured (Astro's `site`)
 */
export function printableHref(href: string, pagePath: string, site?: URL | string): string | undefined {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || /^(mailto|tel):/i.test(trimmed)) return undefined;
  const origin = 'https://site.invalid';
  const resolved = new URL(trimmed, new URL(pagePath, origin));
  if (resolved.origin !== origin) return resolved.href;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  if (site === undefined) return path;
  return new URL(path, site).href;
}

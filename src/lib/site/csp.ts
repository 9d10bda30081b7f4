/**
 * The site's Content Security Policy, in one place: the Astro config writes it into every page's
 * `<meta http-equiv>`, and the hosting-headers file repeats it as an HTTP header (which can also forbid
 * framing, something a meta tag cannot do).
 *
 * `script-src` and `style-src` are not listed here: Astro owns them and fills in the hashes of the
 * scripts and styles it processes.
 */

/** Directives every page gets. `connect-src 'none'`: no page may fetch anything, anywhere. */
export const siteCspDirectives = [
  "default-src 'self'",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // No form on the site submits to a server: each is handled by its script. 'none' makes sure a form
  // submitted before its script is ready, or after an error in it, cannot send what was typed anywhere.
  "form-action 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
] as const;

/** Directives that only an HTTP header can carry (a meta-tag policy ignores them). */
export const headerOnlyCspDirectives = ["frame-ancestors 'none'"] as const;

/** Joins directives into the single-line form used in headers and meta tags. */
export function joinCspDirectives(directives: readonly string[]): string {
  return directives.map((d) => d.trim()).join('; ');
}

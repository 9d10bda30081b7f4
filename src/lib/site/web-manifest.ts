/**
 * The web app manifest, which makes the site installable ("Add to Home Screen"). Built from the base
 * path, so an installed copy of a site hosted in a sub-folder starts there and stays there.
 */
import { withBase } from './base-path';

/** One icon in the manifest. */
export interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose: 'any' | 'maskable';
}

/** The fields of the manifest this site uses. */
export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  lang: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  icons: ManifestIcon[];
}

/** The manifest for a site under `base` (`/` or `/mentoring/`). Colours match tokens.css (light). */
export function buildWebManifest(base: string): WebManifest {
  const icon = (src: string, sizes: string, type: string, purpose: ManifestIcon['purpose'] = 'any') => ({
    src: withBase(base, src),
    sizes,
    type,
    purpose,
  });
  return {
    name: 'Mentoring Expectations',
    short_name: 'Mentoring',
    description: 'Agree what you expect of each other, then keep a private log of your meetings.',
    lang: 'en-GB',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#fdfcf9',
    theme_color: '#1f5f8b',
    icons: [
      icon('/favicon.svg', 'any', 'image/svg+xml'),
      icon('/icon-192.png', '192x192', 'image/png'),
      icon('/icon-512.png', '512x512', 'image/png'),
      // The PNGs keep the mark inside the central safe zone, so platforms may crop them to any shape.
      icon('/icon-512.png', '512x512', 'image/png', 'maskable'),
    ],
  };
}

/** Writes /manifest.webmanifest at build time, with start_url and scope set to the base path. */
import type { APIRoute } from 'astro';
import { buildWebManifest } from '../lib/site/web-manifest';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildWebManifest(import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });

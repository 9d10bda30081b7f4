/**
 * Publishes the backup format's JSON Schema at /schema/mentoring-workbook.schema.json,
 * generated from the zod schema at build time.
 */
import type { APIRoute } from 'astro';
import { backupJsonSchema } from '../../lib/schemas/json-schema';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(backupJsonSchema(), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });

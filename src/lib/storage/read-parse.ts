/**
 * Parsing what comes out of the database. Every read goes through `parseEntries`: good records
 * are returned typed, bad ones are moved to the quarantine store with the reason and reported —
 * never silently dropped.
 */
import type * as z from 'zod/mini';
import { newId, type DataStoreName, type QuarantineRecord } from '../schemas';
import type { Backend, RawEntry } from './backend';
import type { StoreName } from './db-schema';

/** What repositories share: the backend, and how to report changes and quarantined records. */
export interface RepoContext {
  backend: Backend;
  /** Tell this tab's listeners and other tabs that stores changed. */
  changed(stores: StoreName[], partnershipId?: string): void;
  /** Tell listeners that records were quarantined. */
  quarantined(records: QuarantineRecord[]): void;
}

/**
 * A schema failure as technical detail: up to three issues as "path: message", each path after
 * `prefix` (where the value sat in a larger one, e.g. `data.meetings.12`).
 */
export function describeIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return parts.join('; ') + more;
}

/** JSON of a stored value, even one JSON cannot express fully. */
function rawJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Parses raw entries with `schema`. Entries that fail are quarantined (moved, in one
 * transaction, only if unchanged since they were read) and reported; the rest are returned.
 */
export async function parseEntries<T>(
  ctx: RepoContext,
  store: StoreName,
  schema: z.ZodMiniType<T>,
  entries: readonly RawEntry[],
): Promise<T[]> {
  const good: T[] = [];
  const bad: { entry: RawEntry; reason: string }[] = [];
  for (const entry of entries) {
    const result = schema.safeParse(entry.value);
    if (result.success) good.push(result.data);
    else bad.push({ entry, reason: describeIssues(result.error) });
  }
  if (bad.length > 0) await quarantine(ctx, store, bad);
  return good;
}

/** Parses one raw value (undefined stays undefined). */
export async function parseOne<T>(
  ctx: RepoContext,
  store: StoreName,
  schema: z.ZodMiniType<T>,
  key: RawEntry['key'],
  value: unknown,
): Promise<T | undefined> {
  if (value === undefined) return undefined;
  const [parsed] = await parseEntries(ctx, store, schema, [{ key, value }]);
  return parsed;
}

async function quarantine(
  ctx: RepoContext,
  store: StoreName,
  bad: readonly { entry: RawEntry; reason: string }[],
): Promise<void> {
  const at = new Date().toISOString();
  const records: QuarantineRecord[] = bad.map(({ entry, reason }) => ({
    id: newId(),
    createdAt: at,
    updatedAt: at,
    store: store as DataStoreName,
    reason: reason.slice(0, 5000),
    raw: rawJson(entry.value),
    at,
  }));
  try {
    await ctx.backend.write(
      bad.map(({ entry }, i) => ({
        type: 'quarantine' as const,
        store,
        key: entry.key,
        raw: rawJson(entry.value),
        record: records[i],
      })),
    );
  } catch {
    // Could not move them (e.g. storage full): they stay where they are, still reported below.
  }
  ctx.quarantined(records);
}

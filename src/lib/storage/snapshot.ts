/**
 * Whole-workbook reads and writes for backup and restore: a consistent snapshot of every valid
 * record, and an import that merges or replaces in one transaction.
 */
import {
  actionSchema,
  checklistRoundSchema,
  goalSchema,
  meetingSchema,
  partnershipSchema,
  storedTemplateSchema,
  type BackupData,
} from '../schemas';
import type { WriteOp } from './backend';
import { allStores, partnershipStores, type StoreName } from './db-schema';
import { changeOps, type WriteOptions } from './meta-repo';
import { parseEntries, type RepoContext } from './read-parse';

/** The data of a backup: the same shape as the backup file's `data`. */
export type Snapshot = BackupData;

/**
 * `merge`: keep everything, and for records with the same id keep the newer `updatedAt`.
 * `replace`: first delete what the backup covers (everything, or that one partnership).
 */
export type ImportMode = 'merge' | 'replace';

const dataStores = ['partnerships', 'templates', 'rounds', 'meetings', 'actions', 'goals'] as const;

export async function readSnapshot(ctx: RepoContext, partnershipId?: string): Promise<Snapshot> {
  const raw = await ctx.backend.readMany(
    dataStores.map((store) =>
      partnershipId === undefined || store === 'templates' ? { store } : { store, partnershipId },
    ),
  );
  const [p = [], t = [], r = [], m = [], a = [], g = []] = raw;
  const partnerships = await parseEntries(ctx, 'partnerships', partnershipSchema, p);
  let templates = await parseEntries(ctx, 'templates', storedTemplateSchema, t);
  if (partnershipId !== undefined) {
    // One partnership's backup carries only the template versions it uses.
    const used = new Set(partnerships.map((x) => `${x.templateId}@${x.templateVersion}`));
    templates = templates.filter((x) => used.has(`${x.id}@${x.version}`));
  }
  return {
    partnerships,
    templates,
    rounds: await parseEntries(ctx, 'rounds', checklistRoundSchema, r),
    meetings: await parseEntries(ctx, 'meetings', meetingSchema, m),
    actions: await parseEntries(ctx, 'actions', actionSchema, a),
    goals: await parseEntries(ctx, 'goals', goalSchema, g),
  };
}

/**
 * Writes `data` (already validated) in one transaction. With `replace` and a `partnershipId`,
 * only that partnership is replaced; templates are always merged (a version never changes).
 * `options.countAsChange: false` leaves the backup bookkeeping alone (the example pair).
 */
export async function applyImport(
  ctx: RepoContext,
  data: Snapshot,
  mode: 'merge' | 'replace',
  partnershipId?: string,
  options: WriteOptions = {},
): Promise<void> {
  const ops = [...importOps(data, mode, partnershipId), ...changeOps(options)];
  // A restore that does not fit is refused, not moved to memory: "restored" must mean on this device.
  await ctx.backend.write(ops, { whenFull: 'fail' });
  const stores: StoreName[] = [...dataStores];
  ctx.changed(stores, partnershipId);
}

/** The operations that write `data` (the part of an import that can share a transaction). */
export function importOps(data: Snapshot, mode: ImportMode, partnershipId?: string): WriteOp[] {
  const ops: WriteOp[] = [];
  if (mode === 'replace') {
    if (partnershipId === undefined) {
      for (const store of dataStores) if (store !== 'templates') ops.push({ type: 'clear', store });
    } else {
      ops.push({ type: 'delete', store: 'partnerships', key: partnershipId });
      for (const store of partnershipStores) ops.push({ type: 'deleteByPartnership', store, partnershipId });
    }
  }
  for (const store of dataStores) ops.push({ type: 'merge', store, values: data[store] });
  return ops;
}

/**
 * Empties every store in one transaction: records, templates, damaged records set aside, the
 * trash and the meta record too, so the device holds nothing of the workbook afterwards.
 */
export async function clearAll(ctx: RepoContext): Promise<void> {
  await ctx.backend.write(allStores.map((store) => ({ type: 'clear' as const, store })));
  ctx.changed([...allStores]);
}

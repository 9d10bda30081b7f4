/**
 * Repositories for partnerships (with the cascade delete) and stored checklist templates.
 */
import {
  checklistTemplateSchema,
  partnershipSchema,
  storedTemplateSchema,
  type ChecklistTemplate,
  type Partnership,
  type StoredTemplate,
} from '../schemas';
import { partnershipStores } from './db-schema';
import { bumpChangesOp, changeOps, type WriteOptions } from './meta-repo';
import { parseEntries, parseOne, type RepoContext } from './read-parse';
import { recordRepo, validate, type RecordRepo } from './repo';

export interface PartnershipRepo extends RecordRepo<Partnership> {
  /** Every partnership on this device. */
  list(): Promise<Partnership[]>;
  /**
   * Deletes the partnership and all its rounds, meetings, actions and goals, in one transaction.
   * `options.countAsChange: false` leaves the backup bookkeeping alone (removing the example pair).
   */
  delete(id: string, options?: WriteOptions): Promise<void>;
}

export function partnershipRepo(ctx: RepoContext): PartnershipRepo {
  const base = recordRepo(ctx, 'partnerships', partnershipSchema, (p) => p.id);
  return {
    ...base,
    async list() {
      return parseEntries(ctx, 'partnerships', partnershipSchema, await ctx.backend.getAll('partnerships'));
    },
    async delete(id, options = {}) {
      await ctx.backend.write([
        { type: 'delete', store: 'partnerships', key: id },
        ...partnershipStores.map((store) => ({
          type: 'deleteByPartnership' as const,
          store,
          partnershipId: id,
        })),
        ...changeOps(options),
      ]);
      ctx.changed(['partnerships', ...partnershipStores], id);
    },
  };
}

export interface TemplateRepo {
  /** One stored template version. */
  get(id: string, version: number): Promise<StoredTemplate | undefined>;
  /** Every stored template (all versions). */
  list(): Promise<StoredTemplate[]>;
  /**
   * Keeps a template on this device. A template with the same id and version already stored is
   * never overwritten (opening a link twice changes nothing); the stored one is returned.
   */
  keep(template: ChecklistTemplate): Promise<StoredTemplate>;
  delete(id: string, version: number): Promise<void>;
}

export function templateRepo(ctx: RepoContext): TemplateRepo {
  const get = async (id: string, version: number) =>
    parseOne(
      ctx,
      'templates',
      storedTemplateSchema,
      [id, version],
      await ctx.backend.get('templates', [id, version]),
    );
  return {
    get,
    async list() {
      return parseEntries(ctx, 'templates', storedTemplateSchema, await ctx.backend.getAll('templates'));
    },
    async keep(template) {
      const existing = await get(template.id, template.version);
      if (existing) return existing;
      const at = new Date().toISOString();
      const stored = validate(storedTemplateSchema, {
        ...validate(checklistTemplateSchema, template),
        createdAt: at,
        updatedAt: at,
      });
      try {
        await ctx.backend.write([
          { type: 'put', store: 'templates', value: stored, expectUpdatedAt: null },
          bumpChangesOp(),
        ]);
      } catch (error) {
        // Another tab kept the same version a moment ago: theirs stands.
        const now = await get(template.id, template.version);
        if (now) return now;
        throw error;
      }
      ctx.changed(['templates']);
      return stored;
    },
    async delete(id, version) {
      await ctx.backend.write([{ type: 'delete', store: 'templates', key: [id, version] }, bumpChangesOp()]);
      ctx.changed(['templates']);
    },
  };
}

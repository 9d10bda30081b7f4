/**
 * The IndexedDB layout: one typed `DBSchema`, the store names, and how each store keys its records.
 * Bump `DB_VERSION` (and add a step in migrations.ts) whenever the shape of stored records changes,
 * so a tab running older code is told to reload instead of quarantining newer records.
 */
import type { DBSchema } from 'idb';
import type {
  Action,
  ChecklistRound,
  Goal,
  Meeting,
  Meta,
  Partnership,
  QuarantineRecord,
  StoredTemplate,
} from '../schemas';
import type { TrashEntry } from '../schemas/trash';
import type { ExchangeState } from '../schemas/exchange';

export const DB_NAME = 'mentoring-workbook';
export const DB_VERSION = 3;

/** The name of the index on `partnershipId` in the stores that have one. */
export const BY_PARTNERSHIP = 'by-partnership';

export interface WorkbookDB extends DBSchema {
  partnerships: { key: string; value: Partnership };
  /** Keyed by `[id, version]`: a template is never changed in place. */
  templates: { key: [string, number]; value: StoredTemplate };
  rounds: { key: string; value: ChecklistRound; indexes: { 'by-partnership': string } };
  meetings: { key: string; value: Meeting; indexes: { 'by-partnership': string } };
  actions: { key: string; value: Action; indexes: { 'by-partnership': string } };
  goals: { key: string; value: Goal; indexes: { 'by-partnership': string } };
  meta: { key: string; value: Meta };
  quarantine: { key: string; value: QuarantineRecord };
  /** Deleted partnerships kept for a while so the delete can be undone (version 2). */
  trash: { key: string; value: TrashEntry };
  /**
   * What this device keeps about the exchange with the partner's device, one record per partnership
   * (version 3): device-local, never in a backup.
   */
  exchange: { key: string; value: ExchangeState };
}

export type StoreName =
  | 'partnerships'
  | 'templates'
  | 'rounds'
  | 'meetings'
  | 'actions'
  | 'goals'
  | 'meta'
  | 'quarantine'
  | 'trash'
  | 'exchange';

/** Stores whose records belong to one partnership (and have the `by-partnership` index). */
export const partnershipStores = ['rounds', 'meetings', 'actions', 'goals'] as const;
export type PartnershipStoreName = (typeof partnershipStores)[number];

export const allStores: readonly StoreName[] = [
  'partnerships',
  'templates',
  'rounds',
  'meetings',
  'actions',
  'goals',
  'meta',
  'quarantine',
  'trash',
  'exchange',
];

/** How long a deleted partnership can be brought back from the `trash` store. */
export const TRASH_DAYS = 7;

/** An IndexedDB key as this layout uses them. */
export type StoreKey = string | [string, number];

/** The key of a record in its store (templates: `[id, version]`; others: `id`). */
export function keyOf(store: StoreName, value: unknown): StoreKey | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { id?: unknown; version?: unknown };
  if (typeof v.id !== 'string') return undefined;
  if (store === 'templates') return typeof v.version === 'number' ? [v.id, v.version] : undefined;
  return v.id;
}

/**
 * Database migrations: one step per version, run in order inside the upgrade transaction.
 * Old steps are never edited; a change to stored records adds a new step and bumps DB_VERSION.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { BY_PARTNERSHIP, type WorkbookDB } from './db-schema';

type UpgradeTx = IDBPTransaction<WorkbookDB, StoreNames<WorkbookDB>[], 'versionchange'>;

/** A step brings the database from `version - 1` to `version`. */
export interface MigrationStep {
  version: number;
  describe: string;
  run(db: IDBPDatabase<WorkbookDB>, tx: UpgradeTx): void;
}

export const migrations: readonly MigrationStep[] = [
  {
    version: 1,
    describe: 'Create the stores, with an index by partnership on the stores that belong to one.',
    run(db) {
      db.createObjectStore('partnerships', { keyPath: 'id' });
      db.createObjectStore('templates', { keyPath: ['id', 'version'] });
      db.createObjectStore('rounds', { keyPath: 'id' }).createIndex(BY_PARTNERSHIP, 'partnershipId');
      db.createObjectStore('meetings', { keyPath: 'id' }).createIndex(BY_PARTNERSHIP, 'partnershipId');
      db.createObjectStore('actions', { keyPath: 'id' }).createIndex(BY_PARTNERSHIP, 'partnershipId');
      db.createObjectStore('goals', { keyPath: 'id' }).createIndex(BY_PARTNERSHIP, 'partnershipId');
      db.createObjectStore('meta', { keyPath: 'id' });
      db.createObjectStore('quarantine', { keyPath: 'id' });
    },
  },
  {
    version: 2,
    describe: 'Add the trash: a deleted partnership is kept there for a while, so deleting can be undone.',
    run(db) {
      db.createObjectStore('trash', { keyPath: 'id' });
    },
  },
  {
    version: 3,
    describe:
      'Add the exchange store (this device and its partner devices, tombstones, conflicts); records may carry a version stamp.',
    run(db) {
      db.createObjectStore('exchange', { keyPath: 'id' });
    },
  },
];

/**
 * Runs every step after `oldVersion` up to `newVersion`. Steps must only use the upgrade
 * transaction's own requests (no other awaits), or the transaction commits early.
 */
export function runMigrations(
  db: IDBPDatabase<WorkbookDB>,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  steps: readonly MigrationStep[] = migrations,
): void {
  for (const step of steps) {
    if (step.version > oldVersion && step.version <= newVersion) step.run(db, tx);
  }
}

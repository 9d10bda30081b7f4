/**
 * Every past database version has a fixture in tests/fixtures/db/ (stores, indexes and records as
 * that version wrote them). Each is built with raw IndexedDB — not with our migration code — and
 * must open and read correctly at the current version. Add a fixture for every new version.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, openWorkbook, type Workbook } from '../../../src/lib/storage';
import { runMigrations, type MigrationStep } from '../../../src/lib/storage/migrations';
import { useFreshIndexedDB } from '../support/fresh-db';

interface Fixture {
  version: number;
  stores: Record<string, { keyPath: string | string[]; indexes: [string, string][] }>;
  records: Record<string, unknown[]>;
}

const dir = join(import.meta.dirname, '../../fixtures/db');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture] as const);

const dbName = useFreshIndexedDB();
const open: Workbook[] = [];
afterEach(() => {
  for (const wb of open.splice(0)) wb.close();
});

function buildFixtureDb(name: string, fixture: Fixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, fixture.version);
    request.onupgradeneeded = () => {
      for (const [store, def] of Object.entries(fixture.stores)) {
        const os = request.result.createObjectStore(store, { keyPath: def.keyPath });
        for (const [index, keyPath] of def.indexes) os.createIndex(index, keyPath);
        for (const record of fixture.records[store] ?? []) os.put(record);
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('database migrations', () => {
  it('has a fixture for every version up to the current one', () => {
    const versions = fixtures.map(([, f]) => f.version).sort();
    expect(versions).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('%s opens and reads correctly at the current version', async (_file, fixture) => {
    const name = dbName();
    await buildFixtureDb(name, fixture);
    const { workbook, fallback } = await openWorkbook({ name });
    open.push(workbook);
    expect(fallback).toBeUndefined();
    const snapshot = await workbook.snapshot();
    for (const store of ['partnerships', 'templates', 'rounds', 'meetings', 'actions', 'goals'] as const) {
      expect(snapshot[store], store).toEqual(fixture.records[store]);
    }
    const [p] = snapshot.partnerships;
    expect(await workbook.meetings.listByPartnership(p?.id ?? '')).toEqual(fixture.records.meetings);
    expect((await workbook.meta.get()).changesSinceBackup).toBe(7);
    expect(await workbook.quarantine.list()).toEqual([]);
    // The trash (version 2): what the fixture kept is offered for undo until its time is up.
    const trash = (fixture.records.trash ?? []) as { deletedAt: string }[];
    expect(await workbook.trash.list(new Date(trash[0]?.deletedAt ?? 0))).toEqual(trash);
    expect(await workbook.quarantine.list()).toEqual([]);
    // The exchange record (version 3), where the fixture has one.
    const exchange = (fixture.records['exchange'] ?? []) as { id: string }[];
    for (const state of exchange) expect(await workbook.exchange.get(state.id)).toEqual(state);
  });

  it('runs only the steps after the old version, in order', () => {
    const ran: number[] = [];
    const steps: MigrationStep[] = [1, 2, 3, 4].map((version) => ({
      version,
      describe: `step ${version}`,
      run: () => void ran.push(version),
    }));
    runMigrations({} as never, {} as never, 2, 4, steps);
    expect(ran).toEqual([3, 4]);
  });
});

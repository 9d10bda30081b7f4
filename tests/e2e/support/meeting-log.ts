/**
 * Helpers for the meeting log's end-to-end tests: a partnership to start from, and keyboard-only focus.
 * For speed (and for seeded logs of 1,000 meetings) most tests write the partnership into the store
 * directly, the way /workbook/ would, then reload; meetings-start.spec.ts covers the real path through
 * the start form on /workbook/.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const PARTNERSHIP_ID = 'pairE2E1';
/** The IndexedDB database the meeting log reads. */
export const DB_NAME = 'mentoring-workbook';

/**
 * Opens the meeting log for a freshly stored partnership of Priya (mentee) and Sam (mentor), with
 * `meetings` held meetings already in the log (one a day, going back from 1 November 2026) and, when
 * `agreed` has entries, a settled checklist round of the default template agreeing them.
 */
export async function openLogWithPartnership(
  page: Page,
  fields: Record<string, unknown> = {},
  meetings = 0,
  agreed: Record<string, unknown> = {},
): Promise<void> {
  await page.goto(`workbook/meetings/#p=${PARTNERSHIP_ID}`);
  await expect(page.getByText('This partnership is not on this device.')).toBeVisible();
  await page.evaluate(
    async ({ id, extra, dbName, count, agreed }) => {
      const now = new Date().toISOString();
      const request = indexedDB.open(dbName);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['partnerships', 'meetings', 'rounds'], 'readwrite');
      if (Object.keys(agreed).length > 0) {
        // A settled checklist round of the default template: what the pair agreed.
        tx.objectStore('rounds').put({
          id: `${id}round1`,
          createdAt: now,
          updatedAt: now,
          partnershipId: id,
          templateId: 'default',
          templateVersion: 1,
          number: 1,
          startedAt: now,
          mentor: {},
          mentee: {},
          stage: 'settled',
          agreed,
        });
      }
      const day = Date.UTC(2026, 10, 1);
      for (let i = 0; i < count; i += 1) {
        tx.objectStore('meetings').put({
          id: `seeded${i}`,
          createdAt: now,
          updatedAt: now,
          partnershipId: id,
          date: new Date(day - i * 86_400_000).toISOString().slice(0, 10),
          agenda: `Seeded meeting number ${i}`,
          notes: i % 100 === 0 ? 'A rare word: marmalade' : 'Ordinary notes',
          status: 'held',
        });
      }
      tx.objectStore('partnerships').put({
        id,
        createdAt: now,
        updatedAt: now,
        menteeName: 'Priya',
        mentorName: 'Sam',
        templateId: 'default',
        templateVersion: 1,
        answerMode: 'one-device',
        thisDevice: 'both',
        ...extra,
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { id: PARTNERSHIP_ID, extra: fields, dbName: DB_NAME, count: meetings, agreed },
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
}

/** Presses Tab until `target` has focus (at most 80 times), as a keyboard user would. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with the Tab key');
}

/** Waits until the autosave status says everything is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(
    page.getByRole('status').filter({ hasText: 'All changes saved on this device.' }),
  ).toBeVisible();
}

/** From anywhere in the log: Overview, "Record a meeting" (one step), and its date. */
export async function startMeeting(page: Page, date: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Meeting log' }).getByRole('link', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeVisible();
  await page.getByLabel('Date').fill(date);
}

/**
 * When the browser will not store anything (IndexedDB removed, or failing to open), the workbook
 * pages say so clearly, keep working in memory, and a backup still works. And the quiet backup
 * reminder, with Safari's seven-day sentence on Safari.
 */
import { expect, test, testNow } from './support/fixtures';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { openLogWithPartnership } from './support/meeting-log';
import {
  backUp,
  counts,
  expectAccessible,
  openDataPage,
  restore,
  seedBackup,
  workbookPages,
} from './support/data-page';

const heading = 'This browser is not saving your work';

const breakages = {
  'IndexedDB removed': () => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  },
  'IndexedDB failing': () => {
    const failing = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
      deleteDatabase() {
        throw new DOMException('Denied', 'SecurityError');
      },
      databases: () => Promise.reject(new DOMException('Denied', 'SecurityError')),
      cmp: () => 0,
    };
    Object.defineProperty(window, 'indexedDB', { value: failing, configurable: true });
  },
};

for (const [what, breakStorage] of Object.entries(breakages)) {
  test.describe(what, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(breakStorage);
    });

    test('the data page warns, works in memory, and backs up', async ({ page }) => {
      await openDataPage(page);
      const notice = page.getByRole('region', { name: heading });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText(
        'it keeps your work from page to page while the tab is open, and everything will be lost when you close the tab',
      );
      await expect(page.getByText('Nothing is stored: the workbook is only in this tab.')).toBeVisible();
      await expectAccessible(page, `${what}: data page`);

      await restore(page, seedBackup(['Sam and Priya']));
      expect((await counts(page)).Partnerships).toBe('1');
      const file = await backUp(page);
      expect(file.name).toMatch(/^mentoring-workbook-\d{4}-\d{2}-\d{2}\.json$/);
      const backup = JSON.parse(file.text) as { data: { partnerships: { title: string }[] } };
      expect(backup.data.partnerships.map((p) => p.title)).toEqual(['Sam and Priya']);
    });

    test('every workbook page shows the warning with a backup button', async ({ page }) => {
      for (const path of workbookPages) {
        await page.goto(path);
        const notice = page.getByRole('region', { name: heading });
        await expect(notice, path).toBeVisible();
        const download = page.waitForEvent('download');
        await notice.getByRole('button', { name: 'Download a backup now' }).click();
        const file = await download;
        expect(file.suggestedFilename()).toMatch(/^mentoring-workbook-\d{4}-\d{2}-\d{2}\.json$/);
        await expect(notice.getByRole('status')).toContainText('Saved as');
        // One warning per page: the page's own island does not repeat it.
        await expect(page.getByText('This browser cannot keep your workbook on this device.')).toHaveCount(1);
        await expectAccessible(page, `${what}: ${path}`);
      }
    });
  });
}

/** From now on, every IndexedDB write in the page fails as it does when the disk is full. */
async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    for (const method of ['put', 'add', 'delete', 'clear'] as const) {
      Object.defineProperty(IDBObjectStore.prototype, method, { value: full, configurable: true });
    }
  });
}

test.describe('when the disk fills up part-way through', () => {
  test('the warning appears, work carries on in this tab, and a backup keeps it', async ({ page }) => {
    await openLogWithPartnership(page);
    await expect(page.getByRole('status').filter({ hasText: 'Changes save on this device' })).toBeVisible();
    await fillTheDisk(page);

    await page.getByRole('button', { name: 'Record a meeting' }).click();
    await page.getByLabel('Date').fill('2026-11-20');
    await page.getByLabel('Notes', { exact: true }).fill('Written after the disk filled up.');

    const notice = page.getByRole('region', { name: heading });
    await expect(notice).toContainText('This device has run out of storage space');
    await expect(notice).toContainText('What was saved before is still here.');
    // The log does not claim the change is on the device, nor report a failed save beside the warning.
    await expect(page.getByRole('status').filter({ hasText: 'kept in this tab only' })).toBeVisible();
    await expect(page.getByText('Your last change could not be saved.')).toHaveCount(0);
    await expectAccessible(page, 'disk full: meeting log');

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download a backup now' }).click();
    const file = await download;
    const text = await readFile(await file.path(), 'utf8');
    expect(text).toContain('Written after the disk filled up.');

    // With space again (a fresh page), the database has what was saved before; the backup brings back the rest.
    await openDataPage(page);
    expect((await counts(page)).Meetings).toBe('0');
    await restore(page, text);
    expect((await counts(page)).Meetings).toBe('1');
  });
});

test.describe('the backup reminder', () => {
  test('appears when a backup is due, links to Your data, and goes quiet after a backup', async ({
    page,
  }) => {
    await openDataPage(page);
    await restore(page, seedBackup(['Sam and Priya']));
    await page.goto('workbook/');
    // One change and a workbook begun today: not due yet.
    await expect(page.getByRole('region', { name: 'Time for a backup' })).toHaveCount(0);

    // Fifteen days later, it is.
    await page.clock.setFixedTime(testNow().getTime() + 15 * 24 * 60 * 60 * 1000);
    await page.goto('workbook/meetings/');
    const reminder = page.getByRole('region', { name: 'Time for a backup' });
    await expect(reminder).toContainText('You have not made a backup of your workbook yet.');
    await expect(reminder).not.toContainText('Safari');
    await expectAccessible(page, 'backup reminder');
    await reminder.getByRole('link', { name: 'Make a backup on the Your data page' }).click();
    await expect(page.getByRole('heading', { name: 'What is on this device' })).toBeVisible();
    await backUp(page);
    await page.goto('workbook/meetings/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Time for a backup' })).toHaveCount(0);
  });

  test('its code loads only when there is something to say', async ({ page, guard }) => {
    await openDataPage(page);
    await restore(page, seedBackup(['Sam and Priya']));
    const fromHere = guard.requests.length; // the Your data page shows notices itself
    await page.goto('workbook/');
    await expect(page.getByText('Sam and Priya').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const notices = guard.requests.slice(fromHere).filter((url) => /ReminderNotice|StorageNotice/.test(url));
    expect(notices).toEqual([]);

    await page.clock.setFixedTime(testNow().getTime() + 15 * 24 * 60 * 60 * 1000);
    await page.goto('workbook/');
    await expect(page.getByRole('region', { name: 'Time for a backup' })).toBeVisible();
    expect(guard.requests.filter((url) => /ReminderNotice/.test(url)).length).toBeGreaterThan(0);
  });

  test('can be put off until the tab closes', async ({ page }) => {
    await openDataPage(page);
    await restore(page, seedBackup(['Sam and Priya']));
    await page.clock.setFixedTime(testNow().getTime() + 15 * 24 * 60 * 60 * 1000);
    await page.goto('workbook/');
    const reminder = page.getByRole('region', { name: 'Time for a backup' });
    await reminder.getByRole('button', { name: 'Not now' }).click();
    await expect(reminder).toHaveCount(0);
    await page.goto('workbook/checklist/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Time for a backup' })).toHaveCount(0);
  });
});

test.describe('on Safari', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });

  test('the reminder explains the seven-day rule and Add to Home Screen', async ({ page }) => {
    await openDataPage(page);
    await restore(page, seedBackup(['Sam and Priya']));
    await page.clock.setFixedTime(testNow().getTime() + 15 * 24 * 60 * 60 * 1000);
    await page.goto('workbook/');
    await expect(page.getByRole('region', { name: 'Time for a backup' })).toContainText(
      'Safari deletes a site’s data after seven days without a visit, so add this site to your Home Screen and make regular backups.',
    );
  });
});

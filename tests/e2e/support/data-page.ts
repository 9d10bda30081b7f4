/**
 * Helpers for the Your data tests: a valid backup to start from (built with the unit tests'
 * record builders), restoring and backing up through the page as a person would, reading what
 * each workbook page shows, and axe.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import * as build from '../../unit/support/records';

/** A backup file of two partnerships with a meeting, round, action and goal each. */
export function seedBackup(titles: readonly string[] = ['Sam and Priya', 'Alex and Jo']): string {
  const data = {
    partnerships: [] as unknown[],
    templates: [build.storedTemplate()],
    rounds: [] as unknown[],
    meetings: [] as unknown[],
    actions: [] as unknown[],
    goals: [] as unknown[],
  };
  for (const title of titles) {
    const p = build.partnership({ title });
    const m = build.meeting(p.id, { notes: `Notes of ${title}` });
    data.partnerships.push(p);
    data.meetings.push(m);
    data.rounds.push(build.round(p.id));
    data.actions.push(build.action(p.id, m.id));
    data.goals.push(build.goal(p.id));
  }
  return JSON.stringify({
    format: 'mentoring-workbook',
    version: 1,
    exportedAt: '2026-02-01T10:00:00.000Z',
    data,
  });
}

/** The ids of the partnerships in a backup's text. */
export function partnershipIds(text: string): string[] {
  const parsed = JSON.parse(text) as { data: { partnerships: { id: string }[] } };
  return parsed.data.partnerships.map((p) => p.id);
}

/** Chooses a backup file on the Your data page (it must be open). */
export async function chooseBackup(page: Page, text: string, name = 'mentoring-workbook-2026-02-01.json') {
  await page
    .getByLabel('Backup file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Restores a backup through the page: choose, passphrase if asked, mode, confirm. */
export async function restore(
  page: Page,
  text: string,
  options: { mode?: 'merge' | 'replace'; passphrase?: string } = {},
): Promise<void> {
  await chooseBackup(page, text);
  if (options.passphrase !== undefined) {
    await page.getByLabel('Passphrase for this backup').fill(options.passphrase);
    await page.getByRole('button', { name: 'Open the backup' }).click();
  }
  await expect(page.getByRole('heading', { name: 'What is in this backup' })).toBeVisible();
  if (options.mode === 'replace') await page.getByLabel('Replace what is on this device').check();
  const confirm = page.getByRole('button', { name: /^Confirm:/ });
  await confirm.click();
  await expect(page.getByText(/The backup has (been merged|replaced)/)).toBeVisible();
}

/** Backs up through the page and returns the downloaded file's name and text. */
export async function backUp(
  page: Page,
  options: { passphrase?: string; only?: string } = {},
): Promise<{ name: string; text: string }> {
  if (options.only !== undefined) await page.getByLabel(`Only “${options.only}”`).check();
  else await page.getByLabel('Everything on this device').check();
  const encrypt = page.getByLabel('Protect it with a passphrase');
  if (options.passphrase !== undefined) {
    await encrypt.check();
    await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
    await page.getByLabel('Passphrase again').fill(options.passphrase);
  } else await encrypt.uncheck();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download backup' }).click();
  const file = await download;
  const path = await file.path();
  await expect(page.getByText(/Your backup has been saved as/)).toBeVisible();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The four counts in "What is on this device". */
export async function counts(page: Page): Promise<Record<string, string>> {
  const facts = page.locator('.data-facts');
  await expect(facts).toBeVisible();
  const result: Record<string, string> = {};
  for (const name of ['Partnerships', 'Meetings', 'Actions', 'Goals']) {
    result[name] = (await facts.locator('dt', { hasText: name }).locator('+ dd').textContent()) ?? '';
  }
  return result;
}

/** Opens the Your data page and waits for the island to read the workbook. */
export async function openDataPage(page: Page): Promise<void> {
  await page.goto('workbook/data/');
  await expect(page.getByRole('heading', { name: 'What is on this device' })).toBeVisible();
}

/** What `main` shows (the backup notice left out), as one line, and whether every island has hydrated. */
const mainText = (page: Page) =>
  page.locator('main').evaluate((main: HTMLElement) => {
    let text: string = main.innerText;
    for (const notice of main.querySelectorAll<HTMLElement>('.storage-notice')) {
      text = text.replace(notice.innerText, '');
    }
    // Astro removes the ssr attribute from an island once it has hydrated.
    const hydrated = document.querySelectorAll('astro-island[ssr]').length === 0;
    return { text: text.replace(/\s+/g, ' ').trim(), hydrated };
  });

/**
 * The page's text once its islands have read the workbook: every island hydrated, nothing says
 * it is still opening or loading, and two reads in a row agree.
 */
async function settledText(page: Page): Promise<string> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const { text, hydrated } = await mainText(page);
        const settled = hydrated && text === previous && !/Opening|Loading|Reading what is stored/.test(text);
        previous = text;
        return settled;
      },
      { intervals: [250], timeout: 15_000 },
    )
    .toBe(true);
  return previous;
}

/** The workbook pages, each opened for a partnership when it takes one. */
export const workbookPages = [
  'workbook/',
  'workbook/checklist/',
  'workbook/meetings/',
  'workbook/agreement/',
];

/**
 * What every workbook page shows, for each partnership, as text (the backup notice left out: it
 * depends on when the last backup was made, not on the workbook's content).
 */
export async function workbookContent(page: Page, ids: readonly string[]): Promise<Record<string, string>> {
  const content: Record<string, string> = {};
  // Partnerships outer, pages inner: each visit changes the path, so every one is a real page load
  // (a change of fragment alone would not reload the page).
  for (const id of ['', ...ids]) {
    for (const path of workbookPages) {
      const address = id === '' ? path : `${path}#p=${id}`;
      await page.goto(address);
      await page.waitForLoadState('load');
      content[address] = await settledText(page);
    }
  }
  await openDataPage(page);
  content['workbook/data/'] = JSON.stringify(await counts(page));
  return content;
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe finds no WCAG 2.2 AA violations in the page as it is now. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations: ${state}`).toEqual([]);
}

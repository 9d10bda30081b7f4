/**
 * A trainer's checklist as a file: downloaded from the builder on /trainers/, opened on /workbook/ on
 * a fresh device with the keyboard, it becomes a new pair's checklist. Opening a file never overwrites
 * a stored checklist, hostile text stays text, and a bad file gets a clear message and changes nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../src/lib/schemas/template';
import { addItem, draftFromTemplate, editDetails } from '../../src/lib/trainers/template-draft';
import { templateEnvelope } from '../../src/lib/trainers/template-link';
import { answerAll, expectNoAxeViolations, startPartnership } from './support/checklist';
import { expect, test } from './support/fixtures';
import { buildTemplateLink, customPrompt, freshPage, hydrated } from './support/trainers';
import { dumpWorkbook } from './support/workbook-db';

const pickerLabel = 'Open a checklist file from your programme';

const defaultTemplate = checklistTemplateSchema.parse(
  JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')),
);

/** A tailored checklist written with the builder's own serialiser (what "Download as a file" saves). */
function templateFile(programme: string): { name: string; mimeType: string; buffer: Buffer } {
  const template: ChecklistTemplate = addItem(
    editDetails(draftFromTemplate(defaultTemplate, 'riverside'), { programme }),
    { id: 'ward', expectation: 'practicalities', kind: 'text', prompt: customPrompt },
  );
  return jsonFile('checklist-riverside-v1.json', templateEnvelope(template));
}

function jsonFile(name: string, value: unknown): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value, null, 2)) };
}

async function openWorkbookHome(page: Page): Promise<void> {
  await page.goto('workbook/');
  await hydrated(page, 'WorkbookHome');
  await expect(page.getByRole('heading', { name: 'Partnerships on this device' })).toBeVisible();
}

/** Starts a one-device partnership from /workbook/ with whatever checklist is offered. */
async function start(page: Page): Promise<void> {
  await page.getByLabel('Together on this device, taking turns').check();
  await page.getByRole('button', { name: 'Start the partnership' }).click();
  await expect(page).toHaveURL(/workbook\/checklist\/#p=/);
}

test('a checklist downloaded from the builder opens as a file and shapes a new pair’s checklist', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await buildTemplateLink(page);
  const downloading = page.waitForEvent('download', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Download as a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('checklist-northfield-nurses-v1.json');
  const path = await download.path();

  const pair = await freshPage(browser, baseURL);
  await openWorkbookHome(pair);
  // Keyboard alone: Tab to the file picker and open it with the space bar. The listener goes first:
  // Playwright intercepts the file chooser only once the browser has heard about the listener.
  const choosing = pair.waitForEvent('filechooser', { timeout: 30_000 });
  const picker = pair.getByLabel(pickerLabel);
  for (let i = 0; i < 40 && !(await picker.evaluate((el) => el === document.activeElement)); i++) {
    await pair.keyboard.press('Tab');
  }
  await expect(picker).toBeFocused();
  await pair.keyboard.press('Space');
  await (await choosing).setFiles(path);

  await expect(pair.getByText('Checklist prepared by Northfield Nurses')).toBeVisible();
  await expectNoAxeViolations(pair, 'a checklist file ready to use');
  // Reading the file stored nothing: the checklist is kept only when the pair start with it.
  expect((await dumpWorkbook(pair))?.['templates'] ?? []).toEqual([]);

  await pair.getByLabel('Mentee’s name').fill('Sam');
  await pair.getByLabel('Mentor’s name').fill('Priya');
  await pair.getByLabel('Mentor’s name').press('Enter');
  await expect(pair).toHaveURL(/workbook\/checklist\/#p=/);
  await pair.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  let sawCustom = false;
  await answerAll(
    pair,
    () => 0,
    'Ward 7',
    async () => {
      if (await pair.getByText(customPrompt).isVisible()) sawCustom = true;
    },
  );
  expect(sawCustom, 'the custom question appears in the checklist').toBe(true);
  const stored = (await dumpWorkbook(pair))?.['templates'];
  expect(stored).toEqual([expect.objectContaining({ programme: 'Northfield Nurses', version: 1 })]);
  await pair.context().close();
});

test('opening a file never overwrites a checklist already on this device', async ({ page }) => {
  await openWorkbookHome(page);
  await page.getByLabel(pickerLabel).setInputFiles(templateFile('Riverside Trust'));
  await expect(page.getByText('Checklist prepared by Riverside Trust')).toBeVisible();
  // Changing one's mind and back: the standard checklist, then the same file again.
  await page.getByRole('button', { name: 'Use the standard checklist instead' }).press('Enter');
  await expect(page.getByText('Checklist prepared by')).toHaveCount(0);
  // The button has gone; keyboard focus stays in the form rather than falling back to the page.
  await expect(page.getByLabel('Mentee’s name')).toBeFocused();
  await page.getByLabel(pickerLabel).setInputFiles(templateFile('Riverside Trust'));
  await expect(page.getByText('Checklist prepared by Riverside Trust')).toBeVisible();
  await start(page);
  const first = (await dumpWorkbook(page))?.['templates'];
  expect(first).toEqual([
    expect.objectContaining({ id: 'riverside', version: 1, programme: 'Riverside Trust' }),
  ]);

  // A different file under the same id and version: the stored checklist stands, as with a link.
  await openWorkbookHome(page);
  await page.getByLabel(pickerLabel).setInputFiles(templateFile('Riverside Trust (changed)'));
  await expect(page.getByText('Checklist prepared by Riverside Trust (changed)')).toBeVisible();
  await start(page);
  const after = await dumpWorkbook(page);
  expect(after?.['templates']).toEqual(first);
  expect(after?.['partnerships']).toHaveLength(2);
  expect(after?.['partnerships']).toEqual(
    expect.arrayContaining([expect.objectContaining({ templateId: 'riverside', templateVersion: 1 })]),
  );
});

test('hostile text in a checklist file is shown as text, never as markup', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>';
  await openWorkbookHome(page);
  await page.getByLabel(pickerLabel).setInputFiles(templateFile(hostile));
  await expect(page.getByText(`Checklist prepared by ${hostile}`)).toBeVisible();
  await expect(page.locator('.template-notice img')).toHaveCount(0);
});

test('a bad checklist file gets a clear message and changes nothing', async ({ page }) => {
  // Something is on the device already, so "unchanged" means something.
  await startPartnership(page, { mode: 'one', menteeName: 'Ana' });
  await openWorkbookHome(page);
  const before = await dumpWorkbook(page);
  expect(before?.['partnerships']).toHaveLength(1);

  const badFiles = [
    {
      file: { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dear mentor, hello.') },
      message: 'This is not a checklist file',
    },
    {
      file: jsonFile('mentoring-workbook-2026-01-01.json', { format: 'mentoring-workbook', version: 1 }),
      message: 'This is a workbook backup, not a checklist from your programme.',
    },
    {
      file: jsonFile('mentoring-answers-1.json', { format: 'mentoring-workbook-answers', version: 1 }),
      message: 'This is a file from your partner’s workbook',
    },
    {
      file: { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(600_000, 32) },
      message: 'This file is too large to be a checklist from your programme.',
    },
    {
      file: jsonFile('checklist-future-v1.json', {
        ...JSON.parse(templateFile('Future').buffer.toString()),
        version: 9,
      }),
      message: 'This checklist was made with a newer version of this site.',
    },
  ];
  for (const { file, message } of badFiles) {
    await page.getByLabel(pickerLabel).setInputFiles(file);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This checklist file could not be opened.');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing on this device has been changed.');
    await expect(page.getByText('Checklist prepared by')).toHaveCount(0);
  }
  await expectNoAxeViolations(page, 'a refused checklist file');
  expect(await dumpWorkbook(page)).toEqual(before);

  // The pair can still start with the standard checklist.
  await start(page);
  const after = await dumpWorkbook(page);
  expect(after?.['templates']).toEqual([]);
  expect(after?.['partnerships']).toHaveLength(2);
});

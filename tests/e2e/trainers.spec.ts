/**
 * The trainers' tools end to end: a tailored checklist travels by link to a fresh browser and becomes
 * a pair's checklist and agreement; a tampered link is refused and changes nothing; the example pair
 * loads and is removed completely.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, installGuard, test } from './support/fixtures';
import { answerAll, expectNoAxeViolations, settleAll } from './support/checklist';
import { dumpWorkbook } from './support/workbook-db';

const customPrompt = 'Which ward will you meet on?';

/** Waits until an island has hydrated (Astro drops its `ssr` attribute then), so typing reaches it. */
async function hydrated(page: Page, component: string): Promise<void> {
  await expect(page.locator(`astro-island[component-url*="${component}"]`)).not.toHaveAttribute('ssr');
}

/** Builds a tailored checklist with one extra written question, and returns its link. */
async function buildTemplateLink(page: Page): Promise<string> {
  await page.goto('trainers/#tailored-checklist');
  await hydrated(page, 'BuilderLauncher');
  await page.getByRole('button', { name: 'Open the checklist builder' }).click();
  await expect(page.getByLabel('Programme name')).toBeVisible();
  await page.getByLabel('Programme name').fill('Northfield Nurses');
  await page.getByLabel('Safeguarding contact (optional)').fill('Alex Morgan, programme lead');
  await page.getByLabel('Kind of answer').selectOption({ label: 'Written answer' });
  await page
    .getByLabel('Part of the checklist', { exact: true })
    .last()
    .selectOption({ label: 'Practicalities' });
  await page.getByRole('button', { name: 'Add the question' }).click();
  const prompt = page.getByRole('textbox', { name: /^Question \d+$/ }).last();
  await expect(prompt).toBeFocused();
  await prompt.fill(customPrompt);
  await expectNoAxeViolations(page, 'builder with a new question');
  await page.getByRole('button', { name: 'Save and make a link' }).click();
  await expect(page.getByText(/Saved as version 1/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: /QR code/ }).or(page.getByText(/too long for a QR code/)),
  ).toBeVisible();
  return page.getByLabel('Link to your checklist').inputValue();
}

async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
  const page = await context.newPage();
  await installGuard(page, new URL(baseURL ?? '').origin);
  return page;
}

test('a tailored checklist reaches a pair by link and shapes their checklist and agreement', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const link = await buildTemplateLink(page);
  expect(link).toMatch(/\/workbook\/#template=1\./);

  const pair = await freshPage(browser, baseURL);
  await pair.goto(link);
  await expect(pair.getByText('Checklist prepared by Northfield Nurses')).toBeVisible();
  const contact = 'If something cannot stay confidential: Alex Morgan, programme lead';
  await expect(pair.getByRole('status').filter({ hasText: 'Checklist prepared by' })).toContainText(contact);
  // The payload leaves the address bar once read.
  await expect(pair).not.toHaveURL(/template=/);
  await pair.getByLabel('Mentee’s name').fill('Sam');
  await pair.getByLabel('Mentor’s name').fill('Priya');
  await pair.getByLabel('Together on this device, taking turns').check();
  await pair.getByRole('button', { name: 'Start the partnership' }).click();
  await expect(pair).toHaveURL(/workbook\/checklist\/#p=/);

  await pair.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  let sawCustom = false;
  let sawContact = false;
  await answerAll(
    pair,
    () => 0,
    'Ward 7',
    async () => {
      if (await pair.getByText(customPrompt).isVisible()) sawCustom = true;
      if (await pair.getByText(contact).isVisible()) sawContact = true;
    },
  );
  expect(sawCustom, 'the custom question appears in the checklist').toBe(true);
  expect(sawContact, 'the safeguarding contact appears beside the limits of confidentiality').toBe(true);
  await pair.getByRole('button', { name: 'Start Priya’s answers' }).click();
  await answerAll(pair, () => 0, 'Ward 7');
  // The compare view loads on demand: wait for its cards before settling them.
  await expect(pair.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  await expect(pair.getByRole('article', { name: customPrompt })).toBeVisible();
  await settleAll(pair, false);
  await pair.getByRole('button', { name: 'See our agreement' }).click();
  await expect(pair).toHaveURL(/workbook\/agreement\/#p=/);
  await expect(pair.getByText(customPrompt)).toBeVisible();
  await expect(pair.getByRole('definition').filter({ hasText: 'Alex Morgan, programme lead' })).toBeVisible();
  await pair.context().close();
});

test('a tampered template link is refused with a message and changes nothing', async ({ page, guard }) => {
  guard.allowConsoleErrors();
  await page.goto('workbook/');
  await expect(page.getByText('There are none yet')).toBeVisible();
  const before = await dumpWorkbook(page);

  await page.goto('workbook/#template=1.AAAAnot-a-real-checklist');
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This checklist link could not be opened.');
  await expect(alert).toContainText('Nothing on this device has been changed.');
  await expect(page.getByText('Checklist prepared by')).toHaveCount(0);
  expect(await dumpWorkbook(page)).toEqual(before);
});

test('the example pair loads for a demonstration and is removed completely', async ({ page }) => {
  // A trainer's own partnership is already on the device, and must come through untouched.
  await page.goto('workbook/');
  await expect(page.getByText('There are none yet')).toBeVisible();
  await page.getByRole('button', { name: 'Start the partnership' }).click();
  await expect(page).toHaveURL(/workbook\/checklist\/#p=/);
  await page.goto('trainers/#example-pair');
  await hydrated(page, 'ExamplePairPanel');
  const before = await dumpWorkbook(page);
  expect(before?.['partnerships']).toHaveLength(1);

  await page.getByRole('button', { name: 'Try it with an example pair' }).click();
  await expect(page.getByText('Example pair: Sam and Priya')).toBeVisible();
  const during = await dumpWorkbook(page);
  expect(during?.['partnerships']).toHaveLength(2);
  expect(during?.['meetings']).toHaveLength(3);
  expect((during?.['actions'] ?? []).length).toBeGreaterThan(0);
  expect((during?.['goals'] ?? []).length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'The example agreement' }).click();
  await expect(page.getByText(/Sam, the mentee/).first()).toBeVisible();
  await page.goto('workbook/');
  await expect(page.getByRole('heading', { name: 'Example pair: Sam and Priya' })).toBeVisible();

  await page.goto('trainers/#example-pair');
  await hydrated(page, 'ExamplePairPanel');
  await page.getByRole('button', { name: 'Remove the example pair' }).click();
  await expect(page.getByText('The example pair has been removed from this device.')).toBeVisible();
  const after = await dumpWorkbook(page);
  // Every store is exactly as before. Meta is bookkeeping: the storage layer counts every write
  // towards the backup reminder, so only the example flag is checked there.
  const withoutMeta = (dump: typeof after) =>
    Object.entries(dump ?? {}).filter(([store]) => store !== 'meta');
  expect(withoutMeta(after)).toEqual(withoutMeta(before));
  expect(after?.['meta']?.some((m) => (m as { exampleData?: boolean }).exampleData === true)).toBe(false);
});

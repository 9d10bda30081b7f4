/**
 * The trainers' tools end to end: a tailored checklist travels by link to a fresh browser and becomes
 * a pair's checklist and agreement; a tampered link is refused and changes nothing; the example pair
 * loads and is removed completely.
 */
import { expect, test } from './support/fixtures';
import { answerAll, settleAll } from './support/checklist';
import { buildTemplateLink, customPrompt, freshPage, hydrated } from './support/trainers';
import { dumpWorkbook } from './support/workbook-db';

test('a tailored checklist reaches a pair by link and shapes their checklist and agreement', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const link = await buildTemplateLink(page);
  // Started from the standard checklist, so the link carries only the changes.
  expect(link).toMatch(/\/workbook\/#template-changes=1\./);

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
  expect(before?.['rounds']).toHaveLength(1);
  expect(before?.['meta']).toHaveLength(1);

  await page.getByRole('button', { name: 'Try it with an example pair' }).click();
  await expect(page.getByText('Example pair: Sam and Priya')).toBeVisible();
  const during = await dumpWorkbook(page);
  expect(during?.['partnerships']).toHaveLength(2);
  expect(during?.['meetings']).toHaveLength(3);
  expect((during?.['actions'] ?? []).length).toBeGreaterThan(0);
  expect((during?.['goals'] ?? []).length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'The example agreement' }).click();
  await expect(page.getByText(/Sam, the mentee/).first()).toBeVisible();
  // One story: the checklist says they agreed, so the agreement is final, not a draft.
  await expect(page.getByText(/This is a draft/)).toHaveCount(0);
  await page.goto('workbook/');
  await expect(page.getByRole('heading', { name: 'Example pair: Sam and Priya' })).toBeVisible();

  await page.goto('trainers/#example-pair');
  await hydrated(page, 'ExamplePairPanel');
  await page.getByRole('button', { name: 'Remove the example pair' }).click();
  await expect(page.getByText('The example pair has been removed from this device.')).toBeVisible();
  // Every object store, the meta record (backup bookkeeping) included, is exactly as before.
  expect(await dumpWorkbook(page)).toEqual(before);
});

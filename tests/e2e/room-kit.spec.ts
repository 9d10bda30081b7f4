/**
 * A trainer with a room of pairs: from the top of the trainers' page to a tailored checklist, its
 * short link and a projected QR code that carries exactly that link; the room kit and the handouts
 * each print on one A4 page; a pair open the link on two phones, use today's invite and answers
 * links, and reach an agreement with the programme's own question in it; a link never overwrites a
 * checklist already kept on the device.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { checklistTemplateSchema } from '../../src/lib/schemas/template';
import { draftFromTemplate, editDetails } from '../../src/lib/trainers/template-draft';
import { templateFragment } from '../../src/lib/trainers/template-link';
import { qrPath } from '../../src/lib/transfer/qr';
import { answerAll, expectNoAxeViolations, settleAll } from './support/checklist';
import { receive, sendTo } from './support/exchange';
import { expect, test } from './support/fixtures';
import { countPdfPages } from './support/pdf';
import { CAMEL_CASE_WORDS, findGluedText } from './support/text-spacing';
import { customPrompt, freshPage, hydrated } from './support/trainers';
import { dumpWorkbook } from './support/workbook-db';

// The checklist the site ships (Playwright's loader cannot import JSON modules).
const defaultTemplate = checklistTemplateSchema.parse(
  JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')),
);

/** A renamed programme, one question removed and one added, as the issue measures it. */
async function tailorFromTheTop(page: Page): Promise<string> {
  await page.goto('trainers/');
  await page
    .getByRole('navigation', { name: 'Your tools' })
    .getByRole('link', { name: 'Make a checklist for your programme' })
    .click();
  await hydrated(page, 'BuilderLauncher');
  await page.getByRole('button', { name: 'Open the checklist builder' }).click();
  await page.getByLabel('Programme name').fill('Northfield Nurses');
  await page.getByRole('button', { name: /^Remove question 8: \S/ }).click();
  await expect(page.getByText('Question 8 removed. Undo brings it back.')).toBeVisible();
  await page.getByLabel('Kind of answer').selectOption({ label: 'Written answer' });
  await page.getByRole('button', { name: 'Add the question' }).click();
  await page
    .getByRole('textbox', { name: /^Question \d+$/ })
    .last()
    .fill(customPrompt);
  await page.getByRole('button', { name: 'Save and make a link' }).click();
  await expect(page.getByText(/Saved as version 1/)).toBeVisible();
  return page.getByLabel('Link to your checklist').inputValue();
}

/** The path the QR code on the page draws, to compare with the code the link itself makes. */
const drawnQr = (page: Page, index = 0) =>
  page
    .getByRole('img', { name: /^QR code that opens/ })
    .nth(index)
    .locator('path')
    .getAttribute('d');

test('a trainer goes from the trainers’ page to a projected QR code of a short link', async ({ page }) => {
  test.setTimeout(90_000);
  const link = await tailorFromTheTop(page);
  expect(link).toContain('/workbook/#template-changes=1.');
  // The bound: at most about 1,000 characters (measured: about 370 here).
  expect(link.length).toBeLessThanOrEqual(1000);
  await expect(page.getByText(`${link.length} characters.`)).toBeVisible();
  expect(await drawnQr(page)).toBe(qrPath(link)?.path);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `builder with its link and QR code, ${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('link', { name: 'Open the room kit' }).click();
  await expect(page).toHaveURL(/trainers\/room-kit\/#/);
  const slide = page.getByRole('region', { name: 'Northfield Nurses' });
  await expect(
    slide.getByRole('img', { name: 'QR code that opens Northfield Nurses in the workbook' }),
  ).toBeVisible();
  expect(await drawnQr(page)).toBe(qrPath(link)?.path);
  await expect(slide.getByRole('listitem')).toHaveCount(3);
  await expect(slide).toContainText(`Go to ${new URL(link).host}/workbook/`);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `room kit, ${colorScheme}`);
  }
  expect(await page.evaluate(findGluedText, CAMEL_CASE_WORDS), 'words run together').toEqual([]);
  expect(countPdfPages(await page.pdf({ format: 'A4' })), 'room kit on A4').toBe(1);

  await page.getByRole('link', { name: 'Handouts for each pair' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handouts for pairs' })).toBeVisible();
  await expect(page.getByText('Northfield Nurses').first()).toBeVisible();
  expect(await drawnQr(page)).toBe(qrPath(link)?.path);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `handouts, ${colorScheme}`);
  }
  expect(await page.evaluate(findGluedText, CAMEL_CASE_WORDS), 'words run together').toEqual([]);
  expect(countPdfPages(await page.pdf({ format: 'A4' })), 'handouts on A4').toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('contentinfo')).toBeHidden();
});

test('the room kit without a checklist of the programme’s own opens the standard one', async ({
  page,
  baseURL,
}) => {
  await page.goto('trainers/room-kit/');
  await expect(page.getByText('This room kit opens the standard checklist.')).toBeVisible();
  const workbook = `${baseURL ?? ''}workbook/`;
  expect(await drawnQr(page)).toBe(qrPath(workbook)?.path);
  expect(countPdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('a pair open the room’s link on two phones and agree, the programme’s question included', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const link = await tailorFromTheTop(page);
  const mentor = await freshPage(browser, baseURL);
  const mentee = await freshPage(browser, baseURL);

  // The mentor's phone opens the room's link and starts the partnership for two devices.
  await mentor.goto(link);
  await expect(mentor.getByText('Checklist prepared by Northfield Nurses')).toBeVisible();
  await expect(mentor).not.toHaveURL(/template/);
  await mentor.getByLabel('Mentee’s name').fill('Sam');
  await mentor.getByLabel('Mentor’s name').fill('Priya');
  await mentor.getByLabel('Each on our own device').check();
  await mentor.getByRole('group', { name: 'Who is using this device?' }).getByLabel('The mentor').check();
  await mentor.getByRole('button', { name: 'Start the partnership' }).click();
  const invite = await sendTo(mentor, 'Sam');
  expect(invite).toContain('&invite=');

  // The mentee's phone joins with the invite: the same tailored checklist, custom question included.
  await mentee.goto(invite);
  let menteeSaw = false;
  await answerAll(
    mentee,
    () => 0,
    'Ward 7',
    async () => {
      if (await mentee.getByText(customPrompt).isVisible()) menteeSaw = true;
    },
  );
  expect(menteeSaw, 'the mentee’s checklist has the programme’s question').toBe(true);
  const answers = await sendTo(mentee, 'Priya');

  await answerAll(mentor, () => 0, 'Ward 7, after the late shift');
  await receive(mentor, 'Sam', answers, 'Sam’s answers');
  await expect(mentor.getByRole('article', { name: customPrompt })).toBeVisible();
  await settleAll(mentor, false);
  await mentor.getByRole('button', { name: 'See our agreement' }).click();
  await expect(mentor.getByText(customPrompt)).toBeVisible();
  await expect(mentor.locator('main')).toContainText('Northfield Nurses');

  // The agreement reaches the mentee's phone too, with the same question in it.
  await receive(mentee, 'Priya', await sendTo(mentor, 'Sam'), 'the agreement');
  await expect(mentee.getByText(customPrompt)).toBeVisible();
  await mentor.context().close();
  await mentee.context().close();
});

test('opening a changes-only link never overwrites a checklist already on this device', async ({ page }) => {
  const riverside = (programme: string) =>
    editDetails(draftFromTemplate(defaultTemplate, 'riverside'), { programme });
  const start = async (programme: string) => {
    const fragment = await templateFragment(riverside(programme), [defaultTemplate]);
    expect(fragment).toMatch(/^#template-changes=/);
    await page.goto(`workbook/${fragment}`);
    await expect(page.getByText(`Checklist prepared by ${programme}`)).toBeVisible();
    await page.getByRole('button', { name: 'Start the partnership' }).click();
    await expect(page).toHaveURL(/workbook\/checklist\/#p=/);
  };
  await start('Riverside Trust');
  const first = (await dumpWorkbook(page))?.['templates'];
  expect(first).toEqual([
    expect.objectContaining({ id: 'riverside', version: 1, programme: 'Riverside Trust' }),
  ]);

  // Another link under the same id and version: the checklist kept first stands.
  await start('Riverside Trust (changed)');
  const after = await dumpWorkbook(page);
  expect(after?.['templates']).toEqual(first);
  expect(after?.['partnerships']).toHaveLength(2);
});

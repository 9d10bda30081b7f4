/**
 * The two-device flow, with two browser contexts as the two devices: a join link sets up the
 * partnership on the mentee's device, answers travel both ways by link, the pair settle on one
 * device and send the agreement to the other. Each link's payload leaves the address bar once read,
 * and bad or foreign links get a clear message.
 */
import type { Page } from '@playwright/test';
import { expect, installGuard, test } from './support/fixtures';
import { answerAll, expectNoAxeViolations, settleAll, startPartnership } from './support/checklist';

async function linkIn(page: Page, heading: string): Promise<string> {
  const panel = page.getByRole('region', { name: heading });
  await expect(panel.getByRole('textbox', { name: 'Link' })).toHaveValue(/#p=/);
  return panel.getByRole('textbox', { name: 'Link' }).inputValue();
}

test('two devices exchange links to compare and share the agreement', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const mentee = await (
    await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'block' })
  ).newPage();
  const menteeGuard = await installGuard(mentee, new URL(baseURL ?? '').origin);

  // The mentor's device starts the partnership and sends a join link.
  await startPartnership(page, { mode: 'two', device: 'mentor', mentorName: 'Priya', menteeName: 'Sam' });
  const join = await linkIn(page, 'Invite Sam');
  expect(join).toContain('&join=');
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.getByText('Show a QR code to scan').first().click();
  await expect(page.getByRole('img', { name: /QR code of the link: Invite Sam/ })).toBeVisible();
  await expectNoAxeViolations(page, 'two devices: invite');

  // The mentee's device opens it: same partnership, payload gone from the address bar.
  await mentee.goto(join);
  await expect(mentee.locator('section.answer-steps')).toBeVisible();
  expect(new URL(mentee.url()).hash).toMatch(/^#p=[^&]+$/);
  await expect(mentee.getByText('Sam (mentee)', { exact: false }).first()).toBeVisible();
  await answerAll(mentee, () => 0, 'A risk of serious harm');
  const menteeAnswers = await linkIn(mentee, 'Send my answers');
  expect(menteeAnswers).toContain('&answers=');
  await expectNoAxeViolations(mentee, 'two devices: send answers');

  // The mentor answers, then opens the mentee's answers link: the comparison appears.
  await answerAll(page, (n) => n % 3, 'Anything the law says we must report');
  await linkIn(page, 'Send my answers');
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Send my answers' })
    .getByRole('button', { name: 'Download as a file' })
    .click();
  const mentorFile = await (await downloading).path();
  await page.goto(menteeAnswers);
  await expect(page.getByText('Sam’s answers have arrived. You can compare them now.')).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#p=[^&]+$/);
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();

  // Opening your own answers link is explained, and changes nothing.
  await mentee.goto(menteeAnswers);
  await expect(mentee.getByRole('alert')).toContainText('These are your own answers');
  // The mentor's answers reach the mentee's device too, here as a file, so both can compare.
  await mentee.getByLabel('Or choose the file').setInputFiles(mentorFile);
  await expect(mentee.getByText('Priya’s answers have arrived. You can compare them now.')).toBeVisible();
  await expect(mentee.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();

  // They settle on the mentor's device and send the agreement back.
  await settleAll(page, false);
  await page.getByRole('button', { name: 'See our agreement' }).click();
  await expect(page.getByText('Sam, the mentee, sets the agenda for each meeting.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the checklist' }).click();
  const agreement = await linkIn(page, 'Send the agreement');
  await mentee.goto(agreement);
  await expect(
    mentee.getByText('The agreement from your partner’s device is now on this device too.'),
  ).toBeVisible();
  await mentee.getByRole('link', { name: 'Open our agreement' }).click();
  await expect(mentee.getByText('Sam, the mentee, sets the agenda for each meeting.')).toBeVisible();
  await expect(mentee.getByText('Between Priya (mentor) and Sam (mentee).')).toBeVisible();

  expect(menteeGuard.consoleErrors).toEqual([]);
  expect(await menteeGuard.cspViolations()).toEqual([]);
});

test('a damaged or cut-off link gets a clear message and is removed from the address bar', async ({
  page,
}) => {
  await startPartnership(page, { mode: 'two', device: 'mentee', menteeName: 'Sam' });
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('p') ?? '';
  const join = await linkIn(page, 'Invite the mentor');
  const payload = new URLSearchParams(new URL(join).hash.slice(1)).get('join') ?? '';

  await page.goto(`workbook/checklist/#p=${id}&join=${payload.slice(0, payload.length / 2)}`);
  await expect(page.getByRole('alert')).toContainText(/incomplete|damaged|changed/);
  expect(new URL(page.url()).hash).not.toContain('join=');

  await page.goto(`workbook/checklist/#p=${id}&join=${payload}`);
  await expect(page.getByRole('alert')).toContainText('This is your own join link');
  expect(new URL(page.url()).hash).toBe(`#p=${id}`);
});

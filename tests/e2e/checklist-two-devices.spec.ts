/**
 * Journey (a): each on their own phone (two browser contexts). The mentor invites by QR code, both
 * answer, one exchange each way, they compare and settle on one phone, one exchange back — and both
 * phones show the same agreement. Neither saw the other's answers before finishing; each link's
 * payload leaves the address bar once read; a bad or own link gets a clear message and changes nothing.
 * Exchanges: invite + 3 (answers each way, the agreement back).
 */
import { expect, installGuard, test } from './support/fixtures';
import { answerAll, expectNoAxeViolations, settleAll, startPartnership } from './support/checklist';
import { panel, receive, sendTo } from './support/exchange';

test('two phones: invite, answers each way, settle on one, the agreement back', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'block' });
  const mentee = await context.newPage();
  const menteeGuard = await installGuard(mentee, new URL(baseURL ?? '').origin);

  // The mentor's phone starts the partnership; "Send to Sam" is the invite, with a QR code.
  await startPartnership(page, { mode: 'two', device: 'mentor', mentorName: 'Priya', menteeName: 'Sam' });
  const invite = await sendTo(page, 'Sam');
  expect(invite).toContain('&invite=');
  await expect(page.getByRole('img', { name: 'QR code for Sam’s phone' })).toBeVisible();
  await expect(page.getByText('The link is the key')).toBeVisible();
  await expectNoAxeViolations(page, 'two phones: invite');

  // Sam's phone opens it: the same partnership, payload gone from the address bar, never told to invite.
  await mentee.goto(invite);
  await expect(mentee.locator('section.answer-steps')).toBeVisible();
  expect(new URL(mentee.url()).hash).toMatch(/^#p=[^&]+$/);
  await expect(panel(mentee, 'Priya')).toContainText('Last exchange with Priya: Friday 20 November 2026');
  await answerAll(mentee, () => 0, 'A risk of serious harm');
  await expect(mentee.getByText(/invite/i)).toHaveCount(0);
  const menteeAnswers = await sendTo(mentee, 'Priya');
  expect(menteeAnswers).toContain('&exchange=1.');
  // Sealed with the pair key: nothing of what Sam wrote is readable in the link.
  expect(menteeAnswers).not.toContain('harm');
  await expectNoAxeViolations(mentee, 'two phones: send answers');

  // Priya takes them in before finishing her own: they stay hidden (blind answering).
  await page.goto('workbook/');
  await receive(page, 'Sam', menteeAnswers, 'Sam’s answers (kept hidden until you have finished yours)');
  await expect(page.locator('section.answer-steps')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toHaveCount(0);
  await answerAll(page, (n) => n % 3, 'Anything the law says we must report');
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();

  // Opening your own link is explained, and changes nothing.
  const mentorAnswers = await sendTo(page, 'Sam');
  await page.goto('about:blank');
  await page.goto(mentorAnswers);
  await expect(page.getByRole('alert')).toContainText('This came from this device');
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();

  // One exchange back: Sam's phone compares too.
  await receive(mentee, 'Priya', mentorAnswers, 'Priya’s answers');
  await expect(mentee.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();

  // They settle on Priya's phone; the agreement goes back from the agreement page.
  await settleAll(page, false);
  await page.getByRole('button', { name: 'See our agreement' }).click();
  await expect(page.getByText('Sam, the mentee, sets the agenda for each meeting.')).toBeVisible();
  const agreement = await sendTo(page, 'Sam');
  expect(new URL(agreement).pathname).toMatch(/workbook\/agreement\/$/);
  await receive(mentee, 'Priya', agreement, 'the agreement');
  await expect(mentee.getByText('Sam, the mentee, sets the agenda for each meeting.')).toBeVisible();
  await expect(mentee.getByText('Between Priya (mentor) and Sam (mentee).')).toBeVisible();
  await expect(mentee.getByText('This is a draft')).toHaveCount(0);
  await expect(panel(mentee, 'Priya')).toContainText('Last exchange with Priya');
  await expectNoAxeViolations(mentee, 'two phones: the agreement received');

  expect(menteeGuard.consoleErrors).toEqual([]);
  expect(await menteeGuard.cspViolations()).toEqual([]);
  await context.close();
});

test('a damaged or cut-off link gets a clear message, changes nothing and leaves the address bar', async ({
  page,
  browser,
  baseURL,
}) => {
  await startPartnership(page, { mode: 'two', device: 'mentee', menteeName: 'Sam' });
  const invite = await sendTo(page, 'the mentor');
  const id = new URLSearchParams(new URL(invite).hash.slice(1)).get('p') ?? '';
  const payload = new URLSearchParams(new URL(invite).hash.slice(1)).get('invite') ?? '';

  const context = await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'block' });
  const other = await context.newPage();
  const guard = await installGuard(other, new URL(baseURL ?? '').origin);
  guard.allowConsoleErrors();
  await other.goto(`workbook/checklist/#p=${id}&invite=${payload.slice(0, payload.length / 2)}`);
  await expect(other.getByRole('alert')).toContainText(/incomplete|damaged|changed/);
  expect(new URL(other.url()).hash).not.toContain('invite=');
  await other.goto('workbook/');
  await expect(other.getByText('There are none yet')).toBeVisible();

  // One's own invite, opened on the device that made it.
  await page.goto('about:blank');
  await page.goto(invite);
  await expect(page.getByRole('alert')).toContainText('This is your own invite');
  expect(new URL(page.url()).hash).toBe(`#p=${id}`);
  await context.close();
});

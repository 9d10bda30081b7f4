/**
 * The meeting log at /workbook/meetings/: recording meetings with follow-through first, the carried-
 * forward flag, goals, the next meeting as a calendar file, printing without the private note,
 * surviving a reload, keyboard-only entry, two tabs in step, and axe on every view.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { expect, installGuard, test, testNow } from './support/fixtures';
import {
  expectSaved,
  openLogWithPartnership,
  PARTNERSHIP_ID,
  tabTo,
  startMeeting,
} from './support/meeting-log';
import { receive, sendTo } from './support/exchange';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function addAction(page: Page, text: string, owner: 'Mentee' | 'Mentor' | 'Both'): Promise<void> {
  await page.getByLabel('What will be done').fill(text);
  await page.getByLabel('Who').selectOption({ label: owner });
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
}

function review(page: Page, action: string) {
  return page.getByRole('group', { name: action });
}

test('a link to a partnership that is not on this device says so, in the checklist’s words', async ({
  page,
}) => {
  await page.goto('workbook/meetings/#p=notHere1');
  await expect(page.getByText('This partnership is not on this device.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the workbook' })).toBeVisible();
});

test('without a partnership, the log says so kindly and links to the workbook', async ({ page }) => {
  await page.goto('workbook/meetings/');
  await expect(page.getByText('There is no partnership open yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the workbook' })).toHaveAttribute(
    'href',
    /\/workbook\/$/,
  );
});

test('without an open partnership, the log offers the ones on this device', async ({ page }) => {
  await openLogWithPartnership(page);
  await page.goto('workbook/meetings/');
  await page.reload();
  await page.getByRole('link', { name: 'Priya and Sam' }).click();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
});

test('three meetings: follow-through first, an action carried twice is flagged', async ({ page }) => {
  await openLogWithPartnership(page);

  await startMeeting(page, '2026-10-01');
  await expect(page.getByText('No open actions from earlier meetings.')).toBeVisible();
  await page.getByLabel("The mentee's agenda").fill('Career options');
  await page.getByLabel('Notes', { exact: true }).fill('We talked about courses.');
  await addAction(page, 'Book the evening course', 'Mentee');
  await addAction(page, 'Send the article on portfolios', 'Mentor');

  await startMeeting(page, '2026-10-15');
  await review(page, 'Book the evening course').getByLabel('Carry forward').check();
  await review(page, 'Send the article on portfolios').getByLabel('Done').check();
  await expect(page.getByText('carried forward a few times')).toHaveCount(0);
  await addAction(page, 'Draft three slides', 'Both');

  await startMeeting(page, '2026-10-29');
  // The article was done, so only the course and the slides come back.
  await expect(page.getByRole('group', { name: /Send the article/ })).toHaveCount(0);
  await review(page, 'Draft three slides').getByLabel('Done').check();
  await review(page, 'Book the evening course').getByLabel('Carry forward').check();
  await expect(
    review(page, 'Book the evening course').getByText(/carried forward a few times/),
  ).toBeVisible();
  await page
    .getByRole('group', { name: "Was this time about the mentee's development?" })
    .getByLabel('Yes')
    .check();
  await page.getByRole('group', { name: 'Were we free from interruptions?' }).getByLabel('Partly').check();
  await expectSaved(page);

  await page.getByRole('button', { name: 'Finish and go to the overview' }).click();
  const mentee = page
    .getByRole('heading', { name: 'Mentee', level: 4 })
    .locator('xpath=following-sibling::*[1]');
  await expect(mentee).toContainText('Book the evening course');
  await expect(mentee).toContainText('talk about what is getting in the way');
  await expect(page.getByText('last met')).toBeVisible();

  // Everything survived: the store holds it, not just the page.
  await page.reload();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 to 3 of 3 meetings.' })).toBeVisible();
  await page.getByLabel('Search your meetings').fill('career');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 to 1 of 1 meeting.' })).toBeVisible();
});

test('a goal is completed and its history kept', async ({ page }) => {
  await openLogWithPartnership(page);
  await page.getByRole('link', { name: 'Goals' }).click();
  await page.getByLabel('A new goal').fill('Present at the team meeting');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByLabel('Status of “Present at the team meeting”').selectOption('achieved');
  await page.getByText('Timeline of “Present at the team meeting”').click();
  // The timeline lists the goal as it was set, then as achieved.
  await expect(
    page.getByText(/^\w+ \d+ \w+ \d{4}: Goal set: “Present at the team meeting”\.$/),
  ).toBeVisible();
  await expect(page.getByText(/^\w+ \d+ \w+ \d{4}: Marked achieved\.$/)).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Status of “Present at the team meeting”')).toHaveValue('achieved');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('No goals written down yet.')).toBeVisible();
});

test('the next meeting downloads as a valid calendar file', async ({ page }) => {
  await openLogWithPartnership(page);
  await page.getByRole('link', { name: 'Next meeting' }).click();
  await page.getByLabel('Date and start time').fill('2026-12-10T10:30');
  await page.getByLabel('Length in minutes').fill('45');
  await page.getByLabel('Format').selectOption({ label: 'Video call' });
  await page.getByRole('button', { name: 'Save the next meeting' }).click();
  await expect(page.getByText('Planned: Thursday 10 December 2026 at 10:30, 45 minutes.')).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mentoring-meeting-2026-12-10.ics');
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(/\r\n$/);
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  expect(event.summary).toBe('Mentoring: Priya and Sam');
  expect(event.location).toBe('Video call');
  expect(event.duration.toSeconds()).toBe(45 * 60);
  const expectedStart = await page.evaluate(() => new Date(2026, 11, 10, 10, 30).getTime());
  expect(event.startDate.toJSDate().getTime()).toBe(expectedStart);

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('Thursday 10 December 2026 at 10:30, 45 minutes, video call.')).toBeVisible();
});

test('a printed summary leaves the private note out unless chosen', async ({ page }) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-11-02');
  await page.getByLabel('Notes', { exact: true }).fill('Shared notes about the project.');
  await page.getByLabel('Private note (stays on this device)').fill('My own worry about confidence.');
  await expectSaved(page);

  await page.getByRole('link', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Print the meeting of Monday 2 November 2026' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting summary' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Shared notes about the project.')).toBeVisible();
  await expect(page.getByText('My own worry about confidence.')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Meeting log' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to history' }).click();
  await page.getByLabel('Include my private notes').check();
  await page.getByRole('button', { name: 'Show the summary to print' }).click();
  await expect(page.getByText('My own worry about confidence.')).toBeVisible();
});

test('nothing typed is lost on a reload mid-entry', async ({ page }) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-11-03');
  await page.getByLabel('Notes', { exact: true }).fill('Typed just before the reload');
  await page.reload();
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Typed just before the reload');
});

test('a meeting can be recorded with the keyboard alone', async ({ page }) => {
  await openLogWithPartnership(page);
  await tabTo(page, page.getByRole('button', { name: 'Record a meeting' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel("The mentee's agenda"));
  await page.keyboard.type('Getting ready for an interview');
  await tabTo(page, page.getByLabel('What will be done'));
  await page.keyboard.type('Practise answers out loud');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listitem').filter({ hasText: 'Practise answers out loud' })).toBeVisible();
  const aboutMentee = page.getByRole('group', { name: "Was this time about the mentee's development?" });
  const interruptions = page.getByRole('group', { name: 'Were we free from interruptions?' });
  await tabTo(page, aboutMentee.getByLabel('Yes'));
  await page.keyboard.press('Space');
  await tabTo(page, interruptions.getByLabel('Yes'));
  await page.keyboard.press('ArrowRight');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('Getting ready for an interview');
  await expect(aboutMentee.getByLabel('Yes')).toBeChecked();
  await expect(interruptions.getByLabel('Partly')).toBeChecked();
});

test('two tabs stay in step', async ({ page, context }) => {
  await openLogWithPartnership(page);
  const other = await context.newPage();
  await other.goto(`workbook/meetings/#p=${PARTNERSHIP_ID}&view=goals`);
  await expect(other.getByRole('heading', { name: 'Goals' })).toBeVisible();
  await page.getByRole('link', { name: 'Goals' }).click();
  await page.getByLabel('A new goal').fill('Lead a project');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(other.getByText('Lead a project', { exact: true })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every view passes axe at 320 px in the ${colorScheme} scheme`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 320, height: 640 });
    await openLogWithPartnership(page, { reviewOn: testNow().toISOString().slice(0, 10) });
    await startMeeting(page, '2026-11-04');
    await addAction(page, 'Read chapter two', 'Mentee');
    await page.getByLabel('Private note (stays on this device)').fill('Private');
    const views = ['Overview', 'Prepare', 'Meeting', 'Goals', 'Next meeting', 'History'];
    for (const name of views) {
      await page
        .getByRole('navigation', { name: 'Meeting log' })
        .getByRole('link', { name, exact: true })
        .click();
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(
        results.violations.map(
          (v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
    }
    await page.getByRole('button', { name: /^Print the meeting of/ }).click();
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('a log of 1,000 meetings opens and pages through its history', async ({ page }) => {
  await openLogWithPartnership(page, {}, 1000);
  await expect(page.getByText(/last met/)).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Showing 1 to 20 of 1000 meetings.' }),
  ).toBeVisible();
  // Only one page of meetings is in the document, not a thousand.
  await expect(page.getByRole('heading', { level: 3, name: /2026|2025|2024|2023/ })).toHaveCount(20);
  await expect(page.getByRole('heading', { name: 'Sunday 1 November 2026' })).toBeVisible();
  await page.getByRole('button', { name: 'Older' }).click();
  await expect(page.getByText('Page 2 of 50')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Monday 12 October 2026' })).toBeVisible();
  await page.getByLabel('Search your meetings').fill('marmalade');
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 to 10 of 10 meetings.' })).toBeVisible();
});

/**
 * Journeys (c), (d) and (e): a pair who started on one laptop give the mentor his own copy, both record
 * a meeting, and one exchange each way leaves both logs the same, a deletion included; the private
 * note never leaves the laptop; each link's payload leaves the address bar once read.
 * Exchanges: the copy (an invite) + 2.
 */
test('a pair on one laptop give the mentor his own copy, and both logs end the same, a deletion included', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-11-05');
  await page.getByLabel('Notes', { exact: true }).fill('Agreed to speak to the team lead.');
  await page.getByLabel('Private note (stays on this device)').fill('Secret worry about the move');
  await startMeeting(page, '2026-11-06');
  await page.getByLabel('Notes', { exact: true }).fill('A meeting we will delete.');
  await expectSaved(page);

  // The laptop gives Sam his own copy: an invite, with a QR code.
  const copy = page.getByRole('region', { name: 'Your partner’s own copy' });
  await copy.getByRole('button', { name: 'Give Sam their own copy' }).click();
  const invite = await page.getByRole('textbox', { name: 'Link for Sam' }).inputValue();
  expect(invite).toContain('&invite=');
  await expect(page.getByRole('img', { name: 'QR code for Sam’s phone' })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((v) => v.id)).toEqual(
    [],
  );

  const phone = await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'block' });
  const sam = await phone.newPage();
  const guard = await installGuard(sam, new URL(baseURL ?? '').origin);
  await sam.goto(invite);
  // The invite is read, the partnership set up, and the payload gone from the address bar.
  await expect(sam).toHaveURL(new RegExp(`#p=${PARTNERSHIP_ID}$`));
  await expect(sam.getByRole('button', { name: 'Start the checklist' })).toBeVisible();
  await sam.goto(`workbook/meetings/#p=${PARTNERSHIP_ID}&view=history`);
  await sam.getByRole('button', { name: 'Open the meeting of Thursday 5 November 2026' }).click();
  await expect(sam.getByLabel('Notes', { exact: true })).toHaveValue('Agreed to speak to the team lead.');
  // (d) The private note stayed on the laptop.
  await expect(sam.getByLabel('Private note (stays on this device)')).toHaveValue('');

  // Both record a meeting; the laptop deletes one.
  await startMeeting(sam, '2026-11-12');
  await sam.getByLabel('Notes', { exact: true }).fill('Sam wrote this on his phone.');
  await expectSaved(sam);
  await page.getByRole('navigation', { name: 'Meeting log' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('button', { name: 'Open the meeting of Friday 6 November 2026' }).click();
  await page.getByRole('button', { name: 'Delete this meeting' }).click();
  await page.getByRole('button', { name: 'Yes, delete the meeting' }).click();
  await startMeeting(page, '2026-11-13');
  await page.getByLabel('Notes', { exact: true }).fill('Priya wrote this on the laptop.');
  await expectSaved(page);

  // (e) One exchange each way; each payload leaves the address bar as soon as it is read.
  const fromSam = await sendTo(sam, 'Priya');
  await receive(page, 'Sam', fromSam, '1 new meeting');
  const fromLaptop = await sendTo(page, 'Sam');
  await receive(sam, 'Priya', fromLaptop, /1 new meeting.*1 meeting deleted|1 meeting deleted/);

  const history = async (p: Page) => {
    await p.goto(`workbook/meetings/#p=${PARTNERSHIP_ID}&view=history`);
    await expect(p.getByRole('heading', { name: 'Thursday 5 November 2026' })).toBeVisible();
    // The meetings by date; whether a device is still recording one is that device's own business.
    const headings = await p.getByRole('heading', { level: 3 }).allTextContents();
    return headings.filter((h) => /\d{4}/.test(h)).map((h) => h.replace(' (in progress)', ''));
  };
  const onLaptop = await history(page);
  expect(onLaptop).toEqual(await history(sam));
  expect(onLaptop.join()).not.toContain('6 November');
  expect(onLaptop.join()).toContain('12 November');
  expect(onLaptop.join()).toContain('13 November');
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations()).toEqual([]);
  await phone.close();
});

test('the agreed rhythm shows on the overview and becomes a repeating calendar series', async ({ page }) => {
  const choice = (optionId: string) => ({ value: { kind: 'choice', optionId } });
  await openLogWithPartnership(page, {}, 0, {
    'meeting-frequency': choice('fortnightly'),
    'meeting-length': choice('45'),
    'meeting-format': choice('video'),
  });
  await expect(page.getByText('Agreed every 2 weeks; no meetings recorded yet.')).toBeVisible();
  const threeWeeksAgo = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() - 23);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  await startMeeting(page, threeWeeksAgo);
  await expect(page.getByLabel('Length in minutes')).toHaveValue('45');
  await expect(page.getByLabel('Format')).toHaveValue('video');
  // A meeting counts once something is written in it.
  await page.getByLabel('Notes', { exact: true }).fill('Talked about the new role.');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('Agreed every 2 weeks; last met 23 days ago.')).toBeVisible();
  await expect(page.getByText('The next meeting was due 9 days ago.')).toBeVisible();

  await page.getByRole('link', { name: 'Next meeting' }).click();
  await expect(page.getByLabel('Length in minutes')).toHaveValue('45');
  await page.getByLabel('Date and start time').fill('2027-03-23T18:30');
  await page.getByRole('button', { name: 'Save the next meeting' }).click();
  await page.getByLabel('The next 6 meetings, every 2 weeks').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mentoring-meetings-from-2027-03-23.ics');
  const text = readFileSync(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  // Floating local time: 18:30 on every date, across the clock change at the end of March.
  expect(text).toContain('DTSTART:20270323T183000\r\n');
  expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6\r\n');
  const iterator = event.iterator();
  const starts: string[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toString());
  expect(starts).toEqual([
    '2027-03-23T18:30:00',
    '2027-04-06T18:30:00',
    '2027-04-20T18:30:00',
    '2027-05-04T18:30:00',
    '2027-05-18T18:30:00',
    '2027-06-01T18:30:00',
  ]);
});

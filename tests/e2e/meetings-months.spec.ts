/**
 * The meeting log as a pair uses it three months in (issue 16): it reads the agreement as settled in
 * compare, records a meeting in one step and resumes it from anywhere, never counts a meeting left
 * empty, resets the action form, flags overdue actions in words, asks for a carried action's new due
 * date, offers the agreed rhythm, the next meeting and the review date as calendar files with
 * reminders, invites the review, and follows goals over time. A private note never prints.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { formatDateLong } from '../../src/lib/dates';
import { expect, test } from './support/fixtures';
import { expectSaved } from './support/meeting-log';
import { dayFromToday, openThreeMonthsIn } from './support/three-months';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Meeting log' }).getByRole('link', { name, exact: true }).click();

async function downloadIcs(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

function firstEvent(text: string): ICAL.Component {
  const event = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return event;
}

test('the rhythm settled in compare drives the overview, the next meeting and the calendar files', async ({
  page,
}) => {
  await openThreeMonthsIn(page);
  await expect(page.getByText('Agreed every 2 weeks; last met 14 days ago.')).toBeVisible();
  await expect(page.getByText('The next meeting is due today.')).toBeVisible();

  await nav(page, 'Next meeting');
  await expect(page.getByLabel('Date and start time')).toHaveValue(`${dayFromToday(1)}T10:00`);
  await expect(page.getByLabel('Length in minutes')).toHaveValue('45');
  await expect(page.getByLabel('Format')).toHaveValue('video');
  await page.getByRole('button', { name: 'Save the next meeting' }).click();

  const series = page.getByLabel('The next 6 meetings, every 2 weeks, as you agreed');
  await expect(series).toBeChecked();
  const seriesFile = await downloadIcs(page, 'Download calendar file (.ics)');
  expect(seriesFile.name).toBe(`mentoring-meetings-from-${dayFromToday(1)}.ics`);
  const seriesEvent = firstEvent(seriesFile.text);
  expect(seriesFile.text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6\r\n');
  expect(new ICAL.Event(seriesEvent).isRecurring()).toBe(true);
  expect(seriesEvent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');

  await page.getByLabel('Just this meeting').check();
  const one = firstEvent((await downloadIcs(page, 'Download calendar file (.ics)')).text);
  expect(new ICAL.Event(one).isRecurring()).toBe(false);
  expect(String(one.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-P1D');

  const review = await downloadIcs(page, 'Download the review date (.ics)');
  const reviewEvent = new ICAL.Event(firstEvent(review.text));
  expect(reviewEvent.startDate.isDate).toBe(true);
  expect(reviewEvent.startDate.toString()).toBe(dayFromToday(5));
  expect(firstEvent(review.text).getFirstSubcomponent('valarm')).not.toBeNull();
});

test('the review date shows on the overview and, when near, invites the review', async ({ page }) => {
  await openThreeMonthsIn(page);
  await expect(page.getByText(/^You agreed to review how it is going on \w+ \d+ \w+ \d{4}\.$/)).toBeVisible();
  await expect(page.getByText('Your agreed review is in 5 days.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the review on the checklist' })).toHaveAttribute(
    'href',
    '../checklist/#p=pairE2E1',
  );
});

test('a review date that has passed invites the pair to look back at their goals', async ({ page }) => {
  await openThreeMonthsIn(page, { reviewOffsetDays: 10 });
  await expect(page.getByText(/Your agreed review date passed \d+ days ago\./)).toBeVisible();
  await page.getByRole('button', { name: 'Look back at the goals' }).click();
  await expect(page.getByRole('heading', { name: 'Goals' })).toBeFocused();
});

test('a meeting starts in one step, resumes from anywhere, and one left empty is not a meeting', async ({
  page,
}) => {
  await openThreeMonthsIn(page);
  // Left empty: it goes, and the overview still counts from the last real meeting.
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeFocused();
  await nav(page, 'Overview');
  await expect(page.getByText('Agreed every 2 weeks; last met 14 days ago.')).toBeVisible();
  await expect(page.getByText('You have a meeting in progress')).toHaveCount(0);
  await nav(page, 'History');
  await expect(page.getByRole('status').filter({ hasText: 'of 5 meetings.' })).toBeVisible();

  // One step from the overview, with the agreed length and format.
  await nav(page, 'Overview');
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await expect(page.getByLabel('Length in minutes')).toHaveValue('45');
  await expect(page.getByLabel('Format')).toHaveValue('video');
  await page.getByLabel("The mentee's agenda").fill('The presentation next week');
  await expectSaved(page);

  // Resumed from anywhere: another view, then the Meeting tab; and after a reload, from the overview.
  await nav(page, 'Goals');
  await nav(page, 'Meeting');
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('The presentation next week');
  await page.reload();
  await nav(page, 'Overview');
  await expect(page.getByText(/^You have a meeting in progress, from /)).toBeVisible();
  await page.getByRole('button', { name: 'Continue the meeting' }).click();
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('The presentation next week');
  await page.getByRole('button', { name: 'Finish and go to the overview' }).click();
  await expect(page.getByText('Agreed every 2 weeks; last met today.')).toBeVisible();
  await expect(page.getByText('You have a meeting in progress')).toHaveCount(0);
});

test('actions: the form resets, overdue ones say so, and a carried one asks for its new due date', async ({
  page,
}) => {
  await openThreeMonthsIn(page);
  const overdueText = `Overdue: was due`;
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Draft the project summary' }).getByText(overdueText),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Record a meeting' }).click();
  const overdue = page.getByRole('group', { name: /^Draft the project summary/ });
  await expect(overdue.getByText(overdueText)).toBeVisible();

  const carried = page.getByRole('group', { name: /^Ask for feedback/ });
  await carried.getByLabel('Carry forward').check();
  const newDue = carried.getByLabel('New due date for “Ask for feedback”');
  await expect(newDue).toBeVisible();
  await newDue.fill(dayFromToday(14));
  await expect(carried.getByText(/^Due /)).toBeVisible();

  await page.getByLabel('What will be done').fill('Book the course');
  await page.getByLabel('Who', { exact: true }).selectOption({ label: 'Both' });
  await page.getByLabel('Due', { exact: true }).fill(dayFromToday(10));
  await page.getByLabel('Towards a goal (optional)').selectOption({ label: 'Get promoted' });
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByLabel('What will be done')).toHaveValue('');
  await expect(page.getByLabel('Who', { exact: true })).toHaveValue('mentee');
  await expect(page.getByLabel('Due', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Towards a goal (optional)')).toHaveValue('');
  await expectSaved(page);

  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mentoring-workbook');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const all = await new Promise<{ text: string; due?: string; owner: string }[]>((resolve) => {
      const request = db.transaction('actions').objectStore('actions').getAll();
      request.onsuccess = () => resolve(request.result as { text: string; due?: string; owner: string }[]);
    });
    db.close();
    return all;
  });
  expect(stored.find((a) => a.text === 'Ask for feedback')?.due).toBe(dayFromToday(14));
  expect(stored.find((a) => a.text === 'Book the course')).toMatchObject({
    owner: 'both',
    due: dayFromToday(10),
  });
});

test('goals over time: new wording keeps the old, progress notes, and a timeline', async ({ page }) => {
  await openThreeMonthsIn(page);
  await page.getByRole('button', { name: 'Record a meeting' }).click();
  await page.getByLabel('Goal', { exact: true }).selectOption({ label: 'Speak up in team meetings' });
  await page.getByLabel('How it is going').fill('Spoke twice this week');
  await page.getByRole('button', { name: 'Add progress note' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Spoke twice this week' })).toBeVisible();
  await expect(page.getByLabel('How it is going')).toHaveValue('');

  await nav(page, 'Goals');
  await page.getByRole('button', { name: 'Change the wording of “Get promoted”' }).click();
  await expect(page.getByLabel('New wording')).toBeFocused();
  await page.getByLabel('New wording').fill('Find work I enjoy');
  await page.getByRole('button', { name: 'Save the wording' }).click();
  await expect(page.getByRole('button', { name: 'Change the wording of “Find work I enjoy”' })).toBeFocused();
  await page.getByText('Timeline of “Find work I enjoy”').click();
  await expect(page.getByText('Wording changed from “Get promoted” to “Find work I enjoy”.')).toBeVisible();

  await page.getByText('Timeline of “Speak up in team meetings”').click();
  const timeline = page.getByRole('group').filter({ hasText: 'Timeline of “Speak up in team meetings”' });
  await expect(timeline.getByText('Progress: Spoke twice this week')).toBeVisible();
  await expect(timeline.getByText('Action: Volunteer to present')).toBeVisible();
  await expect(timeline.getByText('Action: Ask for feedback')).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^Open the meeting of / })).toHaveCount(4);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByText('Find work I enjoy', { exact: true })).toBeVisible();
});

test('printing a meeting page never shows its private note', async ({ page }) => {
  await openThreeMonthsIn(page);
  await nav(page, 'History');
  await page
    .getByRole('button', { name: /^Open the meeting of / })
    .first()
    .click();
  const privateNote = page.getByLabel('Private note (stays on this device)');
  await expect(privateNote).toHaveValue('Private thought 5');
  await page.emulateMedia({ media: 'print' });
  await expect(privateNote).toBeHidden();
  await expect(page.getByLabel('Notes', { exact: true })).toBeVisible();
  const printed = await page.evaluate(() => document.body.innerText);
  expect(printed).not.toContain('Only you see this');
});

test('a printed meeting summary flags an action that is overdue', async ({ page }) => {
  await openThreeMonthsIn(page);
  await nav(page, 'History');
  await page
    .getByRole('button', { name: `Print the meeting of ${formatDateLong(dayFromToday(-28))}` })
    .click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('listitem').filter({ hasText: 'Draft the project summary' })).toContainText(
    'Overdue.',
  );
});

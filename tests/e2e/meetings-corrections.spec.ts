/**
 * Correcting the meeting log: an action's text, owner and due date can be changed without losing its
 * follow-through history; an action added by mistake can be removed and put back; a meeting can be
 * deleted after a confirm step and undone until the page is left, while actions that later meetings
 * carried stay. Keyboard only for delete and undo, and axe on each new state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectSaved, openLogWithPartnership, tabTo, startMeeting } from './support/meeting-log';
import { dumpWorkbook } from './support/workbook-db';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe finds nothing in the light and the dark scheme, and nothing scrolls sideways at 320 px. */
async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(
      results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${step} (${colorScheme})`,
    ).toEqual([]);
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${step}: scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  await page.emulateMedia({ colorScheme: 'light' });
  if (size) await page.setViewportSize(size);
}

async function addAction(page: Page, text: string): Promise<void> {
  await page.getByLabel('What will be done').fill(text);
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible();
}

async function openMeeting(page: Page, date: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Meeting log' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('button', { name: `Open the meeting of ${date}` }).click();
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeVisible();
}

interface StoredAction {
  id: string;
  text: string;
  owner: string;
  due?: string;
  status: string;
  reviews: unknown[];
}

async function storedActions(page: Page): Promise<StoredAction[]> {
  return ((await dumpWorkbook(page))?.['actions'] ?? []) as StoredAction[];
}

test('an action is corrected and keeps its identity and carried-forward history', async ({ page }) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-10-01');
  await addAction(page, 'Book the course');
  for (const date of ['2026-10-15', '2026-10-29']) {
    await startMeeting(page, date);
    await page
      .getByRole('group', { name: /^Book the course/ })
      .getByLabel('Carry forward')
      .check();
  }
  await expectSaved(page);
  const [before] = await storedActions(page);

  await openMeeting(page, 'Thursday 1 October 2026');
  await page.getByRole('button', { name: 'Edit “Book the course”' }).click();
  const editor = page.getByRole('form', { name: 'Edit the action “Book the course”' });
  await expect(editor.getByLabel('What will be done')).toBeFocused();
  await expectNoAxeViolations(page, 'editing an action');
  await editor.getByLabel('What will be done').fill('');
  await editor.getByRole('button', { name: 'Save the action' }).click();
  await expect(editor.getByText('Write what will be done, then save the action.')).toBeVisible();
  await editor.getByLabel('What will be done').fill('Book the evening course');
  await editor.getByLabel('Who').selectOption({ label: 'Both' });
  await editor.getByLabel('Due', { exact: true }).fill('2026-12-01');
  await editor.getByRole('button', { name: 'Save the action' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Book the evening course' });
  await expect(item).toContainText('Both, due Tuesday 1 December 2026');
  await expect(page.getByRole('button', { name: 'Edit “Book the evening course”' })).toBeFocused();
  await expectSaved(page);

  // Same action, same history: the later meeting still shows it flagged, under its new text.
  await page.reload();
  await openMeeting(page, 'Thursday 29 October 2026');
  await expect(
    page
      .getByRole('group', { name: 'Book the evening course (Both)' })
      .getByText(/carried forward a few times/),
  ).toBeVisible();

  // It can be corrected where it is followed up too: a new due date for an action carried forward.
  const group = page.getByRole('group', { name: 'Book the evening course (Both)' });
  await group.getByRole('button', { name: 'Edit “Book the evening course”' }).click();
  await group.getByLabel('Due', { exact: true }).fill('2026-12-15');
  await group.getByRole('button', { name: 'Save the action' }).click();
  await expect(group.getByText('Due Tuesday 15 December 2026')).toBeVisible();
  await expect(group.getByText(/carried forward a few times/)).toBeVisible();
  await expectSaved(page);
  const [after] = await storedActions(page);
  expect(after).toMatchObject({
    id: before?.id,
    text: 'Book the evening course',
    owner: 'both',
    due: '2026-12-15',
  });
  expect(after?.reviews).toEqual(before?.reviews);
});

test('an action removed by mistake comes back with Undo, by keyboard alone', async ({ page }) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-11-02');
  await addAction(page, 'Read chapter two');
  await addAction(page, 'Ask Sam about mentoring circles');

  await tabTo(page, page.getByRole('button', { name: 'Remove “Read chapter two”' }));
  await page.keyboard.press('Enter');
  const undo = page.getByRole('button', { name: 'Undo removing “Read chapter two”' });
  await expect(undo).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'Removed “Read chapter two”.' })).toBeVisible();
  await expectNoAxeViolations(page, 'after removing an action');
  await expectSaved(page);
  expect((await storedActions(page)).map((a) => a.text)).toEqual(['Ask Sam about mentoring circles']);

  // The undo stays while the page is open, also after visiting another view.
  await page.getByRole('link', { name: 'Goals' }).click();
  await openMeeting(page, 'Monday 2 November 2026');
  await tabTo(page, undo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Edit “Read chapter two”' })).toBeFocused();
  await expectSaved(page);
  expect((await storedActions(page)).map((a) => a.text).sort()).toEqual([
    'Ask Sam about mentoring circles',
    'Read chapter two',
  ]);

  // Removed for good once the page is left, even straight after the click (before the save's pause).
  await page.getByRole('button', { name: 'Remove “Ask Sam about mentoring circles”' }).click();
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: 'Read chapter two' })).toBeVisible();
  await expect(page.getByText('Ask Sam about mentoring circles')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
});

test('a meeting is deleted after a confirm step and undone, by keyboard alone', async ({ page }) => {
  await openLogWithPartnership(page);
  await startMeeting(page, '2026-10-01');
  await page.getByLabel("The mentee's agenda").fill('Career options');
  await addAction(page, 'Book the course');
  await addAction(page, 'Ask about mentoring circles');
  await startMeeting(page, '2026-10-15');
  await page
    .getByRole('group', { name: /^Book the course/ })
    .getByLabel('Carry forward')
    .check();
  await expectSaved(page);

  await openMeeting(page, 'Thursday 1 October 2026');
  await tabTo(page, page.getByRole('button', { name: 'Delete this meeting' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('region', { name: 'Delete the meeting of Thursday 1 October 2026?' });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toContainText('The action agreed in it goes too:');
  await expect(confirm.getByRole('listitem')).toHaveText(['Ask about mentoring circles']);
  await expect(confirm).toContainText(
    'One action agreed in it stays, because a later meeting followed it up: “Book the course”.',
  );
  await expectNoAxeViolations(page, 'confirming a deletion');

  // "No" changes nothing and returns focus.
  await tabTo(page, confirm.getByRole('button', { name: 'No, keep it' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Delete this meeting' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, confirm.getByRole('button', { name: 'Yes, delete the meeting' }));
  await page.keyboard.press('Enter');

  const undo = page.getByRole('button', { name: 'Undo deleting the meeting of Thursday 1 October 2026' });
  await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  await expect(undo).toBeFocused();
  await expect(page.getByText('You deleted the meeting of Thursday 1 October 2026.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 to 1 of 1 meeting.' })).toBeVisible();
  await expectNoAxeViolations(page, 'after deleting a meeting');
  await expectSaved(page);
  const stored = await storedActions(page);
  expect(stored.map((a) => `${a.text}: ${a.status}`)).toEqual(['Book the course: open']);

  // The carried action is still open on the overview; the meeting's own action is gone.
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('Book the course')).toBeVisible();
  await expect(page.getByText('Ask about mentoring circles')).toHaveCount(0);

  await tabTo(page, undo);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Meeting', exact: true })).toBeFocused();
  await expect(page.getByLabel("The mentee's agenda")).toHaveValue('Career options');
  await expect(page.getByRole('listitem').filter({ hasText: 'Ask about mentoring circles' })).toBeVisible();
  await expectSaved(page);
  expect((await storedActions(page)).map((a) => a.text).sort()).toEqual([
    'Ask about mentoring circles',
    'Book the course',
  ]);

  // Deleted again and the page left: gone, but the carried action still comes back in follow-through.
  await page.getByRole('button', { name: 'Delete this meeting' }).click();
  await page.getByRole('button', { name: 'Yes, delete the meeting' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Showing 1 to 1 of 1 meeting.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  await startMeeting(page, '2026-10-29');
  await expect(page.getByRole('group', { name: /^Book the course/ })).toBeVisible();
});

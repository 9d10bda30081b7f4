/**
 * Clear words on every screen of the checklist, as a screen reader hears them: each scale option says
 * its position once (no doubled words), no accessible name has a space before a colon, possessives sit
 * on the name ("Priya’s answer", never "Priya (mentor)’s"), and an item the checklist says can be left
 * empty raises no warning when it is.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations, startPartnership } from './support/checklist';

const offLimits =
  'Are there topics you would rather not discuss? You can leave this empty if there are none.';

/** Every name the accessibility tree gives an element of these roles inside `scope`. */
async function names(scope: Locator, roles: RegExp): Promise<string[]> {
  const tree = await scope.ariaSnapshot();
  // A line whose name holds ": " is quoted whole in YAML ('button "Save: …"'), with ' written ''.
  return [...tree.replaceAll("''", "'").matchAll(/^\s*- '?(\w+) "((?:[^"\\]|\\.)*)"/gm)]
    .filter((m) => roles.test(m[1] ?? ''))
    .map((m) => (m[2] ?? '').replaceAll('\\"', '"'));
}

/** Fails on a doubled word ("Mostly: Mostly"), a space before a colon, or a possessive after a bracket. */
function expectClear(list: string[], where: string): void {
  const doubled = list.filter((n) => /\b(\w+)\W+\1\b/i.test(n));
  expect(doubled, `doubled words at ${where}`).toEqual([]);
  expect(
    list.filter((n) => /\s:/.test(n)),
    `a space before a colon at ${where}`,
  ).toEqual([]);
  expect(
    list.filter((n) => /\)’s/.test(n)),
    `a possessive after a bracket at ${where}`,
  ).toEqual([]);
}

/** Answers every part but leaves the optional item empty; checks the names on each part on the way. */
async function answerLeavingOptionalEmpty(page: Page, pick: (n: number) => number): Promise<void> {
  const steps = page.locator('section.answer-steps');
  let n = 0;
  for (let part = 1; part <= 5; part++) {
    await expect(steps.getByRole('heading', { level: 2 })).toContainText(`Part ${part} of 5`);
    expectClear(await names(steps, /^(radio|button|group|textbox)$/), `part ${part}`);
    const groups = steps.getByRole('group');
    for (let g = 0; g < (await groups.count()); g++)
      await groups.nth(g).getByRole('radio').nth(pick(n++)).check();
    const boxes = steps.getByRole('textbox');
    for (let t = 0; t < (await boxes.count()); t++) {
      const box = boxes.nth(t);
      if ((await box.getAttribute('id'))?.endsWith('off-limits')) {
        await expect(box).toHaveAccessibleName(offLimits);
        continue;
      }
      await box.fill('A risk of serious harm');
    }
    if (part < 5) await steps.getByRole('button', { name: /^Next:/ }).click();
  }
  await steps.getByRole('button', { name: 'Finish my answers' }).click();
}

test('every name is said once and plainly, and the optional item stays optional', async ({ page }) => {
  test.setTimeout(90_000);
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();

  // The scale options of the first question, exactly.
  const agenda = page.getByRole('group', { name: 'Who sets the agenda for each meeting?' });
  expect(await names(agenda, /^radio$/)).toEqual([
    'The mentee brings the topics to each meeting',
    'Leaning towards “The mentee brings the topics to each meeting”',
    'Half and half',
    'Leaning towards “The mentor decides what each meeting covers”',
    'The mentor decides what each meeting covers',
  ]);
  // A statement that itself begins with "Mostly" is not doubled.
  await expect(page.getByRole('radio', { name: /Mostly.*Mostly/ })).toHaveCount(0);

  await answerLeavingOptionalEmpty(page, () => 0);
  // No "One item is not answered": straight on to the hand-over.
  await expect(page.getByRole('heading', { name: /hand over the device/ })).toBeFocused();
  await expect(page.getByText('is not answered')).toHaveCount(0);
  await expect(page.getByText('Sam’s answers are saved and hidden.')).toBeVisible();
  await page.getByRole('button', { name: 'Start Priya’s answers' }).click();
  await answerLeavingOptionalEmpty(page, (n) => n % 3);

  // Compare: open every full form so all its names are heard too.
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  const closed = page.locator('details.settle-more:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  const compare = page.locator('section.compare');
  const heard = await names(compare, /^(radio|button|group|textbox|article|heading)$/);
  expectClear(heard, 'compare');
  expect(heard).toContain('Go with Sam’s answer: Who chooses the goals of the partnership?');
  expect(heard).toContain('Save what we agreed: Who chooses the goals of the partnership?');
  await expect(compare.getByText('(Priya’s answer)').first()).toBeVisible();
  // Left empty by both, the optional item is simply agreed: nothing to settle.
  await expect(page.getByRole('article', { name: offLimits })).toHaveCount(0);
  await page.getByText(/^Already agreed/).click();
  await expect(page.locator('.agreed-list')).toContainText(offLimits);
  await expectNoAxeViolations(page, 'compare with every form open');
});

test('on two devices the person starting says who they are: nobody is assumed to be the mentee', async ({
  page,
}) => {
  await page.goto('workbook/');
  await expect(page.getByText('There are none yet')).toBeVisible();
  await page.getByLabel('Each on our own device').check();
  const who = page.getByRole('group', { name: 'Who is using this device?' });
  await expect(who).toContainText('Say which of you this is');
  await expect(who.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Start the partnership' }).click();
  // The browser asks for the answer; nothing starts until it is given.
  await expect(page).toHaveURL(/workbook\/$/);
  expect(
    await who.getByLabel('The mentee').evaluate((el: HTMLInputElement) => el.validity.valueMissing),
  ).toBe(true);
  await who.getByLabel('The mentor').check();
  await page.getByRole('button', { name: 'Start the partnership' }).click();
  await expect(page).toHaveURL(/workbook\/checklist\/#p=/);
  await expectNoAxeViolations(page, 'two devices, the mentor’s device');
});

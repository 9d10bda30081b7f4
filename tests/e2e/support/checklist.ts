/**
 * Steps the checklist tests share: starting a partnership, answering as one partner, settling
 * every item in the compare view, and running axe on the current step.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with a readable list when axe finds WCAG 2.2 AA violations on the page as it is now. */
export async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations at: ${step}`).toEqual([]);
}

export interface StartOptions {
  mentorName?: string;
  menteeName?: string;
  mode: 'one' | 'two';
  device?: 'mentor' | 'mentee';
}

/** Starts a partnership from /workbook/ and waits for the checklist to open. */
export async function startPartnership(page: Page, options: StartOptions): Promise<void> {
  await page.goto('workbook/');
  await expect(page.getByText('There are none yet')).toBeVisible();
  if (options.menteeName) await page.getByLabel('Mentee’s name').fill(options.menteeName);
  if (options.mentorName) await page.getByLabel('Mentor’s name').fill(options.mentorName);
  if (options.mode === 'one') await page.getByLabel('Together on this device, taking turns').check();
  else {
    await page.getByLabel('Each on our own device').check();
    await page
      .getByRole('group', { name: 'Who is using this device?' })
      .getByLabel(`The ${options.device ?? 'mentee'}`)
      .check();
  }
  await page.getByRole('button', { name: 'Start the partnership' }).click();
  await expect(page).toHaveURL(/workbook\/checklist\/#p=/);
}

/**
 * Answers every item on every part: in each radio group the option at `pick(n)` (n counts the
 * groups from 0, across parts), and every text box with `text`. Then finishes.
 */
export async function answerAll(
  page: Page,
  pick: (n: number) => number,
  text: string,
  onPart?: (part: number) => Promise<void>,
): Promise<void> {
  let n = 0;
  for (let part = 0; ; part++) {
    const section = page.locator('section.answer-steps');
    await expect(section.getByRole('heading', { level: 2 })).toContainText(`Part ${part + 1} of`);
    const groups = section.getByRole('group');
    for (let g = 0; g < (await groups.count()); g++) {
      await groups.nth(g).getByRole('radio').nth(pick(n++)).check();
    }
    const boxes = section.getByRole('textbox');
    for (let t = 0; t < (await boxes.count()); t++) await boxes.nth(t).fill(text);
    if (onPart) await onPart(part);
    const finish = section.getByRole('button', { name: 'Finish my answers' });
    if (await finish.isVisible()) {
      await finish.click();
      return;
    }
    await section.getByRole('button', { name: /^Next:/ }).click();
  }
}

/** Opens a compare card's full form (another position, a note, a date) if it is folded away. */
export async function openFullForm(card: Locator): Promise<void> {
  const more = card.locator('details.settle-more');
  if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
}

/**
 * Settles every open item in the compare view: the first one to discuss is parked with a date; the
 * rest get the first option (or position) saved or confirmed, and text items are read together.
 */
export async function settleAll(page: Page, parkOne = true): Promise<void> {
  let parked = !parkOne;
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  for (let guard = 0; guard < 40; guard++) {
    const open = page.locator('article.compare-card:has(.settle-form)');
    if ((await open.count()) === 0) return;
    const card = open.first();
    const read = card.getByRole('button', { name: /^We have read these together/ });
    if (await read.isVisible()) {
      await read.click();
      continue;
    }
    await openFullForm(card);
    if (!parked && (await card.getByRole('button', { name: /^Park it/ }).isVisible())) {
      await card.getByLabel('Or come back to it on').fill('2027-01-15');
      await card.getByRole('button', { name: /^Park it/ }).click();
      parked = true;
      continue;
    }
    await card.getByRole('group').getByRole('radio').first().check();
    await card.getByRole('button', { name: /^(Confirm|Save what we agreed)/ }).click();
  }
  throw new Error('The compare view did not settle after 40 steps');
}

/** Looks at a step of the one-device walk below (a screenshot, an axe run). */
type StepHook = () => Promise<void>;

/**
 * A pair on one device, from /workbook/ to the compare view: Priya (mentor) and Sam (mentee) start a
 * partnership, Sam answers first (the first option everywhere), hands over, and Priya answers
 * differently. Each hook runs at its step, for callers that look at the steps on the way.
 */
export async function answerAsPairOnOneDevice(
  page: Page,
  hooks: { whoFirst?: StepHook; answering?: StepHook; handOver?: StepHook } = {},
): Promise<void> {
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await hooks.whoFirst?.();
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  await answerAll(
    page,
    () => 0,
    'A risk of serious harm',
    async (part) => {
      if (part === 0) await hooks.answering?.();
    },
  );
  await expect(page.getByRole('heading', { name: /hand over the device/ })).toBeFocused();
  await hooks.handOver?.();
  await page.getByRole('button', { name: 'Start Priya’s answers' }).click();
  await answerAll(page, (n) => n % 3, 'Anything the law says we must report');
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
}

/**
 * The design system where people meet it: the workbook's steps in the dark scheme on a 320 px phone
 * (axe, no sideways scroll), every control still drawn in forced colours, the file picker still a real
 * labelled file input, radios as large targets, and the agreement as a document on screen and paper.
 * pages.spec.ts covers every page in light and dark; this file covers the steps behind the pages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import {
  answerAsPairOnOneDevice,
  expectNoAxeViolations,
  settleAll,
  startPartnership,
} from './support/checklist';

async function expectNoSidewaysScroll(page: Page, step: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal scroll at: ${step}`).toBeLessThanOrEqual(0);
}

/** Every visible button, field and menu toggle that has no visible edge in the current colours. */
async function controlsWithoutEdges(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type=radio], [type=checkbox], [type=file]), select, textarea, summary',
    );
    return (
      [...controls]
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        // A disclosure drawn as text with its triangle (display: list-item) reads as a link, not a button.
        .filter((el) => !(el.tagName === 'SUMMARY' && getComputedStyle(el).display === 'list-item'))
        .filter((el) => {
          const style = getComputedStyle(el);
          const edge = ['Top', 'Right', 'Bottom', 'Left'].some(
            (side) =>
              parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
              style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
          );
          const link = el.classList.contains('link-button') && style.textDecorationLine.includes('underline');
          return !edge && !link;
        })
        .map(
          (el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('name') ?? '').trim()}”`,
        )
    );
  });
}

test('the checklist journey in the dark on a 320 px phone: axe clean and no sideways scroll', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 320, height: 700 });
  await answerAsPairOnOneDevice(page, {
    whoFirst: () => expectNoAxeViolations(page, 'who answers first, dark'),
    answering: async () => {
      await expectNoAxeViolations(page, 'answering, dark');
      await expectNoSidewaysScroll(page, 'answering');
    },
    handOver: () => expectNoAxeViolations(page, 'hand-over, dark'),
  });
  await expectNoAxeViolations(page, 'compare, dark');
  await expectNoSidewaysScroll(page, 'compare');
  await settleAll(page);
  await page.getByRole('button', { name: 'See our agreement' }).click();
  await expect(page.getByRole('heading', { name: 'Our mentoring agreement' })).toBeVisible();
  await expectNoAxeViolations(page, 'agreement, dark');
  await expectNoSidewaysScroll(page, 'agreement');

  // The agreement on screen already has its signature lines; on paper it is the document alone.
  await expect(page.getByRole('region', { name: 'Signatures' })).toBeVisible();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Signatures' })).toBeVisible();
});

test('in forced colours every control keeps a visible edge', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 390, height: 844 });
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  expect(await controlsWithoutEdges(page), 'checklist').toEqual([]);
  for (const path of ['workbook/', 'workbook/data/', 'trainers/', 'search/', 'guide/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await controlsWithoutEdges(page), path).toEqual([]);
  }
  await expectNoAxeViolations(page, 'guide index, forced colours');
});

test('a checklist answer is a large target: a tap anywhere on its row chooses it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  const radio = page
    .getByRole('group', { name: 'Who sets the agenda for each meeting?' })
    .getByRole('radio')
    .nth(1);
  const row = radio.locator('xpath=..'); // the answer's row: the radio and its label
  await row.scrollIntoViewIfNeeded(); // a mouse click only lands inside the viewport
  const box = await row.boundingBox();
  expect(box?.height, 'at least 44 px tall').toBeGreaterThanOrEqual(44);
  // The far right end of the row, well away from the radio and its words.
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) - 4, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await expect(radio).toBeChecked();
});

test('the file picker is a real file input with its label, dressed as a button', async ({ page }) => {
  await page.goto('workbook/data/');
  const picker = page.locator('input[type=file]').first();
  await expect(picker).toBeVisible();
  const label = await picker.evaluate(
    (input: HTMLInputElement) => input.labels?.[0]?.textContent?.trim() ?? '',
  );
  expect(label).not.toBe('');
  await expect(page.getByLabel(label)).toHaveAttribute('type', 'file');
  const button = await picker.evaluate((input) => {
    const style = getComputedStyle(input, '::file-selector-button');
    return { radius: style.borderTopLeftRadius, height: parseFloat(style.minHeight) };
  });
  expect(button.radius).not.toBe('0px');
  expect(button.height).toBeGreaterThanOrEqual(44);
});

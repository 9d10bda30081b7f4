/**
 * Keyboard focus in the checklist builder: opening it lands in its first field; moving a question
 * keeps focus on the button that moved it (or the other one at the top); removing one lands on Undo,
 * which keeps focus after the last undo.
 */
import { expect, test } from './support/fixtures';
import { hydrated } from './support/trainers';

// Each button names its question: "Move down question 1: Who sets the agenda for…".
test('focus stays with the trainer while building a checklist', async ({ page }) => {
  await page.goto('trainers/builder/');
  await hydrated(page, 'BuilderLauncher');
  await page.getByRole('button', { name: 'Open the checklist builder' }).click();
  await expect(page.getByLabel('Programme name')).toBeFocused();

  await page.getByRole('button', { name: /^Move down question 1: Who sets the agenda/ }).press('Enter');
  await expect(
    page.getByRole('button', { name: /^Move down question 2: Who sets the agenda/ }),
  ).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  // Back at the top, "Move up" cannot be used again, so focus moves to "Move down".
  await expect(
    page.getByRole('button', { name: /^Move down question 1: Who sets the agenda/ }),
  ).toBeFocused();

  await page.getByRole('button', { name: /^Remove question 1: / }).press('Enter');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toBeFocused();
  await expect(page.getByText('Question 1 removed. Undo brings it back.')).toBeVisible();
  await undo.press('Enter');
  await expect(undo).toBeFocused();
});

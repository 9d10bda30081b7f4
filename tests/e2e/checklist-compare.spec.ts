/**
 * The comparison guides the pair: a live count of what is left, a "next item to talk about" control
 * and a keyboard path from one open item to the next, settled items folding to their new state, and a
 * short reason on each group and item. axe runs at the start and the end, in light and dark.
 */
import { expect, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/checklist';
import { seedRound } from './support/seed-round';

// Sam (mentee) and Priya (mentor): agenda is close (2 against 3), goal-owner and meeting frequency
// are to discuss (Sam at an end; different options), the two text items are read together, and the
// other sixteen are agreed.
const differences = {
  mentorName: 'Priya',
  menteeName: 'Sam',
  tailored: { title: 'Oakwood mentoring checklist', programme: 'Oakwood Trust' },
  menteePick: (item: { id: string }) => (item.id === 'agenda' ? 1 : 0),
  mentorPick: (item: { id: string }) =>
    item.id === 'agenda' ? 2 : item.id === 'goal-owner' || item.id === 'meeting-frequency' ? 1 : 0,
};

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the count follows the pair as they settle, and the keyboard goes from item to item (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await seedRound(page, 'workbook/checklist/', differences);
    // A programme's own checklist says whose it is on the checklist itself, not only on the start panel.
    await expect(page.getByText('Oakwood mentoring checklist · Oakwood Trust')).toBeVisible();
    const count = page.locator('.compare-summary').getByRole('status');
    await expect(count).toHaveText('5 left to talk about · 16 of 21 settled');
    await expect(page.getByRole('region', { name: 'To discuss' })).toContainText(
      'a strong view is worth talking about',
    );
    await expect(page.getByRole('region', { name: 'Close' })).toContainText('confirm where you landed');
    const goals = page.getByRole('article', { name: 'Who chooses the goals of the partnership?' });
    await expect(goals).toContainText('Sam chose an end of the scale: a strong view is worth talking about.');
    await expectNoAxeViolations(page, `compare, nothing settled (${colorScheme})`);

    // "Next item to talk about" takes focus to the first open item; its quickest answer is one Tab on.
    await page.getByRole('button', { name: 'Next item to talk about' }).focus();
    await page.keyboard.press('Enter');
    await expect(goals.getByRole('heading', { level: 3 })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('button', { name: 'Go with Sam’s answer: Who chooses the goals' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');

    // Settled: the count changes, the card folds to its new state, and focus moves to the next item.
    await expect(count).toHaveText('4 left to talk about · 17 of 21 settled');
    await expect(goals).toContainText('Settled');
    await expect(goals).toContainText('The mentee chooses the goals');
    await expect(goals).not.toContainText('To discuss');
    await expect(
      goals.getByRole('button', { name: 'Change: Who chooses the goals of the partnership?' }),
    ).toBeVisible();
    const frequency = page.getByRole('article', { name: 'How often will you meet?' });
    await expect(frequency.getByRole('heading', { level: 3 })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('3 left to talk about · 18 of 21 settled');

    // The rest by keyboard alone: read together twice, then the close item.
    for (const left of [2, 1]) {
      await expect(page.locator('article:has(.settle-form) h3:focus')).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expect(page.locator(':focus')).toHaveAccessibleName(/^We have read these together: /);
      await page.keyboard.press('Enter');
      await expect(count).toHaveText(`${left} left to talk about · ${21 - left} of 21 settled`);
    }
    const agenda = page.getByRole('article', { name: 'Who sets the agenda for each meeting?' });
    await expect(agenda.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(agenda).toContainText('Your answers are one step apart: confirm where you landed.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText('Nothing left to talk about · 21 of 21 settled');
    await expect(page.getByRole('button', { name: 'See our agreement' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Next item to talk about' })).toHaveCount(0);
    await expectNoAxeViolations(page, `compare, all settled (${colorScheme})`);

    // Changing a settled item opens it again and puts it back in the count.
    await goals.getByRole('button', { name: /^Change/ }).click();
    await expect(count).toHaveText('1 left to talk about · 20 of 21 settled');
    await expect(
      page.getByRole('heading', { name: 'Who chooses the goals of the partnership?' }),
    ).toBeFocused();
  });
}

/**
 * Nothing is lost on reload: answering resumes with the same person and answers, on the part the
 * person was on (not the first part with a blank), with one progress line; the comparison keeps what
 * was settled. A review starts from the last agreement and shows what changed.
 */
import { expect, test } from './support/fixtures';
import {
  answerAll,
  expectNoAxeViolations,
  openFullForm,
  settleAll,
  startPartnership,
} from './support/checklist';

test('reloading mid-way resumes where the pair left off', async ({ page }) => {
  test.setTimeout(90_000);
  await startPartnership(page, { mode: 'one', menteeName: 'Sam' });
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  const steps = page.locator('section.answer-steps');
  const first = steps.getByRole('group').first();
  await first.getByRole('radio').nth(1).check();
  await steps.getByRole('button', { name: /^Next:/ }).click();
  await steps.getByRole('group').first().getByRole('radio').first().check();
  await expect(steps.getByText('2 of 21 answered')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'All changes saved on this device.' }),
  ).toBeVisible();

  await page.reload();
  // Same person, on the part they were on (part 1 still has a blank), with one progress line.
  await expect(steps.getByText('Sam (mentee)')).toBeVisible();
  await expect(steps.getByRole('heading', { level: 2 })).toContainText('Part 2 of 5');
  await expect(page.getByText('2 of 21 answered')).toHaveCount(1);
  await expect(steps.getByRole('group').first().getByRole('radio').first()).toBeChecked();
  await steps.getByRole('button', { name: 'Back' }).click();
  await expect(steps.getByRole('group').first().getByRole('radio').nth(1)).toBeChecked();
  await page.reload();
  await expect(steps.getByRole('heading', { level: 2 })).toContainText('Part 1 of 5');

  // Finish both, settle some, reload: the settled ones stay settled.
  await answerAll(page, () => 0, 'Harm');
  await page.getByRole('button', { name: /^Start the mentor’s answers/ }).click();
  await answerAll(page, (n) => (n % 2) * 3, 'Harm');
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  const open = page.locator('article.compare-card:has(.settle-form)');
  const before = await open.count();
  expect(before).toBeGreaterThan(1);
  const card = open.first();
  await openFullForm(card);
  await card.getByRole('group').getByRole('radio').first().check();
  await card.getByRole('button', { name: /^(Confirm|Save what we agreed)/ }).click();
  await expect(open).toHaveCount(before - 1);
  await expect(page.getByText(`${22 - before} of 21 settled`)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'All changes saved on this device.' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  await expect(open).toHaveCount(before - 1);
});

test('a review starts from the last agreement and shows what changed', async ({ page }) => {
  test.setTimeout(120_000);
  await startPartnership(page, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
  await page.getByRole('button', { name: 'Priya (mentor) answers first' }).click();
  await answerAll(page, () => 0, 'Harm');
  await page.getByRole('button', { name: /^Start Sam/ }).click();
  await answerAll(page, () => 0, 'Harm');
  await settleAll(page, false);
  await page.getByRole('button', { name: 'See our agreement' }).click();
  await expect(page.getByText('We meet every week.').first()).toBeVisible();
  await page.getByRole('link', { name: 'Back to the checklist' }).click();

  await page.getByRole('button', { name: 'Review our expectations' }).click();
  await page.getByRole('button', { name: 'Sam (mentee) answers first' }).click();
  const steps = page.locator('section.answer-steps');
  // Pre-filled from the agreement: every item is already answered.
  await expect(steps.getByText('21 of 21 answered')).toBeVisible();
  await expect(steps.getByRole('group').first().getByRole('radio').first()).toBeChecked();
  const changeFrequency = async () => {
    for (let part = 0; part < 5; part++) {
      const frequency = steps.getByRole('group', { name: 'How often will you meet?' });
      if (await frequency.isVisible()) {
        await frequency.getByLabel('Every two weeks').check();
      }
      const finish = steps.getByRole('button', { name: 'Finish my answers' });
      if (await finish.isVisible()) return finish.click();
      await steps.getByRole('button', { name: /^Next:/ }).click();
    }
  };
  await changeFrequency();
  await page.getByRole('button', { name: /^Start Priya/ }).click();
  await changeFrequency();
  await settleAll(page, false);
  await page.getByRole('button', { name: 'See our agreement' }).click();
  await expect(page.getByText('We meet every two weeks.').first()).toBeVisible();
  await page.getByRole('link', { name: 'Back to the checklist' }).click();
  await expect(page.getByRole('heading', { name: 'What changed since your last agreement' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'How often will you meet?' })).toContainText(
    'Before: Every week. Now: Every two weeks.',
  );
  await expectNoAxeViolations(page, 'review settled');
});

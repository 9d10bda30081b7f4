/**
 * Keyboard alone: start a partnership, answer as both partners, read the text items together and
 * open the agreement, using only Tab, Space, Enter and typing. Focus must always be visible.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

interface Focused {
  tag: string;
  type: string;
  name: string;
  checked: boolean;
  value: string;
  outlined: boolean;
}

/** What has focus now, with the name a person would hear. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body)
      return { tag: 'body', type: '', name: '', checked: false, value: '', outlined: true };
    const label = el.labels?.[0]?.textContent ?? '';
    const hasOutline = (node: Element | null | undefined) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
    };
    // A radio's ring is drawn round its whole row (the large touch target), not the small circle.
    const row = el.type === 'radio' ? el.parentElement : undefined;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      name: (el.getAttribute('aria-label') ?? (label || el.textContent) ?? '').trim(),
      checked: Boolean(el.checked),
      value: typeof el.value === 'string' ? el.value : '',
      outlined: hasOutline(el) || hasOutline(row),
    };
  });
}

/** Presses Tab until something whose name matches has focus. */
async function tabTo(page: Page, name: RegExp): Promise<Focused> {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (name.test(f.name)) return f;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Answers the current partner's checklist: the first option everywhere, text boxes filled. */
async function answerByKeyboard(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag !== 'body') expect(f.outlined, `focus is visible on ${f.tag} ${f.name}`).toBe(true);
    if (f.type === 'radio' && !f.checked) await page.keyboard.press('Space');
    else if (f.tag === 'textarea' && f.value === '') await page.keyboard.type(text);
    else if (f.tag === 'button' && /^Next:/.test(f.name)) await page.keyboard.press('Enter');
    else if (f.tag === 'button' && f.name === 'Finish my answers') {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('Never reached "Finish my answers"');
}

test('the whole checklist can be done with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('workbook/');
  await expect(page.getByText('There are none yet')).toBeVisible();
  await tabTo(page, /^Mentee’s name$/);
  await page.keyboard.type('Sam');
  await tabTo(page, /^Mentor’s name$/);
  await page.keyboard.type('Priya');
  await tabTo(page, /^Start the partnership$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/workbook\/checklist\/#p=/);

  await expect(page.getByRole('button', { name: 'Sam (mentee) answers first' })).toBeVisible();
  await tabTo(page, /^Sam \(mentee\) answers first$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.answer-steps')).toBeVisible();
  await answerByKeyboard(page, 'A risk of harm');

  await expect(page.getByRole('heading', { name: /hand over/ })).toBeFocused();
  await tabTo(page, /^Start Priya’s answers$/);
  await page.keyboard.press('Enter');
  await expect(page.locator('section.answer-steps')).toBeVisible();
  await answerByKeyboard(page, 'A risk of harm');

  await expect(page.getByRole('heading', { name: 'Compare your answers' })).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await tabTo(page, /^We have read these together/);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('button', { name: 'See our agreement' })).toBeVisible();
  await tabTo(page, /^See our agreement$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sam, the mentee, sets the agenda for each meeting.')).toBeVisible();
});

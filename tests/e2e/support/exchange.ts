/**
 * The exchange between two phones as a person uses it: "Send to …" gives a link (read from the page
 * as the partner would scan or open it), and the partner opens it fresh, sees what it will change and
 * adds it to their device.
 */
import { expect, type Page } from '@playwright/test';

/** The exchange panel on the page, named after the partner. */
export const panel = (page: Page, partner: string) =>
  page.getByRole('region', { name: `Exchange with ${partner}` });

/** Presses "Send to {partner}" and returns the link made for them. */
export async function sendTo(page: Page, partner: string): Promise<string> {
  await panel(page, partner)
    .getByRole('button', { name: `Send to ${partner}` })
    .click();
  const link = page.getByRole('textbox', { name: `Link for ${partner}` });
  await expect(link).toHaveValue(/#p=/);
  return link.inputValue();
}

/** Opens a link as from a message (a fresh load), checks the preview says `expected`, and adds it. */
export async function receive(
  page: Page,
  from: string,
  link: string,
  expected: RegExp | string,
): Promise<void> {
  await page.goto('about:blank');
  await page.goto(link);
  const preview = page.getByRole('region', { name: `What ${from} sent` });
  await expect(preview).toContainText(expected);
  // The payload left the address bar as soon as it was read.
  expect(new URL(page.url()).hash).toMatch(/^#p=[^&]+$/);
  await preview.getByRole('button', { name: 'Add to this device' }).click();
  await expect(panel(page, from).getByRole('status').filter({ hasText: 'Done.' })).toBeVisible();
}

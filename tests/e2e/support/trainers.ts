/**
 * Steps the trainers' end-to-end tests share: waiting for an island, building a tailored checklist
 * in the builder on /trainers/, and opening a fresh browser context (another person's device).
 */
import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from './checklist';
import { expect, installGuard } from './fixtures';

/** The written question every tailored checklist in these tests adds. */
export const customPrompt = 'Which ward will you meet on?';

/** Waits until an island has hydrated (Astro drops its `ssr` attribute then), so typing reaches it. */
export async function hydrated(page: Page, component: string): Promise<void> {
  await expect(page.locator(`astro-island[component-url*="${component}"]`)).not.toHaveAttribute('ssr');
}

/** Builds a tailored checklist with one extra written question, saves it, and returns its link. */
export async function buildTemplateLink(page: Page): Promise<string> {
  await page.goto('trainers/builder/');
  await hydrated(page, 'BuilderLauncher');
  await page.getByRole('button', { name: 'Open the checklist builder' }).click();
  await expect(page.getByLabel('Programme name')).toBeVisible();
  await page.getByLabel('Programme name').fill('Northfield Nurses');
  await page.getByLabel('Safeguarding contact (optional)').fill('Alex Morgan, programme lead');
  await page.getByLabel('Kind of answer').selectOption({ label: 'Written answer' });
  await page
    .getByLabel('Part of the checklist', { exact: true })
    .last()
    .selectOption({ label: 'Practicalities' });
  await page.getByRole('button', { name: 'Add the question' }).click();
  const prompt = page.getByRole('textbox', { name: /^Question \d+$/ }).last();
  await expect(prompt).toBeFocused();
  await prompt.fill(customPrompt);
  await expectNoAxeViolations(page, 'builder with a new question');
  await page.getByRole('button', { name: 'Save and make a link' }).click();
  await expect(page.getByText(/Saved as version 1/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: /QR code/ }).or(page.getByText(/too long for a QR code/)),
  ).toBeVisible();
  return page.getByLabel('Link to your checklist').inputValue();
}

/** A page in a new browser context: nothing stored, as on a participant's own device. */
export async function freshPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), serviceWorkers: 'block' });
  const page = await context.newPage();
  await installGuard(page, new URL(baseURL ?? '').origin);
  return page;
}

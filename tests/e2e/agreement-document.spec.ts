/**
 * The agreement as a document two people would sign: the programme and checklist, the pair, the date
 * agreed, the mentee's goals from the log, one review date, and signature lines on screen and on paper,
 * printed on one A4 and one US Letter page (counted in the PDF) even with long names, with no site
 * header or footer. The print-ready page prints on one page too, and the Markdown file is kept. It
 * reads in dark mode and forced colours, and axe finds nothing in light or dark.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, pinClock, test } from './support/fixtures';
import { expectNoAxeViolations } from './support/checklist';
import { countPdfPages } from './support/pdf';
import { seedRound } from './support/seed-round';

const mentorName = 'Priya Ramaswamy-Oluwaseun Fitzgerald-Montgomery';
const menteeName = 'Alexandra Konstantinopoulou-Vanderbilt Okonkwo';

/** A settled round: everything agreed, the two text items read together, the goals item parked. */
async function openSettledAgreement(page: Page): Promise<void> {
  await seedRound(page, 'workbook/agreement/', {
    mentorName,
    menteeName,
    tailored: { title: 'Oakwood mentoring checklist', programme: 'Oakwood Trust leadership programme' },
    mentorPick: (item) => (item.id === 'goal-owner' ? 2 : 0),
    stage: 'settled',
    agreed: {
      'goal-owner': { parkedUntil: '2027-01-15', note: 'We decide once the first project is chosen.' },
      'confidentiality-exceptions': { readTogether: true },
      'off-limits': { readTogether: true },
      agenda: {
        value: { kind: 'scale', value: 1 },
        note: 'The mentee sends topics the day before, by email.',
      },
    },
    goals: ['Lead a cross-team project by the summer', 'Speak up more in senior meetings'],
  });
  await expect(page.getByRole('heading', { name: 'Our mentoring agreement' })).toBeVisible();
}

async function pagesWhenPrinted(page: Page): Promise<{ a4: number; letter: number }> {
  return {
    a4: countPdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true })),
    letter: countPdfPages(await page.pdf({ format: 'Letter', preferCSSPageSize: true })),
  };
}

test('the agreement names the programme, the pair, the date and the goals, and prints on one page', async ({
  page,
}) => {
  await openSettledAgreement(page);
  const doc = page.getByRole('article', { name: 'Our mentoring agreement' });
  await expect(doc).toContainText('Oakwood Trust leadership programme · Oakwood mentoring checklist');
  await expect(doc).toContainText(`Between ${mentorName} (mentor) and ${menteeName} (mentee).`);
  await expect(doc).toContainText('Agreed on 2 December 2026.');
  await expect(doc.getByRole('region', { name: `${menteeName}’s goals` })).toContainText(
    'Lead a cross-team project by the summer',
  );
  // One review date: the one the pair agreed (two months after the day they agreed), said once.
  await expect(doc.getByText('We review how it is going on 2 February 2027.')).toBeVisible();
  await expect(doc.getByText('No date set yet')).toHaveCount(0);
  await expect(doc.getByText(/after two months/)).toHaveCount(0);
  await expect(doc.getByRole('region', { name: 'To come back to' })).toContainText('By 15 January 2027.');
  // Signature lines on screen as well as on paper.
  const signatures = doc.getByRole('region', { name: 'Signatures' });
  await expect(signatures.getByText('Signed')).toHaveCount(2);
  await expect(signatures.getByText('Signed').first()).toBeVisible();
  await expect(signatures).toContainText(`Mentee: ${menteeName}`);
  await expectNoAxeViolations(page, 'agreement (light)');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(signatures.getByText('Signed').first()).toBeVisible();
  expect(await pagesWhenPrinted(page)).toEqual({ a4: 1, letter: 1 });
});

test('the print-ready page and the Markdown file say the same, and the page prints on one sheet', async ({
  page,
  browser,
}) => {
  await openSettledAgreement(page);
  const html = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a print-ready page' }).click();
  const file = await html;
  expect(file.suggestedFilename()).toBe('mentoring-agreement-2026-12-02.html');
  const text = readFileSync(await file.path(), 'utf8');
  expect(text).not.toMatch(/<script|<link|https?:\/\//);

  const md = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as a Markdown file' }).click();
  const markdown = readFileSync(await (await md).path(), 'utf8');
  expect(markdown).toContain('# Our mentoring agreement');
  expect(markdown).toContain('Agreed on 2 December 2026.');

  // The file opens on its own, away from the site, with nothing fetched, and prints on one page.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await pinClock(context);
  const fetched: string[] = [];
  await context.route('**/*', async (route) => {
    fetched.push(route.request().url());
    await route.abort();
  });
  const opened = await context.newPage();
  await opened.setContent(text);
  await expect(opened.getByRole('heading', { name: 'Our mentoring agreement' })).toBeVisible();
  await expect(opened.getByText(`Between ${mentorName} (mentor) and ${menteeName} (mentee).`)).toBeVisible();
  await expect(opened.getByText('Lead a cross-team project by the summer')).toBeVisible();
  await opened.emulateMedia({ media: 'print' });
  await expect(opened.getByText('Save as PDF')).toBeHidden();
  expect(await pagesWhenPrinted(opened)).toEqual({ a4: 1, letter: 1 });
  expect(fetched).toEqual([]);
  await context.close();
});

test('the agreement reads in dark mode and in forced colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openSettledAgreement(page);
  await expectNoAxeViolations(page, 'agreement (dark)');
  const line = page.locator('.sign-line').first();
  const colours = async () =>
    line.evaluate((el) => {
      const style = getComputedStyle(el);
      const doc = getComputedStyle(el.closest('.agreement-doc') ?? el);
      return { border: style.borderBottomColor, text: style.color, background: doc.backgroundColor };
    });
  const dark = await colours();
  expect(dark.border).not.toBe(dark.background);

  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  const forced = await colours();
  expect(forced.border).not.toBe('rgba(0, 0, 0, 0)');
  expect(forced.border).toBe(forced.text);
  await expect(page.getByText('We review how it is going on 2 February 2027.')).toBeVisible();
});

/**
 * The guide as a reader meets it: each page has its title, breadcrumbs, a table of contents that leads
 * to its sections, and previous/next links in guide order; the index lists every page; the home page
 * leads to the four expectations, the workbook and trainers; and a page prints cleanly on A4.
 */
import { expect, test } from './support/fixtures';

/** The guide in order: paths are a contract (trainers link to them), so they are listed, not discovered. */
const guide = [
  { slug: 'why-agree-expectations', title: 'Why agree expectations first' },
  { slug: 'mentee-driven', title: 'Mentee-driven' },
  { slug: 'protected-time', title: 'Protected time' },
  { slug: 'trust-and-confidentiality', title: 'Trust and confidentiality' },
  { slug: 'shared-responsibility', title: 'Shared responsibility' },
  { slug: 'first-meeting', title: 'Your first meeting' },
  { slug: 'reviewing-and-ending', title: 'Reviewing and ending' },
];

test.describe('each guide page', () => {
  guide.forEach(({ slug, title }, index) => {
    test(`/guide/${slug}/ has its title, breadcrumbs, contents and neighbours`, async ({ page, baseURL }) => {
      await page.goto(`guide/${slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · Mentoring Expectations`);

      const breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
      await expect(breadcrumbs.getByRole('link')).toHaveText(['Home', 'Guide']);
      await expect(breadcrumbs.getByText(title)).toHaveAttribute('aria-current', 'page');

      await expect(page.getByText(/^Updated \d{1,2} \w+ 20\d\d$/)).toBeVisible();
      await expect(page.getByText(/^About \d+ minutes? to read$/)).toBeVisible();

      const contents = page.getByRole('navigation', { name: 'On this page' });
      const links = contents.getByRole('link');
      expect(await links.count()).toBeGreaterThanOrEqual(3);
      for (const link of await links.all()) {
        const target = (await link.getAttribute('href')) ?? '';
        const heading = page.locator(`h2${target}`);
        await expect(heading, `contents link ${target}`).toHaveText((await link.textContent()) ?? '');
      }

      const neighbours = page.getByRole('navigation', { name: 'Previous and next pages' });
      const previous = guide[index - 1];
      const next = guide[index + 1];
      const pathOf = (s: string) => new URL(`guide/${s}/`, baseURL).pathname;
      if (previous) {
        await expect(neighbours.getByRole('link', { name: `Previous ${previous.title}` })).toHaveAttribute(
          'href',
          pathOf(previous.slug),
        );
      } else {
        await expect(neighbours.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
      }
      if (next) {
        await expect(neighbours.getByRole('link', { name: `Next ${next.title}` })).toHaveAttribute(
          'href',
          pathOf(next.slug),
        );
      } else {
        await expect(neighbours.getByRole('link', { name: /^Next/ })).toHaveCount(0);
      }
    });
  });

  test('a contents link takes the reader to its section', async ({ page }) => {
    await page.goto('guide/mentee-driven/');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Warning signs' })
      .click();
    await expect(page).toHaveURL(/#warning-signs$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Warning signs' })).toBeInViewport();
  });

  test('every section heading has a visible link to itself', async ({ page }) => {
    await page.goto('guide/trust-and-confidentiality/');
    const anchor = page.getByRole('link', { name: 'Link to the section “Warning signs”' });
    await expect(anchor).toBeVisible();
    await expect(anchor).toHaveAttribute('href', '#warning-signs');
  });

  test('the four expectation pages show their illustration, hidden from screen readers', async ({ page }) => {
    await page.goto('guide/protected-time/');
    const drawing = page.locator('main svg').first();
    await expect(drawing).toBeVisible();
    await expect(drawing).toHaveAttribute('aria-hidden', 'true');
    await page.goto('guide/first-meeting/');
    await expect(page.locator('main .illustration')).toHaveCount(0);
  });
});

test.describe('a guide page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens with the page in a minute: three or four points', async ({ page }) => {
    for (const { slug } of guide) {
      await page.goto(`guide/${slug}/`);
      const points = page.getByRole('region', { name: 'In a minute' }).getByRole('listitem');
      expect(await points.count(), slug).toBeGreaterThanOrEqual(3);
      expect(await points.count(), slug).toBeLessThanOrEqual(4);
      await expect(points.first()).toBeInViewport();
    }
  });

  test('says a reading time worked out from its own words', async ({ page }) => {
    for (const { slug } of guide) {
      await page.goto(`guide/${slug}/`);
      const said = (await page.getByText(/^About \d+ minutes? to read$/).textContent()) ?? '';
      const minutes = Number(/\d+/.exec(said)?.[0]);
      // The page's own text: its sections and its summary, not the navigation around them.
      const words = await page
        .locator('main :is(p, li, h2, h3, figcaption):not(nav *, .guide-meta, .start-checklist *)')
        .evaluateAll(
          (els) =>
            els
              .map((el) => el.textContent ?? '')
              .join(' ')
              .split(/\s+/)
              .filter(Boolean).length,
        );
      // To the nearest minute at 200 words a minute; the count here differs from the source's by a few words.
      expect(Math.abs(minutes - words / 200), `${slug}: ${said} for ${words} words`).toBeLessThanOrEqual(
        0.75,
      );
    }
  });

  test('numbers its contents only where the headings do', async ({ page }) => {
    await page.goto('guide/first-meeting/');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.locator('ol')).toHaveCount(0);
    const marker = await contents
      .getByRole('listitem')
      .first()
      .evaluate((li) => getComputedStyle(li).listStyleType);
    expect(marker).toBe('none');
    await expect(
      contents.getByRole('link', { name: 'Step 1: Arrive and settle (about 5 minutes)' }),
    ).toBeVisible();
  });

  test('keeps each heading’s link on the heading’s first line, not alone under it', async ({ page }) => {
    await page.goto('guide/first-meeting/');
    const heading = page.getByRole('heading', {
      name: 'Step 5: Talk through the differences (about 15 minutes)',
    });
    const anchor = page.getByRole('link', { name: /^Link to the section “Step 5/ });
    const h = await heading.boundingBox();
    const a = await anchor.boundingBox();
    const lineHeight = await heading.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect(h && a && h.height > lineHeight * 1.5, 'the heading wraps at 390 px').toBeTruthy();
    expect(a && h && a.y < h.y + lineHeight, 'the link sits on the first line').toBeTruthy();
    expect(a && h && a.x >= h.x + h.width, 'the link sits beside the heading').toBeTruthy();
  });

  test('the first meeting shows its hour as a timeline and ends with a way into the checklist', async ({
    page,
  }) => {
    await page.goto('guide/first-meeting/');
    const timeline = page.getByRole('img', { name: /first meeting's hour, step by step \(60 minutes\)/ });
    await expect(timeline).toBeVisible();
    await expect(timeline).toHaveAccessibleDescription(
      /From 0:15, about 10 minutes: Answer the checklist alone, with the checklist\./,
    );
    const start = page.getByRole('region', { name: 'Ready? Start the checklist together' });
    await expect(start.getByRole('listitem')).toHaveText([/Answer alone/, /Compare/, /Talk/, /Agree/]);
    await start.getByRole('link', { name: 'Start the checklist in the workbook' }).click();
    await expect(page).toHaveURL(/\/workbook\/$/);
  });
});

test('the guide index lists every page in order, with its summary', async ({ page }) => {
  await page.goto('guide/');
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(guide.length);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(
    guide.map((g) => g.title),
  );
  for (const item of await items.all()) {
    await expect(item.getByRole('paragraph').first()).not.toBeEmpty();
  }
  await page.getByRole('link', { name: 'Protected time' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Protected time' })).toBeVisible();
});

test('the home page leads to the four expectations, the workbook and the trainers page', async ({ page }) => {
  await page.goto('');
  const glance = page.getByRole('region', { name: 'The four expectations at a glance' });
  for (const { slug, title } of guide.slice(1, 5)) {
    await expect(glance.getByRole('link', { name: title, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/guide/${slug}/$`),
    );
  }
  await expect(page.getByRole('link', { name: 'Open the workbook' })).toHaveAttribute(
    'href',
    /\/workbook\/$/,
  );
  await expect(
    page
      .getByRole('region', { name: 'For trainers' })
      .getByRole('link', { name: "Go to the trainers' page" }),
  ).toHaveAttribute('href', /\/trainers\/$/);
});

test.describe('printing a guide page', () => {
  test('leaves out the navigation and shows where links go', async ({ page, baseURL }) => {
    await page.goto('guide/first-meeting/');
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Main', 'Breadcrumb', 'On this page', 'Previous and next pages']) {
      await expect(page.getByRole('navigation', { name })).toBeHidden();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const link = page.getByRole('main').getByRole('link', { name: 'expectations checklist' }).first();
    const printed = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printed).toBe(`" (${new URL('workbook/checklist/', baseURL).pathname})"`);
  });

  test('fits A4 paper', async ({ page }) => {
    await page.goto('guide/first-meeting/');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    // A4 is 210 × 297 mm: 595 × 842 points. US Letter, the default, is 612 × 792.
    expect(Number(box?.[1])).toBeCloseTo(595, -1);
    expect(Number(box?.[2])).toBeCloseTo(842, -1);
  });
});

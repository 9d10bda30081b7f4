/**
 * The first tap is never lost (issue 19). On a slow phone a page is on screen well before its script
 * runs. Two guarantees:
 * - In the build: no form rendered on the server can submit to a server (every page's policy says
 *   `form-action 'none'`, and a server-rendered form's submit button is disabled until its script runs),
 *   and no button of a workbook island works before its script does without saying so (it is disabled).
 * - In a browser with the CPU slowed 6× and a slow network: a person who types and taps as soon as a
 *   workbook form appears keeps what they typed, is never sent to the server, and gets what they asked.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseAttributes } from '../../bench/lib/html-refs.ts';
import { classifyPath } from '../../bench/lib/page-kinds.ts';
import { expect, test } from './support/fixtures';
import { openLogWithPartnership } from './support/meeting-log';
import { listSitePages, outDir } from './support/site-pages';
import { dumpWorkbook } from './support/workbook-db';

/** Start tags of `tag` in some HTML, as attribute maps. */
function tags(html: string, tag: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map((m) => parseAttributes(m[1] ?? ''));
}

/** The HTML inside each island that was rendered on the server (`ssr`), with the island's component. */
function serverRenderedIslands(html: string): { component: string; html: string }[] {
  return [...html.matchAll(/<astro-island\b([^>]*)>([\s\S]*?)<\/astro-island>/gi)]
    .map((m) => ({ attributes: parseAttributes(m[1] ?? ''), html: m[2] ?? '' }))
    .filter((island) => island.attributes.has('ssr'))
    .map((island) => ({ component: island.attributes.get('component-url') ?? '', html: island.html }));
}

const isSubmit = (control: Map<string, string>, tag: 'button' | 'input') =>
  tag === 'button'
    ? (control.get('type') ?? 'submit').toLowerCase() === 'submit'
    : ['submit', 'image'].includes((control.get('type') ?? '').toLowerCase());

test.describe('in the build', () => {
  for (const sitePage of listSitePages(outDir())) {
    const html = readFileSync(sitePage.file, 'utf8');
    test(`/${sitePage.path}: no form can submit to a server`, () => {
      const [policy] = tags(html, 'meta').filter(
        (m) => m.get('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(policy?.get('content') ?? '', 'the page policy').toContain("form-action 'none'");
      for (const form of html.match(/<form\b[\s\S]*?<\/form>/gi) ?? []) {
        const enabled = (['button', 'input'] as const).flatMap((tag) =>
          tags(form, tag).filter((control) => isSubmit(control, tag) && !control.has('disabled')),
        );
        expect(enabled, 'submit controls that work before the script does').toEqual([]);
      }
    });
    if (classifyPath(sitePage.path) === 'workbook') {
      test(`/${sitePage.path}: a button drawn before its script runs says it is not ready`, () => {
        for (const island of serverRenderedIslands(html)) {
          const live = tags(island.html, 'button').filter((button) => !button.has('disabled'));
          expect(live, `buttons of ${island.component} enabled before it runs`).toEqual([]);
        }
      });
    }
  }
});

/** A cheap phone on a slow network: 6× slower CPU, 150 ms latency, 1.6 Mbit/s down (the bench's network). */
async function slowPhone(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1600 * 1000) / 8,
    uploadThroughput: (750 * 1000) / 8,
  });
}

/** Every address the page's main frame went to, to show that nothing was submitted to a server. */
function addresses(page: Page): string[] {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });
  return seen;
}

test.describe('on a slow phone', () => {
  test.slow();

  test('names typed and a tap made at once on /workbook/ start the partnership with those names', async ({
    page,
  }) => {
    const visited = addresses(page);
    await slowPhone(page);
    await page.goto('workbook/', { waitUntil: 'commit' });
    const mentee = page.getByLabel('Mentee’s name');
    await mentee.waitFor();
    // Typed the moment the field shows, then a tap on the button at once, wherever the script has got to.
    await mentee.pressSequentially('Priya');
    await page.getByLabel('Mentor’s name').pressSequentially('Sam');
    await page.getByLabel('Each on our own device').check();
    const start = page.getByRole('button', { name: 'Start the partnership' });
    const box = await start.boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    if (!/checklist/.test(page.url())) {
      // Not started yet: then the button said so, and works once the page is ready.
      await expect(start).toBeEnabled();
      await expect(page.getByText('Getting the workbook ready…')).toBeHidden();
      await expect(mentee, 'what was typed early is kept').toHaveValue('Priya');
      await start.click();
    }
    await expect(page).toHaveURL(/workbook\/checklist\/#p=/);
    const db = await dumpWorkbook(page);
    const [partnership] = (db?.['partnerships'] ?? []) as Record<string, unknown>[];
    expect(partnership).toMatchObject({ menteeName: 'Priya', mentorName: 'Sam', answerMode: 'two-devices' });
    expect(
      visited.filter((url) => url.includes('?')),
      'no form was submitted to the server',
    ).toEqual([]);
  });

  test('a tap at once on the meeting log’s first control opens the new meeting', async ({ page }) => {
    await openLogWithPartnership(page, {}, 3);
    await slowPhone(page);
    await page.reload({ waitUntil: 'commit' });
    const record = page.getByRole('button', { name: 'Record a meeting' });
    await record.waitFor();
    const box = await record.boundingBox();
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByLabel("The mentee's agenda")).toBeVisible();
  });
});

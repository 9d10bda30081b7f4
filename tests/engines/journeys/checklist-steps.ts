/**
 * The checklist steps the journeys share, as tests/e2e/support/checklist.ts takes them in Chromium:
 * starting a partnership, answering every part as one partner, and settling every difference.
 */
import { type Device, waitFor } from '../driver.ts';

export interface StartOptions {
  mentorName?: string;
  menteeName?: string;
  mode: 'one' | 'two';
  device?: 'mentor' | 'mentee';
}

/** Starts a partnership from /workbook/ and waits for the checklist to open. */
export async function startPartnership(device: Device, options: StartOptions): Promise<void> {
  await device.goto('workbook/');
  await device.seeText('There are none yet');
  if (options.menteeName) await device.fill({ label: 'Mentee’s name' }, options.menteeName);
  if (options.mentorName) await device.fill({ label: 'Mentor’s name' }, options.mentorName);
  if (options.mode === 'one') await device.check({ label: 'Together on this device, taking turns' });
  else {
    await device.check({ label: 'Each on our own device' });
    await device.check({
      label: new RegExp(`^The ${options.device ?? 'mentee'}`),
      within: { role: 'group', name: 'Who is using this device?' },
    });
  }
  await device.click({ role: 'button', name: 'Start the partnership' });
  await device.seeUrl(/workbook\/checklist\/#p=/);
}

const steps = { css: 'section.answer-steps' };

/** answerAll of tests/e2e/support/checklist.ts, through the engine driver: `pick(n)` per radio group. */
export async function answerAll(
  device: Device,
  pick: (n: number) => number,
  text: string,
  onPart?: (part: number) => Promise<void>,
): Promise<void> {
  let n = 0;
  for (let part = 0; ; part++) {
    await device.seeText(`Part ${part + 1} of`, { role: 'heading', within: steps });
    const groups = await device.count({ role: 'group', within: steps });
    for (let g = 0; g < groups; g++) {
      await device.check({ role: 'radio', nth: pick(n++), within: { role: 'group', nth: g, within: steps } });
    }
    const boxes = await device.count({ role: 'textbox', within: steps });
    for (let t = 0; t < boxes; t++) await device.fill({ role: 'textbox', nth: t, within: steps }, text);
    if (onPart) await onPart(part);
    const finish = { role: 'button', name: 'Finish my answers', within: steps };
    if ((await device.count(finish)) > 0) {
      await device.click(finish);
      return;
    }
    await device.click({ role: 'button', name: /^Next:/, within: steps });
  }
}

/**
 * Settles every open item in the compare view: the first one to discuss is parked with a date (when
 * `parkOne`); the rest get the first option saved or confirmed, and text items are read together.
 */
export async function settleAll(device: Device, parkOne = true): Promise<void> {
  let parked = !parkOne;
  await device.see({ role: 'heading', name: 'Compare your answers' });
  const card = { css: 'article.compare-card:has(.settle-form)' };
  for (let guard = 0; guard < 40; guard++) {
    const open = await device.count(card);
    if (open === 0) return;
    const read = { role: 'button', name: /^We have read these together/, within: card };
    const park = { role: 'button', name: /^Park it/, within: card };
    // The full form (another position, a note, a date) may be folded away, as openFullForm says.
    const folded = { css: 'details.settle-more:not([open]) > summary', within: card };
    // A summary opens its details in the click's own default action, so one still folded after the
    // click was not reached (WebKit's driver now and then misses it under load): press it again.
    if ((await device.count(read)) === 0) {
      for (let i = 0; i < 3 && (await device.count(folded)) > 0; i++) await device.click(folded);
    }
    if ((await device.count(read)) > 0) await device.click(read);
    else if (!parked && (await device.count(park)) > 0) {
      await device.fill({ label: 'Or come back to it on', within: card }, '2027-01-15');
      await device.click(park);
      parked = true;
    } else {
      await device.check({ role: 'radio', within: { role: 'group', within: card } });
      await device.click({ role: 'button', name: /^(Confirm|Save what we agreed)/, within: card });
    }
    // One card settled: wait for it to leave before looking at the next.
    await waitFor('the settled card to close', async () => (await device.count(card)) < open);
  }
  throw new Error('The compare view did not settle after 40 steps');
}

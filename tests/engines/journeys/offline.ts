/**
 * After one visit the service worker answers for the site: with the server stopped, pages open with
 * the headings they were built with, and a partnership can be started offline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from '../driver.ts';
import type { Journey } from './journey.ts';
import { equal } from './journey.ts';
import { startPartnership } from './checklist-steps.ts';

/** The text of the h1 in a built page. */
function builtHeading(dist: string, path: string): string {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  return (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function offline(dist: string): Journey {
  return {
    name: 'offline after one visit (the service worker answers)',
    async run({ device: open, site }) {
      const device = await open();
      await device.goto('');
      await waitFor('the service worker to control the page', () =>
        device.evaluate(async () => {
          await navigator.serviceWorker.ready;
          return navigator.serviceWorker.controller !== null;
        }),
      );
      await site.stop();
      for (const path of ['', 'guide/mentee-driven/', 'guide/first-meeting/', 'workbook/', 'privacy/']) {
        await device.goto(path);
        const heading = await device.text({ role: 'heading', css: 'h1' });
        equal(heading, builtHeading(dist, path), `the heading of /${path} offline`);
      }
      await device.axe('the workbook, offline');
      await startPartnership(device, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
    },
  };
}

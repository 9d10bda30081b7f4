import { readFileSync } from 'node:fs';
import { startStaticServer } from '../../e2e/support/static-server.ts';
import { headersForPath } from '../../../src/integrations/hosting-headers.ts';
import { webkit } from '../webkit.ts';
import { firefox } from '../firefox.ts';
import { startPartnership } from '../journeys/checklist-steps.ts';
const file = readFileSync('dist/_headers', 'utf8');
const s = await startStaticServer('dist', '/', { port: 4418, headers: (p) => headersForPath(file, p) });
const engine = await (process.argv[2] === 'firefox' ? firefox : webkit)(s.url);
try {
  for (let round = 0; round < 3; round++) {
    const d = await engine.newDevice();
    await startPartnership(d, { mode: 'one', menteeName: 'Priya', mentorName: 'Sam' });
    const id = new URLSearchParams(new URL(await d.url()).hash.slice(1)).get('p') ?? '';
    await d.goto(`workbook/meetings/#p=${id}`);
    await d.click({ role: 'button', name: 'Record a meeting' });
    await d.fill({ label: 'Date' }, '2026-11-20');
    await d.fill({ label: "The mentee's agenda" }, 'Agenda');
    await d.fill({ label: 'What will be done' }, 'Thing');
    await d.click({ role: 'button', name: 'Add action' });
    for (let i = 0; i < 30; i++) {
      const t = await d.evaluate(() =>
        [...document.querySelectorAll('[role=status]')].map((e) => e.textContent).join(' | '),
      );
      console.log(round, i, t);
      if (t.includes('All changes saved')) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(await d.takeProblems());
    await d.close();
  }
} finally {
  await engine.close();
  await s.close();
}

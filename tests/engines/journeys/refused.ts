/**
 * A damaged link and damaged backup files are refused with a clear message, and the database is
 * exactly as it was, record for record.
 */
import type { Journey } from './journey.ts';
import { equal, ok } from './journey.ts';
import { startPartnership } from './checklist-steps.ts';
import { chooseBackup, fileOf, openDataPage } from './data-steps.ts';

export const refused: Journey = {
  name: 'a bad link and a bad backup are refused, the database unchanged',
  async run({ device: open }) {
    const device = await open();
    await startPartnership(device, { mode: 'two', device: 'mentee', menteeName: 'Sam' });
    const id = new URLSearchParams(new URL(await device.url()).hash.slice(1)).get('p') ?? '';
    const before = await device.database();
    ok(before.includes(id), 'the partnership in the database');

    await device.goto(`workbook/checklist/#p=${id}&answers=bm90IGEgcmVhbCBsaW5r`);
    await device.see({ role: 'alert' });
    ok(
      /incomplete|damaged|changed|not/.test(await device.text({ role: 'alert' })),
      'the alert to say what is wrong',
    );
    ok(!new URL(await device.url()).hash.includes('answers='), 'the payload gone from the address bar');
    await device.axe('a damaged link');
    equal(await device.database(), before, 'the database after a damaged link');

    await openDataPage(device);
    for (const [what, text, message] of [
      ['not a backup', JSON.stringify({ hello: 'world' }), /not a mentoring workbook file/],
      ['cut off', '{"format":"mentoring-workbook","version":1,"data":{"partn', /not a workbook backup/],
      ['empty', '', /empty/],
    ] as const) {
      await chooseBackup(
        device,
        fileOf(`mentoring-workbook-2026-02-01-${what.replace(' ', '-')}.json`, text),
      );
      await device.seeText(message, { role: 'alert' });
      await device.gone({ role: 'heading', name: 'What is in this backup' });
      equal(await device.database(), before, `the database after a backup that is ${what}`);
    }
    await device.axe('a damaged backup');
    await device.reload();
    equal(await device.database(), before, 'the database after a reload');
  },
};

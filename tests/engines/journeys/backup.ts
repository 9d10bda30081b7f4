/**
 * A plain and an encrypted backup, each restored in a fresh profile: the counts and the workbook come
 * back. On the way, the browser is asked to keep the data and the page says what it answered (Firefox
 * here says yes, WebKitGTK says no: the page must say so and ask for backups).
 */
import type { Journey } from './journey.ts';
import { ok } from './journey.ts';
import { startPartnership } from './checklist-steps.ts';
import { backUp, chooseBackup, expectCounts, fileOf, openDataPage, recordMeeting } from './data-steps.ts';

const passphrase = 'orchard lantern river 42';
const full = { Partnerships: '1', Meetings: '1', Actions: '1', Goals: '0' };

export const backup: Journey = {
  name: 'plain and encrypted backups restore in a fresh profile',
  async run({ device: open }) {
    const source = await open();
    await startPartnership(source, { mode: 'one', menteeName: 'Priya', mentorName: 'Sam' });
    await recordMeeting(source, 'What I want from the next year', 'List three roles to look into');
    await openDataPage(source);
    await expectCounts(source, full);

    // Persistent storage: the page tells the truth about the browser's answer.
    const persisted = await source.evaluate(() => navigator.storage.persisted());
    if (persisted) await source.seeText('Yes: the browser has promised not to clear it to free up space.');
    else {
      await source.seeText('Not promised: the browser may clear it if the device runs short of space.');
      await source.click({ role: 'button', name: 'Ask the browser to keep this data' });
      await source.seeText(/This browser said no for now\..*Keep making backups\./);
    }
    await source.axe('Your data, with a workbook');

    const plain = await backUp(source);
    ok(
      /^mentoring-workbook-\d{4}-\d{2}-\d{2}\.json$/.test(plain.name),
      `a dated backup name, not ${plain.name}`,
    );
    ok(plain.text.includes('What I want from the next year'), 'the meeting in the plain backup');
    const encrypted = await backUp(source, passphrase);
    ok(encrypted.text.includes('mentoring-workbook-encrypted'), 'an encrypted backup');
    ok(!encrypted.text.includes('Priya'), 'no names in the encrypted backup');
    await source.axe('after two backups');

    for (const [file, secret] of [
      [encrypted, passphrase],
      [plain, undefined],
    ] as const) {
      const fresh = await open();
      await openDataPage(fresh);
      await expectCounts(fresh, { Partnerships: '0', Meetings: '0', Actions: '0', Goals: '0' });
      await chooseBackup(fresh, fileOf(file.name, file.text));
      if (secret !== undefined) {
        await fresh.see({ label: 'Passphrase for this backup' });
        await fresh.axe('asking for the passphrase');
        await fresh.fill({ label: 'Passphrase for this backup' }, secret);
        await fresh.click({ role: 'button', name: 'Open the backup' });
      }
      await fresh.see({ role: 'heading', name: 'What is in this backup' });
      await fresh.axe('restore preview');
      await fresh.click({ role: 'button', name: /^Confirm:/ });
      await fresh.seeText(/The backup has (been merged|replaced)/);
      await expectCounts(fresh, full);
      await fresh.goto('workbook/');
      await fresh.see({ role: 'link', name: /Priya and Sam/ });
      await fresh.close();
    }
  },
};

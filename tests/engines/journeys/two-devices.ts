/**
 * Two devices exchange the partner link as the site does it today: the mentor's device invites, the
 * mentee's joins, answers travel by link one way and by file the other, and the agreement goes back
 * by link. Kept in this one file, by role and label, because the exchange is being rewritten.
 */
import type { Device } from '../driver.ts';
import type { Journey } from './journey.ts';
import { ok } from './journey.ts';
import { answerAll, settleAll, startPartnership } from './checklist-steps.ts';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function linkIn(device: Device, heading: string): Promise<string> {
  const box = { role: 'textbox', name: 'Link', within: { role: 'region', name: heading } };
  let link = '';
  await device.see(box);
  for (let i = 0; i < 100 && !link.includes('#p='); i++) link = await device.value(box);
  ok(link.includes('#p='), `a link in “${heading}”`);
  return link;
}

export const twoDevices: Journey = {
  name: 'two devices: the partner link to the same agreement',
  async run({ device: open }) {
    const mentor = await open();
    const mentee = await open();

    await startPartnership(mentor, { mode: 'two', device: 'mentor', mentorName: 'Priya', menteeName: 'Sam' });
    const joinLink = await linkIn(mentor, 'Invite Sam');
    ok(joinLink.includes('&join='), 'a join link');
    await mentor.axe('two devices: invite');

    await mentee.goto(joinLink);
    await mentee.see({ css: 'section.answer-steps' });
    ok(/^#p=[^&]+$/.test(new URL(await mentee.url()).hash), 'the payload gone from the address bar');
    await mentee.seeText('Sam (mentee)');
    await answerAll(mentee, () => 0, 'A risk of serious harm');
    const menteeAnswers = await linkIn(mentee, 'Send my answers');
    ok(menteeAnswers.includes('&answers='), 'an answers link');
    await mentee.axe('two devices: send answers');

    await answerAll(mentor, (n) => n % 3, 'Anything the law says we must report');
    await linkIn(mentor, 'Send my answers');
    const mentorFile = await mentor.download(() =>
      mentor.click({
        role: 'button',
        name: 'Download as a file',
        within: { role: 'region', name: 'Send my answers' },
      }),
    );
    await mentor.goto(menteeAnswers);
    await mentor.seeText('Sam’s answers have arrived. You can compare them now.');
    await mentor.see({ role: 'heading', name: 'Compare your answers' });

    // The mentor's answers reach the mentee's device as a file.
    const file = join(mkdtempSync(join(tmpdir(), 'engines-answers-')), mentorFile.name);
    writeFileSync(file, mentorFile.text);
    await mentee.upload({ label: 'Or choose the file' }, file);
    await mentee.seeText('Priya’s answers have arrived. You can compare them now.');
    await mentee.see({ role: 'heading', name: 'Compare your answers' });

    await settleAll(mentor, false);
    await mentor.click({ role: 'button', name: 'See our agreement' });
    await mentor.seeText('Sam, the mentee, sets the agenda for each meeting.');
    await mentor.click({ role: 'link', name: 'Back to the checklist' });
    const agreement = await linkIn(mentor, 'Send the agreement');
    await mentee.goto(agreement);
    await mentee.seeText('The agreement from your partner’s device is now on this device too.');
    await mentee.click({ role: 'link', name: 'Open our agreement' });
    await mentee.seeText('Sam, the mentee, sets the agenda for each meeting.');
    await mentee.seeText('Between Priya (mentor) and Sam (mentee).');
    await mentee.axe('two devices: the agreement on the second device');
  },
};

/**
 * Two devices through the partner exchange, as tests/e2e/checklist-two-devices.spec.ts walks it in
 * Chromium: the mentor's device invites, the mentee's joins and answers, one sealed exchange each way
 * (the mentee's answers kept hidden until the mentor has finished), they settle on the mentor's
 * device, and the agreement goes back: both devices show the same agreement.
 */
import type { Device } from '../driver.ts';
import type { Journey } from './journey.ts';
import { ok } from './journey.ts';
import { answerAll, settleAll, startPartnership } from './checklist-steps.ts';

const panel = (partner: string) => ({ role: 'region', name: `Exchange with ${partner}` });

/** Presses "Send to {partner}" and reads the link made for them, as the partner would scan or open it. */
async function sendTo(device: Device, partner: string): Promise<string> {
  await device.click({ role: 'button', name: `Send to ${partner}`, within: panel(partner) });
  const box = { role: 'textbox', name: `Link for ${partner}` };
  let link = '';
  await device.see(box);
  for (let i = 0; i < 100 && !link.includes('#p='); i++) link = await device.value(box);
  ok(link.includes('#p='), `a link for ${partner}`);
  return link;
}

/** Opens a link as from a message, checks the preview, and adds it to this device. */
async function receive(device: Device, from: string, link: string, expected: string): Promise<void> {
  await device.goto('about:blank');
  await device.goto(link);
  const preview = { role: 'region', name: `What ${from} sent` };
  await device.seeText(expected, preview);
  ok(/^#p=[^&]+$/.test(new URL(await device.url()).hash), 'the payload gone from the address bar');
  await device.click({ role: 'button', name: 'Add to this device', within: preview });
  await device.seeText('Done.', panel(from));
}

export const twoDevices: Journey = {
  name: 'two devices: the partner exchange to the same agreement',
  async run({ device: open }) {
    const mentor = await open();
    const mentee = await open();

    await startPartnership(mentor, { mode: 'two', device: 'mentor', mentorName: 'Priya', menteeName: 'Sam' });
    const invite = await sendTo(mentor, 'Sam');
    ok(invite.includes('&invite='), 'an invite link');
    await mentor.axe('two devices: invite');

    await mentee.goto(invite);
    await mentee.see({ css: 'section.answer-steps' });
    ok(/^#p=[^&]+$/.test(new URL(await mentee.url()).hash), 'the payload gone from the address bar');
    await mentee.seeText('Sam (mentee)');
    await answerAll(mentee, () => 0, 'A risk of serious harm');
    const menteeAnswers = await sendTo(mentee, 'Priya');
    ok(menteeAnswers.includes('&exchange=1.'), 'an exchange link');
    ok(!menteeAnswers.includes('harm'), 'sealed with the pair key');
    await mentee.axe('two devices: send answers');

    // Taken in before Priya has finished: kept hidden until she has (blind answering).
    await mentor.goto('workbook/');
    await receive(mentor, 'Sam', menteeAnswers, 'kept hidden until you have finished yours');
    await mentor.see({ css: 'section.answer-steps' });
    await answerAll(mentor, (n) => n % 3, 'Anything the law says we must report');
    await mentor.see({ role: 'heading', name: 'Compare your answers' });

    const mentorAnswers = await sendTo(mentor, 'Sam');
    await receive(mentee, 'Priya', mentorAnswers, 'Priya’s answers');
    await mentee.see({ role: 'heading', name: 'Compare your answers' });

    await settleAll(mentor, false);
    await mentor.click({ role: 'button', name: 'See our agreement' });
    await mentor.seeText('Sam, the mentee, sets the agenda for each meeting.');
    const agreement = await sendTo(mentor, 'Sam');
    await receive(mentee, 'Priya', agreement, 'the agreement');
    await mentee.seeText('Sam, the mentee, sets the agenda for each meeting.');
    await mentee.seeText('Between Priya (mentor) and Sam (mentee).');
    await mentee.noText('This is a draft');
    await mentee.axe('two devices: the agreement on the second device');
  },
};

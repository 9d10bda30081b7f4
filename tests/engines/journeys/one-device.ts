/**
 * A pair on one device, blind: Sam answers, the hand-over hides his answers, Priya answers
 * differently, they settle every difference and read and download their agreement. axe at each step.
 */
import type { Journey } from './journey.ts';
import { equal, ok } from './journey.ts';
import { answerAll, settleAll, startPartnership } from './checklist-steps.ts';

export const oneDevice: Journey = {
  name: 'one device: the blind checklist to the agreement',
  async run({ device: open }) {
    const device = await open();
    await startPartnership(device, { mode: 'one', mentorName: 'Priya', menteeName: 'Sam' });
    await device.axe('who answers first');
    await device.click({ role: 'button', name: 'Sam (mentee) answers first' });

    await answerAll(
      device,
      () => 0,
      'A risk of serious harm',
      async (part) => {
        if (part === 0) await device.axe('answering');
      },
    );
    await device.seeText('All changes saved on this device.');

    // The hand-over hides Sam's answers and takes the focus to its heading.
    await device.see({ role: 'heading', name: /hand over the device/ });
    ok(
      await device.isFocused({ role: 'heading', name: /hand over the device/ }),
      'the hand-over heading to have focus',
    );
    await device.noText('A risk of serious harm');
    await device.axe('hand-over');
    await device.click({ role: 'button', name: 'Start Priya’s answers' });

    // Priya starts blank.
    equal(
      await device.count({ role: 'radio', checked: true, within: { css: 'section.answer-steps' } }),
      0,
      'no answer chosen for Priya',
    );
    await answerAll(device, (n) => n % 3, 'Anything the law says we must report');

    await device.see({ role: 'heading', name: 'Compare your answers' });
    await device.see({ role: 'heading', name: 'To discuss' });
    await device.axe('compare');
    await settleAll(device);
    await device.axe('everything settled');
    await device.click({ role: 'button', name: 'See our agreement' });

    await device.see({ role: 'heading', name: 'Our mentoring agreement' });
    ok(/workbook\/agreement\/#p=/.test(await device.url()), 'the agreement’s address');
    await device.seeText('Between Priya (mentor) and Sam (mentee).');
    await device.seeText('Sam, the mentee, sets the agenda for each meeting.');
    await device.see({ role: 'heading', name: 'To come back to' });
    await device.axe('agreement');

    const file = await device.download(() =>
      device.click({ role: 'button', name: 'Download as a Markdown file' }),
    );
    ok(
      /^mentoring-agreement-\d{4}-\d{2}-\d{2}\.md$/.test(file.name),
      `a dated Markdown file name, not ${file.name}`,
    );
    ok(file.text.includes('# Our mentoring agreement'), 'the file’s heading');
    ok(file.text.includes('Sam, the mentee, sets the agenda for each meeting.'), 'the agreement in the file');
  },
};

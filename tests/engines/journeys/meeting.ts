/**
 * A meeting with two actions recorded in the log of a partnership started on /workbook/, then a
 * reload: everything comes back from IndexedDB.
 */
import type { Journey } from './journey.ts';
import { equal } from './journey.ts';
import { startPartnership } from './checklist-steps.ts';

export const meeting: Journey = {
  name: 'a meeting with actions survives a reload',
  async run({ device: open }) {
    const device = await open();
    await startPartnership(device, { mode: 'one', menteeName: 'Priya', mentorName: 'Sam' });
    await device.goto('workbook/');
    await device.click({ role: 'link', name: /^Meeting log\b.*Priya and Sam$/ });
    await device.see({ role: 'heading', name: 'Overview' });
    await device.axe('meeting log overview');

    await device.click({ role: 'button', name: 'Record a meeting' });
    await device.seeText('No open actions from earlier meetings.');
    await device.fill({ label: 'Date' }, '2026-11-20');
    await device.fill({ label: "The mentee's agenda" }, 'What I want from the next year');
    await device.fill({ label: 'Notes' }, 'We talked about courses.');
    for (const [action, who] of [
      ['List three roles to look into', 'Mentee'],
      ['Send the article on portfolios', 'Mentor'],
    ] as const) {
      await device.fill({ label: 'What will be done' }, action);
      await device.select({ label: 'Who' }, who);
      await device.click({ role: 'button', name: 'Add action' });
      await device.seeText(action, { role: 'listitem' });
    }
    await device.seeText('All changes saved on this device.');
    await device.axe('a meeting being recorded');

    await device.reload();
    equal(
      await device.value({ label: "The mentee's agenda" }),
      'What I want from the next year',
      'the agenda after a reload',
    );
    equal(await device.value({ label: 'Notes' }), 'We talked about courses.', 'the notes after a reload');
    await device.click({ role: 'link', name: 'Overview' });
    await device.see({ role: 'heading', name: 'Overview' });
    await device.seeText('List three roles to look into');
    await device.seeText('Send the article on portfolios');
    await device.click({ role: 'link', name: 'History' });
    await device.see({ role: 'heading', name: /^Friday 20 November 2026/ });
    await device.axe('meeting history');
  },
};

/**
 * A pair three months in, for the meeting log's long-run tests: Priya (mentee) and Sam (mentor) started
 * about three months ago. In compare they answered differently about how often to meet and settled on
 * every two weeks (the round is still in compare: one item is left to talk about); length and format they
 * answered alike; the review is three months after the start. Five meetings are in the log, with an
 * action done, one overdue and one open, and two goals.
 */
import type { Page } from '@playwright/test';
import { expect, testNow } from './fixtures';
import { DB_NAME, PARTNERSHIP_ID } from './meeting-log';

/** A local calendar date `days` from today ("YYYY-MM-DD"), as the page's own clock reads it. */
export function dayFromToday(days: number, from = testNow()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The same day some months earlier (clamped to the month's end). */
function monthsAgo(months: number, days = 0): string {
  const now = testNow();
  const d = new Date(now.getFullYear(), now.getMonth() - months, 1);
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(now.getDate(), last));
  return dayFromToday(days, d);
}

export interface ThreeMonthsOptions {
  /** Days from the start of the partnership to today, beyond three months (negative: the review is ahead). */
  reviewOffsetDays?: number;
}

/** Writes the pair into the store and opens their meeting log. */
export async function openThreeMonthsIn(page: Page, options: ThreeMonthsOptions = {}): Promise<void> {
  const startedOn = monthsAgo(3, -(options.reviewOffsetDays ?? -5));
  const meetingDays = [-84, -70, -56, -28, -14].map((d) => dayFromToday(d));
  const overdueOn = dayFromToday(-3);
  await page.goto(`workbook/meetings/#p=${PARTNERSHIP_ID}`);
  await expect(page.getByText('This partnership is not on this device.')).toBeVisible();
  await page.evaluate(
    async ({ id, dbName, startedOn, meetingDays, overdueOn }) => {
      const now = new Date().toISOString();
      const at = (day: string) => `${day}T18:00:00.000Z`;
      const base = (recordId: string, day = startedOn) => ({
        id: recordId,
        createdAt: at(day),
        updatedAt: at(day),
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(dbName);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const stores = ['partnerships', 'rounds', 'meetings', 'actions', 'goals'];
      const tx = db.transaction(stores, 'readwrite');
      const choice = (optionId: string) => ({ kind: 'choice', optionId });
      tx.objectStore('partnerships').put({
        ...base(id),
        updatedAt: now,
        menteeName: 'Priya',
        mentorName: 'Sam',
        startedOn,
        templateId: 'default',
        templateVersion: 1,
        answerMode: 'one-device',
        thisDevice: 'both',
      });
      tx.objectStore('rounds').put({
        ...base(`${id}round1`),
        partnershipId: id,
        templateId: 'default',
        templateVersion: 1,
        number: 1,
        startedAt: at(startedOn),
        mentor: {
          'meeting-frequency': choice('weekly'),
          'meeting-length': choice('45'),
          'meeting-format': choice('video'),
          'review-after': choice('three-months'),
        },
        mentee: {
          'meeting-frequency': choice('monthly'),
          'meeting-length': choice('45'),
          'meeting-format': choice('video'),
          'review-after': choice('three-months'),
        },
        mentorDone: at(startedOn),
        menteeDone: at(startedOn),
        stage: 'compare',
        agreed: {
          'meeting-frequency': { value: choice('fortnightly'), note: 'Every two weeks, on Tuesdays.' },
        },
      });
      meetingDays.forEach((day, i) => {
        tx.objectStore('meetings').put({
          ...base(`${id}m${i}`, day),
          partnershipId: id,
          date: day,
          durationMinutes: 45,
          format: 'video',
          agenda: `Agenda ${i + 1}`,
          notes: `Notes of meeting ${i + 1}`,
          privateNote: `Private thought ${i + 1}`,
          status: 'held',
        });
      });
      tx.objectStore('goals').put({
        ...base(`${id}g1`),
        partnershipId: id,
        text: 'Speak up in team meetings',
        status: 'active',
        history: [{ at: at(startedOn), status: 'active', text: 'Speak up in team meetings' }],
      });
      tx.objectStore('goals').put({
        ...base(`${id}g2`),
        partnershipId: id,
        text: 'Get promoted',
        status: 'active',
        history: [{ at: at(startedOn), status: 'active', text: 'Get promoted' }],
      });
      const action = (n: string, meeting: number, fields: Record<string, unknown>) => ({
        ...base(`${id}a${n}`, meetingDays[meeting]),
        partnershipId: id,
        createdInMeetingId: `${id}m${meeting}`,
        owner: 'mentee',
        reviews: [],
        status: 'open',
        ...fields,
      });
      tx.objectStore('actions').put(
        action('1', 0, {
          text: 'Volunteer to present',
          goalId: `${id}g1`,
          status: 'done',
          reviews: [{ meetingId: `${id}m1`, outcome: 'done', at: at(meetingDays[1] ?? startedOn) }],
        }),
      );
      tx.objectStore('actions').put(
        action('2', 3, { text: 'Draft the project summary', due: overdueOn, owner: 'mentor' }),
      );
      tx.objectStore('actions').put(action('3', 4, { text: 'Ask for feedback', goalId: `${id}g1` }));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { id: PARTNERSHIP_ID, dbName: DB_NAME, startedOn, meetingDays, overdueOn },
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
}

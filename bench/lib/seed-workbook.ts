/**
 * A realistic workbook for the bench, written straight into the page's IndexedDB in one transaction:
 * one partnership with a settled agreement (the default checklist), `meetings` meetings a week apart,
 * five actions each (the newest fifth still open, so follow-through has open actions to show) and 50
 * goals. The records have the shapes the schemas accept, so none is quarantined on the way in.
 */
import type { Page } from '@playwright/test';

export const BENCH_PARTNERSHIP = 'benchPair1';

/** Seeds the workbook of the page's origin (the page must already be on the site). */
export async function seedWorkbook(page: Page, meetings: number): Promise<void> {
  await page.evaluate(
    async ({ id, count }) => {
      const now = '2026-11-20T09:30:00.000Z';
      const fields = { createdAt: now, updatedAt: now };
      const request = indexedDB.open('mentoring-workbook');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['partnerships', 'rounds', 'meetings', 'actions', 'goals'], 'readwrite');
      tx.objectStore('partnerships').put({
        id,
        ...fields,
        menteeName: 'Priya',
        mentorName: 'Sam',
        startedOn: '2006-01-02',
        templateId: 'default',
        templateVersion: 1,
        answerMode: 'one-device',
        thisDevice: 'both',
      });
      tx.objectStore('rounds').put({
        id: `${id}round1`,
        ...fields,
        partnershipId: id,
        templateId: 'default',
        templateVersion: 1,
        number: 1,
        startedAt: now,
        mentor: {},
        mentee: {},
        stage: 'settled',
        settledAt: now,
        agreed: { 'meeting-frequency': { value: { kind: 'choice', optionId: 'weekly' } } },
      });
      for (let g = 0; g < 50; g += 1) {
        tx.objectStore('goals').put({
          id: `${id}goal${g}`,
          ...fields,
          partnershipId: id,
          text: `Goal number ${g}`,
          status: 'active',
          history: [],
        });
      }
      const day = Date.UTC(2026, 10, 19);
      const open = Math.floor(count / 5);
      for (let i = 0; i < count; i += 1) {
        const meetingId = `${id}m${i}`;
        tx.objectStore('meetings').put({
          id: meetingId,
          ...fields,
          partnershipId: id,
          date: new Date(day - i * 7 * 86_400_000).toISOString().slice(0, 10),
          agenda: `Agenda of meeting ${i}`,
          notes: 'Ordinary notes about how things went, what was said and what comes next.',
          status: 'held',
        });
        for (let a = 0; a < 5; a += 1) {
          tx.objectStore('actions').put({
            id: `${meetingId}a${a}`,
            ...fields,
            partnershipId: id,
            createdInMeetingId: meetingId,
            text: `Action ${a} of meeting ${i}`,
            owner: a % 2 === 0 ? 'mentee' : 'mentor',
            status: i < open ? 'open' : 'done',
            reviews: [],
          });
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { id: BENCH_PARTNERSHIP, count: meetings },
  );
}

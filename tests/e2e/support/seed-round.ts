/**
 * A partnership with one checklist round of the default template, written into the store the way the
 * workbook would, so the compare and agreement tests start where they mean to (the answering itself
 * is walked in checklist-one-device.spec.ts). Each partner answers the first position or option of
 * every item unless `mentorPick` / `menteePick` say otherwise (an index per item, counting from 0), so
 * the test decides which items differ.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

interface TemplateItem {
  id: string;
  kind: 'scale' | 'choice' | 'text';
  options?: { id: string }[];
}

const template = JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8')) as {
  id: string;
  version: number;
  items: TemplateItem[];
} & Record<string, unknown>;

/** The default checklist's items, in order. */
export const defaultItems = template.items;

function answer(item: TemplateItem, pick: number, text: string): unknown {
  if (item.kind === 'scale') return { kind: 'scale', value: Math.min(5, pick + 1) };
  if (item.kind === 'choice') return { kind: 'choice', optionId: item.options?.[pick]?.id ?? '' };
  return { kind: 'text', text };
}

export interface SeedOptions {
  id?: string;
  mentorName?: string;
  menteeName?: string;
  /** A programme's own checklist: the default one with this title and programme. */
  tailored?: { title: string; programme: string };
  /** Index of each partner's answer per item (0 when left out); `undefined` leaves the item blank. */
  mentorPick?: (item: TemplateItem, index: number) => number | undefined;
  menteePick?: (item: TemplateItem, index: number) => number | undefined;
  stage?: 'compare' | 'settled';
  /** Agreed entries by item id (settled rounds: read-together and parked items need one). */
  agreed?: Record<string, unknown>;
  /** Active goals in the meeting log. */
  goals?: string[];
}

/** Stores the partnership and its round, then opens `path#p=<id>`. Returns the partnership id. */
export async function seedRound(page: Page, path: string, options: SeedOptions = {}): Promise<string> {
  const id = options.id ?? 'pairSeed1';
  const answers = (pick: SeedOptions['mentorPick'] = () => 0) =>
    Object.fromEntries(
      defaultItems.flatMap((item, i) => {
        const n = pick(item, i);
        return n === undefined ? [] : [[item.id, answer(item, n, 'Harm')]];
      }),
    );
  const mentor = answers(options.mentorPick);
  const mentee = answers(options.menteePick);
  await page.goto(`workbook/#p=${id}`);
  await expect(page.getByText('There are none yet')).toBeVisible();
  await page.evaluate(
    async ({ id, mentor, mentee, template, options }) => {
      const now = '2026-12-02T10:00:00.000Z';
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('mentoring-workbook');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const tx = db.transaction(['partnerships', 'rounds', 'goals', 'templates'], 'readwrite');
      const stamp = { createdAt: now, updatedAt: now };
      const templateId = options.tailored ? 'oakwood' : 'default';
      if (options.tailored)
        tx.objectStore('templates').put({ ...template, ...options.tailored, id: templateId, ...stamp });
      tx.objectStore('partnerships').put({
        id,
        ...stamp,
        ...(options.mentorName ? { mentorName: options.mentorName } : {}),
        ...(options.menteeName ? { menteeName: options.menteeName } : {}),
        templateId,
        templateVersion: template.version,
        answerMode: 'one-device',
        thisDevice: 'both',
      });
      const settled = options.stage === 'settled';
      tx.objectStore('rounds').put({
        id: `${id}round1`,
        ...stamp,
        partnershipId: id,
        templateId,
        templateVersion: template.version,
        number: 1,
        startedAt: now,
        mentor,
        mentee,
        mentorDone: now,
        menteeDone: now,
        stage: settled ? 'settled' : 'compare',
        agreed: options.agreed ?? {},
        ...(settled ? { settledAt: now } : {}),
      });
      (options.goals ?? []).forEach((text, i) => {
        tx.objectStore('goals').put({
          id: `${id}goal${i}`,
          createdAt: `2026-12-0${i + 1}T09:00:00.000Z`,
          updatedAt: now,
          partnershipId: id,
          text,
          status: 'active',
          history: [],
        });
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
    },
    { id, mentor, mentee, template, options: { ...options, mentorPick: undefined, menteePick: undefined } },
  );
  await page.goto(`${path}#p=${id}`);
  return id;
}

/**
 * The download of quarantined records: damaged records the workbook could not read, kept with
 * their reason and their raw contents so that someone can look at them or repair them.
 */
import type { QuarantineRecord } from '../schemas';

/** `mentoring-workbook-damaged-YYYY-MM-DD.json`, in the person's local date. */
export function quarantineFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mentoring-workbook-damaged-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** The file's text: a small envelope around the records, readable in any text editor. */
export function quarantineFileText(records: readonly QuarantineRecord[], now: Date = new Date()): string {
  return JSON.stringify(
    {
      format: 'mentoring-workbook-damaged-records',
      savedAt: now.toISOString(),
      note: 'Records this workbook could not read. They are not a backup and cannot be restored as one.',
      records,
    },
    null,
    2,
  );
}

/** Which kind of record each store holds, in words. */
const storeWords: Record<QuarantineRecord['store'], string> = {
  partnerships: 'A partnership',
  templates: 'A checklist template',
  rounds: 'A checklist round',
  meetings: 'A meeting',
  actions: 'An action',
  goals: 'A goal',
  meta: 'The record of your backups',
  trash: 'A deleted partnership',
  exchange: 'The record of exchanges with your partner’s device',
};

/** "A meeting", "An action": what a quarantined record was. */
export function describeQuarantined(record: Pick<QuarantineRecord, 'store'>): string {
  return storeWords[record.store];
}

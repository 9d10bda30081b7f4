/**
 * What the Your data page says about the workbook: how many records of each kind are stored,
 * and sizes in words people read ("about 1.2 MB").
 */
import type { BackupData } from '../schemas';
export { partnershipLabel } from './partnership-label';

/** The counts the page shows. */
export interface WorkbookCounts {
  partnerships: number;
  meetings: number;
  actions: number;
  goals: number;
}

/** Counts the records in a snapshot (or a backup's data). */
export function countRecords(data: Pick<BackupData, keyof WorkbookCounts>): WorkbookCounts {
  return {
    partnerships: data.partnerships.length,
    meetings: data.meetings.length,
    actions: data.actions.length,
    goals: data.goals.length,
  };
}

/** "1 partnership", "3 meetings": English plurals for the four kinds (and a few more). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** The counts as one phrase: "2 partnerships, 5 meetings, 3 actions and 1 goal". */
export function describeCounts(counts: WorkbookCounts): string {
  const parts = [
    plural(counts.partnerships, 'partnership'),
    plural(counts.meetings, 'meeting'),
    plural(counts.actions, 'action'),
    plural(counts.goals, 'goal'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** Records that belong to one partnership, by kind. */
export interface OwnedCounts {
  meetings: number;
  actions: number;
  goals: number;
  rounds: number;
}

/**
 * "12 meetings, 8 actions, 3 goals and 2 checklist rounds". With `skipZero`, kinds with none are
 * left out ("2 meetings and 1 action"); with nothing at all it says "nothing else".
 */
export function describeOwned(counts: OwnedCounts, options: { skipZero?: boolean } = {}): string {
  const parts = [
    [counts.meetings, plural(counts.meetings, 'meeting')],
    [counts.actions, plural(counts.actions, 'action')],
    [counts.goals, plural(counts.goals, 'goal')],
    [counts.rounds, plural(counts.rounds, 'checklist round')],
  ]
    .filter(([n]) => !options.skipZero || n !== 0)
    .map(([, words]) => String(words));
  if (parts.length === 0) return 'nothing else';
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/**
 * Bytes in words, rounded: "less than 1 KB", "about 240 KB", "about 1.2 MB". The browser's
 * estimate is approximate (it includes the site's cached files), so the words say "about".
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return 'less than 1 KB';
  const kb = bytes / 1024;
  if (kb < 1024) return `about ${Math.round(kb).toLocaleString('en-GB')} KB`;
  const mb = kb / 1024;
  if (mb < 1024) return `about ${mb < 10 ? mb.toFixed(1) : Math.round(mb).toLocaleString('en-GB')} MB`;
  const gb = mb / 1024;
  return `about ${gb < 10 ? gb.toFixed(1) : Math.round(gb).toLocaleString('en-GB')} GB`;
}

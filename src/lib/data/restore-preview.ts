/**
 * The words of the restore preview: what a backup file holds, and what merging or replacing
 * would change on this device. Works on the data layer's `ImportPreview` (structurally, so this
 * file needs nothing but its shape).
 */
import { RECOVERED_TITLE, invisibleAfter, type OrphanGroup } from '../transfer/backup-orphans';
import { formatInstant } from '../dates';
import { describeCounts, describeOwned, plural, type WorkbookCounts } from './summary';

type Kind = 'partnerships' | 'templates' | 'rounds' | 'meetings' | 'actions' | 'goals';

/** The parts of the data layer's import preview the words need. */
export interface PreviewShape {
  scope: 'all' | 'partnership';
  exportedAt: string;
  counts: Record<Kind, number>;
  conflicts: Record<Kind, { fileNewer: number; deviceNewer: number }>;
  /** Each partnership in the file, with its name as every page gives it (partnershipLabel). */
  partnerships: { id: string; label: string; onDevice: boolean }[];
  /** Records whose partnership is not in the file. */
  orphans: OrphanGroup[];
}

export type RestoreMode = 'merge' | 'replace';

const kinds: readonly Kind[] = ['partnerships', 'templates', 'rounds', 'meetings', 'actions', 'goals'];

/** A partnership's name in a sentence, quoted as the Back up and Delete panels quote it. */
const name = (p: { label: string }) => `“${p.label}”`;

/** How many names the file's description lists before it says "and N more". */
const NAMED = 5;

/** What the file holds, in one or two sentences. */
export function describeFile(preview: PreviewShape): string {
  const counts: WorkbookCounts = {
    partnerships: preview.counts.partnerships,
    meetings: preview.counts.meetings,
    actions: preview.counts.actions,
    goals: preview.counts.goals,
  };
  const made = `This backup was made on ${formatInstant(preview.exportedAt)}`;
  const what = preview.scope === 'partnership' ? 'one partnership' : 'a whole workbook';
  const names = preview.partnerships.slice(0, NAMED).map(name);
  const more = preview.partnerships.length - names.length;
  if (more > 0) names.push(`${more.toLocaleString('en-GB')} more`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : names[0];
  const named = list
    ? ` ${preview.partnerships.length === 1 ? 'Partnership' : 'Partnerships'}: ${list}.`
    : '';
  return `${made} and holds ${what}: ${describeCounts(counts)}.${named}`;
}

/**
 * What happens to records whose partnership is missing: restored under "Recovered records" so they
 * can be seen (never restored invisibly). Empty when every record has its partnership.
 */
export function describeOrphans(preview: PreviewShape, mode: RestoreMode): string[] {
  return invisibleAfter(preview.orphans, mode).map(
    (group) =>
      `${describeOwned(group.counts, { skipZero: true })} in the file belong to a partnership that is not in it. They would be restored under a new partnership called “${RECOVERED_TITLE}”, so you can see them.`,
  );
}

/** Totals of the conflicts across kinds. */
function totals(preview: PreviewShape): { incoming: number; fileNewer: number; deviceNewer: number } {
  let incoming = 0;
  let fileNewer = 0;
  let deviceNewer = 0;
  for (const kind of kinds) {
    incoming += preview.counts[kind];
    fileNewer += preview.conflicts[kind].fileNewer;
    deviceNewer += preview.conflicts[kind].deviceNewer;
  }
  return { incoming, fileNewer, deviceNewer };
}

/**
 * What choosing `mode` would change, as short sentences. `onDevice` is what this device holds
 * now (for replace, which deletes it).
 */
export function describeChange(preview: PreviewShape, mode: RestoreMode, onDevice: WorkbookCounts): string[] {
  const lines = changeLines(preview, mode, onDevice);
  // Merging ends with "Nothing else… would change": what happens to orphans comes before it.
  const at = mode === 'merge' ? lines.length - 1 : lines.length;
  return [...lines.slice(0, at), ...describeOrphans(preview, mode), ...lines.slice(at)];
}

function changeLines(preview: PreviewShape, mode: RestoreMode, onDevice: WorkbookCounts): string[] {
  const { incoming, fileNewer, deviceNewer } = totals(preview);
  const added = incoming - fileNewer - deviceNewer;
  if (mode === 'merge') {
    const lines = [`${plural(added, 'record')} from the file would be added.`];
    if (fileNewer > 0)
      lines.push(
        `${plural(fileNewer, 'record')} on this device would be updated with the newer copy from the file.`,
      );
    if (deviceNewer > 0)
      lines.push(
        `${plural(deviceNewer, 'record')} on this device ${deviceNewer === 1 ? 'is' : 'are'} the same or newer, and would be kept.`,
      );
    lines.push('Nothing else on this device would change.');
    return lines;
  }
  if (preview.scope === 'partnership') {
    const p = preview.partnerships[0];
    const target = p === undefined ? 'This partnership' : name(p);
    return p?.onDevice === true
      ? [
          `${target} on this device would be replaced by the copy in the file, with its meetings, actions and goals.`,
          'Other partnerships would not change.',
        ]
      : [`${target} would be added. Other partnerships would not change.`];
  }
  return [
    `Everything on this device would be deleted first: ${describeCounts(onDevice)}.`,
    'Then the file’s contents would be stored instead.',
  ];
}

/**
 * Records whose partnership is not in the backup: a partnership set aside as damaged before the
 * backup was made, or a file edited by hand. Restored as they are, they would be invisible (no page
 * lists a partnership that is not there), private notes included. So each missing partnership
 * gets a stand-in called "Recovered records", which every page lists and opens like any other.
 */
import type { BackupData, Partnership } from '../schemas';
import type { ImportMode } from '../storage';

/** The stand-in's name: what the pages call it, and what the person can rename it from. */
export const RECOVERED_TITLE = 'Recovered records';

/** The checklist a stand-in uses when none of its rounds says which: the site's own. */
const SITE_TEMPLATE = { templateId: 'default', templateVersion: 1 } as const;

type OwnedKind = 'rounds' | 'meetings' | 'actions' | 'goals';
const ownedKinds: readonly OwnedKind[] = ['rounds', 'meetings', 'actions', 'goals'];

/** Records of one partnership that the file does not hold. */
export interface OrphanGroup {
  partnershipId: string;
  counts: Record<OwnedKind, number>;
  /** The partnership is on this device, so merging shows them under it. */
  onDevice: boolean;
}

/** Records in `data` whose partnership is not in `data`, grouped by partnership. */
export function findOrphans(data: BackupData, onDevice: ReadonlySet<string>): OrphanGroup[] {
  const inFile = new Set(data.partnerships.map((p) => p.id));
  const groups = new Map<string, OrphanGroup>();
  for (const kind of ownedKinds) {
    for (const record of data[kind]) {
      if (inFile.has(record.partnershipId)) continue;
      let group = groups.get(record.partnershipId);
      if (!group) {
        group = {
          partnershipId: record.partnershipId,
          counts: { rounds: 0, meetings: 0, actions: 0, goals: 0 },
          onDevice: onDevice.has(record.partnershipId),
        };
        groups.set(record.partnershipId, group);
      }
      group.counts[kind]++;
    }
  }
  return [...groups.values()];
}

/**
 * The groups that would be invisible after restoring in `mode`: merging keeps the partnerships on
 * this device (their records show under them); replacing deletes them first.
 */
export function invisibleAfter(groups: readonly OrphanGroup[], mode: ImportMode): OrphanGroup[] {
  return mode === 'merge' ? groups.filter((g) => !g.onDevice) : [...groups];
}

/** A stand-in partnership for `partnershipId`, dated by its oldest record. */
function standIn(data: BackupData, partnershipId: string): Partnership {
  const owned = ownedKinds.flatMap((kind) => data[kind].filter((r) => r.partnershipId === partnershipId));
  const at = owned.map((r) => r.createdAt).sort()[0] ?? new Date().toISOString();
  const round = data.rounds.find((r) => r.partnershipId === partnershipId);
  return {
    id: partnershipId,
    createdAt: at,
    updatedAt: at,
    title: RECOVERED_TITLE,
    ...(round ? { templateId: round.templateId, templateVersion: round.templateVersion } : SITE_TEMPLATE),
    answerMode: 'one-device',
    thisDevice: 'both',
  };
}

/** `data` with a stand-in for every partnership whose records would otherwise be invisible. */
export function withStandIns(data: BackupData, mode: ImportMode, onDevice: ReadonlySet<string>): BackupData {
  const missing = invisibleAfter(findOrphans(data, onDevice), mode);
  if (missing.length === 0) return data;
  return {
    ...data,
    partnerships: [...data.partnerships, ...missing.map((g) => standIn(data, g.partnershipId))],
  };
}

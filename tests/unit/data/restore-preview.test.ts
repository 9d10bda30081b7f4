import { describe, expect, it } from 'vitest';
import {
  describeChange,
  describeFile,
  describeOrphans,
  type PreviewShape,
} from '../../../src/lib/data/restore-preview';

const zero = { fileNewer: 0, deviceNewer: 0 };
function preview(over: Partial<PreviewShape> = {}): PreviewShape {
  return {
    scope: 'all',
    exportedAt: '2026-03-03T14:05:00',
    counts: { partnerships: 2, templates: 1, rounds: 2, meetings: 3, actions: 1, goals: 1 },
    conflicts: {
      partnerships: { fileNewer: 1, deviceNewer: 0 },
      templates: { fileNewer: 0, deviceNewer: 1 },
      rounds: zero,
      meetings: { fileNewer: 0, deviceNewer: 2 },
      actions: zero,
      goals: zero,
    },
    partnerships: [
      { id: 'a', label: 'Sam and Priya', onDevice: true },
      { id: 'b', label: 'Priya and Sam', onDevice: false },
    ],
    orphans: [],
    ...over,
  };
}
const onDevice = { partnerships: 1, meetings: 2, actions: 0, goals: 0 };

describe('restore preview words', () => {
  it('says what the file holds and names its partnerships', () => {
    expect(describeFile(preview())).toBe(
      'This backup was made on 3 March 2026 at 14:05 and holds a whole workbook: 2 partnerships, 3 meetings, 1 action and 1 goal. Partnerships: “Sam and Priya” and “Priya and Sam”.',
    );
  });

  it('merge: counts what is added, updated and kept', () => {
    expect(describeChange(preview(), 'merge', onDevice)).toEqual([
      '6 records from the file would be added.',
      '1 record on this device would be updated with the newer copy from the file.',
      '3 records on this device are the same or newer, and would be kept.',
      'Nothing else on this device would change.',
    ]);
  });

  it('replace everything: says what is deleted first', () => {
    expect(describeChange(preview(), 'replace', onDevice)[0]).toBe(
      'Everything on this device would be deleted first: 1 partnership, 2 meetings, 0 actions and 0 goals.',
    );
  });

  it('replace one partnership: only that one changes', () => {
    const one = preview({
      scope: 'partnership',
      partnerships: [{ id: 'a', label: 'Sam and Priya', onDevice: true }],
    });
    expect(describeChange(one, 'replace', onDevice)[0]).toMatch(
      /^“Sam and Priya” on this device would be replaced/,
    );
    const fresh = preview({
      scope: 'partnership',
      partnerships: [{ id: 'b', label: 'Unnamed partnership', onDevice: false }],
    });
    expect(describeChange(fresh, 'replace', onDevice)[0]).toBe(
      '“Unnamed partnership” would be added. Other partnerships would not change.',
    );
  });
});

describe('naming many partnerships', () => {
  it('names five, then says how many more', () => {
    const partnerships = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((label) => ({
      id: label,
      label,
      onDevice: false,
    }));
    expect(describeFile(preview({ partnerships }))).toMatch(
      /Partnerships: “A”, “B”, “C”, “D”, “E” and 2 more\.$/,
    );
    expect(describeFile(preview({ partnerships: partnerships.slice(0, 1) }))).toMatch(/Partnership: “A”\.$/);
  });
});

describe('records whose partnership is not in the file', () => {
  const counts = { rounds: 0, meetings: 3, actions: 1, goals: 0 };
  const line =
    '3 meetings and 1 action in the file belong to a partnership that is not in it. They would be restored under a new partnership called “Recovered records”, so you can see them.';
  const cases: [string, boolean, 'merge' | 'replace', string[]][] = [
    ['merge, partnership not on this device: recovered', false, 'merge', [line]],
    ['merge, partnership on this device: shown under it', true, 'merge', []],
    ['replace, partnership not on this device: recovered', false, 'replace', [line]],
    ['replace, partnership on this device (deleted first): recovered', true, 'replace', [line]],
  ];
  it.each(cases)('%s', (_name, onDeviceToo, mode, expected) => {
    const withOrphans = preview({ orphans: [{ partnershipId: 'gone', counts, onDevice: onDeviceToo }] });
    expect(describeOrphans(withOrphans, mode)).toEqual(expected);
    // The same words close the mode's description.
    expect(describeChange(withOrphans, mode, onDevice).filter((l) => l === line)).toEqual(expected);
    if (mode === 'merge') {
      expect(describeChange(withOrphans, mode, onDevice).at(-1)).toBe(
        'Nothing else on this device would change.',
      );
    }
  });
});

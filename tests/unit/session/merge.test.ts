import { describe, expect, it } from 'vitest';
import { mergeRecord, same } from '../../../src/lib/session/merge';

type Rec = Record<string, unknown>;
const base: Rec = {
  id: 'm1',
  createdAt: 'T0',
  updatedAt: 'T0',
  notes: 'Talked',
  durationMinutes: 60,
  mentee: { a: { kind: 'scale', value: 2 } },
};
const edit = (over: Rec, updatedAt = 'T1'): Rec => ({ ...base, ...over, updatedAt });
const withoutLength = (record: Rec): Rec =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'durationMinutes'));

// Same record edited in two tabs: what this tab has (mine), what the other saved (theirs), the result.
const table: {
  name: string;
  mine: Rec | undefined;
  theirs: Rec | undefined;
  value: Rec | undefined;
  conflicts: { path: string[]; mine: unknown; theirs: unknown }[];
}[] = [
  {
    name: 'different fields: each keeps its change',
    mine: edit({ notes: 'Talked about the move' }),
    theirs: edit({ durationMinutes: 45 }, 'T2'),
    value: { ...base, notes: 'Talked about the move', durationMinutes: 45, updatedAt: 'T2' },
    conflicts: [],
  },
  {
    name: 'different answers in one map: both kept',
    mine: edit({ mentee: { a: { kind: 'scale', value: 2 }, b: { kind: 'scale', value: 4 } } }),
    theirs: edit({ mentee: { a: { kind: 'scale', value: 2 }, c: { kind: 'text', text: 'Fine' } } }, 'T2'),
    value: {
      ...base,
      updatedAt: 'T2',
      mentee: {
        a: { kind: 'scale', value: 2 },
        b: { kind: 'scale', value: 4 },
        c: { kind: 'text', text: 'Fine' },
      },
    },
    conflicts: [],
  },
  {
    name: 'the same field, the same way: no conflict',
    mine: edit({ notes: 'Same' }),
    theirs: edit({ notes: 'Same' }, 'T2'),
    value: { ...base, notes: 'Same', updatedAt: 'T2' },
    conflicts: [],
  },
  {
    name: 'the same field, differently: mine kept, theirs reported',
    mine: edit({ notes: 'Mine' }),
    theirs: edit({ notes: 'Theirs' }, 'T2'),
    value: { ...base, notes: 'Mine', updatedAt: 'T2' },
    conflicts: [{ path: ['notes'], mine: 'Mine', theirs: 'Theirs' }],
  },
  {
    name: 'the same answer, differently: the answer is one value, not merged inside',
    mine: edit({ mentee: { a: { kind: 'scale', value: 5 } } }),
    theirs: edit({ mentee: { a: { kind: 'choice', optionId: 'monthly' } } }, 'T2'),
    value: { ...base, mentee: { a: { kind: 'scale', value: 5 } }, updatedAt: 'T2' },
    conflicts: [
      {
        path: ['mentee', 'a'],
        mine: { kind: 'scale', value: 5 },
        theirs: { kind: 'choice', optionId: 'monthly' },
      },
    ],
  },
  {
    name: 'a field removed there and untouched here: removed',
    mine: edit({}),
    theirs: edit({ durationMinutes: undefined }, 'T2'),
    value: withoutLength({ ...base, updatedAt: 'T2' }),
    conflicts: [],
  },
  {
    name: 'deleted there, untouched here: stays deleted',
    mine: base,
    theirs: undefined,
    value: undefined,
    conflicts: [],
  },
  {
    name: 'deleted there, changed here: kept, and reported',
    mine: edit({ notes: 'Still writing' }),
    theirs: undefined,
    value: edit({ notes: 'Still writing' }),
    conflicts: [{ path: [], mine: edit({ notes: 'Still writing' }), theirs: undefined }],
  },
  {
    name: 'deleted here, changed there: kept, and reported',
    mine: undefined,
    theirs: edit({ notes: 'Added there' }, 'T2'),
    value: edit({ notes: 'Added there' }, 'T2'),
    conflicts: [{ path: [], mine: undefined, theirs: edit({ notes: 'Added there' }, 'T2') }],
  },
  {
    name: 'deleted here, untouched there: stays deleted',
    mine: undefined,
    theirs: base,
    value: undefined,
    conflicts: [],
  },
];

describe('mergeRecord', () => {
  it.each(table)('$name', ({ mine, theirs, value, conflicts }) => {
    const result = mergeRecord(base, mine, theirs);
    expect(result.value).toEqual(value);
    expect(result.conflicts).toEqual(conflicts);
  });

  it('keeps a record created here that the other tab never had', () => {
    const fresh = { id: 'new', createdAt: 'T1', updatedAt: 'T1', notes: 'New' };
    expect(mergeRecord(undefined, fresh, undefined)).toEqual({ value: fresh, conflicts: [] });
  });

  it('never reports the fields the storage layer manages', () => {
    expect(mergeRecord(base, edit({}, 'T1'), edit({}, 'T2')).conflicts).toEqual([]);
  });
});

describe('same', () => {
  it('compares JSON-like values deeply, whatever the key order', () => {
    expect(same({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(same([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });
});

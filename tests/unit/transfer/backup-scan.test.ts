/**
 * The piece-at-a-time reader: whatever the chunk boundaries, it reads what JSON.parse reads, and
 * it refuses what JSON.parse (or the safe-JSON guards) would refuse.
 */
import { describe, expect, it } from 'vitest';
import { backupKinds } from '../../../src/lib/schemas';
import { scanBackup, type ScannedBackup } from '../../../src/lib/transfer/backup-scan';

/** The scan put back together: what JSON.parse of the whole text gives. */
function reassembled({ envelope, records }: ScannedBackup): unknown {
  const value = envelope as { data?: Record<string, unknown[]> };
  if (value.data) for (const kind of backupKinds) if (records[kind].length) value.data[kind] = records[kind];
  return value;
}

function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const tricky = JSON.stringify(
  {
    format: 'mentoring-workbook',
    version: 1,
    data: {
      partnerships: [{ id: 'p1', title: 'Brackets ] } [ { and "quotes" and \\ slashes' }],
      templates: [],
      meetings: [{ id: 'm1', notes: 'é ☃ 😀 \u2028', nested: { list: [[1], { a: [] }] } }, { id: 'm2' }],
      actions: [{ id: 'a1' }],
    },
    other: { meetings: [{ id: 'not a record: outside data' }] },
  },
  null,
  1,
);

describe('scanBackup', () => {
  it.each([1, 2, 3, 7, 64, 1 << 20])(
    'reads what JSON.parse reads, in pieces of %i characters',
    async (size) => {
      const scanned = await scanBackup(pieces(tricky, size));
      expect(reassembled(scanned)).toEqual(JSON.parse(tricky));
      expect(scanned.records.meetings).toHaveLength(2);
    },
  );

  it('cuts out records only under data, and reads a key written with escapes as JSON does', async () => {
    const text = '{"\\u0064ata":{"goals":[{"id":"g1"}]},"meetings":[{"id":"m"}]}';
    const scanned = await scanBackup([text]);
    expect(scanned.records.goals).toEqual([{ id: 'g1' }]);
    expect(scanned.records.meetings).toEqual([]);
    expect(reassembled(scanned)).toEqual(JSON.parse(text));
  });

  it('skips a byte-order mark', async () => {
    expect((await scanBackup(['\uFEFF{"a":', '1}'])).envelope).toEqual({ a: 1 });
  });

  const deep = `{"data":{"meetings":[${'['.repeat(40)}${']'.repeat(40)}]}}`;
  const refused: [string, string, string][] = [
    ['an empty file', '', 'empty'],
    ['only spaces', '  \n ', 'empty'],
    ['a missing comma between records', '{"data":{"meetings":[{"a":1} {"b":2}]}}', 'not-json'],
    ['a comma before the first record', '{"data":{"meetings":[,{"a":1}]}}', 'not-json'],
    ['a comma after the last record', '{"data":{"meetings":[{"a":1},]}}', 'not-json'],
    ['a broken record', '{"data":{"meetings":[{"a":1,}]}}', 'not-json'],
    ['a file cut off inside a record', '{"data":{"meetings":[{"a":"1', 'not-json'],
    ['a file cut off after a record', '{"data":{"meetings":[{"a":1}', 'not-json'],
    ['a stray closing bracket', '}{', 'not-json'],
    ['a number where a record belongs', '{"data":{"meetings":[1]}}', 'invalid'],
    ['a string where a record belongs', '{"data":{"meetings":["x"]}}', 'invalid'],
    ['"data" twice', '{"data":{},"data":{}}', 'invalid'],
    ['a kind twice', '{"data":{"goals":[],"goals":[]}}', 'invalid'],
    ['__proto__ in a record', '{"data":{"goals":[{"__proto__":{"x":1}}]}}', 'unsafe-key'],
    ['__proto__ in the envelope', '{"__proto__":{},"data":{}}', 'unsafe-key'],
    ['nesting past the limit inside a record', deep, 'too-deep'],
  ];
  it.each(refused)('refuses %s (%s)', async (_name, text, code) => {
    await expect(scanBackup(pieces(text, 3))).rejects.toMatchObject({ name: 'TransferError', code });
  });
});

import { describe, expect, it } from 'vitest';
import type { QuarantineRecord } from '../../../src/lib/schemas';
import {
  describeQuarantined,
  quarantineFileName,
  quarantineFileText,
} from '../../../src/lib/data/quarantine-file';

const record: QuarantineRecord = {
  id: 'q1',
  createdAt: '2026-02-01T10:00:00.000Z',
  updatedAt: '2026-02-01T10:00:00.000Z',
  store: 'meetings',
  reason: 'date: Invalid date',
  raw: '{"id":"m1","date":"yesterday"}',
  at: '2026-02-01T10:00:00.000Z',
};

describe('quarantine download', () => {
  it('names the file by local date', () => {
    expect(quarantineFileName(new Date(2026, 0, 5))).toBe('mentoring-workbook-damaged-2026-01-05.json');
  });

  it('keeps every record whole, with its reason and raw text', () => {
    const parsed = JSON.parse(quarantineFileText([record], new Date('2026-02-02T00:00:00Z'))) as {
      format: string;
      records: QuarantineRecord[];
    };
    expect(parsed.format).toBe('mentoring-workbook-damaged-records');
    expect(parsed.records).toEqual([record]);
  });

  it('says what kind of record it was', () => {
    expect(describeQuarantined(record)).toBe('A meeting');
    expect(describeQuarantined({ store: 'actions' })).toBe('An action');
  });
});

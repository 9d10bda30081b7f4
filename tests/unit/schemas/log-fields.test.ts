/**
 * The meeting log's optional fields (a meeting in progress, goal progress notes, the ending of a
 * partnership): backups made before and after them both validate, and the published JSON Schema
 * describes them.
 */
import { describe, expect, it } from 'vitest';
import { backupFileSchema, meetingSchema, partnershipSchema } from '../../../src/lib/schemas';
import * as build from '../support/records';

const T = '2026-12-01T10:00:00.000Z';

function backup(extra: boolean) {
  const p = build.partnership(
    extra
      ? {
          ending: {
            closedOn: '2026-12-01',
            mentee: { wentWell: 'Honest talks', takeAway: 'Ask early', shared: true },
          },
        }
      : {},
  );
  const m = build.meeting(p.id, extra ? { inProgress: true } : {});
  const g = build.goal(p.id, extra ? { progress: [{ at: T, meetingId: m.id, text: 'Spoke up once' }] } : {});
  return {
    format: 'mentoring-workbook',
    version: 1,
    exportedAt: T,
    data: { partnerships: [p], templates: [], rounds: [], meetings: [m], actions: [], goals: [g] },
  };
}

describe('the log’s optional fields', () => {
  it('a backup without them still validates, and one with them too', () => {
    expect(backupFileSchema.safeParse(backup(false)).success).toBe(true);
    expect(backupFileSchema.safeParse(backup(true)).success).toBe(true);
  });

  it('are checked like every other field', () => {
    expect(meetingSchema.safeParse(build.meeting('p1', { inProgress: 'yes' as never })).success).toBe(false);
    const badReflection = { closedOn: '1 Dec', mentor: { wentWell: 'x', takeAway: 'y', shared: true } };
    expect(partnershipSchema.safeParse(build.partnership({ ending: badReflection })).success).toBe(false);
    const extraKey = { mentor: { wentWell: 'x', takeAway: 'y', shared: true, secret: 1 } };
    expect(partnershipSchema.safeParse(build.partnership({ ending: extraKey })).success).toBe(false);
  });

  it('are in the published JSON Schema', async () => {
    const { backupJsonSchema } = await import('../../../src/lib/schemas/json-schema');
    const text = JSON.stringify(backupJsonSchema());
    for (const needle of ['"inProgress"', '"progress"', '"ending"', '"wentWell"', '"closedOn"']) {
      expect(text).toContain(needle);
    }
  });
});

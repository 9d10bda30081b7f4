import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  actionSchema,
  answersSchema,
  backupFileSchema,
  checklistRoundSchema,
  checklistTemplateSchema,
  goalSchema,
  idSchema,
  meetingSchema,
  newId,
  nextUpdatedAt,
  partnershipSchema,
  sharedMeetingSchema,
  storedTemplateSchema,
} from '../../../src/lib/schemas';
import * as build from '../support/records';
import { answersLinkSchema } from '../../../src/lib/schemas/links';

describe('ids and timestamps', () => {
  it('makes url-safe ids that pass idSchema and differ', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId()));
    expect(ids.size).toBe(500);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{15}$/);
      expect(idSchema.safeParse(id).success).toBe(true);
    }
  });

  it('refuses ids that could collide with object internals or are not url-safe', () => {
    for (const bad of ['__proto__', 'constructor', 'toString', '', 'a b', 'a/b', '-x', 'x'.repeat(65)]) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('nextUpdatedAt is always later than the previous value', () => {
    const now = new Date('2026-01-01T00:00:00.000Z');
    expect(nextUpdatedAt('2026-01-01T00:00:00.000Z', now)).toBe('2026-01-01T00:00:00.001Z');
    expect(nextUpdatedAt('2027-01-01T00:00:00.000Z', now)).toBe('2027-01-01T00:00:00.001Z');
    expect(nextUpdatedAt(undefined, now)).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('record schemas accept valid records', () => {
  const p = build.partnership();
  const m = build.meeting(p.id);
  const cases: [string, z.ZodMiniType, unknown][] = [
    ['partnership', partnershipSchema, p],
    ['template', checklistTemplateSchema, build.template()],
    ['stored template', storedTemplateSchema, build.storedTemplate()],
    ['round', checklistRoundSchema, build.round(p.id)],
    ['meeting', meetingSchema, m],
    ['action', actionSchema, build.action(p.id, m.id)],
    ['goal', goalSchema, build.goal(p.id)],
  ];
  it.each(cases)('%s', (_name, schema, value) => {
    const result = schema.safeParse(value);
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(value);
  });
});

describe('record schemas reject bad records', () => {
  const p = build.partnership();
  const cases: [string, z.ZodMiniType, unknown][] = [
    ['unknown key', partnershipSchema, { ...p, extra: 1 }],
    ['missing templateId', partnershipSchema, { ...p, templateId: undefined }],
    ['bad answer mode', partnershipSchema, { ...p, answerMode: 'three' }],
    [
      'next meeting with zone',
      partnershipSchema,
      { ...p, nextMeeting: { start: '2026-01-01T10:00Z', durationMinutes: 30 } },
    ],
    ['date that is not a date', meetingSchema, build.meeting(p.id, { date: '2026-02-31' })],
    ['updatedAt not ISO', meetingSchema, build.meeting(p.id, { updatedAt: 'yesterday' })],
    ['notes too long', meetingSchema, build.meeting(p.id, { notes: 'x'.repeat(20001) })],
    ['duration not whole', meetingSchema, build.meeting(p.id, { durationMinutes: 30.5 })],
    ['scale answer out of range', answersSchema, { a: { kind: 'scale', value: 6 } }],
    ['answer with unknown kind', answersSchema, { a: { kind: 'maybe' } }],
    ['blank action text', actionSchema, build.action(p.id, 'm1', { text: '   ' })],
    ['goal with bad status', goalSchema, build.goal(p.id, { status: 'paused' as 'active' })],
    [
      'duplicate item ids',
      checklistTemplateSchema,
      build.template({ items: [build.template().items[0]!, build.template().items[0]!] }),
    ],
    [
      'scale with four sentences',
      checklistTemplateSchema,
      { ...build.template(), items: [{ ...build.template().items[0], sentences: ['a', 'b', 'c', 'd'] }] },
    ],
    [
      'guide link off-site',
      checklistTemplateSchema,
      { ...build.template(), items: [{ ...build.template().items[2], guideLink: 'https://example.com/' }] },
    ],
    [
      'skipped as an agreed value',
      checklistRoundSchema,
      build.round(p.id, { agreed: { a: { value: { kind: 'skipped' } as never } } }),
    ],
  ];
  it.each(cases)('%s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('records keyed by id', () => {
  it('never let a __proto__ key through to the parsed value', () => {
    // zod drops it; the import's JSON reader refuses such files outright (see transfer tests).
    const parsed = answersSchema.parse(
      JSON.parse('{"__proto__": {"kind": "skipped"}, "a": {"kind": "skipped"}}'),
    );
    expect(Object.keys(parsed)).toEqual(['a']);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });
});

describe('envelopes', () => {
  it('a backup file with two records sharing an id is refused', () => {
    const p = build.partnership();
    const m = build.meeting(p.id);
    const file = {
      format: 'mentoring-workbook',
      version: 1,
      exportedAt: '2026-01-10T09:00:00.000Z',
      data: { partnerships: [p], templates: [], rounds: [], meetings: [m, m], actions: [], goals: [] },
    };
    expect(backupFileSchema.safeParse(file).success).toBe(false);
    file.data.meetings = [m];
    expect(backupFileSchema.safeParse(file).success).toBe(true);
  });

  it('a shared meeting cannot carry the private note', () => {
    const m = build.meeting('p1');
    expect(sharedMeetingSchema.safeParse(m).success).toBe(false);
    const shared: Partial<typeof m> = { ...m };
    delete shared.privateNote;
    expect(sharedMeetingSchema.safeParse(shared).success).toBe(true);
  });

  it('an answers link is validated with its format and version', () => {
    const link = {
      format: 'mentoring-workbook-answers',
      version: 1,
      partnershipId: 'p1',
      roundId: 'r1',
      templateId: 'default',
      templateVersion: 1,
      from: 'mentee',
      answers: { agenda: { kind: 'scale', value: 3 } },
    };
    expect(answersLinkSchema.safeParse(link).success).toBe(true);
    expect(answersLinkSchema.safeParse({ ...link, version: 2 }).success).toBe(false);
    expect(answersLinkSchema.safeParse({ ...link, format: 'mentoring-workbook-join' }).success).toBe(false);
  });

  it('zod/mini schemas convert to JSON Schema', () => {
    const schema = z.toJSONSchema(backupFileSchema, { unrepresentable: 'any' });
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(JSON.stringify(schema)).toContain('mentoring-workbook');
  });
});

describe('published JSON Schema', () => {
  it('describes both envelopes, strictly, with the record fields', async () => {
    const { backupJsonSchema } = await import('../../../src/lib/schemas/json-schema');
    const schema = backupJsonSchema();
    const text = JSON.stringify(schema);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.oneOf).toHaveLength(2);
    for (const needle of [
      '"mentoring-workbook"',
      '"mentoring-workbook-encrypted"',
      '"privateNote"',
      '"protectedTimeCheck"',
    ]) {
      expect(text).toContain(needle);
    }
    expect(text).toContain('"additionalProperties":false');
    expect(text).toContain('"format":"date-time"');
  });
});

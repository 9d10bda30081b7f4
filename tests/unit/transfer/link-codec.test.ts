import { describe, expect, it } from 'vitest';
import type {
  AgreementLink,
  AnswersLink,
  JoinLink,
  MeetingLink,
  TemplateLink,
} from '../../../src/lib/schemas/links';
import { toBase64Url } from '../../../src/lib/transfer/base64';
import { deflate } from '../../../src/lib/transfer/compression';
import {
  LINK_LIMITS,
  buildFragment,
  decodeLinkPayload,
  encodeLinkPayload,
  readFragment,
  withoutPayloads,
} from '../../../src/lib/transfer/link-codec';
import * as build from '../support/records';

const answers: AnswersLink = {
  format: 'mentoring-workbook-answers',
  version: 1,
  partnershipId: 'p1',
  roundId: 'r1',
  templateId: 'default',
  templateVersion: 1,
  from: 'mentee',
  answers: {
    agenda: { kind: 'scale', value: 2 },
    frequency: { kind: 'choice', optionId: 'other', otherText: 'Weekly' },
  },
  doneAt: '2026-01-10T10:00:00.000Z',
};
const template: TemplateLink = {
  format: 'mentoring-workbook-template',
  version: 1,
  template: build.template(),
};

/** Encodes any JSON value the way the codec does, to forge links. */
async function forge(value: unknown, prefix = '1.'): Promise<string> {
  return prefix + toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(value))));
}

describe('link codec', () => {
  it('round-trips every kind, and stays URL-safe', async () => {
    const encoded = await encodeLinkPayload('answers', answers);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeLinkPayload('answers', encoded)).toEqual(answers);
    expect(await decodeLinkPayload('template', await encodeLinkPayload('template', template))).toEqual(
      template,
    );
  });

  it('round-trips join, agreement and meeting links (a meeting link never carries the private note)', async () => {
    const p = build.partnership({ id: 'p1' });
    const join: JoinLink = {
      format: 'mentoring-workbook-join',
      version: 1,
      partnership: { id: p.id, templateId: 'default', templateVersion: 1, mentorName: 'Sam' },
      roundId: 'r1',
      roundNumber: 1,
      from: 'mentor',
      template: build.template(),
    };
    const agreement: AgreementLink = {
      format: 'mentoring-workbook-agreement',
      version: 1,
      partnershipId: p.id,
      roundId: 'r1',
      templateId: 'default',
      templateVersion: 1,
      agreed: {
        agenda: { value: { kind: 'scale', value: 2 }, note: 'Mostly Priya' },
        limits: { readTogether: true },
      },
    };
    const { privateNote, ...shared } = build.meeting(p.id);
    expect(privateNote).toBeTruthy();
    const meeting: MeetingLink = {
      format: 'mentoring-workbook-meeting',
      version: 1,
      partnershipId: p.id,
      meeting: shared,
      actions: [build.action(p.id, shared.id)],
      nextMeeting: { start: '2026-02-01T17:00', durationMinutes: 45 },
    };
    expect(await decodeLinkPayload('join', await encodeLinkPayload('join', join))).toEqual(join);
    expect(await decodeLinkPayload('agreement', await encodeLinkPayload('agreement', agreement))).toEqual(
      agreement,
    );
    expect(await decodeLinkPayload('meeting', await encodeLinkPayload('meeting', meeting))).toEqual(meeting);
    const leaky = { ...meeting, meeting: build.meeting(p.id) };
    await expect(encodeLinkPayload('meeting', leaky)).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('refuses to encode an invalid payload', async () => {
    await expect(encodeLinkPayload('answers', { ...answers, from: 'boss' } as never)).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  const cases: [string, () => Promise<string> | string, string][] = [
    ['empty', () => '', 'empty'],
    ['no version prefix', () => 'abcdef', 'tampered'],
    [
      'newer codec',
      async () => (await encodeLinkPayload('answers', answers)).replace(/^1\./, '2.'),
      'newer-version',
    ],
    ['not base64url', () => '1.abc$%^', 'tampered'],
    ['truncated', async () => (await encodeLinkPayload('template', template)).slice(0, -12), 'truncated'],
    ['random bytes', () => '1.' + toBase64Url(new Uint8Array([1, 2, 3, 4, 5, 250, 251])), 'truncated'],
    [
      'not JSON inside',
      async () => '1.' + toBase64Url(await deflate(new TextEncoder().encode('hello'))),
      'tampered',
    ],
    ['too long before decompression', () => '1.' + 'A'.repeat(LINK_LIMITS.maxEncodedChars), 'too-large'],
    ['zip bomb', async () => forge({ pad: ' '.repeat(LINK_LIMITS.maxDecodedBytes + 10) }), 'too-large'],
    ['wrong kind', async () => encodeLinkPayload('template', template), 'wrong-kind'],
    ['wrong format', async () => forge({ format: 'something-else', version: 1 }), 'wrong-format'],
    ['newer payload version', async () => forge({ ...answers, version: 2 }), 'newer-version'],
    [
      'invalid field',
      async () => forge({ ...answers, answers: { agenda: { kind: 'scale', value: 9 } } }),
      'invalid',
    ],
    ['extra key', async () => forge({ ...answers, extra: true }), 'invalid'],
    [
      '__proto__ key',
      async () =>
        '1.' +
        toBase64Url(
          await deflate(
            new TextEncoder().encode(JSON.stringify(answers).replace('{', '{"__proto__":{"x":1},')),
          ),
        ),
      'unsafe-key',
    ],
  ];
  it.each(cases)('%s: a clear error with a hint', async (_name, make, code) => {
    const error = await decodeLinkPayload('answers', await make()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TransferError', code });
    expect((error as { hint: string }).hint.length).toBeGreaterThan(10);
  });

  it('a zip bomb is small before decompression', async () => {
    const bomb = await forge({ pad: ' '.repeat(LINK_LIMITS.maxDecodedBytes * 20) });
    expect(bomb.length).toBeLessThan(LINK_LIMITS.maxEncodedChars);
    await expect(decodeLinkPayload('answers', bomb)).rejects.toMatchObject({ code: 'too-large' });
  });
});

describe('fragments', () => {
  it('builds and reads #p=<id>&<kind>=<payload>', async () => {
    const payload = await encodeLinkPayload('answers', answers);
    const hash = buildFragment({ partnershipId: 'p1', payloads: { answers: payload } });
    expect(hash.startsWith('#p=p1&answers=1.')).toBe(true);
    expect(readFragment(hash)).toEqual({ partnershipId: 'p1', payloads: { answers: payload } });
    expect(withoutPayloads(hash)).toBe('#p=p1');
    expect(buildFragment({ payloads: {} })).toBe('');
  });

  it('ignores unknown parameters and ids that cannot be ours', () => {
    expect(readFragment('#p=__proto__&evil=1&template=x')).toEqual({ payloads: { template: 'x' } });
    expect(readFragment('')).toEqual({ payloads: {} });
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  checkAgreement,
  checkAnswers,
  partnershipFromJoin,
  roundFromJoin,
} from '../../../src/lib/checklist/exchange';
import { agreementPayload, answersPayload, joinPayload } from '../support/old-links';
import { agreementLinkSchema, answersLinkSchema, joinLinkSchema } from '../../../src/lib/schemas/links';
import { partnershipSchema, type Partnership } from '../../../src/lib/schemas/partnership';
import { makeRound } from '../support/checklist-fixtures';

const T = '2026-11-28T10:00:00.000Z';
const partnership: Partnership = {
  id: 'pair1',
  createdAt: T,
  updatedAt: T,
  mentorName: 'Priya',
  menteeName: 'Sam',
  startedOn: '2026-11-28',
  templateId: 'small',
  templateVersion: 1,
  answerMode: 'two-devices',
  thisDevice: 'mentor',
};
const round = makeRound({ mentor: { agenda: { kind: 'scale', value: 2 } }, mentorDone: T });

describe('joinPayload', () => {
  it('matches the join link schema and sets up the other partner', () => {
    const join = z.parse(joinLinkSchema, joinPayload(partnership, round, 'mentor', undefined));
    const theirs = partnershipFromJoin(join);
    expect(theirs).toMatchObject({
      id: 'pair1',
      mentorName: 'Priya',
      menteeName: 'Sam',
      thisDevice: 'mentee',
    });
    expect(z.safeParse(partnershipSchema, { ...theirs, createdAt: T, updatedAt: T }).success).toBe(true);
    expect(roundFromJoin(join, T)).toMatchObject({ id: 'round1', partnershipId: 'pair1', number: 1 });
  });

  it('carries a trainer’s checklist as kept on this device, without its record timestamps', () => {
    const template = {
      id: 'small',
      version: 1,
      title: 'Northfield checklist',
      items: [{ id: 'ward', expectation: 'practicalities', kind: 'text', prompt: 'Which ward?' }],
    } as const;
    const stored = { ...template, items: [...template.items], createdAt: T, updatedAt: T };
    const join = z.parse(joinLinkSchema, joinPayload(partnership, round, 'mentor', stored));
    expect(join.template).toEqual(template);
  });
});

describe('answersPayload and agreementPayload', () => {
  it('match their link schemas', () => {
    expect(z.parse(answersLinkSchema, answersPayload(round, 'mentor'))).toMatchObject({
      from: 'mentor',
      answers: { agenda: { kind: 'scale', value: 2 } },
      doneAt: T,
    });
    const settled = makeRound({ agreed: { agenda: { parkedUntil: '2027-01-01' } }, settledAt: T });
    expect(z.parse(agreementLinkSchema, agreementPayload(settled)).settledAt).toBe(T);
  });
});

describe('checkAnswers', () => {
  const theirs = answersPayload(makeRound({ mentee: { agenda: { kind: 'scale', value: 4 } } }), 'mentee');
  it.each([
    ['answers from the partner', theirs, true, ''],
    ['your own answers', { ...theirs, from: 'mentor' as const }, false, 'your own answers'],
    ['another partnership', { ...theirs, partnershipId: 'other' }, false, 'different partnership'],
    ['another checklist', { ...theirs, templateId: 'trainer' }, false, 'different version of the checklist'],
    ['another version', { ...theirs, templateVersion: 2 }, false, 'different version of the checklist'],
    ['another round', { ...theirs, roundId: 'round0' }, false, 'another round'],
  ])('accepts or explains %s', (_label, payload, ok, message) => {
    const result = checkAnswers(payload, round, 'mentor');
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it('refuses answers for a settled round', () => {
    expect(checkAnswers(theirs, makeRound({ stage: 'settled' }), 'mentor').ok).toBe(false);
  });
});

describe('checkAgreement', () => {
  it('accepts the agreement for this round and explains one for another', () => {
    expect(checkAgreement(agreementPayload(round), round)).toEqual({ ok: true });
    const other = checkAgreement({ ...agreementPayload(round), partnershipId: 'x' }, round);
    expect(other.ok).toBe(false);
  });
});

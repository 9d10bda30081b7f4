/** The example pair: valid records for any template, clearly labelled, all tied to one partnership. */
import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  checklistRoundSchema,
  goalSchema,
  meetingSchema,
  partnershipSchema,
  type ChecklistTemplate,
} from '../../../src/lib/schemas';
import { buildExamplePair, EXAMPLE_TITLE } from '../../../src/lib/trainers/example-pair';
import { buildAgreement } from '../../../src/lib/agreement/build-agreement';
import { settleProgress, compareRound } from '../../../src/lib/compare/settle';
import { defaultTemplate } from '../../../src/components/trainers/default-template-data';

const template: ChecklistTemplate = {
  id: 'default',
  version: 2,
  title: 'Expectations checklist',
  items: [
    {
      id: 'agenda',
      expectation: 'mentee-driven',
      kind: 'scale',
      prompt: 'Agenda?',
      left: 'Mentee',
      right: 'Mentor',
    },
    {
      id: 'goals',
      expectation: 'mentee-driven',
      kind: 'scale',
      prompt: 'Goals?',
      left: 'Mentee',
      right: 'Mentor',
    },
    {
      id: 'often',
      expectation: 'protected-time',
      kind: 'choice',
      prompt: 'How often?',
      options: [
        { id: 'weekly', label: 'Weekly' },
        { id: 'fortnightly', label: 'Fortnightly' },
      ],
    },
    { id: 'avoid', expectation: 'trust-confidentiality', kind: 'text', prompt: 'Off limits?' },
    {
      id: 'limits',
      expectation: 'trust-confidentiality',
      kind: 'text',
      role: 'confidentiality-exceptions',
      prompt: 'When would something be passed on?',
    },
  ],
};

const now = new Date('2026-11-28T10:00:00.000Z');
const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('buildExamplePair', () => {
  const pair = buildExamplePair(template, now, counter());

  it('builds records that pass their schemas', () => {
    expect(partnershipSchema.safeParse(pair.partnership).success).toBe(true);
    expect(checklistRoundSchema.safeParse(pair.round).error).toBeUndefined();
    for (const meeting of pair.meetings) expect(meetingSchema.safeParse(meeting).error).toBeUndefined();
    for (const action of pair.actions) expect(actionSchema.safeParse(action).error).toBeUndefined();
    for (const goal of pair.goals) expect(goalSchema.safeParse(goal).error).toBeUndefined();
  });

  it('labels the partnership as an example', () => {
    expect(pair.partnership).toMatchObject({ exampleData: true, title: EXAMPLE_TITLE });
  });

  it('holds a finished checklist: every item answered by both and settled', () => {
    expect(pair.round.stage).toBe('settled');
    for (const item of template.items) {
      expect(pair.round.mentor[item.id]).toBeDefined();
      expect(pair.round.mentee[item.id]).toBeDefined();
      expect(pair.round.agreed[item.id]?.value?.kind).toBe(item.kind);
    }
    expect(pair.round).toMatchObject({ templateId: 'default', templateVersion: 2 });
  });

  it.each([
    ['a small template', template],
    ['the shipped checklist', defaultTemplate],
  ])('tells one story with %s: the checklist is settled and the agreement is final, not a draft', (_n, t) => {
    const example = buildExamplePair(t, now, counter());
    expect(compareRound(t, example.round).filter((c) => !c.settled)).toEqual([]);
    expect(settleProgress(t, example.round).complete).toBe(true);
    expect(buildAgreement(t, example.partnership, example.round).complete).toBe(true);
  });

  it('agrees real limits of confidentiality, not the topics the pair would rather avoid', () => {
    const text = (id: string) => {
      const value = pair.round.agreed[id]?.value;
      return value?.kind === 'text' ? value.text : undefined;
    };
    expect(text('limits')).toMatch(/serious harm/);
    expect(text('limits')).not.toBe(text('avoid'));
  });

  it('notes close items in words, never as a bare scale number', () => {
    for (const entry of Object.values(pair.round.agreed)) expect(entry.note ?? '').not.toMatch(/\d/);
  });

  it('has three meetings, actions and goals, all in the one partnership', () => {
    expect(pair.meetings).toHaveLength(3);
    expect(pair.actions.length).toBeGreaterThan(2);
    expect(pair.goals.length).toBeGreaterThan(1);
    const owners = [pair.round, ...pair.meetings, ...pair.actions, ...pair.goals].map((r) => r.partnershipId);
    expect(new Set(owners)).toEqual(new Set([pair.partnership.id]));
  });

  it('ties every action to a meeting of the pair, and reviews only at later meetings', () => {
    const meetingIds = pair.meetings.map((m) => m.id);
    for (const action of pair.actions) {
      expect(meetingIds).toContain(action.createdInMeetingId);
      for (const review of action.reviews) {
        expect(meetingIds.indexOf(review.meetingId)).toBeGreaterThan(
          meetingIds.indexOf(action.createdInMeetingId),
        );
      }
    }
  });

  it('gives every record its own id', () => {
    const all = [pair.partnership, pair.round, ...pair.meetings, ...pair.actions, ...pair.goals].map(
      (r) => r.id,
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('dates the meetings in the past, oldest first, and the next meeting in the future', () => {
    const dates = pair.meetings.map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d < '2026-11-28')).toBe(true);
    expect((pair.partnership.nextMeeting?.start ?? '').slice(0, 10) > '2026-11-28').toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { buildAgreement } from '../../../src/lib/agreement/build-agreement';
import { changesBetweenRounds } from '../../../src/lib/agreement/changes';
import { agreementDocument } from '../../../src/lib/agreement/document';
import { agreementToHtml } from '../../../src/lib/agreement/html';
import { agreementToMarkdown, escapeMarkdown } from '../../../src/lib/agreement/markdown';
import { agreedPracticalities } from '../../../src/lib/agreement/practicalities';
import type { ChecklistRound } from '../../../src/lib/schemas/round';
import { loadDefaultTemplate, makeRound, smallTemplate } from '../support/checklist-fixtures';

const answered: Pick<ChecklistRound, 'mentor' | 'mentee'> = {
  mentor: {
    agenda: { kind: 'scale', value: 2 },
    frequency: { kind: 'choice', optionId: 'weekly' },
    exceptions: { kind: 'text', text: 'Risk of harm' },
  },
  mentee: {
    agenda: { kind: 'scale', value: 1 },
    frequency: { kind: 'choice', optionId: 'weekly' },
    exceptions: { kind: 'text', text: 'Anything the law requires' },
  },
};

describe('buildAgreement', () => {
  const round = makeRound({
    ...answered,
    agreed: {
      agenda: { value: { kind: 'scale', value: 1 }, note: 'Sam sends topics the day before' },
      exceptions: { readTogether: true },
    },
    settledAt: '2026-11-28T10:30:00.000Z',
  });
  const agreement = buildAgreement(smallTemplate, { mentorName: 'Priya', menteeName: 'Sam' }, round);

  it('writes one sentence per settled item, grouped by expectation, not repeating the key points', () => {
    // The rhythm and the confidentiality limits are said once, in the key points.
    expect(agreement.groups.map((g) => [g.name, g.lines.map((l) => l.sentence)])).toEqual([
      ['Mentee-driven', ['Sam, the mentee, sets the agenda.']],
    ]);
    expect(agreement.groups[0]?.lines[0]?.note).toBe('Sam sends topics the day before');
  });

  it('carries names, date, rhythm and confidentiality limits', () => {
    expect(agreement).toMatchObject({
      mentorName: 'Priya',
      menteeName: 'Sam',
      agreedOn: '2026-11-28',
      rhythm: ['We meet every week.'],
      confidentialityLimits: 'Anything the law requires. Risk of harm.',
      complete: true,
    });
  });

  it('lists parked items with their dates and says the agreement is not complete without them', () => {
    const parkedRound = makeRound({ ...answered, agreed: { agenda: { parkedUntil: '2026-12-12' } } });
    const draft = buildAgreement(smallTemplate, {}, parkedRound);
    expect(draft.parked).toEqual([{ itemId: 'agenda', prompt: 'Who sets the agenda?', until: '2026-12-12' }]);
    expect(draft.complete).toBe(false);
  });

  it('works out the review date from the agreed review-after item', () => {
    const template = loadDefaultTemplate();
    const both = { kind: 'choice', optionId: 'three-months' } as const;
    const r = makeRound({
      templateId: 'default',
      mentor: { 'review-after': both },
      mentee: { 'review-after': both },
      settledAt: '2026-11-28T10:30:00.000Z',
    });
    expect(buildAgreement(template, {}, r).reviewOn).toBe('2027-02-28');
    expect(buildAgreement(template, { reviewOn: '2027-03-01' }, r).reviewOn).toBe('2027-03-01');
  });
});

describe('the review date and the goals', () => {
  const parkedRound = makeRound({
    ...answered,
    agreed: { agenda: { parkedUntil: '2027-01-15' }, exceptions: { readTogether: true } },
    settledAt: '2026-12-02T10:00:00.000Z',
  });

  it('takes the first parked date as the one date to come back, when no review was agreed', () => {
    const a = buildAgreement(smallTemplate, {}, parkedRound);
    expect(a).toMatchObject({ reviewOn: '2027-01-15', reviewFrom: 'parked' });
    const doc = agreementDocument(a);
    expect(doc.keyPoints.find((k) => k.term === 'Review')?.text).toBe(
      'We come back to what is still open, and to how it is going, by 15 January 2027.',
    );
    expect(doc.sections.at(-1)).toEqual({
      id: 'parked',
      heading: 'To come back to',
      lines: [{ text: 'Who sets the agenda? By 15 January 2027.' }],
    });
  });

  it('keeps an agreed review date over a parked one', () => {
    const a = buildAgreement(smallTemplate, { reviewOn: '2027-03-01' }, parkedRound);
    expect(a).toMatchObject({ reviewOn: '2027-03-01', reviewFrom: 'review' });
  });

  it('lists the mentee’s active goals, oldest first, under the mentee’s name', () => {
    const goal = (text: string, status: 'active' | 'dropped', createdAt: string) => ({
      text,
      status,
      createdAt,
    });
    const a = buildAgreement(smallTemplate, { menteeName: 'Sam' }, parkedRound, [
      goal('Lead a project', 'active', '2026-12-03T00:00:00.000Z'),
      goal('Old goal', 'dropped', '2026-12-01T00:00:00.000Z'),
      goal('Speak at a meeting', 'active', '2026-12-02T00:00:00.000Z'),
    ]);
    expect(a.goals).toEqual(['Speak at a meeting', 'Lead a project']);
    expect(agreementDocument(a).sections[0]).toMatchObject({ heading: 'Sam’s goals' });
  });

  it('names the programme and the checklist, the pair and the date', () => {
    const template = { ...smallTemplate, title: 'Oakwood checklist', programme: 'Oakwood Trust' };
    const doc = agreementDocument(buildAgreement(template, { mentorName: 'Priya' }, parkedRound));
    expect(doc.kicker).toBe('Oakwood Trust · Oakwood checklist');
    expect(doc.between).toBe('Between Priya (mentor) and the mentee.');
    expect(doc.dated).toBe('Agreed on 2 December 2026.');
    const draft = agreementDocument(buildAgreement(template, {}, makeRound(answered)));
    expect(draft.dated).toBe('Draft: some items are still to settle.');
  });
});

describe('agreementToHtml', () => {
  it('is a whole page with no scripts, and escapes what the pair typed', () => {
    const round = makeRound({
      ...answered,
      agreed: { agenda: { value: { kind: 'scale', value: 1 }, note: '<img src=x onerror=alert(1)>' } },
    });
    const html = agreementToHtml(buildAgreement(smallTemplate, { menteeName: 'Sam & "Jo"' }, round));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<img|<link|https?:/);
    expect(html).toContain('Note: &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Between the mentor and Sam &amp; &quot;Jo&quot; (mentee).');
    expect(html).toContain('<p class="line">Signed</p>');
  });
});

describe('agreementToMarkdown', () => {
  it('renders the agreement with headings and escapes what the pair typed', () => {
    const round = makeRound({
      ...answered,
      agreed: {
        agenda: { value: { kind: 'scale', value: 1 }, note: '*bold* [link](x)' },
        exceptions: { readTogether: true },
      },
      settledAt: '2026-11-28T10:30:00.000Z',
    });
    const md = agreementToMarkdown(
      buildAgreement(smallTemplate, { mentorName: 'Priya', menteeName: '# Sam' }, round),
    );
    expect(md).toContain('# Our mentoring agreement');
    expect(md).toContain('Priya (mentor) and \\# Sam (mentee).');
    expect(md).toContain('Agreed on 28 November 2026.');
    expect(md).toContain('## Mentee-driven');
    expect(md).toContain('Note: \\*bold\\* \\[link\\](x)');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('escapes a list marker at the start but leaves ordinary punctuation alone', () => {
    expect(escapeMarkdown('- one')).toBe('\\- one');
    expect(escapeMarkdown('1. one')).toBe('\\1. one');
    expect(escapeMarkdown('Well-known, 2.5 hours.')).toBe('Well-known, 2.5 hours.');
  });

  it('escapes every Markdown special character', () => {
    expect(escapeMarkdown('a_b*c[d]e<f>#g')).toBe('a\\_b\\*c\\[d\\]e\\<f\\>\\#g');
  });
});

describe('agreedPracticalities', () => {
  it('reads the rhythm and limits from role items, for the meeting log', () => {
    const template = loadDefaultTemplate();
    const answers = {
      'meeting-frequency': { kind: 'choice', optionId: 'fortnightly' },
      'meeting-length': { kind: 'choice', optionId: '60' },
      'meeting-format': { kind: 'choice', optionId: 'video' },
      'review-after': { kind: 'choice', optionId: 'three-months' },
      'confidentiality-exceptions': { kind: 'text', text: 'Risk of harm' },
    } as const;
    const r = makeRound({
      templateId: 'default',
      mentor: answers,
      mentee: answers,
      agreed: { 'confidentiality-exceptions': { readTogether: true } },
    });
    expect(agreedPracticalities(template, r)).toEqual({
      frequencyDays: 14,
      lengthMinutes: 60,
      format: 'video',
      reviewAfterMonths: 3,
      confidentialityExceptions: 'Risk of harm.',
    });
  });

  it('leaves out what was not agreed or has no machine-readable value', () => {
    const r = makeRound({
      mentor: { frequency: { kind: 'choice', optionId: 'other', otherText: 'Tuesdays' } },
      mentee: { frequency: { kind: 'choice', optionId: 'other', otherText: 'tuesdays' } },
    });
    expect(agreedPracticalities(smallTemplate, r)).toEqual({});
  });
});

describe('changesBetweenRounds', () => {
  it('lists the items whose agreed value changed, with before and after in words', () => {
    const first = makeRound({
      ...answered,
      agreed: { agenda: { value: { kind: 'scale', value: 1 } }, exceptions: { readTogether: true } },
    });
    const review = makeRound({
      id: 'round2',
      number: 2,
      mentor: { ...answered.mentor, frequency: { kind: 'choice', optionId: 'monthly' } },
      mentee: { ...answered.mentee, frequency: { kind: 'choice', optionId: 'monthly' } },
      agreed: { agenda: { value: { kind: 'scale', value: 1 } }, exceptions: { parkedUntil: '2027-03-01' } },
    });
    expect(changesBetweenRounds(smallTemplate, first, review)).toEqual([
      { itemId: 'frequency', prompt: 'How often will you meet?', before: 'Every week', after: 'Every month' },
      {
        itemId: 'exceptions',
        prompt: 'When must something be passed on?',
        before: 'Anything the law requires. Risk of harm.',
      },
    ]);
  });

  it('finds no changes between a round and itself', () => {
    const r = makeRound({ ...answered, agreed: { agenda: { value: { kind: 'scale', value: 3 } } } });
    expect(changesBetweenRounds(smallTemplate, r, r)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  answersFromAgreement,
  currentAnswerer,
  finishAnswering,
  newRound,
  receiveAgreement,
  receivePartnerAnswers,
  setAgreed,
  setAnswer,
  settleRound,
  startSecondPartner,
  unansweredItems,
} from '../../../src/lib/checklist/round-flow';
import type { ChecklistRound } from '../../../src/lib/schemas/round';
import { makeRound, smallTemplate } from '../support/checklist-fixtures';

const T1 = '2026-11-28T10:00:00.000Z';
const T2 = '2026-11-28T10:10:00.000Z';
const pair = { id: 'pair1', templateId: 'small', templateVersion: 1 };

function answerAll(round: ChecklistRound, role: 'mentor' | 'mentee', agenda: number): ChecklistRound {
  let r = setAnswer(round, role, 'agenda', { kind: 'scale', value: agenda });
  r = setAnswer(r, role, 'frequency', { kind: 'choice', optionId: 'weekly' });
  return setAnswer(r, role, 'exceptions', { kind: 'text', text: `${role} words` });
}

describe('the one-device flow', () => {
  it('goes from the first partner, through the hand-over, to the second partner and the comparison', () => {
    let round = makeRound({ ...newRound(pair, 1, T1), stage: 'answering-first' });
    expect(currentAnswerer(round)).toBeUndefined();
    round = answerAll(round, 'mentee', 1);
    expect(currentAnswerer(round)).toBe('mentee');
    round = finishAnswering(smallTemplate, round, 'mentee', T1, 'one-device');
    expect(round.stage).toBe('handover');
    expect(currentAnswerer(round)).toBeUndefined();
    round = startSecondPartner(round);
    expect(round.stage).toBe('answering-second');
    expect(currentAnswerer(round)).toBe('mentor');
    round = answerAll(round, 'mentor', 1);
    round = finishAnswering(smallTemplate, round, 'mentor', T2, 'one-device');
    expect(round.stage).toBe('compare');
    // Equal answers are pre-filled as agreed.
    expect(round.agreed).toEqual({
      agenda: { value: { kind: 'scale', value: 1 } },
      frequency: { value: { kind: 'choice', optionId: 'weekly' } },
    });
  });

  it('settles only when every item is settled', () => {
    let round = makeRound();
    round = answerAll(answerAll(round, 'mentor', 1), 'mentee', 1);
    round = finishAnswering(smallTemplate, { ...round, mentorDone: T1 }, 'mentee', T2, 'one-device');
    expect(settleRound(smallTemplate, round, T2).stage).toBe('compare');
    round = setAgreed(round, 'exceptions', { readTogether: true });
    expect(settleRound(smallTemplate, round, T2)).toMatchObject({ stage: 'settled', settledAt: T2 });
  });
});

describe('the two-device flow', () => {
  it('waits for the partner, then compares when their answers arrive', () => {
    let round = answerAll(makeRound({ stage: 'answering-first' }), 'mentor', 2);
    round = finishAnswering(smallTemplate, round, 'mentor', T1, 'two-devices');
    expect(round.stage).toBe('answering-first');
    const theirs = answerAll(makeRound(), 'mentee', 4).mentee;
    round = receivePartnerAnswers(smallTemplate, round, 'mentee', theirs, T2);
    expect(round).toMatchObject({ stage: 'compare', menteeDone: T2, mentee: theirs });
  });

  it('keeps answers that arrive early until this device is done', () => {
    const theirs = answerAll(makeRound(), 'mentee', 4).mentee;
    const round = receivePartnerAnswers(
      smallTemplate,
      makeRound({ stage: 'answering-first' }),
      'mentee',
      theirs,
      T2,
    );
    expect(round.stage).toBe('answering-first');
    expect(finishAnswering(smallTemplate, round, 'mentor', T1, 'two-devices').stage).toBe('compare');
  });

  it('takes in the agreement settled on the other device', () => {
    const agreed = { agenda: { value: { kind: 'scale', value: 3 } } } as const;
    expect(receiveAgreement(makeRound(), agreed, T2)).toMatchObject({
      agreed,
      stage: 'settled',
      settledAt: T2,
    });
  });
});

describe('unansweredItems', () => {
  it('lists absent and skipped items', () => {
    const answers = { agenda: { kind: 'scale', value: 3 }, frequency: { kind: 'skipped' } } as const;
    expect(unansweredItems(smallTemplate, answers)).toEqual(['frequency', 'exceptions']);
  });
});

describe('answersFromAgreement', () => {
  it('pre-fills a review from what was agreed last time', () => {
    const previous = makeRound({
      mentor: { agenda: { kind: 'scale', value: 1 } },
      mentee: { agenda: { kind: 'scale', value: 1 } },
      agreed: { frequency: { value: { kind: 'choice', optionId: 'monthly' } } },
    });
    expect(answersFromAgreement(smallTemplate, previous)).toEqual({
      agenda: { kind: 'scale', value: 1 },
      frequency: { kind: 'choice', optionId: 'monthly' },
    });
  });

  it('gives the second partner the same starting point after the hand-over', () => {
    const prefill = { agenda: { kind: 'scale', value: 2 } } as const;
    const round = startSecondPartner(makeRound({ stage: 'handover', menteeDone: T1 }), prefill);
    expect(round.mentor).toEqual(prefill);
  });
});

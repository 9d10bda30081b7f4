/**
 * One person's answers to a checklist: a record from item id to answer.
 *
 * Unanswered has two forms, on purpose:
 * - the item id is **absent**: the person has not reached the item yet;
 * - `{kind: 'skipped'}`: the person chose to leave it for now ("not sure yet").
 * Comparison treats both as unanswered (the item is incomplete); the UI can show progress
 * differently. An agreed value is never `skipped`.
 */
import * as z from 'zod/mini';
import { MAX, idSchema, text } from './common';

export const scaleAnswerSchema = z.strictObject({
  kind: z.literal('scale'),
  value: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
});

export const choiceAnswerSchema = z.strictObject({
  kind: z.literal('choice'),
  /** The chosen option's id, or `other` when the person wrote their own (see `otherText`). */
  optionId: idSchema,
  otherText: z.optional(text(MAX.line)),
});

export const textAnswerSchema = z.strictObject({
  kind: z.literal('text'),
  text: text(MAX.medium),
});

export const skippedAnswerSchema = z.strictObject({ kind: z.literal('skipped') });

/** The option id a choice answer uses for the person's own words. */
export const OTHER_OPTION_ID = 'other';

/** A real answer: what can be agreed. */
export const givenAnswerSchema = z.discriminatedUnion('kind', [
  scaleAnswerSchema,
  choiceAnswerSchema,
  textAnswerSchema,
]);
export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

/** A real answer or an explicit skip. */
export const answerSchema = z.discriminatedUnion('kind', [
  scaleAnswerSchema,
  choiceAnswerSchema,
  textAnswerSchema,
  skippedAnswerSchema,
]);
export type Answer = z.infer<typeof answerSchema>;
export type ScaleAnswer = z.infer<typeof scaleAnswerSchema>;
export type ChoiceAnswer = z.infer<typeof choiceAnswerSchema>;
export type TextAnswer = z.infer<typeof textAnswerSchema>;

/** Checks a record has at most `MAX.list` keys (a hostile file cannot make a huge map). */
const atMostListKeys = z.refine<Record<string, unknown>>(
  (r) => Object.keys(r).length <= MAX.list,
  `At most ${MAX.list} entries`,
);

/** Item id → answer. */
export const answersSchema = z.record(idSchema, answerSchema).check(atMostListKeys);
export type Answers = z.infer<typeof answersSchema>;

/** Reads an answer without tripping over inherited properties. */
export function getAnswer(answers: Answers, itemId: string): Answer | undefined {
  return Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
}

/** True when the answer is a real answer (not absent, not skipped). */
export function isGiven(answer: Answer | undefined): answer is GivenAnswer {
  return answer !== undefined && answer.kind !== 'skipped';
}

export { atMostListKeys };

/**
 * Fixtures for checklist tests: the default template (parsed by the real schema, so a broken
 * content file fails here too), a small hand-made template, and a round builder.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../../src/lib/schemas/template';
import type { ChecklistRound } from '../../../src/lib/schemas/round';

export function loadDefaultTemplate(): ChecklistTemplate {
  const raw: unknown = JSON.parse(readFileSync('src/content/checklist/default.json', 'utf8'));
  return z.parse(checklistTemplateSchema, raw);
}

/** Three items, one of each kind, one with a sentence per option and one without any. */
export const smallTemplate: ChecklistTemplate = {
  id: 'small',
  version: 1,
  title: 'Small checklist',
  items: [
    {
      id: 'agenda',
      expectation: 'mentee-driven',
      kind: 'scale',
      prompt: 'Who sets the agenda?',
      left: 'The mentee',
      right: 'The mentor',
      sentences: [
        '{mentee} sets the agenda.',
        '{mentee} mostly sets the agenda.',
        'We set the agenda together.',
        '{mentor} mostly sets the agenda.',
        '{mentor} sets the agenda.',
      ],
    },
    {
      id: 'frequency',
      expectation: 'protected-time',
      kind: 'choice',
      role: 'meeting-frequency',
      prompt: 'How often will you meet?',
      options: [
        { id: 'weekly', label: 'Every week', sentence: 'We meet every week.', meta: { everyDays: 7 } },
        { id: 'monthly', label: 'Every month', meta: { everyDays: 30 } },
      ],
      allowOther: true,
    },
    {
      id: 'exceptions',
      expectation: 'trust-confidentiality',
      kind: 'text',
      role: 'confidentiality-exceptions',
      prompt: 'When must something be passed on?',
      sentence: 'The exceptions are:',
    },
  ],
};

/** A round with the given answers and agreed entries, timestamps fixed. */
export function makeRound(parts: Partial<ChecklistRound> = {}): ChecklistRound {
  return {
    id: 'round1',
    createdAt: '2026-11-28T09:00:00.000Z',
    updatedAt: '2026-11-28T09:00:00.000Z',
    partnershipId: 'pair1',
    templateId: 'small',
    templateVersion: 1,
    number: 1,
    startedAt: '2026-11-28T09:00:00.000Z',
    mentor: {},
    mentee: {},
    stage: 'compare',
    agreed: {},
    ...parts,
  };
}

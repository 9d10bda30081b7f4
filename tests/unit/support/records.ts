/**
 * Valid example records of every kind, for tests. Each builder takes overrides.
 */
import type {
  Action,
  ChecklistRound,
  ChecklistTemplate,
  Goal,
  Meeting,
  Partnership,
  StoredTemplate,
} from '../../../src/lib/schemas';
import { newId } from '../../../src/lib/schemas';

const T0 = '2026-01-10T09:00:00.000Z';

export function partnership(over: Partial<Partnership> = {}): Partnership {
  return {
    id: newId(),
    createdAt: T0,
    updatedAt: T0,
    title: 'Sam and Priya',
    mentorName: 'Sam',
    menteeName: 'Priya',
    startedOn: '2026-01-10',
    templateId: 'default',
    templateVersion: 1,
    answerMode: 'one-device',
    thisDevice: 'both',
    nextMeeting: { start: '2026-01-24T17:30', durationMinutes: 60, format: 'video' },
    ...over,
  };
}

export function template(over: Partial<ChecklistTemplate> = {}): ChecklistTemplate {
  return {
    id: 'default',
    version: 1,
    title: 'Mentoring expectations',
    items: [
      {
        id: 'agenda',
        expectation: 'mentee-driven',
        prompt: 'Who sets the agenda?',
        kind: 'scale',
        left: 'The mentee sets it',
        right: 'The mentor sets it',
        sentences: ['a', 'b', 'c', 'd', 'e'],
      },
      {
        id: 'frequency',
        expectation: 'practicalities',
        prompt: 'How often shall we meet?',
        role: 'meeting-frequency',
        kind: 'choice',
        options: [
          { id: 'fortnightly', label: 'Every two weeks', meta: { everyDays: 14 } },
          { id: 'monthly', label: 'Every month', meta: { everyDays: 30 } },
        ],
        allowOther: true,
      },
      {
        id: 'limits',
        expectation: 'trust-confidentiality',
        prompt: 'What would you need to share with others?',
        role: 'confidentiality-exceptions',
        kind: 'text',
        guideLink: '/guide/trust-and-confidentiality/#limits',
      },
    ],
    ...over,
  };
}

export function storedTemplate(over: Partial<StoredTemplate> = {}): StoredTemplate {
  return { ...template(), createdAt: T0, updatedAt: T0, ...over };
}

export function round(partnershipId: string, over: Partial<ChecklistRound> = {}): ChecklistRound {
  return {
    id: newId(),
    createdAt: T0,
    updatedAt: T0,
    partnershipId,
    templateId: 'default',
    templateVersion: 1,
    number: 1,
    startedAt: T0,
    mentor: { agenda: { kind: 'scale', value: 1 }, frequency: { kind: 'choice', optionId: 'monthly' } },
    mentee: { agenda: { kind: 'scale', value: 2 }, limits: { kind: 'skipped' } },
    stage: 'compare',
    agreed: { agenda: { value: { kind: 'scale', value: 1 }, confirmedAt: T0 } },
    ...over,
  };
}

export function meeting(partnershipId: string, over: Partial<Meeting> = {}): Meeting {
  return {
    id: newId(),
    createdAt: T0,
    updatedAt: T0,
    partnershipId,
    date: '2026-01-10',
    time: '17:30',
    durationMinutes: 60,
    format: 'in-person',
    agenda: 'Talk about the move to a new team.',
    notes: 'We talked it through.',
    privateNote: 'Felt nervous.',
    protectedTimeCheck: { aboutMentee: 'yes', freeFromInterruptions: 'partly' },
    status: 'held',
    ...over,
  };
}

export function action(partnershipId: string, meetingId: string, over: Partial<Action> = {}): Action {
  return {
    id: newId(),
    createdAt: T0,
    updatedAt: T0,
    partnershipId,
    createdInMeetingId: meetingId,
    text: 'Read the chapter on feedback.',
    owner: 'mentee',
    due: '2026-01-24',
    status: 'open',
    reviews: [],
    ...over,
  };
}

export function goal(partnershipId: string, over: Partial<Goal> = {}): Goal {
  return {
    id: newId(),
    createdAt: T0,
    updatedAt: T0,
    partnershipId,
    text: 'Lead a project by the summer.',
    status: 'active',
    history: [{ at: T0, status: 'active', text: 'Lead a project by the summer.' }],
    ...over,
  };
}

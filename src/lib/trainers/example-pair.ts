/**
 * The example pair a trainer loads to show every screen of the workbook: a finished checklist, three
 * meetings, actions and goals. Every record is built here, as plain data, from the checklist
 * template and today's date, so it fits whatever template the site ships. The partnership carries
 * `exampleData: true` and a title that says it is an example, so no one mistakes it for real notes.
 */
import type { Action } from '../schemas/action';
import type { Answers, GivenAnswer } from '../schemas/answers';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Partnership } from '../schemas/partnership';
import type { AgreedEntry, ChecklistRound } from '../schemas/round';
import type { ChecklistTemplate, Item } from '../schemas/template';
import { exampleMeetings, exampleGoalTexts, type ExampleMeetingText } from './example-pair-text';
import { DAY_MS } from '../dates';

/** Everything the example pair adds to the workbook. */
export interface ExamplePair {
  partnership: Partnership;
  round: ChecklistRound;
  meetings: Meeting[];
  actions: Action[];
  goals: Goal[];
}

/** The title every example partnership has, so pages can label it. */
export const EXAMPLE_TITLE = 'Example pair: Sam and Priya';

/** A calendar date `days` from `now`, as `YYYY-MM-DD` in UTC (the example needs no local precision). */
function dateFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

function instantFrom(now: Date, days: number): string {
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}

/** The two partners' answers to one item, and what they agreed: mostly alike, sometimes not. */
function answersFor(
  item: Item,
  index: number,
  confirmedAt: string,
): { mentor: GivenAnswer; mentee: GivenAnswer; agreed: AgreedEntry } {
  switch (item.kind) {
    case 'scale': {
      // Mentee-led answers (2), with the mentor one step away on every third item: a "close" item.
      const mentee = 2;
      const mentor = index % 3 === 0 ? 3 : 2;
      const value: GivenAnswer = { kind: 'scale', value: mentee };
      return {
        mentor: { kind: 'scale', value: mentor },
        mentee: value,
        // A close item is settled once confirmed: without that, the checklist would say "agreed" while
        // the agreement said "draft".
        agreed:
          mentor === mentee
            ? { value }
            : { value, note: 'We talked this through at our first meeting.', confirmedAt },
      };
    }
    case 'choice': {
      const chosen = item.options[Math.min(1, item.options.length - 1)] ?? item.options[0];
      const optionId = chosen?.id ?? 'other';
      const value: GivenAnswer = { kind: 'choice', optionId };
      return { mentor: value, mentee: value, agreed: { value } };
    }
    case 'text': {
      // The limits of confidentiality get a real answer: the same words as "topics not to discuss"
      // would make the example agreement read as if pay were an exception to confidentiality.
      if (item.role === 'confidentiality-exceptions') {
        const both: GivenAnswer = {
          kind: 'text',
          text: 'If someone is at risk of serious harm, or the law says it must be reported.',
        };
        return { mentor: both, mentee: both, agreed: { value: both, readTogether: true } };
      }
      const mentee: GivenAnswer = { kind: 'text', text: "Anything about my pay or my manager's decisions." };
      const mentor: GivenAnswer = {
        kind: 'text',
        text: 'Nothing comes to mind. Happy to talk about anything.',
      };
      return { mentor, mentee, agreed: { value: mentee, readTogether: true } };
    }
  }
}

function exampleRound(
  template: ChecklistTemplate,
  partnershipId: string,
  id: string,
  now: Date,
): ChecklistRound {
  const mentor: Answers = {};
  const mentee: Answers = {};
  const agreed: Record<string, AgreedEntry> = {};
  const settledAt = instantFrom(now, -42 + 0.05);
  template.items.forEach((item, index) => {
    const answers = answersFor(item, index, settledAt);
    mentor[item.id] = answers.mentor;
    mentee[item.id] = answers.mentee;
    agreed[item.id] = answers.agreed;
  });
  const started = instantFrom(now, -42);
  return {
    id,
    createdAt: started,
    updatedAt: instantFrom(now, -42 + 0.05),
    partnershipId,
    templateId: template.id,
    templateVersion: template.version,
    number: 1,
    startedAt: started,
    mentor,
    mentee,
    mentorDone: instantFrom(now, -42 + 0.01),
    menteeDone: instantFrom(now, -42 + 0.02),
    stage: 'settled',
    agreed,
    settledAt,
  };
}

function exampleMeeting(text: ExampleMeetingText, partnershipId: string, id: string, now: Date): Meeting {
  const at = instantFrom(now, text.daysAgo * -1);
  return {
    id,
    createdAt: at,
    updatedAt: at,
    partnershipId,
    date: dateFrom(now, -text.daysAgo),
    time: '16:00',
    durationMinutes: 60,
    format: text.format,
    agenda: text.agenda,
    notes: text.notes,
    protectedTimeCheck: { aboutMentee: 'yes', freeFromInterruptions: text.interrupted ? 'partly' : 'yes' },
    status: 'held',
  };
}

/**
 * Builds the example pair for a template. `newId` makes each record's id (pass `newId` from
 * schemas/ids; tests pass a counter). The result is the same for the same inputs.
 */
export function buildExamplePair(template: ChecklistTemplate, now: Date, newId: () => string): ExamplePair {
  const partnershipId = newId();
  const created = instantFrom(now, -42);
  const partnership: Partnership = {
    id: partnershipId,
    createdAt: created,
    updatedAt: created,
    title: EXAMPLE_TITLE,
    mentorName: 'Priya',
    menteeName: 'Sam',
    startedOn: dateFrom(now, -42),
    templateId: template.id,
    templateVersion: template.version,
    reviewOn: dateFrom(now, 49),
    answerMode: 'one-device',
    thisDevice: 'both',
    nextMeeting: { start: `${dateFrom(now, 7)}T16:00`, durationMinutes: 60, format: 'video' },
    exampleData: true,
  };
  const round = exampleRound(template, partnershipId, newId(), now);
  const meetings = exampleMeetings.map((text) => exampleMeeting(text, partnershipId, newId(), now));
  const goals: Goal[] = exampleGoalTexts.map((goal) => {
    const at = instantFrom(now, -goal.daysAgo);
    return {
      id: newId(),
      createdAt: at,
      updatedAt: instantFrom(now, -goal.changedDaysAgo),
      partnershipId,
      text: goal.text,
      status: goal.status,
      history: goal.earlierText
        ? [
            { at, status: 'active', text: goal.earlierText },
            { at: instantFrom(now, -goal.changedDaysAgo), status: goal.status, text: goal.text },
          ]
        : [{ at, status: goal.status, text: goal.text }],
    };
  });
  const actions: Action[] = meetings.flatMap((meeting, i) =>
    (exampleMeetings[i]?.actions ?? []).map((action) => {
      const later = meetings[i + 1];
      const review =
        later && action.outcome
          ? [{ meetingId: later.id, outcome: action.outcome, at: later.createdAt }]
          : [];
      return {
        id: newId(),
        createdAt: meeting.createdAt,
        updatedAt: later?.createdAt ?? meeting.createdAt,
        partnershipId,
        createdInMeetingId: meeting.id,
        text: action.text,
        owner: action.owner,
        due: dateFrom(now, -exampleMeetingDaysAgo(i) + 14),
        ...(goals[0] && action.forFirstGoal ? { goalId: goals[0].id } : {}),
        status: action.outcome === 'done' ? 'done' : action.outcome === 'dropped' ? 'dropped' : 'open',
        reviews: review,
      };
    }),
  );
  return { partnership, round, meetings, actions, goals };
}

function exampleMeetingDaysAgo(index: number): number {
  return exampleMeetings[index]?.daysAgo ?? 0;
}

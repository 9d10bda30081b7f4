import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../src/lib/schemas';
import { newAction, newMeeting } from '../../../src/lib/meetings/records';
import {
  finishMeetingChanges,
  meetingInProgress,
  startMeeting,
} from '../../../src/lib/meetings/start-meeting';
import type { MeetingLogData } from '../../../src/lib/meetings/types';
import { makeRound } from '../support/checklist-fixtures';
import * as build from '../support/records';

const now = '2026-12-01T10:00:00.000Z';
const today = '2026-12-01';

function log(over: Partial<MeetingLogData> = {}): MeetingLogData {
  const partnership = build.partnership({ id: 'p1' });
  delete partnership.nextMeeting;
  return { partnership, meetings: [], actions: [], goals: [], ...over };
}

/** The default template's length and format items, both agreed by a settled difference. */
const template = build.template({
  items: [
    {
      id: 'length',
      expectation: 'practicalities',
      prompt: 'How long?',
      role: 'meeting-length',
      kind: 'choice',
      options: [
        { id: 'm45', label: '45 minutes', meta: { minutes: 45 } },
        { id: 'm60', label: '1 hour', meta: { minutes: 60 } },
      ],
    },
    {
      id: 'format',
      expectation: 'practicalities',
      prompt: 'Where?',
      role: 'meeting-format',
      kind: 'choice',
      options: [
        { id: 'video', label: 'Video', meta: { format: 'video' } },
        { id: 'in-person', label: 'In person', meta: { format: 'in-person' } },
      ],
    },
  ],
});
const agreedRound = makeRound({
  templateId: 'default',
  mentor: { length: { kind: 'choice', optionId: 'm45' }, format: { kind: 'choice', optionId: 'video' } },
  mentee: { length: { kind: 'choice', optionId: 'm60' }, format: { kind: 'choice', optionId: 'video' } },
  agreed: { length: { value: { kind: 'choice', optionId: 'm45' } } },
});

describe('startMeeting', () => {
  it('starts a held meeting today, in progress, with the agreed length and format', () => {
    const { meeting, changes } = startMeeting(
      log({ checklist: { template, rounds: [agreedRound] } }),
      today,
      now,
    );
    expect(meeting).toMatchObject({
      status: 'held',
      date: today,
      inProgress: true,
      durationMinutes: 45,
      format: 'video',
    });
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    expect(changes).toEqual({ meetings: [meeting] });
  });

  it('prefers the planned next meeting’s length and format over the agreement', () => {
    const data = log({ checklist: { template, rounds: [agreedRound] } });
    data.partnership.nextMeeting = { start: '2026-12-01T10:00', durationMinutes: 90, format: 'phone' };
    expect(startMeeting(data, today, now).meeting).toMatchObject({ durationMinutes: 90, format: 'phone' });
  });

  it('turns the prepared agenda into the meeting, on today’s date', () => {
    const prepared = { ...newMeeting('p1', '2026-12-08', now, 'prepared'), agenda: 'My promotion' };
    const { meeting } = startMeeting(log({ meetings: [prepared] }), today, now);
    expect(meeting).toMatchObject({ id: prepared.id, agenda: 'My promotion', status: 'held', date: today });
  });

  it('reuses an empty meeting already in progress instead of leaving it behind', () => {
    const left = { ...newMeeting('p1', '2026-11-30', now), inProgress: true };
    const { meeting, changes } = startMeeting(log({ meetings: [left] }), today, now);
    expect(meeting.id).toBe(left.id);
    expect(meeting.date).toBe(today);
    expect(changes.removed).toBeUndefined();
  });

  it('finishes a meeting in progress that has something in it, and starts a new one', () => {
    const earlier = { ...newMeeting('p1', '2026-11-30', now), notes: 'Talked', inProgress: true };
    const { meeting, changes } = startMeeting(log({ meetings: [earlier] }), today, now);
    expect(meeting.id).not.toBe(earlier.id);
    expect(changes.meetings?.find((m) => m.id === earlier.id)).not.toHaveProperty('inProgress');
  });
});

describe('meetingInProgress', () => {
  it('is the held meeting being recorded, not a finished or prepared one', () => {
    const finished = newMeeting('p1', '2026-11-01', now);
    const prepared = { ...newMeeting('p1', '2026-12-08', now, 'prepared'), inProgress: true };
    const recording = { ...newMeeting('p1', today, now), inProgress: true };
    expect(meetingInProgress([finished, prepared, recording])?.id).toBe(recording.id);
    expect(meetingInProgress([finished])).toBeUndefined();
  });
});

describe('finishMeetingChanges (the discard rule)', () => {
  it('discards a meeting in which nothing was recorded', () => {
    const empty = { ...newMeeting('p1', today, now), inProgress: true, durationMinutes: 60 };
    expect(finishMeetingChanges(empty, { actions: [], goals: [] }, now)).toEqual({
      removed: { meetings: [empty.id] },
    });
  });

  it('keeps a meeting with an action agreed in it, no longer in progress', () => {
    const meeting = { ...newMeeting('p1', today, now), inProgress: true };
    const action = newAction(meeting, { text: 'Book the course', owner: 'mentee' }, now);
    const changes = finishMeetingChanges(meeting, { actions: [action], goals: [] }, now);
    expect(changes.removed).toBeUndefined();
    expect(changes.meetings?.[0]).not.toHaveProperty('inProgress');
    expect(changes.meetings?.[0]?.id).toBe(meeting.id);
  });

  it('changes nothing for a finished meeting that has something in it', () => {
    const meeting = { ...newMeeting('p1', today, now), notes: 'Talked' };
    expect(finishMeetingChanges(meeting, { actions: [], goals: [] }, now)).toEqual({});
  });
});

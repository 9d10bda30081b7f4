import { describe, expect, it } from 'vitest';
import { meetingLinkSchema } from '../../../src/lib/schemas';
import {
  actionsOfMeeting,
  meetingToLinkPayload,
  receiveMeetingLink,
  ShareError,
} from '../../../src/lib/meetings/share';
import type { Action, Meeting, MeetingLogData } from '../../../src/lib/meetings/types';

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;

const meeting: Meeting = {
  id: 'm2',
  createdAt: at(0),
  updatedAt: at(5),
  partnershipId: 'p1',
  date: '2026-11-20',
  agenda: 'Interview practice',
  notes: 'Went well',
  privateNote: 'I was nervous',
  status: 'held',
};
const action = (id: string, createdIn: string, extra: Partial<Action> = {}): Action => ({
  id,
  createdAt: at(0),
  updatedAt: at(1),
  partnershipId: 'p1',
  createdInMeetingId: createdIn,
  text: `Action ${id}`,
  owner: 'mentee',
  status: 'open',
  reviews: [],
  ...extra,
});
const data: MeetingLogData = {
  partnership: {
    id: 'p1',
    createdAt: at(0),
    updatedAt: at(0),
    templateId: 'default',
    templateVersion: 1,
    answerMode: 'two-devices',
    thisDevice: 'mentee',
    nextMeeting: { start: '2026-12-04T10:00', durationMinutes: 60 },
  },
  meetings: [meeting],
  actions: [
    action('a1', 'm1', { status: 'done', reviews: [{ meetingId: 'm2', outcome: 'done', at: at(3) }] }),
    action('a2', 'm2'),
    action('a3', 'm1'),
  ],
  goals: [],
};

describe('meetingToLinkPayload', () => {
  it('carries the meeting and its actions, never the private note, and validates', () => {
    const payload = meetingToLinkPayload(data, 'm2');
    expect(payload.meeting).not.toHaveProperty('privateNote');
    expect(JSON.stringify(payload)).not.toContain('I was nervous');
    expect(payload.actions.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(payload.nextMeeting?.start).toBe('2026-12-04T10:00');
    expect(meetingLinkSchema.safeParse(payload).success).toBe(true);
  });

  it('refuses a meeting that is not in the log', () => {
    expect(() => meetingToLinkPayload(data, 'nope')).toThrow(ShareError);
  });
});

describe('actionsOfMeeting', () => {
  it('takes the actions agreed in the meeting and those it reviewed', () => {
    expect(actionsOfMeeting(data.actions, 'm1').map((a) => a.id)).toEqual(['a1', 'a3']);
  });
});

describe('receiveMeetingLink', () => {
  const partnerData: MeetingLogData = {
    ...data,
    meetings: [],
    actions: [],
    partnership: { ...data.partnership },
  };
  delete partnerData.partnership.nextMeeting;

  it("adds a meeting new to the partner's log, marked as shared", () => {
    const received = receiveMeetingLink(partnerData, meetingToLinkPayload(data, 'm2'), at(9));
    expect(received.isNew).toBe(true);
    expect(received.changes.meetings?.[0]).toMatchObject({
      id: 'm2',
      sharedFrom: 'partner',
      notes: 'Went well',
    });
    expect(received.changes.meetings?.[0]).not.toHaveProperty('privateNote');
    expect(received.changes.actions?.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(received.changes.partnership?.nextMeeting?.start).toBe('2026-12-04T10:00');
  });

  it("updates a meeting already there, keeping the receiver's own private note", () => {
    const mine: Meeting = { ...meeting, notes: 'Old notes', privateNote: 'My own', updatedAt: at(2) };
    const received = receiveMeetingLink(
      { ...data, meetings: [mine] },
      meetingToLinkPayload(data, 'm2'),
      at(9),
    );
    expect(received.isNew).toBe(false);
    expect(received.changes.meetings?.[0]).toMatchObject({ notes: 'Went well', privateNote: 'My own' });
  });

  it('changes nothing when the log already holds a newer version', () => {
    const newer: Meeting = { ...meeting, updatedAt: at(30) };
    const payload = meetingToLinkPayload(data, 'm2');
    const received = receiveMeetingLink(
      { ...data, meetings: [newer], actions: data.actions.map((a) => ({ ...a, updatedAt: at(30) })) },
      payload,
      at(31),
    );
    expect(received.upToDate).toBe(true);
  });

  it('refuses a link from another partnership', () => {
    const other = { ...meetingToLinkPayload(data, 'm2'), partnershipId: 'p2' };
    expect(() => receiveMeetingLink(data, other, at(9))).toThrow(/different partnership/);
  });
});

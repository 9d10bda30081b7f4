/**
 * "Share with my partner": each partner keeps the log on their own device, so one meeting's summary and
 * its actions travel to the other as a meeting link payload (src/lib/schemas/links.ts), never with the
 * private note. Receiving adds the meeting to the log, or updates it if it is already there; for each
 * record the newer `updatedAt` wins, and the receiver's own private note is always kept.
 */
import { LINK_VERSION, type MeetingLink } from '../schemas';
import type { LogChanges } from './log-store';
import type { Action, Meeting, MeetingLogData } from './types';

/** Why a shared meeting could not be added. */
export class ShareError extends Error {
  constructor(
    readonly code: 'wrong-partnership' | 'not-found',
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'ShareError';
  }
}

/** The actions a meeting's summary carries: those agreed in it and those it reviewed. */
export function actionsOfMeeting(actions: readonly Action[], meetingId: string): Action[] {
  return actions.filter(
    (action) =>
      action.createdInMeetingId === meetingId ||
      action.reviews.some((review) => review.meetingId === meetingId),
  );
}

/** The meeting without the private note (and without anything else that is not shared). */
export function withoutPrivateNote(meeting: Meeting): Omit<Meeting, 'privateNote'> {
  const shared: Meeting = { ...meeting };
  delete shared.privateNote;
  // Whether this device is still recording it is this device's own business.
  delete shared.inProgress;
  return shared;
}

/** Builds the meeting link payload for one meeting of the log. */
export function meetingToLinkPayload(data: MeetingLogData, meetingId: string): MeetingLink {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) {
    throw new ShareError(
      'not-found',
      'That meeting is not in this log.',
      'Open the meeting from the history and try again.',
    );
  }
  const payload: MeetingLink = {
    format: 'mentoring-workbook-meeting',
    version: LINK_VERSION,
    partnershipId: data.partnership.id,
    meeting: withoutPrivateNote(meeting),
    actions: actionsOfMeeting(data.actions, meetingId).slice(0, 50),
  };
  if (data.partnership.nextMeeting) payload.nextMeeting = data.partnership.nextMeeting;
  return payload;
}

function isNewer(incoming: { updatedAt: string }, stored: { updatedAt: string } | undefined): boolean {
  return !stored || Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt);
}

/** What receiving a shared meeting would do, for the confirmation and then the save. */
export interface ReceivedMeeting {
  changes: LogChanges;
  /** True when the meeting was not in this log before. */
  isNew: boolean;
  /** True when nothing would change (the log already holds this version or a newer one). */
  upToDate: boolean;
}

/**
 * Works out the changes that add or update a shared meeting in this log. Throws `ShareError` when the
 * link belongs to another partnership.
 */
export function receiveMeetingLink(data: MeetingLogData, payload: MeetingLink, now: string): ReceivedMeeting {
  if (payload.partnershipId !== data.partnership.id) {
    throw new ShareError(
      'wrong-partnership',
      'This meeting belongs to a different partnership.',
      'Open the link on the device that holds your partnership with this person, or ask them to send it again.',
    );
  }
  const stored = data.meetings.find((m) => m.id === payload.meeting.id);
  const changes: LogChanges = {};
  if (isNewer(payload.meeting, stored)) {
    const meeting: Meeting = stored
      ? { ...payload.meeting, sharedFrom: stored.sharedFrom ?? 'partner' }
      : { ...payload.meeting, sharedFrom: 'partner' };
    // The private note is the receiver's own: a shared summary never replaces or removes it.
    if (stored?.privateNote !== undefined) meeting.privateNote = stored.privateNote;
    else delete meeting.privateNote;
    // So is whether this device is still recording it.
    if (stored?.inProgress) meeting.inProgress = true;
    else delete meeting.inProgress;
    changes.meetings = [meeting];
  }
  const storedActions = new Map(data.actions.map((a) => [a.id, a]));
  const actions = payload.actions.filter(
    (action) => action.partnershipId === data.partnership.id && isNewer(action, storedActions.get(action.id)),
  );
  if (actions.length) changes.actions = actions;
  const next = payload.nextMeeting;
  const current = data.partnership.nextMeeting;
  if (next && (!current || next.start > current.start)) {
    changes.partnership = { ...data.partnership, nextMeeting: next, updatedAt: now };
  }
  return {
    changes,
    isNew: !stored,
    upToDate: !changes.meetings && !changes.actions && !changes.partnership,
  };
}

/** The file name for a meeting shared as a file. */
export function sharedMeetingFileName(meeting: Pick<Meeting, 'date'>): string {
  return `mentoring-meeting-${meeting.date}.json`;
}

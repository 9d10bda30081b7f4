import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile, suggestedNextMeeting } from '../../../src/lib/meetings/calendar-events';
import type { MeetingLogData } from '../../../src/lib/meetings/types';
import { makeRound, smallTemplate } from '../support/checklist-fixtures';
import * as build from '../support/records';

const now = new Date(Date.UTC(2026, 11, 1, 9, 0, 0));
const weekly = { kind: 'choice', optionId: 'weekly' } as const;
const monthly = { kind: 'choice', optionId: 'monthly' } as const;

/** A pair who answered differently about how often to meet and settled on monthly in compare. */
function log(over: Partial<MeetingLogData> = {}): MeetingLogData {
  const round = makeRound({
    mentor: { frequency: weekly },
    mentee: { frequency: monthly },
    agreed: { frequency: { value: monthly } },
  });
  return {
    partnership: build.partnership({
      id: 'p1',
      nextMeeting: { start: '2026-12-08T17:30', durationMinutes: 45, format: 'video' },
      reviewOn: '2027-03-01',
    }),
    meetings: [],
    actions: [],
    goals: [],
    checklist: { template: smallTemplate, rounds: [round] },
    ...over,
  };
}

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const event = component.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { event, vevent: new ICAL.Event(event) };
}

function alarmTrigger(event: ICAL.Component): string {
  const alarm = event.getFirstSubcomponent('valarm');
  if (!alarm) throw new Error('no VALARM');
  expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  return String(alarm.getFirstPropertyValue('trigger'));
}

describe('calendarFile', () => {
  it('writes the settled rhythm as a repeating series with a reminder', () => {
    const file = calendarFile(log(), 'series', now);
    if (!file) throw new Error('no file');
    expect(file.fileName).toBe('mentoring-meetings-from-2026-12-08.ics');
    expect(file.text).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;COUNT=6');
    const { event, vevent } = parse(file.text);
    expect(vevent.isRecurring()).toBe(true);
    const starts = [];
    const iterator = vevent.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toString());
    expect(starts).toHaveLength(6);
    expect(starts[0]).toBe('2026-12-08T17:30:00');
    expect(starts[1]).toBe('2027-01-08T17:30:00');
    expect(alarmTrigger(event)).toBe('-P1D');
    expect(vevent.location).toBe('Video call');
  });

  it('writes a single next meeting with a reminder and no repeat', () => {
    const file = calendarFile(log(), 'one', now);
    if (!file) throw new Error('no file');
    const { event, vevent } = parse(file.text);
    expect(vevent.isRecurring()).toBe(false);
    expect(vevent.duration.toSeconds()).toBe(45 * 60);
    expect(alarmTrigger(event)).toBe('-P1D');
  });

  it('writes the review date as a whole-day event with a reminder a week ahead', () => {
    const file = calendarFile(log(), 'review', now);
    if (!file) throw new Error('no file');
    expect(file.fileName).toBe('mentoring-review-2027-03-01.ics');
    const { event, vevent } = parse(file.text);
    expect(vevent.startDate.isDate).toBe(true);
    expect(vevent.startDate.toString()).toBe('2027-03-01');
    expect(alarmTrigger(event)).toBe('-P7D');
  });

  it('offers no series without an agreed rhythm, and nothing without a plan or a review date', () => {
    const unagreed = log();
    delete unagreed.checklist;
    expect(calendarFile(unagreed, 'series', now)).toBeUndefined();
    const bare = log();
    delete bare.partnership.nextMeeting;
    delete bare.partnership.reviewOn;
    delete bare.partnership.startedOn;
    expect(calendarFile(bare, 'one', now)).toBeUndefined();
    expect(calendarFile(bare, 'review', now)).toBeUndefined();
  });
});

describe('suggestedNextMeeting', () => {
  it('follows the settled rhythm when no meeting is recorded yet, not a week', () => {
    const data = log();
    delete data.partnership.nextMeeting;
    expect(suggestedNextMeeting(data, '2026-12-01').start).toBe('2027-01-01T10:00');
  });

  it('is due one rhythm after the last meeting, at the time planned before', () => {
    const data = log({ meetings: [build.meeting('p1', { date: '2026-11-20' })] });
    data.partnership.nextMeeting = { start: '2026-11-20T17:30', durationMinutes: 45 };
    expect(suggestedNextMeeting(data, '2026-12-01')).toMatchObject({
      start: '2026-12-20T17:30',
      durationMinutes: 45,
    });
  });

  it('keeps the planned meeting while it is still ahead', () => {
    expect(suggestedNextMeeting(log(), '2026-12-01').start).toBe('2026-12-08T17:30');
  });
});

import { describe, expect, it } from 'vitest';
import { needsConversation, reviewAction, timesCarried } from '../../../src/lib/meetings/carry-forward';
import {
  planMeetingDeletion,
  restoreMeetingChanges,
  statusFromReviews,
} from '../../../src/lib/meetings/delete-meeting';
import { applyChanges } from '../../../src/lib/meetings/log-store';
import type { Action, MeetingLogData } from '../../../src/lib/meetings/types';
import { action, meeting, partnership } from '../support/records';

const now = '2026-11-28T10:00:00.000Z';
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;

/** Three meetings: `a` agreed two actions; `b` carried one and marked the other done; `c` carried it again. */
function threeMeetings(): MeetingLogData & { ids: Record<string, string> } {
  const pair = partnership();
  const a = meeting(pair.id, { date: '2026-11-01' });
  const b = meeting(pair.id, { date: '2026-11-15' });
  const c = meeting(pair.id, { date: '2026-11-29' });
  let course = action(pair.id, a.id, { text: 'Book the course' });
  let article = action(pair.id, a.id, { text: 'Send the article' });
  const slides = action(pair.id, b.id, { text: 'Draft slides' });
  const own = action(pair.id, c.id, { text: 'Ask for feedback' });
  course = reviewAction(course, b.id, 'carried', at(15));
  course = reviewAction(course, c.id, 'carried', at(29));
  article = reviewAction(article, b.id, 'done', at(15));
  return {
    partnership: pair,
    meetings: [a, b, c],
    actions: [course, article, slides, own],
    goals: [],
    ids: {
      a: a.id,
      b: b.id,
      c: c.id,
      course: course.id,
      article: article.id,
      slides: slides.id,
      own: own.id,
    },
  };
}

const byId = (data: MeetingLogData, id: string): Action | undefined => data.actions.find((x) => x.id === id);

describe('statusFromReviews', () => {
  it.each([
    [[], 'open'],
    [[{ meetingId: 'm1', outcome: 'carried' as const, at: at(1) }], 'open'],
    [
      [
        { meetingId: 'm1', outcome: 'carried' as const, at: at(1) },
        { meetingId: 'm2', outcome: 'done' as const, at: at(2) },
      ],
      'done',
    ],
    [
      [
        { meetingId: 'm2', outcome: 'dropped' as const, at: at(2) },
        { meetingId: 'm1', outcome: 'carried' as const, at: at(1) },
      ],
      'dropped',
    ],
  ])('reads %j as %s (the latest outcome counts)', (reviews, status) => {
    expect(statusFromReviews(reviews)).toBe(status);
  });
});

describe('planMeetingDeletion', () => {
  it('gives nothing for a meeting that is not in the log', () => {
    expect(planMeetingDeletion(threeMeetings(), 'nope', now)).toBeUndefined();
  });

  it('deletes the meeting with its own actions that no other meeting followed up', () => {
    const data = threeMeetings();
    const plan = planMeetingDeletion(data, data.ids.c ?? '', now);
    expect(plan?.deletedActions.map((x) => x.text)).toEqual(['Ask for feedback']);
    expect(plan?.changes.removed).toEqual({ meetings: [data.ids.c], actions: [data.ids.own] });
    const after = applyChanges(data, plan?.changes ?? {});
    expect(after.meetings.map((m) => m.id)).toEqual([data.ids.a, data.ids.b]);
    expect(byId(after, data.ids.own ?? '')).toBeUndefined();
  });

  it('keeps actions agreed in the meeting that later meetings carried, open and still flagged', () => {
    const data = threeMeetings();
    const plan = planMeetingDeletion(data, data.ids.a ?? '', now);
    expect(plan?.keptActions.map((x) => x.text)).toEqual(['Book the course', 'Send the article']);
    expect(plan?.deletedActions).toEqual([]);
    const after = applyChanges(data, plan?.changes ?? {});
    const course = byId(after, data.ids.course ?? '');
    expect(course?.status).toBe('open');
    expect(timesCarried(course ?? ({} as Action))).toBe(2);
    expect(course && needsConversation(course)).toBe(true);
    expect(byId(after, data.ids.article ?? '')?.status).toBe('done');
  });

  it("takes the meeting's reviews off earlier actions and works their status out again", () => {
    const data = threeMeetings();
    const plan = planMeetingDeletion(data, data.ids.b ?? '', now);
    // b marked the article done: without b it is open again. b carried the course once.
    expect(plan?.reopened.map((x) => x.text)).toEqual(['Send the article']);
    expect(plan?.deletedActions.map((x) => x.text)).toEqual(['Draft slides']);
    const after = applyChanges(data, plan?.changes ?? {});
    const article = byId(after, data.ids.article ?? '');
    expect(article).toMatchObject({ status: 'open', reviews: [] });
    const course = byId(after, data.ids.course ?? '');
    expect(course?.reviews.map((r) => r.meetingId)).toEqual([data.ids.c]);
    expect(course && needsConversation(course)).toBe(false);
    expect(byId(after, data.ids.slides ?? '')).toBeUndefined();
  });
});

describe('restoreMeetingChanges', () => {
  it('puts back the meeting, its own actions and its reviews as they were', () => {
    const data = threeMeetings();
    const plan = planMeetingDeletion(data, data.ids.b ?? '', now);
    if (!plan) throw new Error('no plan');
    const deleted = applyChanges(data, plan.changes);
    const restored = applyChanges(deleted, restoreMeetingChanges(deleted, plan, now));
    expect(restored.meetings.map((m) => m.id).sort()).toEqual(data.meetings.map((m) => m.id).sort());
    for (const original of data.actions) {
      const back = byId(restored, original.id);
      expect(back, original.text).toMatchObject({
        text: original.text,
        status: original.status,
        createdInMeetingId: original.createdInMeetingId,
      });
      expect(back?.reviews.map((r) => r.meetingId).sort()).toEqual(
        original.reviews.map((r) => r.meetingId).sort(),
      );
    }
  });

  it('keeps an edit made to a followed-up action after the deletion', () => {
    const data = threeMeetings();
    const plan = planMeetingDeletion(data, data.ids.b ?? '', now);
    if (!plan) throw new Error('no plan');
    const deleted = applyChanges(data, plan.changes);
    const article = byId(deleted, data.ids.article ?? '');
    const edited = applyChanges(deleted, {
      actions: [{ ...(article as Action), text: 'Send two articles' }],
    });
    const restored = applyChanges(edited, restoreMeetingChanges(edited, plan, now));
    expect(byId(restored, data.ids.article ?? '')).toMatchObject({
      text: 'Send two articles',
      status: 'done',
    });
  });
});

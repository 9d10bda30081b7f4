/**
 * The meeting history: newest first, filtered by words and by goal, and cut into pages so a log of
 * thousands of meetings renders only a screenful at a time.
 *
 * Text matching ignores case and accents ("cafe" finds "Café") and needs every word of the query to
 * appear somewhere in the meeting: its agenda, notes, private note (the owner's own, on their device)
 * or the text of the actions created or reviewed in it. The goal filter keeps meetings with an action
 * linked to that goal (created or reviewed in the meeting).
 */

/** The parts of a meeting the history reads. */
export interface HistoryMeeting {
  id: string;
  date: string;
  createdAt?: string;
  agenda?: string | undefined;
  notes?: string | undefined;
  privateNote?: string | undefined;
}

/** The parts of an action the history reads. */
export interface HistoryAction {
  createdInMeetingId: string;
  text: string;
  goalId?: string | undefined;
  reviews: readonly { meetingId: string }[];
}

/** What to filter by; empty values filter nothing. */
export interface HistoryFilter {
  text?: string;
  goalId?: string;
}

/** One page of a list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number, clamped into range. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first and last item shown (0 when empty). */
  from: number;
  to: number;
}

/** Lower case, accents removed, spaces collapsed: the form both query and text are compared in. */
export function normaliseForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
}

/** Meetings newest first: by date, then by when they were created. Does not change the input. */
export function sortNewestFirst<M extends HistoryMeeting>(meetings: readonly M[]): M[] {
  return [...meetings].sort(
    (a, b) => b.date.localeCompare(a.date) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''),
  );
}

function actionsByMeeting(actions: readonly HistoryAction[]): Map<string, HistoryAction[]> {
  const map = new Map<string, HistoryAction[]>();
  const add = (meetingId: string, action: HistoryAction) => {
    const list = map.get(meetingId);
    if (list) {
      if (!list.includes(action)) list.push(action);
    } else map.set(meetingId, [action]);
  };
  for (const action of actions) {
    add(action.createdInMeetingId, action);
    for (const review of action.reviews) add(review.meetingId, action);
  }
  return map;
}

/** The meetings that match the filter, newest first. */
export function filterMeetings<M extends HistoryMeeting>(
  meetings: readonly M[],
  actions: readonly HistoryAction[],
  filter: HistoryFilter,
): M[] {
  const words = normaliseForSearch(filter.text ?? '')
    .split(' ')
    .filter(Boolean);
  const goalId = filter.goalId ?? '';
  const byMeeting = actionsByMeeting(actions);
  const matches = meetings.filter((meeting) => {
    const related = byMeeting.get(meeting.id) ?? [];
    if (goalId && !related.some((action) => action.goalId === goalId)) return false;
    if (words.length === 0) return true;
    const haystack = normaliseForSearch(
      [meeting.agenda, meeting.notes, meeting.privateNote, ...related.map((action) => action.text)]
        .filter(Boolean)
        .join(' \n '),
    );
    return words.every((word) => haystack.includes(word));
  });
  return sortNewestFirst(matches);
}

/** One page of `items` (1-based `page`, clamped to the pages there are). */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(pageCount, Math.max(1, Math.floor(page) || 1));
  const start = (current - 1) * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page: current,
    pageCount,
    total: items.length,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
  };
}

/** Meetings whose date falls between `from` and `to` inclusive ("YYYY-MM-DD"; either may be empty). */
export function meetingsInRange<M extends HistoryMeeting>(
  meetings: readonly M[],
  from: string,
  to: string,
): M[] {
  return meetings.filter((m) => (!from || m.date.slice(0, 10) >= from) && (!to || m.date.slice(0, 10) <= to));
}

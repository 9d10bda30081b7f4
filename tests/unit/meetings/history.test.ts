import { describe, expect, it } from 'vitest';
import {
  filterMeetings,
  meetingsInRange,
  normaliseForSearch,
  paginate,
  sortNewestFirst,
} from '../../../src/lib/meetings/history';

const meetings = [
  { id: 'm1', date: '2026-09-01', agenda: 'Career options', notes: 'Talked about a course' },
  { id: 'm2', date: '2026-10-01', agenda: 'Presenting at the café', notes: '' },
  {
    id: 'm3',
    date: '2026-11-01',
    agenda: 'Feedback',
    notes: 'Nervous about presenting',
    privateNote: 'tired',
  },
];
const actions = [
  { createdInMeetingId: 'm1', text: 'Look up evening courses', goalId: 'g1', reviews: [{ meetingId: 'm2' }] },
  { createdInMeetingId: 'm3', text: 'Draft slides', goalId: 'g2', reviews: [] },
];

describe('filterMeetings', () => {
  it('returns every meeting newest first when there is no filter', () => {
    expect(filterMeetings(meetings, actions, {}).map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
  });

  it('matches words anywhere, ignoring case and accents', () => {
    expect(filterMeetings(meetings, actions, { text: 'PRESENTING' }).map((m) => m.id)).toEqual(['m3', 'm2']);
    expect(filterMeetings(meetings, actions, { text: 'cafe' }).map((m) => m.id)).toEqual(['m2']);
  });

  it('needs every word of the query', () => {
    expect(filterMeetings(meetings, actions, { text: 'presenting nervous' }).map((m) => m.id)).toEqual([
      'm3',
    ]);
  });

  it('searches action text and the private note', () => {
    expect(filterMeetings(meetings, actions, { text: 'slides' }).map((m) => m.id)).toEqual(['m3']);
    expect(filterMeetings(meetings, actions, { text: 'tired' }).map((m) => m.id)).toEqual(['m3']);
  });

  it('keeps meetings with an action on the goal, created or reviewed there', () => {
    expect(filterMeetings(meetings, actions, { goalId: 'g1' }).map((m) => m.id)).toEqual(['m2', 'm1']);
    expect(filterMeetings(meetings, actions, { goalId: 'g2', text: 'course' })).toEqual([]);
  });

  it('filters 2,000 meetings', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      id: `m${i}`,
      date: `2026-01-01`,
      createdAt: String(i).padStart(5, '0'),
      agenda: i % 100 === 0 ? 'needle' : 'hay',
    }));
    const found = filterMeetings(many, [], { text: 'needle' });
    expect(found).toHaveLength(20);
    expect(found[0]?.id).toBe('m1900');
  });
});

describe('normaliseForSearch', () => {
  it('lowers case, strips accents and collapses spaces', () => {
    expect(normaliseForSearch('  Café \n Über ')).toBe('cafe uber');
  });
});

describe('sortNewestFirst', () => {
  it('breaks ties on the same day by creation time', () => {
    const sorted = sortNewestFirst([
      { id: 'a', date: '2026-11-01', createdAt: '2026-11-01T09:00:00Z' },
      { id: 'b', date: '2026-11-01', createdAt: '2026-11-01T12:00:00Z' },
    ]);
    expect(sorted.map((m) => m.id)).toEqual(['b', 'a']);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it.each([
    [1, 1, 1, 20],
    [3, 3, 41, 45],
    [9, 3, 41, 45],
    [0, 1, 1, 20],
  ])('asked for page %i shows page %i, items %i to %i', (asked, page, from, to) => {
    expect(paginate(items, asked, 20)).toMatchObject({ page, pageCount: 3, total: 45, from, to });
  });

  it('has one empty page when there is nothing', () => {
    expect(paginate([], 1, 20)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, from: 0, to: 0 });
  });
});

describe('meetingsInRange', () => {
  it('keeps dates inside the range, both ends included', () => {
    expect(meetingsInRange(meetings, '2026-10-01', '2026-11-01').map((m) => m.id)).toEqual(['m2', 'm3']);
    expect(meetingsInRange(meetings, '', '2026-09-30').map((m) => m.id)).toEqual(['m1']);
  });
});

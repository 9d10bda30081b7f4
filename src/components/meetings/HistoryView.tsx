/**
 * History: every meeting, newest first, filtered by words and goal, a page at a time; and a printable
 * summary of one meeting or a date range, with private notes left out unless chosen.
 */
import { useMemo, useState } from 'preact/hooks';
import { formatDateLong } from '../../lib/dates';
import { filterMeetings, meetingsInRange, paginate, sortNewestFirst } from '../../lib/meetings/history';
import { isEmptyMeeting } from '../../lib/meetings/records';
import type { Meeting } from '../../lib/meetings/types';
import type { ViewProps } from './LogViews';
import { PrintSummary } from './PrintSummary';
import { ViewHeading } from './ViewHeading';
import { GoalSelect } from './GoalSelect';

const PAGE_SIZE = 20;

export function HistoryView({ data, go }: ViewProps) {
  const [text, setText] = useState('');
  const [goalId, setGoalId] = useState('');
  const [page, setPage] = useState(1);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [includePrivate, setIncludePrivate] = useState(false);
  const [printing, setPrinting] = useState<Meeting[] | null>(null);

  // A meeting in which nothing was written is not a meeting: it is not listed.
  const held = useMemo(
    () => data.meetings.filter((m) => m.status === 'held' && !isEmptyMeeting(m, data)),
    [data],
  );
  const matches = useMemo(
    () => filterMeetings(held, data.actions, { text, goalId }),
    [held, data.actions, text, goalId],
  );
  const shown = paginate(matches, page, PAGE_SIZE);

  if (printing) {
    return (
      <PrintSummary
        data={data}
        meetings={printing}
        includePrivate={includePrivate}
        onClose={() => setPrinting(null)}
      />
    );
  }

  return (
    <section class="log-view">
      <ViewHeading>History</ViewHeading>
      <div class="history-filters" role="search">
        <div>
          <label for="history-text">Search your meetings</label>
          <input
            id="history-text"
            type="search"
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setPage(1);
            }}
          />
        </div>
        <GoalSelect
          id="history-goal"
          label="Goal"
          none="All goals"
          goals={data.goals}
          value={goalId}
          onChange={(id) => {
            setGoalId(id);
            setPage(1);
          }}
        />
      </div>
      <p role="status">
        {shown.total === 0
          ? 'No meetings match.'
          : `Showing ${shown.from} to ${shown.to} of ${shown.total} ${shown.total === 1 ? 'meeting' : 'meetings'}.`}
      </p>
      <ol class="history-list">
        {shown.items.map((meeting) => (
          <li key={meeting.id} class="history-item">
            <h3>
              {formatDateLong(meeting.date)}
              {meeting.inProgress && <span class="muted"> (in progress)</span>}
            </h3>
            {meeting.agenda && <p class="history-agenda">{meeting.agenda}</p>}
            <div class="log-actions-row">
              <button
                type="button"
                class="secondary"
                onClick={() => go({ view: 'meeting', meetingId: meeting.id })}
              >
                Open<span class="visually-hidden"> the meeting of {formatDateLong(meeting.date)}</span>
              </button>
              <button type="button" class="secondary" onClick={() => setPrinting([meeting])}>
                Print<span class="visually-hidden"> the meeting of {formatDateLong(meeting.date)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      {shown.pageCount > 1 && (
        <nav aria-label="Pages of meetings" class="pager">
          <button
            type="button"
            class="secondary"
            disabled={shown.page === 1}
            onClick={() => setPage(shown.page - 1)}
          >
            Newer
          </button>
          <span>
            Page {shown.page} of {shown.pageCount}
          </span>
          <button
            type="button"
            class="secondary"
            disabled={shown.page === shown.pageCount}
            onClick={() => setPage(shown.page + 1)}
          >
            Older
          </button>
        </nav>
      )}

      <h3>Print a summary</h3>
      <form
        class="print-range"
        onSubmit={(event) => {
          event.preventDefault();
          setPrinting(sortNewestFirst(meetingsInRange(held, from, to)).reverse());
        }}
      >
        <div class="field-row">
          <div>
            <label for="print-from">From</label>
            <input
              id="print-from"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="print-to">To</label>
            <input id="print-to" type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          </div>
        </div>
        <label class="choice">
          <input
            type="checkbox"
            checked={includePrivate}
            onChange={(e) => setIncludePrivate(e.currentTarget.checked)}
          />
          Include my private notes
        </label>
        <button type="submit" class="secondary">
          Show the summary to print
        </button>
      </form>
    </section>
  );
}

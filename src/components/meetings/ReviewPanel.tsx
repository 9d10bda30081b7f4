/**
 * The review on the overview: the date the pair agreed to look at their expectations again, and,
 * when it is near or has passed, an invitation to the checklist's review round and to look back at
 * the goals (the guide's "Review at three months").
 */
import { formatDateLong } from '../../lib/dates';
import { describeReviewReminder, reviewReminder } from '../../lib/calendar/review';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { ViewState } from '../../lib/meetings/view-state';

interface Props {
  data: MeetingLogData;
  reviewOn: string | undefined;
  today: string;
  go: (next: Partial<ViewState>) => void;
}

export function ReviewPanel({ data, reviewOn, today, go }: Props) {
  const reminder = reviewReminder(reviewOn, today);
  // The checklist page sits beside this one (/workbook/checklist/), under any base path.
  const checklistHref = `../checklist/#p=${encodeURIComponent(data.partnership.id)}`;
  return (
    <>
      <h3>Your review</h3>
      {reviewOn ? (
        <p>You agreed to review how it is going on {formatDateLong(reviewOn)}.</p>
      ) : (
        <p>No review date agreed yet. The checklist asks when you will look back at how it is going.</p>
      )}
      {reminder && (
        <div class="log-note" role="note">
          <p>{describeReviewReminder(reminder)}</p>
          <p>
            On the checklist, choose “Review our expectations”: each of you answers again, starting from what
            you agreed, and you compare what has moved. Then look back at the mentee's goals together.
          </p>
          <p class="log-actions-row">
            <a class="button" href={checklistHref}>
              Start the review on the checklist
            </a>
            <button type="button" class="secondary" onClick={() => go({ view: 'goals' })}>
              Look back at the goals
            </button>
          </p>
        </div>
      )}
    </>
  );
}

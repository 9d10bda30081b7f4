/**
 * "Close our partnership": a no-fault ending, as the guide's page on ending describes it. Look at how
 * each goal ended, each partner writes what went well and what they take away (private unless shared),
 * read the closing summary together, then close. A closed partnership shows ClosedView instead.
 */
import { localToday } from '../../lib/dates';
import { closePartnership, isClosed, type Partner } from '../../lib/meetings/ending';
import { updateGoal } from '../../lib/meetings/records';
import type { GoalStatus } from '../../lib/meetings/types';
import { ClosedView } from './ClosedView';
import { ClosingSummary } from './ClosingSummary';
import { goalStatusLabels } from './labels';
import type { ViewProps } from './LogViews';
import { ReflectionForm } from './ReflectionForm';
import { ViewHeading } from './ViewHeading';

export function EndingView(props: ViewProps) {
  const { data, change, go } = props;
  if (isClosed(data.partnership)) return <ClosedView {...props} />;
  const { partnership } = data;
  const writers: Partner[] =
    partnership.thisDevice === 'both' ? ['mentee', 'mentor'] : [partnership.thisDevice];
  const name = (who: Partner) =>
    (who === 'mentee' ? partnership.menteeName : partnership.mentorName) ?? `The ${who}`;
  const close = () => {
    change({ partnership: closePartnership(partnership, localToday(), new Date().toISOString()) });
    go({ view: 'overview' });
  };

  return (
    <section class="log-view ending">
      <ViewHeading>Close our partnership</ViewHeading>
      <p>
        Every partnership ends. Goals are met, a programme finishes, the fit is not right or life gets in the
        way. None of these is a failure, and nobody needs to be blamed.{' '}
        <a href="../../guide/reviewing-and-ending/#a-no-fault-ending">Read the guide on ending well</a>.
      </p>
      <p>
        Use your last meeting to look back together. Take these steps in any order; everything saves as you
        go.
      </p>

      <h3>1. How each goal ended</h3>
      {data.goals.length === 0 ? (
        <p class="muted">No goals were written down.</p>
      ) : (
        <ul class="goal-list">
          {data.goals.map((goal) => (
            <li key={goal.id} class="goal">
              <label for={`ending-goal-${goal.id}`}>{goal.text}</label>
              <select
                id={`ending-goal-${goal.id}`}
                value={goal.status}
                onChange={(event) =>
                  change({
                    goals: [
                      updateGoal(
                        goal,
                        { status: event.currentTarget.value as GoalStatus },
                        new Date().toISOString(),
                      ),
                    ],
                  })
                }
              >
                {Object.entries(goalStatusLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {value === 'active' ? 'Still going' : label}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}

      <h3>2. Looking back</h3>
      <p>Each of you writes a few lines. Say thank you, and mean it.</p>
      {writers.map((who) => (
        <ReflectionForm key={who} partnership={partnership} who={who} name={name(who)} change={change} />
      ))}

      <h3>3. Your closing summary</h3>
      <p>This is what you keep. It prints on one page.</p>
      <ClosingSummary data={data} />

      <h3>4. Close the partnership</h3>
      <p>
        Closing keeps everything on this device, read-only. You can print the summary, and reopen the
        partnership at any time. Then agree what happens to your notes: each of you decides whether to keep or
        delete them.
      </p>
      <p>
        <button type="button" onClick={close}>
          Close our partnership
        </button>
      </p>
    </section>
  );
}

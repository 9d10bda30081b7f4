/**
 * A closed partnership: the closing summary to print as a keepsake, the log kept read-only, and a way
 * to reopen it.
 */
import { formatDateLong } from '../../lib/dates';
import { reopenPartnership } from '../../lib/meetings/ending';
import { ClosingSummary } from './ClosingSummary';
import type { ViewProps } from './LogViews';
import { ViewHeading } from './ViewHeading';

export function ClosedView({ data, change }: ViewProps) {
  const closedOn = data.partnership.ending?.closedOn;
  const reopen = () => change({ partnership: reopenPartnership(data.partnership, new Date().toISOString()) });
  return (
    <section class="log-view closed-partnership">
      <ViewHeading>Our partnership is closed</ViewHeading>
      <div class="no-print">
        <p>
          {closedOn ? `You closed it on ${formatDateLong(closedOn)}. ` : ''}Your meetings, goals and notes
          stay on this device, read-only: the History and Goals show them as they were.
        </p>
        <p class="log-actions-row">
          <button type="button" onClick={() => print()}>
            Print the summary
          </button>
          <button type="button" class="secondary" onClick={reopen}>
            Reopen the partnership
          </button>
        </p>
      </div>
      <ClosingSummary data={data} />
    </section>
  );
}

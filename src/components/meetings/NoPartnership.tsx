/** When no partnership is open: the ones on this device to choose from, or a kind pointer to start one. */
import type { PartnershipChoice } from '../../lib/meetings/log-store';
import { viewStateToHash } from '../../lib/meetings/view-state';

interface Props {
  choices: PartnershipChoice[];
  workbookHref: string;
}

export function NoPartnership({ choices, workbookHref }: Props) {
  if (choices.length > 0) {
    return (
      <div class="log-empty">
        <p>Choose whose meeting log to open.</p>
        <ul>
          {choices.map((choice) => (
            <li key={choice.id}>
              <a href={viewStateToHash({ partnershipId: choice.id, view: 'overview' })}>{choice.name}</a>
            </li>
          ))}
        </ul>
        <p>
          Or go to <a href={workbookHref}>your workbook</a> to start a new partnership.
        </p>
      </div>
    );
  }
  return (
    <div class="log-empty">
      <p>
        There is no partnership open yet. The meeting log belongs to a partnership, so start or open one
        first.
      </p>
      <p>
        <a class="button" href={workbookHref}>
          Go to your workbook
        </a>
      </p>
    </div>
  );
}

/** When no partnership is open: the ones on this device to choose from, or a kind pointer to start one. */
import type { PartnershipChoice } from '../../lib/meetings/log-store';
import { viewStateToHash } from '../../lib/meetings/view-state';

interface Props {
  choices: PartnershipChoice[];
  workbookHref: string;
  /** The address named a partnership that is not on this device (deleted, or from another device). */
  missing: boolean;
}

// The same words as the checklist and the agreement use for a partnership that is not here.
const notHere =
  'This partnership is not on this device. It may have been deleted, or started on another device or in another browser.';

export function NoPartnership({ choices, workbookHref, missing }: Props) {
  if (choices.length > 0) {
    return (
      <div class="log-empty">
        {missing && <p>{notHere}</p>}
        <p>Choose whose meeting log to open.</p>
        <ul>
          {choices.map((choice) => (
            <li key={choice.id}>
              <a href={viewStateToHash({ partnershipId: choice.id, view: 'overview' })}>{choice.name}</a>
            </li>
          ))}
        </ul>
        <p>
          Or go to <a href={workbookHref}>the workbook</a> to start a new partnership.
        </p>
      </div>
    );
  }
  return (
    <div class="log-empty">
      <p>
        {missing
          ? notHere
          : 'There is no partnership open yet. The meeting log belongs to a partnership, so start or open one first.'}
      </p>
      <p>
        <a class="button" href={workbookHref}>
          Go to the workbook
        </a>
      </p>
    </div>
  );
}

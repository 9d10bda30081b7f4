/**
 * A closed partnership's log, read-only: the view's fields are shown disabled (a disabled fieldset),
 * with a note saying why and where to reopen it.
 */
import type { ComponentChildren } from 'preact';
import { viewStateToHash } from '../../lib/meetings/view-state';

export function ReadOnly({
  partnershipId,
  children,
}: {
  partnershipId: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <p class="log-note no-print" role="note">
        This partnership is closed, so its log is read-only.{' '}
        <a href={viewStateToHash({ partnershipId, view: 'ending' })}>Reopen it</a> to make changes.
      </p>
      <fieldset class="read-only-log" disabled>
        <legend class="visually-hidden">Read-only log</legend>
        {children}
      </fieldset>
    </>
  );
}

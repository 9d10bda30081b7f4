/** What the workbook pages show while loading, or when the partnership cannot be opened. */
import { withBase } from '../../lib/site/base-path';
import type { PageState } from './use-session';

interface Props {
  state: Exclude<PageState, { status: 'ready' }> | { status: 'no-template' };
  base: string;
}

export function LoadProblem({ state, base }: Props) {
  const home = (
    <a href={withBase(base, '/workbook/')} class="button">
      Go to the workbook
    </a>
  );
  switch (state.status) {
    case 'loading':
      return <p role="status">Opening your workbook…</p>;
    case 'no-partnership':
      return (
        <div class="notice">
          <p>No partnership is open. Start one, or open one you already have, from the workbook.</p>
          {home}
        </div>
      );
    case 'not-found':
      return (
        <div class="notice warning" role="alert">
          <p>
            This partnership is not on this device. It may have been deleted, or started on another device or
            in another browser. Open the workbook to see the partnerships on this device.
          </p>
          {home}
        </div>
      );
    case 'no-template':
      return (
        <div class="notice warning" role="alert">
          <p>
            The checklist this partnership uses is not on this device. Open the link your trainer or partner
            sent again, or restore a backup on the Your data page.
          </p>
          {home}
        </div>
      );
    case 'error':
      return (
        <div class="notice warning" role="alert">
          <p>{state.message}</p>
          <p>{state.hint}</p>
        </div>
      );
  }
}

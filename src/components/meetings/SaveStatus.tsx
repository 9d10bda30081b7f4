/** The visible autosave status; announced politely to screen readers. */
import type { SaveState } from '../../lib/meetings/autosave';

interface Props {
  state: SaveState;
  onRetry: () => void;
}

const messages: Record<SaveState, string> = {
  idle: 'Changes save on this device as you type.',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'All changes saved on this device.',
  error: 'Your last change could not be saved.',
};

export function SaveStatus({ state, onRetry }: Props) {
  return (
    <div class={`save-status save-${state}`}>
      <p role="status">{messages[state]}</p>
      {state === 'error' && (
        <p>
          Storage may be full or blocked. Keep this tab open and{' '}
          <button type="button" class="secondary" onClick={onRetry}>
            try saving again
          </button>
        </p>
      )}
    </div>
  );
}

/** The visible autosave status; announced politely to screen readers. */
import type { SaveState } from '../../lib/meetings/autosave';

interface Props {
  state: SaveState;
  /** What went wrong and what to do, when the state is `error`. */
  problem: string;
  /** The workbook lives in this tab's memory: saved is not saved on this device. */
  inMemory: boolean;
  onRetry: () => void;
}

const messages: Record<SaveState, string> = {
  idle: 'Changes save on this device as you type.',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'All changes saved on this device.',
  error: 'Your last change could not be saved.',
};

const inMemoryMessages: Record<SaveState, string> = {
  ...messages,
  idle: 'Changes are kept in this tab only.',
  saved: 'All changes kept in this tab only. Back them up before you close it.',
};

export function SaveStatus({ state, problem, inMemory, onRetry }: Props) {
  return (
    <div class={`save-status save-${state}`}>
      <p role="status">{(inMemory ? inMemoryMessages : messages)[state]}</p>
      {state === 'error' && (
        <p>
          {problem} Keep this tab open and{' '}
          <button type="button" class="secondary" onClick={onRetry}>
            try saving again
          </button>
        </p>
      )}
    </div>
  );
}

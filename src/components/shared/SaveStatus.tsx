/**
 * The one save status of every workbook page, announced politely to screen readers, with Retry when a
 * save failed. It follows the session's save store alone, so a save completing re-renders this line
 * and nothing else on the page (no field being typed in is touched).
 */
import type { SaveState, Session } from '../../lib/session/session';
import { useStore } from './use-store';

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

export function SaveStatus({ session }: { session: Session }) {
  const { state, problem, inMemory } = useStore(session.saving, session.saving.get());
  return (
    <div class={`save-status save-${state}`}>
      <p role="status">{(inMemory ? inMemoryMessages : messages)[state]}</p>
      {state === 'error' && (
        <p>
          {problem ? `${problem.message} ${problem.hint}` : ''} Keep this tab open and{' '}
          <button type="button" class="secondary" onClick={() => void session.flush()}>
            try saving again
          </button>
        </p>
      )}
    </div>
  );
}

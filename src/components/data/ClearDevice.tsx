/**
 * "Clear this device": everything the workbook holds here goes, after typing a word. Trainers
 * clear shared workshop laptops this way.
 */
import { useState } from 'preact/hooks';
import { CLEAR_WORD, confirmsClear } from '../../lib/data/delete';

interface Props {
  onClear: () => Promise<void>;
  onError: (error: unknown) => void;
  /** Told once the device is clear (the panel drops its own messages). */
  onCleared: () => void;
}

export function ClearDevice({ onClear, onError, onCleared }: Props) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const clear = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!confirmsClear(typed)) {
      setProblem(`Type the word ${CLEAR_WORD} in the box to confirm.`);
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      await onClear();
      setTyped('');
      onCleared();
      setMessage('Everything has been deleted from this device.');
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h3>Clear this device</h3>
      <p>
        Deletes every partnership, meeting, action and goal on this device for good, with recently deleted
        partnerships and the record of your backups. Use it on a shared computer when you have finished. Make
        a backup first if you want to keep anything.
      </p>
      <form onSubmit={(e) => void clear(e)} noValidate>
        <label for="data-clear-word">Type {CLEAR_WORD} to confirm</label>
        <input
          id="data-clear-word"
          type="text"
          autoComplete="off"
          spellcheck={false}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
          aria-describedby={problem ? 'data-clear-problem' : undefined}
          aria-invalid={problem ? true : undefined}
        />
        {problem && (
          <p id="data-clear-problem" class="data-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="danger" aria-disabled={busy ? 'true' : undefined}>
          Clear this device
        </button>
      </form>
      <div role="status" class="data-message">
        {message && <p>{message}</p>}
      </div>
    </>
  );
}

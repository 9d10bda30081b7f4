/**
 * Deleting: one partnership at a time (undo is offered until the page is left), or everything
 * on this device after typing a word — trainers clear shared workshop laptops this way.
 */
import { useState } from 'preact/hooks';
import type { Partnership } from '../../lib/schemas';
import { CLEAR_WORD, confirmsClear } from '../../lib/data/delete';
import { partnershipLabel } from '../../lib/data/summary';
import { useFocusNext } from '../shared/use-focus-next';

interface Props {
  partnerships: readonly Partnership[];
  /** Deletes one partnership; resolves to its undo. */
  onDelete: (id: string) => Promise<() => Promise<void>>;
  onClear: () => Promise<void>;
  /** Shows a storage error (message and hint) and returns nothing. */
  onError: (error: unknown) => void;
}

interface Deleted {
  id: string;
  label: string;
  undo: () => Promise<void>;
}

export function DeletePanel({ partnerships, onDelete, onClear, onError }: Props) {
  const [deleted, setDeleted] = useState<Deleted[]>([]);
  const [message, setMessage] = useState('');
  const [typed, setTyped] = useState('');
  const [clearProblem, setClearProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const focusNext = useFocusNext();

  // Buttons say they are busy with aria-disabled rather than disabled: a disabled button loses focus.
  const remove = async (p: Partnership) => {
    if (busy) return;
    setBusy(true);
    try {
      const undo = await onDelete(p.id);
      const label = partnershipLabel(p);
      setDeleted((list) => [...list, { id: p.id, label, undo }]);
      setMessage(`Deleted “${label}”. You can undo this until you leave this page.`);
      focusNext(`data-undo-${p.id}`);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const undo = async (d: Deleted) => {
    if (busy) return;
    setBusy(true);
    try {
      await d.undo();
      setDeleted((list) => list.filter((x) => x.id !== d.id));
      setMessage(`“${d.label}” is back, with everything in it.`);
      focusNext(`data-delete-${d.id}`);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const clear = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!confirmsClear(typed)) {
      setClearProblem(`Type the word ${CLEAR_WORD} in the box to confirm.`);
      return;
    }
    setClearProblem('');
    setBusy(true);
    try {
      await onClear();
      setDeleted([]);
      setTyped('');
      setMessage('Everything has been deleted from this device.');
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="data-delete-heading" class="data-panel">
      <h2 id="data-delete-heading">Delete</h2>
      {partnerships.length === 0 ? (
        <p>There are no partnerships on this device.</p>
      ) : (
        <ul class="data-list">
          {partnerships.map((p) => {
            const label = partnershipLabel(p);
            return (
              <li key={p.id}>
                <span>{label}</span>{' '}
                <button
                  type="button"
                  id={`data-delete-${p.id}`}
                  class="secondary"
                  onClick={() => void remove(p)}
                  aria-disabled={busy ? 'true' : undefined}
                  aria-label={`Delete “${label}”`}
                >
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div role="status" class="data-message">
        {message && <p>{message}</p>}
      </div>
      {deleted.length > 0 && (
        <ul class="data-list">
          {deleted.map((d) => (
            <li key={d.id}>
              <button
                type="button"
                id={`data-undo-${d.id}`}
                onClick={() => void undo(d)}
                aria-disabled={busy ? 'true' : undefined}
              >
                Undo deleting “{d.label}”
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Clear this device</h3>
      <p>
        Deletes every partnership, meeting, action and goal on this device, for good. Use it on a shared
        computer when you have finished. Make a backup first if you want to keep anything.
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
          aria-describedby={clearProblem ? 'data-clear-problem' : undefined}
          aria-invalid={clearProblem ? true : undefined}
        />
        {clearProblem && (
          <p id="data-clear-problem" class="data-error" role="alert">
            {clearProblem}
          </p>
        )}
        <button type="submit" class="danger" aria-disabled={busy ? 'true' : undefined}>
          Clear this device
        </button>
      </form>
    </section>
  );
}

/**
 * Deleting one partnership: the panel first says what goes with it and asks to confirm; the
 * deleted partnership then waits in "Recently deleted" for `days`, where it can be undone even
 * after leaving the page, or removed for good. "Clear this device" is the separate ClearDevice form.
 */
import { useState } from 'preact/hooks';
import type { Partnership } from '../../lib/schemas';
import type { TrashEntry } from '../../lib/schemas/trash';
import { deleteQuestion, describeDeleted } from '../../lib/data/delete';
import { partnershipLabel, type OwnedCounts } from '../../lib/data/summary';
import { useFocusNext } from '../shared/use-focus-next';
import { ClearDevice } from './ClearDevice';

interface Props {
  partnerships: readonly Partnership[];
  /** What each partnership holds, by id (what deleting it would take). */
  owned: Readonly<Record<string, OwnedCounts>>;
  /** Deleted partnerships that can still be undone. */
  trash: readonly TrashEntry[];
  /** How many days an undo lasts (the trash's TRASH_DAYS). */
  days: number;
  onDelete: (id: string) => Promise<void>;
  onUndo: (id: string) => Promise<void>;
  onPurge: (id: string) => Promise<void>;
  onClear: () => Promise<void>;
  /** Shows a storage error (message and hint). */
  onError: (error: unknown) => void;
}

const none: OwnedCounts = { meetings: 0, actions: 0, goals: 0, rounds: 0 };
const trashLabel = (entry: TrashEntry) => partnershipLabel(entry.data.partnerships[0] ?? {});

export function DeletePanel({
  partnerships,
  owned,
  trash,
  days,
  onDelete,
  onUndo,
  onPurge,
  onClear,
  onError,
}: Props) {
  const [asking, setAsking] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const focusNext = useFocusNext();

  // Buttons say they are busy with aria-disabled rather than disabled: a disabled button loses focus.
  const run = async (work: () => Promise<void>, done: string, focus: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      setMessage(done);
      focusNext(focus);
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const ask = (p: Partnership) => {
    setAsking(p.id);
    setMessage('');
    focusNext(`data-delete-question-${p.id}`);
  };

  return (
    <section aria-labelledby="data-delete-heading" class="data-panel">
      <h2 id="data-delete-heading" tabIndex={-1}>
        Delete
      </h2>
      <p>
        A deleted partnership stays on this device for {days} days, so you can undo it, even after you leave
        this page. Then it is removed for good.
      </p>
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
                  onClick={() => ask(p)}
                  aria-expanded={asking === p.id}
                  aria-label={`Delete “${label}”`}
                >
                  Delete
                </button>
                {asking === p.id && (
                  <div class="data-confirm" role="group" aria-labelledby={`data-delete-question-${p.id}`}>
                    <p id={`data-delete-question-${p.id}`} class="data-question" tabIndex={-1}>
                      {deleteQuestion(label, owned[p.id] ?? none, days)}
                    </p>
                    <button
                      type="button"
                      class="danger"
                      aria-disabled={busy ? 'true' : undefined}
                      onClick={() =>
                        void run(
                          async () => {
                            await onDelete(p.id);
                            setAsking(undefined);
                          },
                          `Deleted “${label}”. You can undo it under “Recently deleted” for ${days} days.`,
                          `data-undo-${p.id}`,
                        )
                      }
                    >
                      Yes, delete “{label}”
                    </button>{' '}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => {
                        setAsking(undefined);
                        focusNext(`data-delete-${p.id}`);
                      }}
                    >
                      Keep it
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div role="status" class="data-message">
        {message && <p>{message}</p>}
      </div>
      {trash.length > 0 && (
        <>
          <h3>Recently deleted</h3>
          <ul class="data-list data-trash">
            {trash.map((entry) => {
              const label = trashLabel(entry);
              return (
                <li key={entry.id}>
                  <p>
                    <strong>{label}</strong>. {describeDeleted(entry)}
                  </p>
                  <button
                    type="button"
                    id={`data-undo-${entry.id}`}
                    aria-disabled={busy ? 'true' : undefined}
                    onClick={() =>
                      void run(
                        () => onUndo(entry.id),
                        `“${label}” is back, with everything in it.`,
                        `data-delete-${entry.id}`,
                      )
                    }
                  >
                    Undo deleting “{label}”
                  </button>{' '}
                  <button
                    type="button"
                    class="secondary"
                    aria-disabled={busy ? 'true' : undefined}
                    onClick={() =>
                      void run(
                        () => onPurge(entry.id),
                        `“${label}” has been removed for good.`,
                        'data-delete-heading',
                      )
                    }
                  >
                    Remove “{label}” for good now
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ClearDevice onClear={onClear} onError={onError} onCleared={() => setMessage('')} />
    </section>
  );
}

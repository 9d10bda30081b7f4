/**
 * The notice at the top of the meeting log after a meeting was deleted: what went, and a button to
 * put it back, offered until the page is left. Loaded only once something has been deleted.
 */
import { useEffect } from 'preact/hooks';
import type { ViewState } from '../../lib/meetings/view-state';
import { undoButtonId, type UndoApi } from './undo';
import { focusNextHeading } from './ViewHeading';

// Deletions whose Undo button has had focus once: a new deletion moves focus to its Undo, an old one
// never takes it again.
const focused = new Set<string>();

interface Props {
  undo: UndoApi;
  go: (next: Partial<ViewState>) => void;
}

export function UndoNotice({ undo, go }: Props) {
  const meetings = undo.entries.filter((entry) => entry.kind === 'meeting');
  const latest = meetings.at(-1);
  useEffect(() => {
    if (!latest || focused.has(latest.id)) return;
    focused.add(latest.id);
    document.getElementById(undoButtonId(latest))?.focus();
  }, [latest]);
  if (meetings.length === 0) return null;
  return (
    <section class="undo-notice" aria-label="Deleted meetings">
      {meetings.map((entry) => (
        <p key={entry.id}>
          <span>You deleted the meeting of {entry.label}.</span>{' '}
          <button
            id={undoButtonId(entry)}
            type="button"
            class="secondary"
            onClick={() => {
              undo.undo(entry);
              // Back to the meeting, with focus on its heading (the button is gone once it is undone).
              focusNextHeading();
              go({ view: 'meeting', meetingId: entry.meetingId });
            }}
          >
            Undo<span class="visually-hidden"> deleting the meeting of {entry.label}</span>
          </button>
        </p>
      ))}
    </section>
  );
}

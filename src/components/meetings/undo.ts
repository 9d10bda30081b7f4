/**
 * Undo for removals in the meeting log: each removed action or deleted meeting is remembered until
 * the page is left, so one removed by mistake can be put back. The log island holds the list; views
 * read it and add to it through `UndoApi`.
 */
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';

/** One removal that can be undone. */
export interface UndoEntry {
  /** The removed record's id (an action's or a meeting's). */
  id: string;
  kind: 'action' | 'meeting';
  /** The meeting it belonged to (for an action) or was (for a meeting). */
  meetingId: string;
  /** What was removed, in words: the action's text or the meeting's date. */
  label: string;
  /** The changes that put it back, worked out on the log as it is when undone. */
  restore: (data: MeetingLogData) => LogChanges;
}

/** What the views get: the removals that can be undone, and ways to add and undo one. */
export interface UndoApi {
  entries: readonly UndoEntry[];
  remember(entry: UndoEntry): void;
  undo(entry: UndoEntry): void;
}

/** The id of an undo button, so focus can move to it after a removal. */
export function undoButtonId(entry: Pick<UndoEntry, 'id'>): string {
  return `undo-${entry.id}`;
}

/** Moves focus to the element with `id` once the page has drawn it. */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

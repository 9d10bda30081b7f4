/**
 * The actions agreed in this meeting: who does what by when, optionally towards a goal. Each can be
 * corrected or removed; a removed one leaves an Undo in its place until the page is left.
 */
import { useState } from 'preact/hooks';
import { removeActionChanges, restoreActionChanges, type ActionFields } from '../../lib/meetings/edit-action';
import type { LogChanges } from '../../lib/meetings/log-store';
import { defaultDue, newAction } from '../../lib/meetings/records';
import type { Action, Meeting, MeetingLogData } from '../../lib/meetings/types';
import { ActionItem, editButtonId } from './ActionItem';
import { focusSoon, undoButtonId, type UndoApi, type UndoEntry } from './undo';
import { ActionInputs } from './ActionInputs';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
  change: (changes: LogChanges) => void;
  undo: UndoApi;
}

export function NewActions({ data, meeting, change, undo }: Props) {
  // A fresh form for every action: Who, Due and Goal never carry over from the one before.
  const blank = (): ActionFields => ({
    text: '',
    owner: 'mentee',
    due: defaultDue(data.partnership) ?? '',
    goalId: '',
  });
  const [fields, setFields] = useState<ActionFields>(blank);
  const [error, setError] = useState('');
  const created = data.actions.filter((a) => a.createdInMeetingId === meeting.id);
  const goals = data.goals.filter((g) => g.status === 'active');
  const removed = undo.entries.filter(
    (e) => e.kind === 'action' && e.meetingId === meeting.id && !created.some((a) => a.id === e.id),
  );

  const remove = (action: Action) => {
    const entry: UndoEntry = {
      id: action.id,
      kind: 'action',
      meetingId: meeting.id,
      label: action.text,
      restore: (now) => restoreActionChanges(action, now.actions, new Date().toISOString()),
    };
    change(removeActionChanges(action));
    undo.remember(entry);
    focusSoon(undoButtonId(entry));
  };
  const putBack = (entry: UndoEntry) => {
    undo.undo(entry);
    focusSoon(editButtonId(entry));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const text = fields.text.trim();
    if (!text) {
      setError('Write what will be done, then add the action.');
      // Back to the empty field, which reads out the message (aria-describedby).
      document.getElementById('action-text')?.focus();
      return;
    }
    setError('');
    const { owner, due, goalId } = fields;
    change({ actions: [newAction(meeting, { text, owner, due, goalId }, new Date().toISOString())] });
    setFields(blank());
    // Ready for the next action: pairs often agree several in a row.
    document.getElementById('action-text')?.focus();
  };

  return (
    <div class="new-actions">
      <h3>New actions</h3>
      {created.length + removed.length > 0 && (
        <ul class="action-list">
          {created.map((action) => (
            <ActionItem
              key={action.id}
              action={action}
              goals={data.goals}
              onSave={(edited) => change({ actions: [edited] })}
              onRemove={remove}
            />
          ))}
          {removed.map((entry) => (
            <li key={entry.id} class="action-item removed">
              <span>Removed “{entry.label}”.</span>
              <button id={undoButtonId(entry)} type="button" class="secondary" onClick={() => putBack(entry)}>
                Undo<span class="visually-hidden"> removing “{entry.label}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="action-form" onSubmit={add} noValidate>
        <ActionInputs
          idPrefix="action"
          fields={fields}
          onChange={(patch) => setFields({ ...fields, ...patch })}
          goals={goals}
          error={error}
        />
        <button type="submit" class="secondary">
          Add action
        </button>
      </form>
    </div>
  );
}

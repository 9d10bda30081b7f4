/**
 * The builder's view state: the draft template, an undo history, and a short message for screen
 * readers after each change ("Question 4 moved up"). Every change goes through the pure steps in
 * lib/trainers/template-draft.ts.
 */
import { useState } from 'preact/hooks';
import type { ChecklistTemplate } from '../../../lib/schemas/template';

/** How many earlier drafts Undo can go back to. */
const HISTORY = 50;

export interface TemplateDraftState {
  draft: ChecklistTemplate;
  /** Replaces the draft; `announce` is read out to screen readers; `merge` joins typing into one undo step. */
  change: (next: ChecklistTemplate, announce?: string, merge?: string) => void;
  undo: () => void;
  canUndo: boolean;
  status: string;
}

export function useTemplateDraft(initial: () => ChecklistTemplate): TemplateDraftState {
  const [draft, setDraft] = useState(initial);
  const [past, setPast] = useState<ChecklistTemplate[]>([]);
  const [lastMerge, setLastMerge] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  const change = (next: ChecklistTemplate, announce?: string, merge?: string) => {
    // Typing in one field is one undo step, not one per key.
    if (merge === undefined || merge !== lastMerge) setPast([...past.slice(-HISTORY + 1), draft]);
    setLastMerge(merge);
    setDraft(next);
    if (announce !== undefined) setStatus(announce);
  };

  const undo = () => {
    const previous = past.at(-1);
    if (!previous) return;
    setPast(past.slice(0, -1));
    setDraft(previous);
    setLastMerge(undefined);
    setStatus('Last change undone.');
  };

  return { draft, change, undo, canUndo: past.length > 0, status };
}

/**
 * Saves the checklist's current round through autosave: shown at once, written shortly after, and
 * written straight away for clicks and milestones. Only the checklist page needs it.
 */
import type { Dispatch, StateUpdater } from 'preact/hooks';
import { useCallback, useEffect, useMemo } from 'preact/hooks';
import type { ChecklistRound } from '../../lib/schemas';
import { createAutosave, type Autosave } from '../../lib/storage';
import type { LoadState } from '../shared/use-checklist-data';

/** The autosave for the loaded workbook, and `updateRound`, which shows and saves a changed round. */
export function useRoundSaver(state: LoadState, setState: Dispatch<StateUpdater<LoadState>>) {
  const workbook = state.status === 'ready' ? state.workbook : undefined;
  const autosave: Autosave<ChecklistRound> | undefined = useMemo(
    () => (workbook ? createAutosave((round: ChecklistRound) => workbook.rounds.save(round)) : undefined),
    [workbook],
  );
  useEffect(() => () => void autosave?.dispose(), [autosave]);

  /**
   * Shows a changed round at once and saves it shortly after (typing is debounced) — or straight
   * away for a click (`immediate`), a new stage or a partner finishing, so a link sent or a tab
   * closed a moment later cannot lose the step.
   */
  const updateRound = useCallback(
    (next: ChecklistRound, immediate = false) => {
      const before = state.status === 'ready' ? state.rounds.find((r) => r.id === next.id) : undefined;
      const milestone =
        immediate ||
        before?.stage !== next.stage ||
        before.mentorDone !== next.mentorDone ||
        before.menteeDone !== next.menteeDone;
      setState((s) =>
        s.status === 'ready' ? { ...s, rounds: s.rounds.map((r) => (r.id === next.id ? next : r)) } : s,
      );
      autosave?.schedule(next);
      if (milestone) void autosave?.flush();
    },
    [autosave, state],
  );

  return { autosave, updateRound };
}

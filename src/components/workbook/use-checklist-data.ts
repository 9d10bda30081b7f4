/**
 * Loads the open partnership, its checklist template and its rounds, and saves changes to the
 * current round through autosave. The islands keep only this view state; the store stays the
 * source of truth, and a change made in another tab is read back in.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { ChecklistRound, ChecklistTemplate, Partnership } from '../../lib/schemas';
import { createAutosave, type Autosave, type Workbook, type WorkbookError } from '../../lib/storage';
import { explainError } from '../../lib/data/explain';
import { getWorkbook } from './workbook-client';

export type LoadState =
  | { status: 'loading' }
  | { status: 'no-partnership' }
  | { status: 'not-found' }
  | { status: 'no-template' }
  | { status: 'error'; message: string; hint: string }
  | {
      status: 'ready';
      workbook: Workbook;
      fallback: WorkbookError | undefined;
      partnership: Partnership;
      template: ChecklistTemplate;
      /** Oldest first. */
      rounds: ChecklistRound[];
    };

/** Finds the template a partnership pinned: the site's default, or one kept on this device. */
export async function resolveTemplate(
  workbook: Workbook,
  partnership: Pick<Partnership, 'templateId' | 'templateVersion'>,
  defaultTemplate: ChecklistTemplate,
): Promise<ChecklistTemplate | undefined> {
  if (
    partnership.templateId === defaultTemplate.id &&
    partnership.templateVersion === defaultTemplate.version
  ) {
    return defaultTemplate;
  }
  return workbook.templates.get(partnership.templateId, partnership.templateVersion);
}

/** Loads everything for one partnership. `reloadKey` changes force a fresh read. */
export function useChecklistData(partnershipId: string | undefined, defaultTemplate: ChecklistTemplate) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const [reloadKey, setReloadKey] = useState(0);
  const reload = useCallback(() => setReloadKey((k) => k + 1), []);

  useEffect(() => {
    let cancelled = false;
    if (!partnershipId) {
      setState({ status: 'no-partnership' });
      return undefined;
    }
    void (async () => {
      try {
        const { workbook, fallback } = await getWorkbook();
        const partnership = await workbook.partnerships.get(partnershipId);
        if (cancelled) return;
        if (!partnership) return setState({ status: 'not-found' });
        const template = await resolveTemplate(workbook, partnership, defaultTemplate);
        if (!template) return setState({ status: 'no-template' });
        const rounds = (await workbook.rounds.listByPartnership(partnershipId)).sort(
          (a, b) => a.number - b.number,
        );
        if (!cancelled) setState({ status: 'ready', workbook, fallback, partnership, template, rounds });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', ...explainError(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [partnershipId, defaultTemplate, reloadKey]);

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

  return { state, setState, reload, autosave, updateRound };
}

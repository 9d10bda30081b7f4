/**
 * Loads the open partnership, its checklist template and its rounds (saving is use-round-saver.ts,
 * so pages that only read, like the agreement, do not load the autosave code). The islands keep only this view state; the store stays the
 * source of truth, and a change made in another tab is read back in.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ChecklistRound, ChecklistTemplate, Partnership } from '../../lib/schemas';
import type { Workbook } from '../../lib/storage';
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
        // When storage is unavailable, the page's BackupReminder island says so (one warning per page).
        const { workbook } = await getWorkbook();
        const partnership = await workbook.partnerships.get(partnershipId);
        if (cancelled) return;
        if (!partnership) return setState({ status: 'not-found' });
        const template = await resolveTemplate(workbook, partnership, defaultTemplate);
        if (!template) return setState({ status: 'no-template' });
        const rounds = (await workbook.rounds.listByPartnership(partnershipId)).sort(
          (a, b) => a.number - b.number,
        );
        if (!cancelled) setState({ status: 'ready', workbook, partnership, template, rounds });
      } catch (error) {
        if (!cancelled) setState({ status: 'error', ...explainError(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [partnershipId, defaultTemplate, reloadKey]);

  return { state, setState, reload };
}

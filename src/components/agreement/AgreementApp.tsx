/**
 * The agreement page for the open partnership: finds the round to show (the latest settled one, or the
 * one being compared, as a draft) and hands it to the agreement view, which loads when first shown.
 * The mentee's goals come from the meeting log when it has them.
 */
import { useState } from 'preact/hooks';
import { partnershipFragment, readFragment } from '../../lib/transfer/fragment';
import type { ChecklistTemplate } from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { lazy } from '../shared/lazy';
import { LoadProblem } from '../shared/LoadProblem';
import { useSession } from '../shared/use-session';
import { useReloadOnHashChange } from '../shared/use-page-hooks';

// The exchange with the partner's device loads when the page is shown (shared/lazy.ts).
const Partner = lazy(() => import('../exchange/PartnerPanel').then((m) => m.default), { loading: 'none' });

const AgreementView = lazy(() => import('./AgreementView').then((m) => m.default));

interface Props {
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function AgreementApp({ base, defaultTemplate }: Props) {
  const [fragment] = useState(() => readFragment(globalThis.location?.hash ?? ''));
  useReloadOnHashChange();
  const { state } = useSession(fragment.partnershipId, defaultTemplate);
  if (state.status !== 'ready') return <LoadProblem state={state} base={base} />;
  const { partnership, template, rounds, goals } = state.data;
  if (!template) return <LoadProblem state={{ status: 'no-template' }} base={base} />;
  const checklistHref = withBase(base, `/workbook/checklist/${partnershipFragment(partnership.id)}`);
  const round = rounds.findLast((r) => r.stage === 'settled') ?? rounds.at(-1);
  const partner = <Partner partnershipId={partnership.id} base={base} defaultTemplate={defaultTemplate} />;

  const ready = round && (round.stage === 'settled' || round.stage === 'compare');
  // The exchange panel keeps its place in the tree whichever way the page shows, so an agreement
  // arriving through it (which turns the page from "no agreement yet" into the agreement) does not
  // remount it and lose its "Done." message.
  return (
    <>
      {ready ? (
        <AgreementView {...{ template, partnership, round, goals, checklistHref }} />
      ) : (
        <div class="notice">
          <p>There is no agreement yet. Answer the checklist and settle every item first.</p>
          <a class="button" href={checklistHref}>
            Go to the checklist
          </a>
        </div>
      )}
      {partner}
    </>
  );
}

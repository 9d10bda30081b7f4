/**
 * The agreement page for the open partnership: the latest settled round as a one-page agreement,
 * with print and Markdown download. An unsettled round shows as a draft with what is left.
 */
import { useState } from 'preact/hooks';
import { buildAgreement } from '../../lib/agreement/build-agreement';
import { agreementFileName, agreementToMarkdown } from '../../lib/agreement/markdown';
import { partnershipFragment, readFragment } from '../../lib/transfer/fragment';
import { localToday } from '../../lib/dates';
import type { ChecklistTemplate } from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { AgreementDoc } from './AgreementDoc';
import { downloadText } from '../data/download';
import { LoadProblem } from '../shared/LoadProblem';
import { useSession } from '../shared/use-session';
import { useReloadOnHashChange } from '../shared/use-page-hooks';
import { lazy } from '../shared/lazy';

// The exchange with the partner's device loads when the page is shown (shared/lazy.ts).
const Partner = lazy(() => import('../exchange/PartnerPanel').then((m) => m.default), { loading: 'none' });

interface Props {
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function AgreementApp({ base, defaultTemplate }: Props) {
  const [fragment] = useState(() => readFragment(globalThis.location?.hash ?? ''));
  useReloadOnHashChange();
  const { state } = useSession(fragment.partnershipId, defaultTemplate);
  if (state.status !== 'ready') return <LoadProblem state={state} base={base} />;
  const { partnership, template, rounds } = state.data;
  if (!template) return <LoadProblem state={{ status: 'no-template' }} base={base} />;
  const checklistHref = withBase(base, `/workbook/checklist/${partnershipFragment(partnership.id)}`);
  const round = rounds.findLast((r) => r.stage === 'settled') ?? rounds.at(-1);
  const partner = <Partner partnershipId={partnership.id} base={base} defaultTemplate={defaultTemplate} />;

  if (!round || (round.stage !== 'settled' && round.stage !== 'compare')) {
    return (
      <div class="notice">
        <p>There is no agreement yet. Answer the checklist and settle every item first.</p>
        <a class="button" href={checklistHref}>
          Go to the checklist
        </a>
        {partner}
      </div>
    );
  }
  const agreement = buildAgreement(template, partnership, round);
  const download = () =>
    downloadText(agreementFileName(agreement, localToday()), agreementToMarkdown(agreement), 'text/markdown');

  return (
    <div class="agreement-app">
      {!agreement.complete && (
        <div class="notice warning no-print">
          <p>
            This is a draft: some items are not settled yet.{' '}
            <a href={checklistHref}>Finish them on the checklist</a>.
          </p>
        </div>
      )}
      <div class="actions no-print">
        <button type="button" onClick={() => globalThis.print()}>
          Print
        </button>
        <button type="button" class="secondary" onClick={download}>
          Download as a Markdown file
        </button>
        <a class="button secondary" href={checklistHref}>
          Back to the checklist
        </a>
      </div>
      <AgreementDoc agreement={agreement} />
      {partner}
    </div>
  );
}

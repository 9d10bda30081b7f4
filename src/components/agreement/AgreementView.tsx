/**
 * The agreement itself, once the page knows which round to show: the draft notice, the ways to keep it
 * (print or save as PDF, a print-ready page, a Markdown file) and the document. Loaded when first shown,
 * so the page's first download stays small; the files' code loads only when asked for.
 */
import { buildAgreement, type Agreement } from '../../lib/agreement/build-agreement';
import { localToday } from '../../lib/dates';
import type { ChecklistRound, ChecklistTemplate, Goal, Partnership } from '../../lib/schemas';
import { AgreementDoc } from './AgreementDoc';
import { downloadText } from '../data/download';

interface Props {
  template: ChecklistTemplate;
  partnership: Partnership;
  round: ChecklistRound;
  goals: readonly Goal[];
  checklistHref: string;
}

/** The files load when asked for: the page's first load needs only the document. */
async function download(agreement: Agreement, kind: 'html' | 'md'): Promise<void> {
  const { agreementFileName } = await import('../../lib/agreement/markdown');
  const name = agreementFileName(agreement, localToday(), kind);
  if (kind === 'md') {
    const { agreementToMarkdown } = await import('../../lib/agreement/markdown');
    downloadText(name, agreementToMarkdown(agreement), 'text/markdown');
  } else {
    const { agreementToHtml } = await import('../../lib/agreement/html');
    downloadText(name, agreementToHtml(agreement), 'text/html');
  }
}

export default function AgreementView({ template, partnership, round, goals, checklistHref }: Props) {
  const agreement = buildAgreement(template, partnership, round, goals);
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
          Print or save as PDF
        </button>
        <button type="button" class="secondary" onClick={() => void download(agreement, 'html')}>
          Download a print-ready page
        </button>
        <button type="button" class="secondary" onClick={() => void download(agreement, 'md')}>
          Download as a Markdown file
        </button>
        <a class="button secondary" href={checklistHref}>
          Back to the checklist
        </a>
      </div>
      <AgreementDoc agreement={agreement} />
    </div>
  );
}

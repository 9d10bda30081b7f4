/**
 * Sharing a finished template: it is checked, kept on this device at a version that never changes,
 * then offered as a link (only its changes to the shipped checklist when it started from one, so it
 * fits a QR code), a JSON file, a room kit and a print-out.
 * Any later edit asks for a new link, so a link always matches what the trainer sees.
 */
import { useState } from 'preact/hooks';
import type { ChecklistTemplate } from '../../../lib/schemas/template';
import { withBase } from '../../../lib/site/base-path';
import { checkTemplate, type TemplateProblem } from '../../../lib/trainers/template-check';
import { templateLinkUrl } from '../../../lib/trainers/template-link';
import { sameContent } from '../../../lib/trainers/template-versions';
import { TransferError } from '../../../lib/transfer/errors';
import { PaperChecklist } from '../../print/PaperChecklist';
import { shippedTemplates } from '../shipped-templates';
import { keepTemplate } from './saved-templates';
import { SharePanel } from './SharePanel';

interface Props {
  template: ChecklistTemplate;
  base: string;
  /** The version the template was kept as, so later saves compare with it. */
  onSaved: (saved: ChecklistTemplate) => void;
}

interface Shared {
  template: ChecklistTemplate;
  url: string;
}

export function BuilderOutput({ template, base, onSaved }: Props) {
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [shared, setShared] = useState<Shared | undefined>();
  const [error, setError] = useState('');
  const [printing, setPrinting] = useState(false);
  const stale = shared !== undefined && !sameContent(shared.template, template);

  const share = async () => {
    setError('');
    const check = checkTemplate(template);
    if (!check.ok) {
      setProblems(check.problems);
      setShared(undefined);
      return;
    }
    setProblems([]);
    try {
      const saved = await keepTemplate(check.template);
      onSaved(saved);
      const workbookUrl = new URL(withBase(base, '/workbook/'), globalThis.location.href).href;
      setShared({ template: saved, url: await templateLinkUrl(workbookUrl, saved, shippedTemplates) });
    } catch (e) {
      setShared(undefined);
      setError(
        e instanceof TransferError
          ? `${e.message} ${e.hint}`
          : `${e instanceof Error ? e.message : 'The checklist could not be saved.'} Try again, or download it as a file.`,
      );
    }
  };

  const print = () => {
    const check = checkTemplate(template);
    if (!check.ok) return setProblems(check.problems);
    setProblems([]);
    setPrinting(true);
    document.documentElement.classList.add('print-template');
    const done = () => {
      document.documentElement.classList.remove('print-template');
      setPrinting(false);
    };
    globalThis.addEventListener('afterprint', done, { once: true });
    // Give the paper version a frame to render before the print dialog takes a snapshot.
    requestAnimationFrame(() => globalThis.print());
  };

  return (
    <section class="builder-output" aria-labelledby="builder-output-heading">
      <h3 id="builder-output-heading">Share your checklist</h3>
      <p>
        Saving keeps the checklist in this browser, so you can come back to it. Pairs get their own copy
        through the link; nothing is sent to us or to anyone else.
      </p>
      <p class="builder-toolbar">
        <button type="button" onClick={() => void share()}>
          Save and make a link
        </button>
        <button type="button" class="secondary" onClick={print}>
          Print this checklist
        </button>
      </p>
      {problems.length > 0 && (
        <div class="notice warning" role="alert">
          <p>Before you share it, please fix:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p class="notice warning" role="alert">
          {error}
        </p>
      )}
      {stale && (
        <p class="notice" role="status">
          You have changed the checklist since you made this link. Save and make a new link to share the
          changes.
        </p>
      )}
      {shared && !stale && <SharePanel template={shared.template} url={shared.url} base={base} />}
      {printing && (
        <div class="builder-print">
          <PaperChecklist template={template} />
        </div>
      )}
    </section>
  );
}

/**
 * The workbook's front page: partnerships on this device (each opens as `#p=<id>`), and a form to
 * start a new one. Names are optional; the pair say how they will answer the checklist. A trainer's
 * checklist arrives by template link or as a file chosen here.
 */
import { useState } from 'preact/hooks';
import { partnershipLabel } from '../../lib/data/partnership-label';
import { partnershipFragment } from '../../lib/transfer/fragment';
import type { ChecklistTemplate, Partnership } from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { TemplateFilePicker, type TemplateFileState } from '../trainers/participant/TemplateFilePicker';
import { TemplateLinkNotice } from '../trainers/participant/TemplateLinkNotice';
import { useTemplateLink } from '../trainers/participant/use-template-link';
import { StartForm, type StartChoices } from './StartForm';
import { explainError } from '../../lib/data/explain';
import { formatDayMonthYear } from '../../lib/dates';
import { getWorkbook } from '../shared/workbook-client';
import { useWorkbookView } from '../shared/use-workbook-view';
import type { Workbook } from '../../lib/storage';

/** The partnerships on this device, the one worked on last first. */
async function newestFirst(workbook: Workbook): Promise<Partnership[]> {
  const all = await workbook.partnerships.list();
  return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

// Starting a partnership needs the checklist's round rules, which nothing else on this page uses: they
// load when the pair first touch the form, so the page's first download stays small.
const loadCreatePartnership = () => import('../../lib/session/create-partnership');

interface Props {
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function WorkbookHome({ base, defaultTemplate }: Props) {
  const { state } = useWorkbookView(newestFirst);
  const [failed, setFailed] = useState('');
  const list = state.status === 'ready' ? state.data : state.status === 'error' ? [] : undefined;
  const problem =
    failed || (state.status === 'error' ? `${state.problem.message} ${state.problem.hint}` : '');
  // A trainer's checklist from a template link or file (the file chosen last wins), unless the pair
  // chose the standard one instead.
  const link = useTemplateLink();
  const [file, setFile] = useState<TemplateFileState>({ status: 'none' });
  const [standard, setStandard] = useState(false);
  // Remounting the picker empties it, so the same file can be chosen again after "standard instead".
  const [pickerKey, setPickerKey] = useState(0);
  const source = file.status === 'none' ? 'link' : 'file';
  const offered = source === 'file' ? file : link;
  const linked = offered.status === 'ready' && !standard ? offered.template : undefined;

  const start = async (choices: StartChoices) => {
    try {
      const { workbook } = await getWorkbook();
      // Kept only now, when the pair start with it; a stored version is never overwritten.
      const template = linked ? await workbook.templates.keep(linked) : defaultTemplate;
      const { createPartnership } = await loadCreatePartnership();
      const partnership = await createPartnership(workbook, choices, template);
      globalThis.location.assign(
        withBase(base, `/workbook/checklist/${partnershipFragment(partnership.id)}`),
      );
    } catch (error) {
      const e = explainError(error);
      setFailed(`${e.message} ${e.hint}`);
    }
  };

  return (
    <div class="workbook-home">
      {problem && (
        <p class="notice warning" role="alert">
          {problem}
        </p>
      )}
      <section aria-labelledby="partnerships-heading">
        <h2 id="partnerships-heading">Partnerships on this device</h2>
        {list === undefined ? (
          <p role="status">Opening your workbook…</p>
        ) : list.length === 0 ? (
          <p>There are none yet. Start one below.</p>
        ) : (
          <ul class="partnership-list">
            {list.map((p) => {
              const hash = partnershipFragment(p.id);
              return (
                <li key={p.id} class="card">
                  <h3>{partnershipLabel(p)}</h3>
                  {p.startedOn && <p class="muted">Started on {formatDayMonthYear(p.startedOn)}</p>}
                  <p class="links">
                    <a href={withBase(base, `/workbook/checklist/${hash}`)}>
                      Checklist<span class="visually-hidden">: {partnershipLabel(p)}</span>
                    </a>{' '}
                    <a href={withBase(base, `/workbook/agreement/${hash}`)}>
                      Agreement<span class="visually-hidden">: {partnershipLabel(p)}</span>
                    </a>{' '}
                    <a href={withBase(base, `/workbook/meetings/${hash}`)}>
                      Meeting log<span class="visually-hidden">: {partnershipLabel(p)}</span>
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <StartForm onStart={(c) => void start(c)} onFirstUse={() => void loadCreatePartnership()}>
        <TemplateFilePicker
          key={pickerKey}
          onRead={(state) => {
            setStandard(false);
            setFile(state);
          }}
        />
        <TemplateLinkNotice
          link={standard ? { status: 'none' } : offered}
          source={source}
          onUseDefault={() => {
            setStandard(true);
            setPickerKey((k) => k + 1);
            // The pressed button goes away with the notice: keep keyboard focus in the form, at its start.
            document.getElementById('mentee-name')?.focus();
          }}
        />
      </StartForm>
    </div>
  );
}

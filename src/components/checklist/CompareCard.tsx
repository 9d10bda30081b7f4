/**
 * One item in the compare view: both answers, then the way to settle it — record the agreed
 * position with the same control as the answer (plus an optional note) or park it with a date; a
 * close item needs one confirmation; a text item is settled once read together.
 */
import { useState } from 'preact/hooks';
import { joinTexts } from '../../lib/agreement/agreed-values';
import { describeAnswer } from '../../lib/agreement/describe';
import { formatDayMonthYear } from '../../lib/dates';
import type { ComparedItem } from '../../lib/compare/settle';
import { getItemGroup } from '../../lib/expectations';
import type { AgreedEntry, GivenAnswer, Partnership } from '../../lib/schemas';
import { AnswerField } from './fields/AnswerField';
import { personLabel } from './names';

interface Props {
  compared: ComparedItem;
  names: Pick<Partnership, 'mentorName' | 'menteeName'>;
  today: string;
  now: () => string;
  onSettle: (entry: AgreedEntry | undefined) => void;
}

const statusLabel = {
  agreed: 'Agreed',
  close: 'Close',
  discuss: 'To discuss',
  'read-together': 'Read together',
  incomplete: 'Not answered by both',
} as const;

/** Marks for the control: which option or position each partner chose. */
function marksFor(compared: ComparedItem): Partial<Record<string, string>> {
  const marks: Record<string, string[]> = {};
  const add = (answer: GivenAnswer | undefined, who: string) => {
    if (!answer) return;
    const key =
      answer.kind === 'scale' ? String(answer.value) : answer.kind === 'choice' ? answer.optionId : '';
    if (key) (marks[key] ??= []).push(who);
  };
  add(compared.mentor, 'mentor');
  add(compared.mentee, 'mentee');
  return Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, `${v.join(' and ')}'s answer`]));
}

export function CompareCard({ compared, names, today, now, onSettle }: Props) {
  const { item, status, entry, settled } = compared;
  const [draft, setDraft] = useState<GivenAnswer | undefined>(
    entry?.value ??
      (status === 'read-together' && compared.mentor?.kind === 'text' && compared.mentee?.kind === 'text'
        ? { kind: 'text', text: joinTexts(compared.mentee.text, compared.mentor.text) }
        : undefined),
  );
  const [note, setNote] = useState(entry?.note ?? '');
  const [parkDate, setParkDate] = useState('');
  const [problem, setProblem] = useState('');
  const id = `agree-${item.id}`;
  const headingId = `${id}-heading`;

  const withNote = (e: AgreedEntry): AgreedEntry => (note.trim() ? { ...e, note: note.trim() } : e);
  const saveValue = () => {
    if (!draft || (draft.kind === 'choice' && draft.optionId === 'other' && !draft.otherText?.trim())) {
      setProblem('Choose what you agreed first, then save it.');
      return;
    }
    setProblem('');
    const e: AgreedEntry = { value: draft };
    onSettle(withNote(status === 'close' ? { ...e, confirmedAt: now() } : e));
  };
  const park = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(parkDate)) {
      setProblem('Pick a date to come back to it, then park it.');
      return;
    }
    setProblem('');
    onSettle(withNote({ parkedUntil: parkDate }));
  };
  const readTogether = () => {
    const e: AgreedEntry = { readTogether: true };
    onSettle(withNote(draft?.kind === 'text' && draft.text.trim() ? { ...e, value: draft } : e));
  };

  return (
    <article class={`compare-card status-${status}`} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {item.prompt}
      </h3>
      <p class="card-meta">
        <span class="badge">{statusLabel[status]}</span>{' '}
        <span class="muted">{getItemGroup(item.expectation).name}</span>
      </p>
      <dl class="answers">
        <dt>{personLabel(names, 'mentor')}</dt>
        <dd>{describeAnswer(item, compared.mentor)}</dd>
        <dt>{personLabel(names, 'mentee')}</dt>
        <dd>{describeAnswer(item, compared.mentee)}</dd>
      </dl>
      {settled && status !== 'agreed' && (
        <div class="settled-row">
          <p>
            <strong>Settled:</strong>{' '}
            {entry?.parkedUntil && !entry.value
              ? `parked until ${formatDayMonthYear(entry.parkedUntil)}`
              : entry?.value
                ? describeAnswer(item, entry.value)
                : 'read together'}
            {entry?.note && <span class="muted"> Note: {entry.note}</span>}
          </p>
          <button type="button" id={`${id}-change`} class="secondary" onClick={() => onSettle(undefined)}>
            Change<span class="visually-hidden">: {item.prompt}</span>
          </button>
        </div>
      )}
      {!settled && (
        <div class="settle-form">
          {status === 'read-together' ? (
            <AnswerField
              item={item}
              idPrefix={id}
              value={draft}
              onChange={setDraft}
              legend="What you agreed, in your own words (optional)"
            />
          ) : (
            <AnswerField
              item={item}
              idPrefix={id}
              value={draft}
              onChange={setDraft}
              legend={status === 'close' ? 'Confirm where you landed' : 'What did you agree?'}
              marks={marksFor(compared)}
            />
          )}
          <div class="field">
            <label for={`${id}-note`}>Note (optional)</label>
            <textarea
              id={`${id}-note`}
              rows={2}
              maxLength={5000}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </div>
          {problem && (
            <p class="field-error" role="alert">
              {problem}
            </p>
          )}
          <div class="actions">
            {status === 'read-together' ? (
              <button type="button" onClick={readTogether}>
                We have read these together<span class="visually-hidden">: {item.prompt}</span>
              </button>
            ) : (
              <button type="button" onClick={saveValue}>
                {status === 'close' ? 'Confirm' : 'Save what we agreed'}
                <span class="visually-hidden">: {item.prompt}</span>
              </button>
            )}
          </div>
          {(status === 'discuss' || status === 'incomplete') && (
            <div class="park">
              <label for={`${id}-park`}>Or come back to it on</label>
              <input
                type="date"
                id={`${id}-park`}
                min={today}
                value={parkDate}
                onInput={(e) => setParkDate(e.currentTarget.value)}
              />
              <button type="button" class="secondary" onClick={park}>
                Park it<span class="visually-hidden">: {item.prompt}</span>
              </button>
            </div>
          )}
        </div>
      )}
    </article>
  );
}

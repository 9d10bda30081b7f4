/**
 * One item in the compare view. Open: both answers, why the item is here, and the quickest way to
 * settle it — one press to go with either partner's answer, or to mark text read together — with the
 * full form (another position, a note, a date to come back to it) one summary away. Settled: one line
 * with the new state and a way to change it.
 */
import { useState } from 'preact/hooks';
import { joinTexts } from '../../lib/agreement/agreed-values';
import { describeAnswer } from '../../lib/agreement/describe';
import { formatDayMonthYear } from '../../lib/dates';
import { itemReason } from '../../lib/compare/reasons';
import type { ComparedItem } from '../../lib/compare/settle';
import { getItemGroup } from '../../lib/expectations';
import type { AgreedEntry, GivenAnswer, PartnerRole, Partnership } from '../../lib/schemas';
import { AnswerField } from './fields/AnswerField';
import { personLabel, personShort, possessive } from './names';

type Names = Pick<Partnership, 'mentorName' | 'menteeName'>;

interface Props {
  compared: ComparedItem;
  names: Names;
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

/** Marks for the control: which option or position each partner chose ("Priya’s answer", "both answers"). */
function marksFor(compared: ComparedItem, names: Names): Partial<Record<string, string>> {
  const marks: Record<string, PartnerRole[]> = {};
  const add = (answer: GivenAnswer | undefined, role: PartnerRole) => {
    if (!answer) return;
    const key =
      answer.kind === 'scale' ? String(answer.value) : answer.kind === 'choice' ? answer.optionId : '';
    if (key) (marks[key] ??= []).push(role);
  };
  add(compared.mentor, 'mentor');
  add(compared.mentee, 'mentee');
  return Object.fromEntries(
    Object.entries(marks).map(([k, roles]) => [
      k,
      roles.length === 2 ? 'both answers' : possessive(names, roles[0] ?? 'mentor', 'answer'),
    ]),
  );
}

/** What a settled item now says, in a few words. */
function settledText(compared: ComparedItem): string {
  const { entry, item } = compared;
  if (entry?.parkedUntil && !entry.value) return `Parked until ${formatDayMonthYear(entry.parkedUntil)}`;
  if (entry?.value) return describeAnswer(item, entry.value);
  return 'Read together';
}

/** A settled item, collapsed to one line with its new state. */
function SettledCard({ compared, onSettle }: Pick<Props, 'compared' | 'onSettle'>) {
  const { item, entry } = compared;
  const id = `agree-${item.id}`;
  const parked = Boolean(entry?.parkedUntil && !entry.value);
  return (
    <article class="compare-card compare-card-settled" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {item.prompt}
      </h3>
      <div class="settled-row">
        <p>
          <span class={`badge ${parked ? 'badge-parked' : 'badge-settled'}`}>
            {parked ? 'Parked' : 'Settled'}
          </span>{' '}
          {settledText(compared)}
          {entry?.note && <span class="muted"> Note: {entry.note}</span>}
        </p>
        <button
          type="button"
          id={`${id}-change`}
          class="secondary"
          aria-label={`Change: ${item.prompt}`}
          onClick={() => onSettle(undefined)}
        >
          Change
        </button>
      </div>
    </article>
  );
}

export function CompareCard(props: Props) {
  const { compared, names, today, now, onSettle } = props;
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
  if (settled) return <SettledCard compared={compared} onSettle={onSettle} />;

  const id = `agree-${item.id}`;
  const headingId = `${id}-heading`;
  const withNote = (e: AgreedEntry): AgreedEntry => (note.trim() ? { ...e, note: note.trim() } : e);
  // A close item needs one confirmation: going with an answer, or saving one, is that confirmation.
  const agree = (value: GivenAnswer) => {
    const e: AgreedEntry = { value };
    onSettle(withNote(status === 'close' ? { ...e, confirmedAt: now() } : e));
  };
  const saveValue = () => {
    if (!draft || (draft.kind === 'choice' && draft.optionId === 'other' && !draft.otherText?.trim())) {
      setProblem('Choose what you agreed first, then save it.');
      return;
    }
    setProblem('');
    agree(draft);
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

  const reading = status === 'read-together';
  // One press for either partner's answer (the mentee's first: the partnership serves their goals).
  const quick = reading
    ? []
    : (['mentee', 'mentor'] as const).flatMap((role) => {
        const answer = compared[role];
        return answer && answer.kind !== 'text' ? [{ role, answer }] : [];
      });
  const shortNames = { mentor: personShort(names, 'mentor'), mentee: personShort(names, 'mentee') };

  return (
    <article class={`compare-card status-${status}`} aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {item.prompt}
      </h3>
      <p class="card-meta">
        <span class="badge">{statusLabel[status]}</span>{' '}
        <span class="muted">{getItemGroup(item.expectation).name}</span>
      </p>
      <p class="card-reason">{itemReason(compared, shortNames)}</p>
      <dl class="answers">
        <dt>{personLabel(names, 'mentee')}</dt>
        <dd>{describeAnswer(item, compared.mentee)}</dd>
        <dt>{personLabel(names, 'mentor')}</dt>
        <dd>{describeAnswer(item, compared.mentor)}</dd>
      </dl>
      <div class="settle-form">
        <div class="actions">
          {reading && (
            <button
              type="button"
              aria-label={`We have read these together: ${item.prompt}`}
              onClick={readTogether}
            >
              We have read these together
            </button>
          )}
          {quick.map(({ role, answer }, index) => {
            const label = `Go with ${possessive(names, role, 'answer')}`;
            return (
              <button
                type="button"
                key={role}
                class={index === 0 ? undefined : 'secondary'}
                aria-label={`${label}: ${item.prompt}`}
                onClick={() => agree(answer)}
              >
                {label}
              </button>
            );
          })}
        </div>
        <details class="settle-more" open={quick.length === 0 && !reading}>
          <summary>
            {reading
              ? 'Write what you agreed, or add a note'
              : 'Agree something else, add a note, or come back to it'}
          </summary>
          <AnswerField
            item={item}
            idPrefix={id}
            value={draft}
            onChange={setDraft}
            legend={
              reading
                ? 'What you agreed, in your own words (optional)'
                : status === 'close'
                  ? 'Confirm where you landed'
                  : 'What did you agree?'
            }
            {...(reading ? {} : { marks: marksFor(compared, names) })}
          />
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
          {!reading && (
            <div class="actions">
              <button
                type="button"
                aria-label={`${status === 'close' ? 'Confirm' : 'Save what we agreed'}: ${item.prompt}`}
                onClick={saveValue}
              >
                {status === 'close' ? 'Confirm' : 'Save what we agreed'}
              </button>
            </div>
          )}
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
              <button type="button" class="secondary" aria-label={`Park it: ${item.prompt}`} onClick={park}>
                Park it
              </button>
            </div>
          )}
        </details>
      </div>
    </article>
  );
}

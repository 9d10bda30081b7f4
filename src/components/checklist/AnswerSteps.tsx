/**
 * One partner answering the checklist, one expectation at a time, with progress. Items can be left
 * blank and come back to; finishing with blanks asks first. Answers autosave as they are given.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { itemGroups } from '../../lib/expectations';
import { unansweredItems } from '../../lib/checklist/round-flow';
import type { Answers, GivenAnswer, PartnerRole } from '../../lib/schemas';
import type { ChecklistTemplate, Item } from '../../lib/schemas';
import { AnswerField } from './fields/AnswerField';
import { userHasActed } from '../shared/user-has-acted';
import { ItemHelp } from './fields/ItemHelp';
import { safeguardingItemId } from '../../lib/trainers/safeguarding';
import { rememberPart, rememberedPart } from './resume-part';

interface Props {
  template: ChecklistTemplate;
  /** The round being answered: the part a person was on is remembered per round. */
  roundId: string;
  role: PartnerRole;
  /** "Sam (mentee)" or "The mentee". */
  who: string;
  answers: Answers;
  base: string;
  onAnswer: (itemId: string, answer: GivenAnswer) => void;
  onFinish: () => void;
}

/** The template's items in groups, in the order of the expectations, empty groups left out. */
function groupItems(template: ChecklistTemplate): { id: string; name: string; items: Item[] }[] {
  return itemGroups
    .map((g) => ({ id: g.id, name: g.name, items: template.items.filter((i) => i.expectation === g.id) }))
    .filter((g) => g.items.length > 0);
}

export default function AnswerSteps({
  template,
  roundId,
  role,
  who,
  answers,
  base,
  onAnswer,
  onFinish,
}: Props) {
  const groups = groupItems(template);
  const [page, setPageState] = useState(() => {
    // The part the person was on, else the first part with something unanswered.
    const remembered = groups.findIndex((g) => g.id === rememberedPart(roundId, role));
    if (remembered !== -1) return remembered;
    const missingNow = unansweredItems(template, answers);
    const firstOpen = groups.findIndex((g) => g.items.some((i) => missingNow.includes(i.id)));
    return firstOpen === -1 ? 0 : firstOpen;
  });
  const setPage = (index: number) => {
    const id = groups[index]?.id;
    if (id) rememberPart(roundId, role, id);
    setPageState(index);
  };
  const [confirmFinish, setConfirmFinish] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRenderRef = useRef(true);
  const missing = unansweredItems(template, answers);
  // Progress counts what was answered; an optional item left empty is not a gap, but not an answer either.
  const answered = template.items.filter((i) => {
    const a = Object.hasOwn(answers, i.id) ? answers[i.id] : undefined;
    return a !== undefined && a.kind !== 'skipped';
  }).length;

  useEffect(() => {
    // On a fresh page load focus stays where the browser put it. When this step replaces the button the
    // person just pressed ("answers first", "Start … answers"), focus would fall back to the page: move
    // it to the heading instead, as for every later part.
    if (firstRenderRef.current) {
      firstRenderRef.current = false;
      if (!userHasActed()) return;
    }
    heading.current?.focus();
  }, [page, confirmFinish]);

  const group = groups[page] ?? groups[0];
  if (!group) return null;
  const last = page === groups.length - 1;

  const finish = () => {
    if (missing.length > 0 && !confirmFinish) setConfirmFinish(true);
    else onFinish();
  };

  if (confirmFinish) {
    const byGroup = groups
      .map((g, index) => ({ ...g, index, open: g.items.filter((i) => missing.includes(i.id)) }))
      .filter((g) => g.open.length > 0);
    return (
      <section aria-labelledby="finish-heading">
        <h2 id="finish-heading" tabIndex={-1} ref={heading}>
          {missing.length === 1 ? 'One item is not answered' : `${missing.length} items are not answered`}
        </h2>
        <p>
          You can answer {missing.length === 1 ? 'it' : 'them'} now, or finish anyway and decide together when
          you compare.
        </p>
        <ul>
          {byGroup.map((g) => (
            <li key={g.id}>
              {g.name}: {g.open.map((i) => i.prompt).join(' ')}{' '}
              <button
                type="button"
                class="link-button"
                aria-label={`Answer now: ${g.name}`}
                onClick={() => {
                  setConfirmFinish(false);
                  setPage(g.index);
                }}
              >
                Answer now
              </button>
            </li>
          ))}
        </ul>
        <div class="actions">
          <button type="button" onClick={onFinish}>
            Finish anyway
          </button>
        </div>
      </section>
    );
  }

  return (
    <section aria-labelledby="part-heading" class="answer-steps">
      <p class="step-who">
        <strong>{who}</strong>: your answers. Keep them to yourself until you both have answered.
      </p>
      {/* The one progress line: the bar and its words, the words read out as they change. */}
      <div class="progress-row">
        <progress max={template.items.length} value={answered} aria-label="Answered so far" />
        <span role="status">
          {answered} of {template.items.length} answered
        </span>
      </div>
      <h2 id="part-heading" tabIndex={-1} ref={heading}>
        <span class="part-count">
          Part {page + 1} of {groups.length}:
        </span>{' '}
        {group.name}
      </h2>
      <p class="muted">Not sure? Leave it blank and decide it together later.</p>
      {group.items.map((item) => (
        <div class="item" key={item.id}>
          <AnswerField
            item={item}
            idPrefix={`${role}-answer`}
            value={(() => {
              const a = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
              return a && a.kind !== 'skipped' ? a : undefined;
            })()}
            onChange={(next) => onAnswer(item.id, next)}
          />
          <ItemHelp item={item} base={base} />
          {template.safeguardingContact && item.id === safeguardingItemId(template.items) && (
            <p class="notice">
              <strong>If something cannot stay confidential:</strong> {template.safeguardingContact}
            </p>
          )}
        </div>
      ))}
      <div class="actions step-actions">
        {page > 0 && (
          <button type="button" class="secondary" onClick={() => setPage(page - 1)}>
            Back
          </button>
        )}
        {last ? (
          <button type="button" onClick={finish}>
            Finish my answers
          </button>
        ) : (
          <button type="button" onClick={() => setPage(page + 1)}>
            Next: {groups[page + 1]?.name}
          </button>
        )}
      </div>
    </section>
  );
}

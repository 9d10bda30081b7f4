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

interface Props {
  template: ChecklistTemplate;
  role: PartnerRole;
  /** "Sam (mentee)" or "The mentee". */
  who: string;
  answers: Answers;
  base: string;
  onAnswer: (itemId: string, answer: GivenAnswer) => void;
  onFinish: () => void;
  /** Tells the live region about progress. */
  onProgress: (text: string) => void;
}

/** The template's items in groups, in the order of the expectations, empty groups left out. */
function groupItems(template: ChecklistTemplate): { id: string; name: string; items: Item[] }[] {
  return itemGroups
    .map((g) => ({ id: g.id, name: g.name, items: template.items.filter((i) => i.expectation === g.id) }))
    .filter((g) => g.items.length > 0);
}

export default function AnswerSteps({
  template,
  role,
  who,
  answers,
  base,
  onAnswer,
  onFinish,
  onProgress,
}: Props) {
  const groups = groupItems(template);
  const firstOpen = groups.findIndex((g) => g.items.some((i) => !Object.hasOwn(answers, i.id)));
  const [page, setPage] = useState(firstOpen === -1 ? 0 : firstOpen);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRenderRef = useRef(true);
  const missing = unansweredItems(template, answers);
  const answered = template.items.length - missing.length;

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

  useEffect(() => {
    onProgress(`${answered} of ${template.items.length} answered.`);
  }, [answered, template.items.length, onProgress]);

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
                onClick={() => {
                  setConfirmFinish(false);
                  setPage(g.index);
                }}
              >
                Answer now<span class="visually-hidden"> ({g.name})</span>
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
      <div class="progress-row">
        <progress max={template.items.length} value={answered} aria-label="Answered so far" />
        <span>
          {answered} of {template.items.length} answered
        </span>
      </div>
      <h2 id="part-heading" tabIndex={-1} ref={heading}>
        <span class="part-count">
          Part {page + 1} of {groups.length}:
        </span>{' '}
        {group.name}
      </h2>
      <p class="muted">Not sure? Leave it blank and come back to it, or decide it together later.</p>
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

/**
 * One item of the paper checklist. Scale items show both statements and 1–5 boxes in each column;
 * choice items list their options as a, b, c… with a box per option in each column; text items leave
 * lines to write on.
 */
import type { ChoiceItem, Item, ScaleItem, TextItem } from '../../lib/schemas/template';

const columns = ['Mentor', 'Mentee', 'Agreed'] as const;

interface Props {
  item: Item;
  /** The item's number on the form, from 1. */
  number: number;
}

/** An empty box to tick, with what it stands for for screen readers. */
function Box({ label }: { label: string }) {
  return (
    <span class="paper__box">
      <span class="visually-hidden">{label}</span>
    </span>
  );
}

/** Letters for choice options on paper: a, b, c… */
const letter = (i: number) => String.fromCharCode(97 + i);

/** The Mentor | Mentee | Agreed table, each cell holding a box for every mark a person could make. */
function ColumnsOfBoxes({ marks }: { marks: readonly { key: string; label: string }[] }) {
  return (
    <table class="paper__table">
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {columns.map((column) => (
            <td key={column}>
              <span class="paper__marks">
                {marks.map((mark) => (
                  <span class="paper__mark" key={mark.key}>
                    <span aria-hidden="true">{mark.key}</span>
                    <Box label={`${column}: ${mark.label}`} />
                  </span>
                ))}
              </span>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function ScaleAnswer({ item }: { item: ScaleItem }) {
  const marks = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: String(n) }));
  return (
    <>
      <ul class="paper__options">
        <li>
          <strong>1</strong> = {item.left}
        </li>
        <li>
          <strong>5</strong> = {item.right}
        </li>
      </ul>
      <ColumnsOfBoxes marks={marks} />
    </>
  );
}

function ChoiceAnswer({ item }: { item: ChoiceItem }) {
  const marks = item.options.map((option, i) => ({ key: letter(i), label: option.label }));
  if (item.allowOther === true) marks.push({ key: letter(marks.length), label: 'other' });
  return (
    <>
      <ul class="paper__options paper__options--choice">
        {item.options.map((option, i) => (
          <li key={option.id}>
            <strong>{letter(i)}</strong> = {option.label}
          </li>
        ))}
        {item.allowOther === true && (
          <li>
            <strong>{letter(item.options.length)}</strong> = Other:{' '}
            <span class="paper__line paper__line--inline" />
          </li>
        )}
      </ul>
      <ColumnsOfBoxes marks={marks} />
    </>
  );
}

function TextAnswer(_props: { item: TextItem }) {
  return (
    <table class="paper__table paper__table--text">
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {columns.map((column) => (
            <td key={column}>
              <span class="paper__line" />
              <span class="paper__line" />
              <span class="paper__line" />
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** One numbered item with its answer columns. */
export function PaperItem({ item, number }: Props) {
  return (
    <div class="paper__item">
      <h3 class="paper__prompt">
        <span class="paper__number">{number}.</span> {item.prompt}
      </h3>
      {item.kind === 'scale' && <ScaleAnswer item={item} />}
      {item.kind === 'choice' && <ChoiceAnswer item={item} />}
      {item.kind === 'text' && <TextAnswer item={item} />}
    </div>
  );
}

/**
 * The checklist as a paper form: each item with a column for the mentor, one for the mentee and one
 * for what they agree. Server-rendered without hydration on /print/checklist/ (so that page ships no
 * JavaScript), and rendered by the template builder to print a trainer's own checklist.
 */
import type { ChecklistTemplate } from '../../lib/schemas/template';
import { getItemGroup } from '../../lib/expectations';
import { groupItemsForPaper } from '../../lib/trainers/paper-checklist';
import { PaperItem } from './PaperItem';

interface Props {
  template: ChecklistTemplate;
}

/** The whole paper checklist: heading, names and date, then the items by expectation. */
export function PaperChecklist({ template }: Props) {
  const groups = groupItemsForPaper(template.items);
  return (
    <div class="paper">
      <h1>{template.title}</h1>
      {template.programme && <p class="paper__programme">Prepared by {template.programme}</p>}
      {template.intro && <p class="paper__intro">{template.intro}</p>}
      <p class="paper__how">
        Each of you ticks one box in your own column for each item, without looking at the other's. On the 1
        to 5 scales, 3 means halfway between the two statements. Then compare, talk about the differences, and
        fill in the Agreed column together.
      </p>
      <dl class="paper__names">
        <div>
          <dt>Mentor</dt>
          <dd class="paper__blank" />
        </div>
        <div>
          <dt>Mentee</dt>
          <dd class="paper__blank" />
        </div>
        <div>
          <dt>Date</dt>
          <dd class="paper__blank" />
        </div>
      </dl>
      {template.safeguardingContact && (
        <p class="paper__safeguarding">
          <strong>If something cannot stay confidential:</strong> {template.safeguardingContact}
        </p>
      )}
      {groups.map((group) => (
        <section class="paper__group" key={group.expectation} aria-labelledby={`paper-${group.expectation}`}>
          <h2 id={`paper-${group.expectation}`}>{getItemGroup(group.expectation).name}</h2>
          {group.items.map((entry) => (
            <PaperItem key={entry.item.id} item={entry.item} number={entry.number} />
          ))}
        </section>
      ))}
    </div>
  );
}

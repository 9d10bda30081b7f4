/**
 * The builder's preview: the checklist as a participant sees it, with the same answer fields the
 * workbook uses (answers here are not saved anywhere). The safeguarding contact appears where the
 * checklist turns to the limits of confidentiality.
 */
import { useState } from 'preact/hooks';
import { getItemGroup } from '../../../lib/expectations';
import type { Answers, GivenAnswer } from '../../../lib/schemas/answers';
import type { ChecklistTemplate } from '../../../lib/schemas/template';
import { safeguardingItemId } from '../../../lib/trainers/safeguarding';
import { groupItemsForPaper } from '../../../lib/trainers/paper-checklist';
import { AnswerField } from '../../checklist/fields/AnswerField';
import { ItemHelp } from '../../checklist/fields/ItemHelp';

interface Props {
  template: ChecklistTemplate;
  base: string;
}

export function BuilderPreview({ template, base }: Props) {
  const [answers, setAnswers] = useState<Answers>({});
  const contactAt = template.safeguardingContact ? safeguardingItemId(template.items) : undefined;
  return (
    <details class="builder-preview">
      <summary>Preview: what pairs see</summary>
      <div class="builder-preview-body">
        {template.programme && <p class="prepared-by">Checklist prepared by {template.programme}</p>}
        <p class="builder-preview-title">{template.title}</p>
        {template.intro && <p>{template.intro}</p>}
        {groupItemsForPaper(template.items).map((group) => (
          <section key={group.expectation} aria-label={getItemGroup(group.expectation).name}>
            <p class="builder-preview-group">{getItemGroup(group.expectation).name}</p>
            {group.items.map(({ item }) => (
              <div key={item.id} class="builder-preview-item">
                {item.prompt.trim() === '' ? (
                  <p class="muted">(This question has no wording yet.)</p>
                ) : (
                  <AnswerField
                    item={item}
                    idPrefix="preview"
                    value={givenAnswer(answers[item.id])}
                    onChange={(next) => setAnswers({ ...answers, [item.id]: next })}
                  />
                )}
                <ItemHelp item={item} base={base} />
                {contactAt === item.id && (
                  <p class="safeguarding-contact">
                    <strong>If something cannot stay confidential:</strong> {template.safeguardingContact}
                  </p>
                )}
              </div>
            ))}
          </section>
        ))}
      </div>
    </details>
  );
}

function givenAnswer(answer: Answers[string] | undefined): GivenAnswer | undefined {
  return answer && answer.kind !== 'skipped' ? answer : undefined;
}

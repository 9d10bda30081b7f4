/** The builder's template-wide fields: title, programme, introduction and safeguarding contact. */
import { MAX } from '../../../lib/schemas/common';
import type { ChecklistTemplate } from '../../../lib/schemas/template';
import type { TemplateDetails } from '../../../lib/trainers/template-draft';

interface Props {
  template: ChecklistTemplate;
  onChange: (change: TemplateDetails) => void;
}

export function DetailsForm({ template, onChange }: Props) {
  return (
    <fieldset class="builder-details">
      <legend>About your checklist</legend>
      <div class="field">
        <label for="builder-programme">Programme name</label>
        <p class="hint" id="builder-programme-hint">
          Pairs see “Checklist prepared by” this name.
        </p>
        <input
          id="builder-programme"
          type="text"
          maxLength={MAX.short}
          aria-describedby="builder-programme-hint"
          value={template.programme ?? ''}
          onInput={(e) => onChange({ programme: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="builder-title">Title</label>
        <input
          id="builder-title"
          type="text"
          required
          maxLength={MAX.short}
          value={template.title}
          onInput={(e) => onChange({ title: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="builder-intro">Short introduction (optional)</label>
        <textarea
          id="builder-intro"
          rows={3}
          maxLength={MAX.medium}
          value={template.intro ?? ''}
          onInput={(e) => onChange({ intro: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="builder-safeguarding">Safeguarding contact (optional)</label>
        <p class="hint" id="builder-safeguarding-hint">
          Who to go to when something cannot stay confidential, e.g. “Alex Morgan, programme lead, 01234
          567890”. Pairs see it where the checklist asks about the limits of confidentiality.
        </p>
        <input
          id="builder-safeguarding"
          type="text"
          maxLength={MAX.line}
          aria-describedby="builder-safeguarding-hint"
          value={template.safeguardingContact ?? ''}
          onInput={(e) => onChange({ safeguardingContact: e.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}

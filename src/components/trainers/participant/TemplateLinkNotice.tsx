/**
 * What a participant sees before starting a partnership when they open a trainer's template link or
 * file: who prepared the checklist, or a clear message when it cannot be read (nothing is changed).
 */
import type { TemplateFileState } from './TemplateFilePicker';
import type { TemplateLinkState } from './use-template-link';

interface Props {
  link: TemplateLinkState | TemplateFileState;
  /** Where the checklist came from, for the wording of a refusal. */
  source: 'link' | 'file';
  /** Puts the default checklist back, for someone who would rather not use the programme's. */
  onUseDefault: () => void;
}

export function TemplateLinkNotice({ link, source, onUseDefault }: Props) {
  if (link.status === 'none') return null;
  if (link.status === 'reading') return <p role="status">Reading your programme's checklist…</p>;
  if (link.status === 'error') {
    return (
      <div class="notice warning" role="alert">
        <p>
          <strong>This checklist {source} could not be opened.</strong> {link.message}
        </p>
        <p>
          {link.hint} Nothing on this device has been changed. You can still start a partnership with the
          standard checklist below.
        </p>
      </div>
    );
  }
  const { template } = link;
  return (
    <div class="notice template-notice" role="status">
      <p>
        <strong>Checklist prepared by {template.programme ?? 'your programme'}</strong>
      </p>
      <p>
        {template.title}: {template.items.length} questions. Start a partnership below to use it. It stays on
        this device, like everything else you type.
      </p>
      {template.intro && <p>{template.intro}</p>}
      {template.safeguardingContact && (
        <p>
          <strong>If something cannot stay confidential:</strong> {template.safeguardingContact}. The
          checklist shows this again where you agree the limits of confidentiality.
        </p>
      )}
      <p>
        <button type="button" class="secondary" onClick={onUseDefault}>
          Use the standard checklist instead
        </button>
      </p>
    </div>
  );
}

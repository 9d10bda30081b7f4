/**
 * "Open a checklist file from your programme": the file the checklist builder downloads, for a pair
 * who were sent a file rather than a link. The reading code loads only when a file is chosen, so the
 * workbook's first visit stays small. Reading a file stores nothing: the template is kept only when
 * the pair start a partnership with it, as with a link.
 */
import type { TemplateFileResult } from '../../../lib/trainers/template-file';

/** Nothing chosen yet, reading, or what the chosen file turned out to be. */
export type TemplateFileState = TemplateFileResult | { status: 'none' } | { status: 'reading' };

interface Props {
  onRead: (state: TemplateFileState) => void;
}

export function TemplateFilePicker({ onRead }: Props) {
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    onRead({ status: 'reading' });
    let result: TemplateFileResult;
    try {
      const { readTemplateFile } = await import('../../../lib/trainers/template-file');
      result = await readTemplateFile(file);
    } catch {
      result = {
        status: 'error',
        message: 'This page could not read the file.',
        hint: 'Reload the page and try again.',
      };
    }
    // After a refusal the picker is emptied, so the same file can be chosen again once it is fixed.
    if (result.status === 'error') input.value = '';
    onRead(result);
  };
  return (
    <div class="field template-file">
      <label for="template-file">Open a checklist file from your programme</label>
      <p id="template-file-hint" class="muted">
        Only if your programme sent you one: its name starts with “checklist-”. Otherwise you will use the
        standard checklist.
      </p>
      <input
        id="template-file"
        type="file"
        accept=".json,application/json"
        aria-describedby="template-file-hint"
        onChange={(e) => void choose(e.currentTarget)}
      />
    </div>
  );
}

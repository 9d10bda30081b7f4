/** The trainer's saved checklists on this device: open one to edit (saving it makes a new version). */
import { useEffect, useState } from 'preact/hooks';
import type { ChecklistTemplate, StoredTemplate } from '../../../lib/schemas/template';
import { explainError } from '../../workbook/workbook-client';
import { withoutTimestamps } from '../../../lib/trainers/template-versions';
import { listSavedTemplates } from './saved-templates';

interface Props {
  defaultId: string;
  /** Changes whenever something was saved, so the list reloads. */
  savedKey: number;
  onOpen: (template: ChecklistTemplate) => void;
}

export function SavedTemplates({ defaultId, savedKey, onOpen }: Props) {
  const [saved, setSaved] = useState<StoredTemplate[] | undefined>();
  const [problem, setProblem] = useState('');
  useEffect(() => {
    listSavedTemplates(defaultId).then(setSaved, (error: unknown) => {
      const e = explainError(error);
      setProblem(`${e.message} ${e.hint}`);
    });
  }, [defaultId, savedKey]);

  if (problem) return <p class="notice warning">{problem}</p>;
  if (!saved || saved.length === 0) return null;
  return (
    <section class="builder-saved" aria-labelledby="builder-saved-heading">
      <h3 id="builder-saved-heading">Your saved checklists</h3>
      <ul>
        {saved.map((t) => (
          <li key={`${t.id}@${t.version}`}>
            {t.programme ? `${t.programme}: ` : ''}
            {t.title} (version {t.version}, saved {t.updatedAt.slice(0, 10)}){' '}
            <button type="button" class="secondary" onClick={() => onOpen(withoutTimestamps(t))}>
              Open
              <span class="visually-hidden">
                : {t.title}, version {t.version}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

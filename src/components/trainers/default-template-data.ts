/**
 * The default checklist for the trainers' islands, loaded as a JavaScript chunk only when a trainer
 * opens the builder or the example pair, rather than sent in every visit's HTML. The same file is
 * validated at build time by the content collection; it is parsed again here because this is a border.
 */
import data from '../../content/checklist/default.json';
import { checklistTemplateSchema, type ChecklistTemplate } from '../../lib/schemas/template';

/** The site's default checklist template. */
export const defaultTemplate: ChecklistTemplate = checklistTemplateSchema.parse(data);

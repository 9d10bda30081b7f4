/**
 * Every checklist the site has shipped, by id and version: a template link that carries only its
 * changes is rebuilt from one of these, so each must stay here, unchanged, for as long as links made
 * from it may be opened. When default.json gets a new version, keep a copy of the old file beside it
 * and add it to this list; tests/unit/trainers/shipped-templates.test.ts checks that nothing shipped
 * has changed (lib/trainers/shipped-fingerprints.ts).
 */
import type { ChecklistTemplate } from '../../lib/schemas/template';
import { defaultTemplate } from './default-template-data';

export const shippedTemplates: readonly ChecklistTemplate[] = [defaultTemplate];

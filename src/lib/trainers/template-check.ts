/**
 * Checks a builder draft before it is shared, saved or printed, and says in plain words what to fix
 * ("Question 3: write the question."). The schema is the final word; these messages cover what a
 * trainer can get wrong in the builder, and anything else falls back to the schema's own message.
 */
import { MAX } from '../schemas/common';
import { checklistTemplateSchema, type ChecklistTemplate, type Item } from '../schemas/template';

/** One thing to fix, with the item it belongs to (if any) so the builder can point at it. */
export interface TemplateProblem {
  itemId?: string;
  message: string;
}

/** The result of checking a draft: the parsed template, or what to fix. */
export type TemplateCheck =
  { ok: true; template: ChecklistTemplate } | { ok: false; problems: TemplateProblem[] };

const blank = (s: string | undefined) => s === undefined || s.trim() === '';

function itemProblems(item: Item, number: number): TemplateProblem[] {
  const where = `Question ${number}`;
  const problems: string[] = [];
  if (blank(item.prompt)) problems.push('write the question');
  if (item.prompt.length > MAX.line) problems.push(`shorten the question to ${MAX.line} characters`);
  if (item.kind === 'scale') {
    if (blank(item.left)) problems.push('write the statement for 1');
    if (blank(item.right)) problems.push('write the statement for 5');
    if (item.left.length > MAX.line || item.right.length > MAX.line)
      problems.push(`shorten each statement to ${MAX.line} characters`);
  }
  if (item.kind === 'choice') {
    if (item.options.length < 2) problems.push('give at least two options');
    if (item.options.length > 20) problems.push('keep to 20 options or fewer');
    if (item.options.some((o) => blank(o.label)))
      problems.push('fill in every option, or remove the empty one');
    if (item.options.some((o) => o.label.length > MAX.short))
      problems.push(`shorten each option to ${MAX.short} characters`);
  }
  if ((item.help?.length ?? 0) > MAX.medium)
    problems.push(`shorten the help text to ${MAX.medium} characters`);
  return problems.map((p) => ({ itemId: item.id, message: `${where}: ${p}.` }));
}

/** Checks a draft; on success returns the template exactly as the schema parsed it. */
export function checkTemplate(draft: ChecklistTemplate): TemplateCheck {
  const problems: TemplateProblem[] = [];
  if (blank(draft.title)) problems.push({ message: 'Give the checklist a title.' });
  if (draft.title.length > MAX.short)
    problems.push({ message: `Shorten the title to ${MAX.short} characters.` });
  if ((draft.programme?.length ?? 0) > MAX.short)
    problems.push({ message: `Shorten the programme name to ${MAX.short} characters.` });
  if ((draft.intro?.length ?? 0) > MAX.medium)
    problems.push({ message: `Shorten the introduction to ${MAX.medium} characters.` });
  if ((draft.safeguardingContact?.length ?? 0) > MAX.line)
    problems.push({ message: `Shorten the safeguarding contact to ${MAX.line} characters.` });
  if (draft.items.length === 0) problems.push({ message: 'Add at least one question.' });
  if (draft.items.length > MAX.list) problems.push({ message: `Keep to ${MAX.list} questions or fewer.` });
  draft.items.forEach((item, i) => problems.push(...itemProblems(item, i + 1)));
  if (problems.length > 0) return { ok: false, problems };

  const parsed = checklistTemplateSchema.safeParse(draft);
  if (parsed.success) return { ok: true, template: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      message: `Something in the checklist cannot be saved (${issue.path.join('.')}: ${issue.message}). Undo your last change, or start again from the default checklist.`,
    })),
  };
}

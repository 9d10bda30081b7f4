/**
 * Template links: a trainer's checklist rides in the fragment of a workbook address
 * (`/workbook/#template=<payload>`), through the same codec as the pair's own links, so it never
 * reaches a server. The same envelope is the JSON file the builder offers for download.
 */
import { LINK_VERSION, linkFormats, type TemplateLink } from '../schemas/links';
import type { ChecklistTemplate } from '../schemas/template';
import { TransferError } from '../transfer/errors';
import { buildFragment, decodeLinkPayload, encodeLinkPayload, readFragment } from '../transfer/link-codec';

export { withoutPayloads } from '../transfer/link-codec';

/** The envelope a template travels in, as a link payload or a file. */
export function templateEnvelope(template: ChecklistTemplate): TemplateLink {
  return { format: linkFormats.template, version: LINK_VERSION, template };
}

/**
 * The full link for participants: `workbookUrl` is the absolute address of /workbook/ (with the
 * site's base path). Throws `TransferError` if the template does not validate or is too large.
 */
export async function templateLinkUrl(workbookUrl: string, template: ChecklistTemplate): Promise<string> {
  const payload = await encodeLinkPayload('template', templateEnvelope(template));
  return `${workbookUrl}${buildFragment({ payloads: { template: payload } })}`;
}

/**
 * The template a fragment carries, if it carries one: `undefined` when there is no template link,
 * otherwise the validated template. Throws `TransferError` for a bad, tampered, oversized or newer link.
 */
export async function readTemplateLink(hash: string): Promise<ChecklistTemplate | undefined> {
  const payload = readFragment(hash).payloads.template;
  if (payload === undefined) return undefined;
  return (await decodeLinkPayload('template', payload)).template;
}

/** A file name for the template's JSON download, e.g. `checklist-northfield-nurses-v1.json`. */
export function templateFileName(template: ChecklistTemplate): string {
  const words = (template.programme ?? template.title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `checklist-${words || 'template'}-v${template.version}.json`;
}

/** What reading a fragment found: no template link, a template, or a problem in plain words. */
export type TemplateLinkResult =
  | { status: 'none' }
  | { status: 'ready'; template: ChecklistTemplate }
  | { status: 'error'; message: string; hint: string };

/** Like `readTemplateLink`, but never throws: any failure becomes a message and a hint. */
export async function readTemplateLinkResult(hash: string): Promise<TemplateLinkResult> {
  try {
    const template = await readTemplateLink(hash);
    return template ? { status: 'ready', template } : { status: 'none' };
  } catch (error) {
    const e = error instanceof TransferError ? error : new TransferError('tampered');
    return { status: 'error', message: e.message, hint: e.hint };
  }
}

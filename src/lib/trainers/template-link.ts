/**
 * Template links: a trainer's checklist rides in the fragment of a workbook address, through the
 * same codec as the pair's own links, so it never reaches a server. When the checklist started from
 * one the site ships, the link carries only the changes (`/workbook/#template-changes=<payload>`,
 * short enough for one QR code); otherwise the whole checklist (`#template=<payload>`), which is also
 * the JSON file the builder offers for download. Links of both kinds made before still open.
 */
import { LINK_VERSION, linkFormats, type TemplateLink } from '../schemas/links';
import type { ChecklistTemplate } from '../schemas/template';
import { TransferError } from '../transfer/errors';
import { buildFragment, decodeLinkPayload, encodeLinkPayload, readFragment } from '../transfer/link-codec';
import { applyTemplateChanges, templateChanges } from './template-changes';

export { withoutPayloads } from '../transfer/link-codec';

/** The envelope a template travels in, as a link payload or a file. */
export function templateEnvelope(template: ChecklistTemplate): TemplateLink {
  return { format: linkFormats.template, version: LINK_VERSION, template };
}

/**
 * The fragment that carries the template (`#template-changes=…` or `#template=…`): the shortest of
 * the whole template and its changes against each shipped template in `bases`. Throws
 * `TransferError` if the template does not validate or is too large.
 */
export async function templateFragment(
  template: ChecklistTemplate,
  bases: readonly ChecklistTemplate[] = [],
): Promise<string> {
  const whole = buildFragment({
    payloads: { template: await encodeLinkPayload('template', templateEnvelope(template)) },
  });
  let shortest = whole;
  for (const base of bases) {
    const payload = await encodeLinkPayload('template-changes', templateChanges(base, template));
    const fragment = buildFragment({ payloads: { 'template-changes': payload } });
    if (fragment.length < shortest.length) shortest = fragment;
  }
  return shortest;
}

/**
 * The link for participants: `workbookUrl` is the absolute address of /workbook/ (with the site's
 * base path); `bases` are the shipped templates it may be written against (see `templateFragment`).
 */
export async function templateLinkUrl(
  workbookUrl: string,
  template: ChecklistTemplate,
  bases: readonly ChecklistTemplate[] = [],
): Promise<string> {
  return `${workbookUrl}${await templateFragment(template, bases)}`;
}

/**
 * The template a fragment carries, if it carries one: `undefined` when there is no template link,
 * otherwise the validated template, rebuilt from `bases` (the shipped templates this site has) when
 * the link carries only changes. Throws `TransferError` for a bad, tampered, oversized or newer link,
 * or one made from a shipped template this site does not have.
 */
export async function readTemplateLink(
  hash: string,
  bases: readonly ChecklistTemplate[] = [],
): Promise<ChecklistTemplate | undefined> {
  const { payloads } = readFragment(hash);
  const changes = payloads['template-changes'];
  if (changes !== undefined) {
    return applyTemplateChanges(await decodeLinkPayload('template-changes', changes), bases);
  }
  if (payloads.template === undefined) return undefined;
  return (await decodeLinkPayload('template', payloads.template)).template;
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
export async function readTemplateLinkResult(
  hash: string,
  bases: readonly ChecklistTemplate[] = [],
): Promise<TemplateLinkResult> {
  try {
    const template = await readTemplateLink(hash, bases);
    return template ? { status: 'ready', template } : { status: 'none' };
  } catch (error) {
    const e = error instanceof TransferError ? error : new TransferError('tampered');
    return { status: 'error', message: e.message, hint: e.hint };
  }
}

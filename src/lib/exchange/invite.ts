/**
 * The invite: the first exchange (everything shareable) and the pair key, for the partner's device
 * — or, for a pair who started on one device, for the partner's own copy. The invite carries the key,
 * so the invite link is the key: shown as a QR code in person it never touches a server. Opening it
 * sets the partnership up on the receiving device in one transaction; opening it twice changes
 * nothing more, and opening one's own invite is refused with a clear message.
 */
import {
  EXCHANGE_VERSION,
  INVITE_FORMAT,
  type ChecklistTemplate,
  type Exchange,
  type Invite,
  type Partnership,
  type PartnerRole,
} from '../schemas';
import type { Workbook } from '../storage';
import { newExchangeState } from '../storage/exchange-repo';
import { applyTemplateChanges, templateChanges } from '../trainers/template-changes';
import { withoutTimestamps } from '../trainers/template-versions';
import { TransferError } from '../transfer/errors';
import { exchangeToSend, pinnedTemplate, prepareExchange, commitExchange } from './apply';
import { mergeExchange } from './merge';
import { newPairKey } from './seal';

/** The checklist as the invite carries it: nothing for a shipped one, else its changes or the whole. */
function templateForInvite(
  template: ChecklistTemplate | undefined,
  shipped: readonly ChecklistTemplate[],
): Pick<Exchange, 'template' | 'templateChanges'> {
  if (!template || shipped.some((t) => t.id === template.id && t.version === template.version)) return {};
  const plain = withoutTimestamps(template);
  const base = shipped[0];
  if (base) {
    try {
      return { templateChanges: templateChanges(base, plain) };
    } catch {
      // Not expressible as changes: the whole template travels.
    }
  }
  return { template: plain };
}

/** Makes the invite for `role`'s device (the pair key is made once and kept). */
export async function makeInvite(
  workbook: Workbook,
  partnershipId: string,
  role: PartnerRole,
  shipped: readonly ChecklistTemplate[],
): Promise<Invite> {
  const first = await exchangeToSend(workbook, partnershipId, { everything: true });
  let key = first.local.state.key;
  if (!key) {
    const fresh = newPairKey();
    await workbook.exchange.change(partnershipId, (s) => ({ ...s, key: s.key ?? fresh }));
    key = (await workbook.exchange.get(partnershipId))?.key ?? fresh;
  }
  const template = templateForInvite(await pinnedTemplate(workbook, first.local, shipped[0]), shipped);
  const { exchange } = await exchangeToSend(workbook, partnershipId, { everything: true, template });
  return { format: INVITE_FORMAT, version: EXCHANGE_VERSION, key, for: role, exchange };
}

/** The template an invite needs on this device, or undefined when the site ships it. */
function inviteTemplate(
  invite: Invite,
  shipped: readonly ChecklistTemplate[],
): ChecklistTemplate | undefined {
  const { exchange } = invite;
  if (exchange.templateChanges) return applyTemplateChanges(exchange.templateChanges, shipped);
  return exchange.template;
}

export interface Accepted {
  partnershipId: string;
  /** True when the partnership was already on this device (the invite was opened before). */
  already: boolean;
}

/**
 * Sets up the partnership an invite brings (or, when it is already here, takes in what it carries).
 * Throws `TransferError` with a plain message; nothing is stored when it does.
 */
export async function acceptInvite(
  workbook: Workbook,
  invite: Invite,
  options: { shipped: readonly ChecklistTemplate[]; names: Record<PartnerRole, string>; now?: Date },
): Promise<Accepted> {
  const { exchange } = invite;
  const id = exchange.partnershipId;
  const shared = exchange.partnership;
  if (!shared || shared.id !== id) {
    throw new TransferError('invalid', { detail: 'An invite without its partnership' });
  }
  const defaultTemplate = options.shipped[0];
  const existing = await workbook.partnerships.get(id);
  if (existing) {
    const state = await workbook.exchange.get(id);
    if (state?.me === exchange.from.device) {
      throw new TransferError('own-exchange', {
        message: 'This is your own invite.',
        hint: 'Show it to your partner, or send it to them, so they can open it on their device.',
      });
    }
    await workbook.exchange.ensure(id);
    // Both devices may have made a key before either heard from the other: both keep the same one.
    await workbook.exchange.change(id, (s) => ({
      ...s,
      key: s.key && s.key < invite.key ? s.key : invite.key,
    }));
    const prepared = await prepareExchange(workbook, exchange, {
      names: options.names,
      ...(defaultTemplate ? { defaultTemplate } : {}),
    });
    await commitExchange(workbook, prepared, {
      names: options.names,
      ...(defaultTemplate ? { defaultTemplate } : {}),
    });
    return { partnershipId: id, already: true };
  }

  const template = inviteTemplate(invite, options.shipped);
  const shippedOne = options.shipped.some(
    (t) => t.id === shared.templateId && t.version === shared.templateVersion,
  );
  const pinned = template && template.id === shared.templateId && template.version === shared.templateVersion;
  const kept = await workbook.templates.get(shared.templateId, shared.templateVersion);
  if (!shippedOne && !pinned && !kept) {
    throw new TransferError('invalid', {
      message: 'This invite uses a checklist that is not on this device and did not come with it.',
      hint: 'Ask your partner for a new invite.',
    });
  }
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const partnership: Partnership = {
    ...shared,
    createdAt: at,
    updatedAt: at,
    answerMode: 'two-devices',
    thisDevice: invite.for,
  };
  const state = { ...newExchangeState(id, now), key: invite.key };
  const local = { partnership, rounds: [], meetings: [], actions: [], goals: [], state };
  const forMerge = pinned ? template : shippedOne ? defaultTemplate : kept;
  const outcome = mergeExchange(local, exchange, { now, ...(forMerge ? { template: forMerge } : {}) });
  if (pinned && template) await workbook.templates.keep(template);
  await workbook.writeBatch(
    id,
    { ...outcome.set, partnership },
    { basedOn: () => null, exchangeState: outcome.state },
  );
  return { partnershipId: id, already: false };
}

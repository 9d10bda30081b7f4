/**
 * Reading whatever the partner sent, however it came — a link opened or pasted, a file chosen — into
 * an invite or an exchange ready to preview. New links carry `invite=` or a sealed `exchange=`; older
 * ones (`answers=`, `agreement=`, `meeting=`, and their files) are turned into exchanges (legacy.ts).
 * Nothing here writes: every problem is a `TransferError` with a message and a hint.
 */
import {
  SEALED_FORMAT,
  INVITE_FORMAT,
  sealedFileSchema,
  type Exchange,
  type Invite,
  type PartnerRole,
} from '../schemas';
import type { Workbook } from '../storage';
import { firstLink, readFragment } from '../transfer/fragment';
import { TransferError } from '../transfer/errors';
import { checkEnvelope, decodeLinkPayload, LINK_LIMITS } from '../transfer/link-codec';
import { parseJson } from '../transfer/safe-json';
import { readLocalCopy } from './apply';
import { fromAgreementLink, fromAnswersLink, fromMeetingLink } from './legacy';
import { openSealed } from './seal';

export type Incoming =
  | { kind: 'invite'; invite: Invite }
  /** `legacy`: an old link's, from a stand-in device. */
  | { kind: 'exchange'; exchange: Exchange; legacy: boolean };

type OldLink =
  | { kind: 'answers'; payload: Parameters<typeof fromAnswersLink>[1] }
  | { kind: 'agreement'; payload: Parameters<typeof fromAgreementLink>[1] }
  | { kind: 'meeting'; payload: Parameters<typeof fromMeetingLink>[1] };

async function sealed(
  workbook: Workbook,
  partnershipId: string | undefined,
  data: string,
): Promise<Incoming> {
  if (!partnershipId) throw new TransferError('tampered', { detail: 'No partnership in the link' });
  const state = await workbook.exchange.get(partnershipId);
  if (!(await workbook.partnerships.get(partnershipId))) throw new TransferError('not-on-device');
  if (!state?.key) throw new TransferError('wrong-key');
  return { kind: 'exchange', exchange: await openSealed(data, state.key, partnershipId), legacy: false };
}

async function old(workbook: Workbook, link: OldLink, openId: string | undefined): Promise<Incoming> {
  const id = link.payload.partnershipId;
  if (openId && id !== openId) throw new TransferError('other-partnership');
  const local = await readLocalCopy(workbook, id);
  if (!local) throw new TransferError('not-on-device');
  const me: PartnerRole | undefined =
    local.partnership.thisDevice === 'both' ? undefined : local.partnership.thisDevice;
  const now = new Date();
  let exchange: Exchange;
  if (link.kind === 'meeting') exchange = fromMeetingLink(local, link.payload, now);
  else if (!me) {
    throw new TransferError('wrong-kind', {
      message: 'This link carries checklist answers, but both of you answer on this device.',
      hint: 'Open it on the device of the partner it was sent to.',
    });
  } else if (link.kind === 'answers') exchange = fromAnswersLink(local, link.payload, me, now);
  else exchange = fromAgreementLink(local, link.payload, me, now);
  return { kind: 'exchange', exchange, legacy: true };
}

/** Reads a link (the whole address, or only its `#…` part). `openId`: the partnership open here. */
export async function readIncomingLink(workbook: Workbook, text: string, openId?: string): Promise<Incoming> {
  const trimmed = text.trim();
  if (trimmed === '') throw new TransferError('empty');
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#')) : trimmed;
  const fragment = readFragment(hash);
  const found = firstLink(fragment);
  if (!found) {
    throw new TransferError('wrong-format', {
      message: 'That is not a link from your partner’s workbook.',
      hint: 'Copy the whole link they sent, from https to the end, then try again.',
    });
  }
  switch (found.kind) {
    case 'invite':
      return { kind: 'invite', invite: await decodeLinkPayload('invite', found.payload) };
    case 'exchange':
      if (openId && fragment.partnershipId !== openId) throw new TransferError('other-partnership');
      return sealed(workbook, fragment.partnershipId, found.payload);
    case 'answers':
    case 'agreement':
    case 'meeting':
      return old(
        workbook,
        { kind: found.kind, payload: await decodeLinkPayload(found.kind, found.payload) } as OldLink,
        openId,
      );
    default:
      throw new TransferError('wrong-kind', { hint: 'Open it from the page it was made for.' });
  }
}

/** Reads a file the partner sent (an exchange file, an invite file, or an older answers, agreement or meeting file). */
export async function readIncomingFile(workbook: Workbook, text: string, openId?: string): Promise<Incoming> {
  if (text.trim() === '') throw new TransferError('empty');
  if (text.length > LINK_LIMITS.maxDecodedBytes * 10) throw new TransferError('too-large');
  const value = parseJson(text);
  const format = (value as { format?: unknown } | null)?.format;
  if (format === SEALED_FORMAT) {
    const file = sealedFileSchema.safeParse(value);
    if (!file.success) throw new TransferError('invalid');
    if (openId && file.data.partnershipId !== openId) throw new TransferError('other-partnership');
    return sealed(workbook, file.data.partnershipId, file.data.data);
  }
  if (format === INVITE_FORMAT) return { kind: 'invite', invite: checkEnvelope('invite', value) };
  if (format === 'mentoring-workbook-answers')
    return old(workbook, { kind: 'answers', payload: checkEnvelope('answers', value) }, openId);
  if (format === 'mentoring-workbook-agreement') {
    return old(workbook, { kind: 'agreement', payload: checkEnvelope('agreement', value) }, openId);
  }
  if (format === 'mentoring-workbook-meeting')
    return old(workbook, { kind: 'meeting', payload: checkEnvelope('meeting', value) }, openId);
  throw new TransferError(
    typeof format === 'string' && format.startsWith('mentoring-workbook') ? 'wrong-kind' : 'wrong-format',
  );
}

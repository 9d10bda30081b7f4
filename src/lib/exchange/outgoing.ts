/**
 * What "Send to Tom" offers: the link (QR code, Share…, Copy) and the same as a file. Until the
 * partner's device has been heard from, it is the invite (which sets the partnership up there and
 * carries the pair key); after that, a sealed exchange of what the partner lacks. The partner who
 * joined already holds the key, so is never asked to invite.
 */
import { EXCHANGE_VERSION, SEALED_FORMAT, type ChecklistTemplate, type PartnerRole } from '../schemas';
import { localToday } from '../dates/clock';
import { withBase } from '../site/base-path';
import type { Workbook } from '../storage';
import { linkFragment } from '../transfer/fragment';
import { encodeLinkPayload, LINK_LIMITS } from '../transfer/link-codec';
import { byteLength, QR_MAX_BYTES } from '../transfer/qr';
import { exchangeToSend, readLocalCopy } from './apply';
import { isEmptyExchange } from './build';
import { makeInvite } from './invite';
import { sealExchange } from './seal';

export interface Outgoing {
  kind: 'invite' | 'exchange';
  /** The link; absent when the exchange is too long for one (the file carries it). */
  url?: string;
  file: { name: string; text: string };
  /** The link's length in bytes, which a QR code has to hold. */
  bytes: number;
  fitsQr: boolean;
  /** True when the partner's device already has everything (an exchange with nothing in it). */
  empty: boolean;
}

export interface OutgoingOptions {
  origin: string;
  base: string;
  /** The page the link opens (the one it was made on). */
  path: string;
  shipped: readonly ChecklistTemplate[];
  /** Send everything, not only what the partner lacks. */
  everything?: boolean;
  /** Give this partner their own copy (an invite), from a device both shared. */
  copyFor?: PartnerRole;
}

const other = (role: PartnerRole): PartnerRole => (role === 'mentor' ? 'mentee' : 'mentor');

export async function makeOutgoing(
  workbook: Workbook,
  partnershipId: string,
  options: OutgoingOptions,
): Promise<Outgoing> {
  const local = await readLocalCopy(workbook, partnershipId);
  if (!local) throw new Error('The partnership is not on this device.');
  const day = localToday();
  const user = local.partnership.thisDevice;
  const invite =
    options.copyFor ??
    (!local.state.key || Object.keys(local.state.partners).length === 0
      ? user === 'both'
        ? undefined
        : other(user)
      : undefined);
  if (invite) {
    const payload = await makeInvite(workbook, partnershipId, invite, options.shipped);
    const encoded = await encodeLinkPayload('invite', payload);
    const url = `${options.origin}${withBase(options.base, '/workbook/checklist/')}${linkFragment(partnershipId, 'invite', encoded)}`;
    return {
      kind: 'invite',
      url,
      file: { name: `mentoring-invite-${day}.json`, text: JSON.stringify(payload) },
      bytes: byteLength(url),
      fitsQr: byteLength(url) <= QR_MAX_BYTES,
      empty: false,
    };
  }
  const key = local.state.key;
  if (!key) throw new Error('This device has no pair key yet.');
  const { exchange } = await exchangeToSend(
    workbook,
    partnershipId,
    options.everything ? { everything: true } : {},
  );
  const sealed = await sealExchange(exchange, key);
  const link = `${options.origin}${options.path}${linkFragment(partnershipId, 'exchange', sealed)}`;
  const fits = sealed.length <= LINK_LIMITS.maxEncodedChars;
  const file = { format: SEALED_FORMAT, version: EXCHANGE_VERSION, partnershipId, data: sealed };
  return {
    kind: 'exchange',
    ...(fits ? { url: link } : {}),
    file: { name: `mentoring-exchange-${day}.json`, text: JSON.stringify(file) },
    bytes: byteLength(link),
    fitsQr: byteLength(link) <= QR_MAX_BYTES,
    empty: isEmptyExchange(exchange),
  };
}

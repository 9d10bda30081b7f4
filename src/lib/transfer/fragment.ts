/**
 * The one reader and writer of the URL fragment every workbook page uses:
 * `#p=<partnership>&view=<view>&m=<meeting>&<kind>=<payload>`. The fragment never reaches a server, so
 * ids and payloads stay on the device. Parsed with URLSearchParams (DESIGN.md); an id that could not be
 * ours is ignored rather than looked up, and unknown parameters are dropped.
 */
import { idSchema } from '../schemas/common';
import type { LinkKind } from '../schemas/links';

// The kinds are listed here rather than read from schemas/links.ts, so that every page's first download
// leaves out the link schemas (they load with the code that reads a link). The check below fails to
// compile when a kind is added there and not here.
const linkKinds = [
  'join',
  'answers',
  'agreement',
  'meeting',
  'template',
  'template-changes',
  'invite',
] as const;
const everyKindListed: [Exclude<LinkKind, (typeof linkKinds)[number]>] extends [never] ? true : never = true;
void everyKindListed;

/**
 * Every payload a fragment can carry: the link kinds (schemas/links.ts) and `exchange`, a sealed
 * exchange between the pair's devices (lib/exchange/seal.ts), which no schema can read unopened.
 */
export type FragmentKind = LinkKind | 'exchange';
export const fragmentKinds: readonly FragmentKind[] = [...linkKinds, 'exchange'];

/** What a fragment carries: the open partnership, where in it, and any link payloads by kind. */
export interface Fragment {
  partnershipId?: string;
  /** The meeting log's view (its module checks the name). */
  view?: string;
  meetingId?: string;
  payloads: Partial<Record<FragmentKind, string>>;
}

const isId = (value: string | null): value is string => value !== null && idSchema.safeParse(value).success;

/** Reads a fragment such as `location.hash` (the leading `#` is optional). */
export function readFragment(hash: string): Fragment {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fragment: Fragment = { payloads: {} };
  const p = params.get('p');
  if (isId(p)) fragment.partnershipId = p;
  const view = params.get('view');
  if (view) fragment.view = view;
  const m = params.get('m');
  if (isId(m)) fragment.meetingId = m;
  for (const kind of fragmentKinds) {
    const payload = params.get(kind);
    if (payload !== null) fragment.payloads[kind] = payload;
  }
  return fragment;
}

/** Writes a fragment (any part may be left out; nothing at all gives ''). */
export function buildFragment(fragment: Fragment): string {
  const params = new URLSearchParams();
  if (fragment.partnershipId !== undefined) params.set('p', fragment.partnershipId);
  if (fragment.view !== undefined) params.set('view', fragment.view);
  if (fragment.meetingId !== undefined) params.set('m', fragment.meetingId);
  for (const kind of fragmentKinds) {
    const payload = fragment.payloads[kind];
    if (payload !== undefined) params.set(kind, payload);
  }
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** The first non-empty link payload of a fragment, with its kind. */
export function firstLink(fragment: Fragment): { kind: FragmentKind; payload: string } | undefined {
  for (const kind of fragmentKinds) {
    const payload = fragment.payloads[kind];
    if (payload) return { kind, payload };
  }
  return undefined;
}

/** The same fragment without its payloads (for `history.replaceState` once a link is read). */
export function withoutPayloads(hash: string): string {
  return buildFragment({ ...readFragment(hash), payloads: {} });
}

/** The fragment that opens a partnership: `#p=<id>`. */
export function partnershipFragment(id: string): string {
  return buildFragment({ partnershipId: id, payloads: {} });
}

/** A link's fragment: `#p=<id>&<kind>=<payload>`. */
export function linkFragment(partnershipId: string, kind: FragmentKind, payload: string): string {
  return buildFragment({ partnershipId, payloads: { [kind]: payload } });
}

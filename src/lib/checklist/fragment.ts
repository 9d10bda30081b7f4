/**
 * Which partnership is open, and any payload a link carried, read from the URL fragment
 * (`#p=<id>&answers=<payload>`). The fragment never reaches a server, so ids and payloads stay on
 * the device. Parsing uses URLSearchParams, as DESIGN.md says.
 */

/** Link kinds the checklist pages read. */
export const checklistLinkKinds = ['join', 'answers', 'agreement'] as const;
export type ChecklistLinkKind = (typeof checklistLinkKinds)[number];

export interface FragmentState {
  partnershipId?: string;
  /** The first link payload found, with its kind. */
  link?: { kind: string; payload: string };
}

/** Reads a fragment such as `#p=abc&answers=xyz` (the leading `#` is optional). */
export function readFragment(hash: string): FragmentState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: FragmentState = {};
  const p = params.get('p');
  if (p) state.partnershipId = p;
  for (const [key, value] of params) {
    if (key !== 'p' && value !== '') {
      state.link = { kind: key, payload: value };
      break;
    }
  }
  return state;
}

/** The fragment that opens a partnership: `#p=<id>`. */
export function partnershipFragment(id: string): string {
  return `#${new URLSearchParams({ p: id }).toString()}`;
}

/** A link's fragment: `#p=<id>&<kind>=<payload>`. */
export function linkFragment(partnershipId: string, kind: string, payload: string): string {
  return `#${new URLSearchParams([
    ['p', partnershipId],
    [kind, payload],
  ]).toString()}`;
}

/**
 * Template links as fragments, without the codec: whether an address carries one, and the room kit's
 * address, which carries the same payload on to /trainers/room-kit/ with the programme's name beside
 * it. The payload passes through untouched (the workbook reads and checks it when a pair open the
 * link), so the room kit page needs no codec, no schemas and no shipped checklist to draw its QR code.
 */

/** The fragment parameters a template link uses: changes against a shipped checklist, or the whole one. */
const TEMPLATE_PARAMS = ['template-changes', 'template'] as const;

/** Whether a fragment such as `location.hash` carries a template link of either kind. */
export function hasTemplateLink(hash: string): boolean {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return TEMPLATE_PARAMS.some((name) => params.has(name));
}

/** The room kit's fragment: the template link's own fragment (from `templateFragment`) plus the programme. */
export function roomKitFragment(templateFragment: string, programme: string | undefined): string {
  const params = new URLSearchParams(templateFragment.replace(/^#/, ''));
  const name = programme?.trim();
  if (name) params.set('programme', name);
  const text = params.toString();
  return text === '' ? '' : `#${text}`;
}

/** What the room kit shows: the programme's name and the link its QR code opens. */
export interface RoomKit {
  /** The programme's name, if the trainer gave one (at most 120 characters, as in a template). */
  programme?: string;
  /** The workbook address, with the trainer's checklist when the room kit carries one. */
  link: string;
  /** Whether the link carries a trainer's checklist rather than the standard one. */
  tailored: boolean;
}

/** Reads the room kit's fragment; `workbookUrl` is the absolute address of /workbook/. */
export function readRoomKit(hash: string, workbookUrl: string): RoomKit {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const kit: RoomKit = { link: workbookUrl, tailored: false };
  const programme = params.get('programme')?.trim().slice(0, 120);
  if (programme) kit.programme = programme;
  for (const name of TEMPLATE_PARAMS) {
    const payload = params.get(name);
    if (payload === null || payload === '') continue;
    kit.link = `${workbookUrl}#${new URLSearchParams({ [name]: payload }).toString()}`;
    kit.tailored = true;
    break;
  }
  return kit;
}

/** An address without its scheme, for people to type: `mentoring.example.org/workbook/`. */
export function shortAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname}`;
}

/**
 * The room kit's state from the page's own address: the programme's name and the link its QR code
 * opens (lib/trainers/template-fragment.ts). Read after the first render, so the page hydrates as it
 * was built, and again whenever the fragment changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { withBase } from '../../../lib/site/base-path';
import { readRoomKit, shortAddress, type RoomKit } from '../../../lib/trainers/template-fragment';
import { qrPath, type QrPath } from '../../../lib/transfer/qr';

/** What the slide and the handouts draw. */
export interface RoomKitView extends RoomKit {
  /** What the slide and each handout are headed with: the programme, or what the checklist is for. */
  name: string;
  /** The workbook's address without `https://`, for anyone who types it. */
  address: string;
  /** `undefined` when the link is too long for a QR code that scans reliably. */
  qr: QrPath | undefined;
}

export function useRoomKit(base: string): RoomKitView | undefined {
  const [view, setView] = useState<RoomKitView | undefined>();
  useEffect(() => {
    const read = () => {
      const workbookUrl = new URL(withBase(base, '/workbook/'), globalThis.location.href).href;
      const kit = readRoomKit(globalThis.location.hash, workbookUrl);
      const name = kit.programme ?? (kit.tailored ? 'Your programme’s checklist' : 'Agree your expectations');
      setView({ ...kit, name, address: shortAddress(workbookUrl), qr: qrPath(kit.link) });
    };
    read();
    globalThis.addEventListener('hashchange', read);
    return () => globalThis.removeEventListener('hashchange', read);
  }, [base]);
  return view;
}

/** What the slide and the handouts say when a checklist built from nothing is too long for a QR code. */
export const TOO_LONG = 'This checklist is too long for one QR code. Share its link or file instead.';

/** The three things a pair do, on the slide and on every handout. */
export const roomKitSteps = [
  'Point your phone’s camera at the code and open the link.',
  'Start a partnership: together on one phone, or one each.',
  'Answer on your own first, then compare and agree.',
] as const;

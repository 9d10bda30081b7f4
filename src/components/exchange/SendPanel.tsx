/**
 * "Send to Tom": one button makes what the partner's device lacks (or the invite, before their
 * device has been heard from), then offers it every way a phone can pass it on — a QR code to scan
 * in person, Share… (the system share sheet, with a file where the browser can), Copy link and
 * Download file — and says when it is too long for a QR code, and why.
 */
import { useState } from 'preact/hooks';
import type { ChecklistTemplate, PartnerRole } from '../../lib/schemas';
import { markSent } from '../../lib/exchange/apply';
import { makeOutgoing, type Outgoing } from '../../lib/exchange/outgoing';
import { qrPath, QR_MAX_BYTES } from '../../lib/transfer/qr';
import { explainText } from '../../lib/data/explain';
import { downloadText } from '../data/download';
import { QrCode } from '../shared/QrCode';
import { getWorkbook } from '../shared/workbook-client';

interface Props {
  partnershipId: string;
  base: string;
  defaultTemplate?: ChecklistTemplate | undefined;
  /** Whom it goes to, for the words: "Tom". */
  partner: string;
  /** Give this partner their own copy (from a device both shared). */
  copyFor?: PartnerRole;
  label: string;
}

async function share(out: Outgoing, partner: string): Promise<string> {
  const file = new File([out.file.text], out.file.name, { type: 'application/json' });
  const withFile = { files: [file], title: `For ${partner}` };
  try {
    if (navigator.canShare?.(withFile)) await navigator.share(withFile);
    else await navigator.share({ title: `For ${partner}`, ...(out.url ? { url: out.url } : {}) });
    return '';
  } catch (error) {
    return error instanceof DOMException && error.name === 'AbortError'
      ? ''
      : 'Sharing did not work here. Copy the link or download the file instead.';
  }
}

export function SendPanel({ partnershipId, base, defaultTemplate, partner, copyFor, label }: Props) {
  const [out, setOut] = useState<Outgoing | undefined>();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const make = async (everything = false) => {
    setBusy(true);
    setNote('');
    try {
      const { workbook } = await getWorkbook();
      const made = await makeOutgoing(workbook, partnershipId, {
        origin: location.origin,
        base,
        path: location.pathname,
        shipped: defaultTemplate ? [defaultTemplate] : [],
        everything,
        ...(copyFor ? { copyFor } : {}),
      });
      setOut(made);
      if (!made.empty) await markSent(workbook, partnershipId);
    } catch (error) {
      setNote(explainText(error));
    } finally {
      setBusy(false);
    }
  };

  if (!out) {
    return (
      <>
        <button type="button" disabled={busy} onClick={() => void make()}>
          {label}
        </button>
        {note && <p role="alert">{note}</p>}
      </>
    );
  }
  if (out.empty) {
    return (
      <div>
        <p role="status">{partner}’s device already has everything from this one.</p>
        <button type="button" class="secondary" onClick={() => void make(true)}>
          Send everything again
        </button>
      </div>
    );
  }
  const qr = out.url && out.fitsQr ? qrPath(out.url) : undefined;
  const canShare = typeof navigator.share === 'function';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(out.url ?? '');
      setNote(`Link copied. Paste it into a message to ${partner}.`);
    } catch {
      setNote('Copying is not allowed here. Select the link and copy it yourself.');
    }
  };
  return (
    <div class="exchange-send">
      {out.kind === 'invite' && (
        <p class="notice">
          This is an invite: it sets your partnership up on {partner}’s device, and holds the key that keeps
          everything you exchange later private. The link is the key, so send it only to {partner} — or,
          better, let them scan the code in person.
        </p>
      )}
      {qr ? (
        <>
          <p>Let {partner} scan this code with their phone’s camera:</p>
          <QrCode qr={qr} label={`QR code for ${partner}’s phone`} />
        </>
      ) : (
        <p class="muted">
          {out.url
            ? `This is too long for a QR code (${out.bytes.toLocaleString('en-GB')} bytes; a code that phones read reliably holds about ${QR_MAX_BYTES.toLocaleString('en-GB')}), so send the link or the file.`
            : 'This is too long for a link, so send the file.'}
        </p>
      )}
      {out.url && (
        <div class="field">
          <label for="exchange-link">Link for {partner}</label>
          <textarea id="exchange-link" class="share-link" readOnly rows={3} value={out.url} />
        </div>
      )}
      <p class="actions">
        {canShare && (
          <button type="button" onClick={() => void share(out, partner).then(setNote)}>
            Share…
          </button>
        )}
        {out.url && (
          <button type="button" class={canShare ? 'secondary' : ''} onClick={() => void copy()}>
            Copy link
          </button>
        )}
        <button type="button" class="secondary" onClick={() => downloadText(out.file.name, out.file.text)}>
          Download file
        </button>
      </p>
      <p role="status" class="muted">
        {note}
      </p>
    </div>
  );
}

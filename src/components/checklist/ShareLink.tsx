/**
 * Sends data to the partner's device: the link (to copy or share), a QR code of it when it is short
 * enough to scan reliably, and a file to download as a fallback.
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../data/download';
import { qrPath } from '../../lib/transfer/qr';
import { QrCode } from '../shared/QrCode';

/** Longer links make dense codes that phone cameras misread (TECH-NOTES: about 2,300 bytes at most). */

interface Props {
  id: string;
  heading: string;
  intro: string;
  url: string;
  /** The same data as a file, for when a link cannot be sent. */
  file: { name: string; text: string };
}

export function ShareLink({ id, heading, intro, url, file }: Props) {
  const qr = qrPath(url);
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Paste it into a message to your partner.');
    } catch {
      setCopied('Copying is not allowed here. Select the link and copy it yourself.');
    }
  };
  return (
    <section class="share-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{intro}</p>
      <div class="field">
        <label for={`${id}-url`}>Link</label>
        <input id={`${id}-url`} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div class="actions">
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(file.name, file.text, 'application/json')}
        >
          Download as a file
        </button>
      </div>
      <p role="status" class="muted">
        {copied}
      </p>
      {qr ? (
        <details>
          <summary>Show a QR code to scan</summary>
          <QrCode qr={qr} label={`QR code of the link: ${heading}`} />
        </details>
      ) : (
        <p class="muted">This link is too long for a QR code. Copy it or send the file instead.</p>
      )}
    </section>
  );
}

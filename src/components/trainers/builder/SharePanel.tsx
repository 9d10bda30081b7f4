/**
 * A saved checklist, ready to share: its link (with how long it is), copy and download, a QR code
 * when the link is short enough, and the room kit, which projects that QR code for a whole room.
 */
import { useState } from 'preact/hooks';
import type { ChecklistTemplate } from '../../../lib/schemas/template';
import { withBase } from '../../../lib/site/base-path';
import { qrPath } from '../../../lib/transfer/qr';
import { roomKitFragment } from '../../../lib/trainers/template-fragment';
import { templateEnvelope, templateFileName } from '../../../lib/trainers/template-link';
import { downloadText } from '../../data/download';
import { QrCode } from '../../shared/QrCode';

interface Props {
  template: ChecklistTemplate;
  url: string;
  base: string;
}

export function SharePanel({ template, url, base }: Props) {
  const [copied, setCopied] = useState(false);
  const qr = qrPath(url);
  const roomKit = `${withBase(base, '/trainers/room-kit/')}${roomKitFragment(new URL(url).hash, template.programme)}`;
  return (
    <div class="builder-share">
      <p role="status">Saved as version {template.version}. Share this link with your pairs:</p>
      <div class="field">
        <label for="builder-link">Link to your checklist</label>
        <input
          id="builder-link"
          type="text"
          readOnly
          value={url}
          aria-describedby="builder-link-length"
          onFocus={(e) => e.currentTarget.select()}
        />
        <p id="builder-link-length" class="muted">
          {url.length.toLocaleString('en-GB')} characters.{' '}
          {url.includes('#template-changes=')
            ? 'The link carries only your changes to the standard checklist, so it stays short.'
            : 'The link carries the whole checklist.'}
        </p>
      </div>
      <p class="builder-toolbar">
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy the link
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() =>
            downloadText(
              templateFileName(template),
              JSON.stringify(templateEnvelope(template), null, 2),
              'application/json',
            )
          }
        >
          Download as a file
        </button>
        {copied && <span role="status">Copied.</span>}
      </p>
      {qr ? (
        <>
          <figure class="builder-qr">
            <QrCode qr={qr} label="QR code that opens your checklist in the workbook" />
            <figcaption>Pairs can scan this from a slide or a handout.</figcaption>
          </figure>
          <p>
            <a class="button" href={roomKit}>
              Open the room kit
            </a>{' '}
            A slide to project and handouts to print, with this QR code.
          </p>
        </>
      ) : (
        <p>
          This checklist is too long for a QR code that scans reliably. Share the link, or send the file:
          pairs open it on the workbook page.
        </p>
      )}
    </div>
  );
}

/**
 * "Share with my partner": one meeting's summary and actions as a link (with a QR code when it is short
 * enough) or a file. The private note is never included.
 */
import { useState } from 'preact/hooks';
import { qrPath, type QrPath } from '../../lib/transfer/qr';
import { meetingToLinkPayload, sharedMeetingFileName } from '../../lib/meetings/share';
import type { Meeting, MeetingLogData } from '../../lib/meetings/types';
import { buildFragment, encodeLinkPayload } from '../../lib/transfer/link-codec';
import { explainText } from '../../lib/data/explain';
import { QrCode } from '../shared/QrCode';
import { downloadText } from '../data/download';
import { focusSoon } from './undo';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
}

type Shared = { link: string; qr: QrPath | null; file: string };

export function ShareMeeting({ data, meeting }: Props) {
  const [shared, setShared] = useState<Shared | null>(null);
  const [problem, setProblem] = useState('');
  const [copied, setCopied] = useState('');

  const prepare = async () => {
    setProblem('');
    try {
      const payload = meetingToLinkPayload(data, meeting.id);
      const encoded = await encodeLinkPayload('meeting', payload);
      const fragment = buildFragment({ partnershipId: data.partnership.id, payloads: { meeting: encoded } });
      const link = `${location.origin}${location.pathname}${fragment}`;
      setShared({ link, qr: qrPath(link) ?? null, file: JSON.stringify(payload, null, 2) });
      // The button that was pressed gives way to the link: focus follows, so it is read out.
      focusSoon('share-link');
    } catch (error) {
      setProblem(explainText(error));
    }
  };

  const copy = async () => {
    if (!shared) return;
    try {
      await navigator.clipboard.writeText(shared.link);
      setCopied('Link copied. Paste it into a message to your partner.');
    } catch {
      setCopied('This browser would not copy the link. Select the link above and copy it yourself.');
    }
  };

  return (
    <div class="share-meeting">
      <h3>Share with my partner</h3>
      <p>
        Send the summary and actions of this meeting to your partner's device. Your private note is never
        included.
      </p>
      {!shared && (
        <button type="button" class="secondary" onClick={() => void prepare()}>
          Make a link to share
        </button>
      )}
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      {shared && (
        <>
          <label for="share-link">Link for your partner</label>
          <textarea id="share-link" class="share-link" readOnly rows={3} value={shared.link} />
          <p class="log-actions-row">
            <button type="button" class="secondary" onClick={() => void copy()}>
              Copy link
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => downloadText(sharedMeetingFileName(meeting), shared.file)}
            >
              Download as a file
            </button>
          </p>
          <p role="status">{copied}</p>
          {shared.qr ? (
            <>
              <p>Or let your partner scan this code with their phone:</p>
              <QrCode qr={shared.qr} label="QR code for your partner's phone" />
            </>
          ) : (
            <p class="hint">This link is too long for a QR code. Send the link or the file instead.</p>
          )}
        </>
      )}
    </div>
  );
}

/**
 * A meeting the partner shared, arriving as a link (in the fragment) or a file: shown first, added to
 * this log or used to update it only when the person says so. Nothing changes until then.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDateLong } from '../../lib/dates';
import type { LogChanges } from '../../lib/meetings/log-store';
import { receiveMeetingLink, type ReceivedMeeting } from '../../lib/meetings/share';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { MeetingLink } from '../../lib/schemas';
import { decodeLinkPayload, readFragment, withoutPayloads } from '../../lib/transfer/link-codec';
import { explainText } from '../../lib/data/explain';

interface Props {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
  /** A payload read from a file, if the person chose one. */
  fromFile: MeetingLink | null;
  onDone: () => void;
}

type Incoming = { payload: MeetingLink; received: ReceivedMeeting } | { problem: string } | null;

export function ReceiveShared({ data, change, fromFile, onDone }: Props) {
  const [incoming, setIncoming] = useState<Incoming>(null);

  useEffect(() => {
    const read = async (): Promise<MeetingLink | null> => {
      if (fromFile) return fromFile;
      const encoded = readFragment(location.hash).payloads.meeting;
      if (encoded === undefined) return null;
      // The payload has been read: take it out of the address bar so it is not bookmarked or re-read.
      history.replaceState(history.state, '', withoutPayloads(location.hash));
      return decodeLinkPayload('meeting', encoded);
    };
    read()
      .then((payload) => {
        if (payload)
          setIncoming({ payload, received: receiveMeetingLink(data, payload, new Date().toISOString()) });
      })
      .catch((error: unknown) => setIncoming({ problem: explainText(error) }));
    // Only when a new file arrives or on first load: later edits to the log must not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [fromFile]);

  if (!incoming) return null;
  const close = () => {
    setIncoming(null);
    onDone();
  };
  if ('problem' in incoming) {
    return (
      <div class="log-note" role="alert">
        <p>{incoming.problem}</p>
        <button type="button" class="secondary" onClick={close}>
          Close
        </button>
      </div>
    );
  }
  const { payload, received } = incoming;
  const when = formatDateLong(payload.meeting.date);
  return (
    <div class="log-note received" role="region" aria-label="A meeting your partner shared">
      <h2>Your partner shared a meeting</h2>
      {received.upToDate ? (
        <p>Your log already has the meeting of {when}, as new as this one or newer. Nothing to add.</p>
      ) : (
        <p>
          {received.isNew
            ? `The meeting of ${when} is not in your log yet. Add it, with its actions?`
            : `Your log has the meeting of ${when}. Update it with your partner's newer version? Your own private note stays as it is.`}
        </p>
      )}
      <p class="log-actions-row">
        {!received.upToDate && (
          <button
            type="button"
            onClick={() => {
              change(received.changes);
              close();
            }}
          >
            {received.isNew ? 'Add it to my log' : 'Update my log'}
          </button>
        )}
        <button type="button" class="secondary" onClick={close}>
          {received.upToDate ? 'Close' : 'Not now'}
        </button>
      </p>
    </div>
  );
}

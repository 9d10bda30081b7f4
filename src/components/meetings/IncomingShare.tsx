/** Loads the receiving code (link codec) only when the address carries a shared meeting. */
import { useState } from 'preact/hooks';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import { lazy } from '../shared/lazy';

interface Props {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
}

const LoadedIncoming = lazy(
  () =>
    import('./ReceiveShared').then((m) => (props: Props) => (
      <m.ReceiveShared {...props} fromFile={null} onDone={() => undefined} />
    )),
  { loading: 'none' },
);

export function IncomingShare(props: Props) {
  // Checked once, on load: the payload leaves the address bar as soon as it is read, and the
  // confirmation must stay on screen after that.
  const [hasPayload] = useState(() => /(?:^#|&)meeting=/.test(location.hash));
  return hasPayload ? <LoadedIncoming {...props} /> : null;
}

/** Loads the receiving code (link codec) only when the address carries a shared meeting. */
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import { useLazy } from './use-lazy';

interface Props {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
}

const loadReceive = (): Promise<ComponentType<Props>> =>
  import('./ReceiveShared').then((m) => (props: Props) => (
    <m.ReceiveShared {...props} fromFile={null} onDone={() => undefined} />
  ));

function LoadedIncoming(props: Props) {
  const Receive = useLazy(loadReceive);
  return Receive ? <Receive {...props} /> : null;
}

export function IncomingShare(props: Props) {
  // Checked once, on load: the payload leaves the address bar as soon as it is read, and the
  // confirmation must stay on screen after that.
  const [hasPayload] = useState(() => /(?:^#|&)meeting=/.test(location.hash));
  return hasPayload ? <LoadedIncoming {...props} /> : null;
}

/**
 * Points to the one place where the pair exchange with each other's devices: "Send to …" at the top
 * of the log carries this meeting and every other change since the last exchange, never the
 * private note.
 */
import type { Meeting, MeetingLogData } from '../../lib/meetings/types';

interface Props {
  data: MeetingLogData;
  meeting: Meeting;
}

export function ShareMeeting(_props: Props) {
  const show = () => {
    const panel = document.getElementById('partner');
    panel?.scrollIntoView({ block: 'start' });
    panel?.querySelector<HTMLElement>('h2')?.focus();
  };
  return (
    <div class="share-meeting">
      <h3>Share with my partner</h3>
      <p>
        Your partner’s device gets this meeting with everything else that changed when you next send to them.
        Your private note is never included.
      </p>
      <button type="button" class="secondary" onClick={show}>
        Go to the exchange with my partner
      </button>
    </div>
  );
}

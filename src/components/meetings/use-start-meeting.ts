/**
 * Starting and finishing a meeting from any view, through the one rule in src/lib (start-meeting.ts),
 * and discarding a meeting left empty when its view closes.
 */
import { useCallback, useEffect, useRef } from 'preact/hooks';
import { localToday } from '../../lib/dates';
import type { LogChanges } from '../../lib/meetings/log-store';
import { isEmptyMeeting } from '../../lib/meetings/records';
import { finishMeetingChanges, startMeeting } from '../../lib/meetings/start-meeting';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { ViewState } from '../../lib/meetings/view-state';

type Change = (changes: LogChanges) => void;
type Go = (next: Partial<ViewState>) => void;

/** A function that starts a meeting today and opens it. */
export function useStartMeeting(data: MeetingLogData, change: Change, go: Go): () => void {
  return useCallback(() => {
    const started = startMeeting(data, localToday(), new Date().toISOString());
    change(started.changes);
    go({ view: 'meeting', meetingId: started.meeting.id });
  }, [data, change, go]);
}

/** A function that finishes the meeting (discarding it when nothing was written) and opens the overview. */
export function useFinishMeeting(
  data: MeetingLogData,
  meetingId: string,
  change: Change,
  go: Go,
): () => void {
  return useCallback(() => {
    const meeting = data.meetings.find((m) => m.id === meetingId);
    if (meeting) change(finishMeetingChanges(meeting, data, new Date().toISOString()));
    go({ view: 'overview' });
  }, [data, meetingId, change, go]);
}

/**
 * When the view of an in-progress meeting closes (another view, another meeting) and nothing was
 * written in it, the meeting goes: an empty meeting that was left is not a meeting.
 */
export function useDiscardIfLeftEmpty(
  data: MeetingLogData,
  meetingId: string | undefined,
  change: Change,
): void {
  const latestRef = useRef(data);
  // Kept after each render, so the cleanup below sees the log as last shown.
  useEffect(() => {
    latestRef.current = data;
  });
  useEffect(() => {
    if (!meetingId) return undefined;
    return () => {
      const meeting = latestRef.current.meetings.find((m) => m.id === meetingId);
      if (meeting?.inProgress && isEmptyMeeting(meeting, latestRef.current)) {
        change({ removed: { meetings: [meetingId] } });
      }
    };
  }, [meetingId, change]);
}

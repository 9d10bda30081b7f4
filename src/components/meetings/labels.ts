/** Words the meeting log shows for stored values. */
import type { ActionOwner, GoalStatus, MeetingFormat } from '../../lib/meetings/types';

export const formatLabels: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone',
};

export const ownerLabels: Record<ActionOwner, string> = {
  mentee: 'Mentee',
  mentor: 'Mentor',
  both: 'Both',
};

export const goalStatusLabels: Record<GoalStatus, string> = {
  active: 'Active',
  achieved: 'Achieved',
  changed: 'Changed',
  dropped: 'Dropped',
};

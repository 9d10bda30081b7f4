/** Words the meeting log shows for stored values. */
import type { ActionOwner, GoalStatus } from '../../lib/meetings/types';

export { formatLabels } from '../../lib/meetings/format-words';

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

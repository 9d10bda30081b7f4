/** How a meeting's format reads, on screen and in a calendar file's LOCATION. */
import type { MeetingFormat } from './types';

export const formatLabels: Record<MeetingFormat, string> = {
  'in-person': 'In person',
  video: 'Video call',
  phone: 'Phone',
};

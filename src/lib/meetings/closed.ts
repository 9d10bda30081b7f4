/**
 * Whether a partnership is closed (ending.ts has the rest of the ending). Apart, so the log's shell can
 * ask without loading the ending's rules.
 */
import type { Partnership } from '../schemas/partnership';

/** True while the partnership is closed: the log is then read-only. */
export function isClosed(partnership: Pick<Partnership, 'ending'>): boolean {
  return partnership.ending?.closedOn !== undefined;
}

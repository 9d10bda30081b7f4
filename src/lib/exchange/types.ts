/**
 * What the exchange works on: one partnership's records as this device holds them, with what the
 * device keeps about the exchange (its id, the partner devices, tombstones, conflicts).
 */
import type { Action, ChecklistRound, ExchangeState, Goal, Meeting, Partnership, Rev } from '../schemas';

export interface LocalCopy {
  partnership: Partnership;
  rounds: ChecklistRound[];
  meetings: Meeting[];
  actions: Action[];
  goals: Goal[];
  state: ExchangeState;
}

/** A record as the merge handles it. */
export type Stamped = { id: string; updatedAt: string; rev?: Rev | undefined };

/**
 * The meeting log's words for the session layer's write set (src/lib/session): the islands call
 * `change(changes)` with a `LogChanges`, which is the one write-set type under its log name, and
 * apply or combine them with the session's own functions.
 */
import { applyWriteSet, mergeWriteSets, type Removed, type WriteSet } from '../session/write-set';
import type { MeetingLogData } from './types';

/** Records to write together (all or nothing): the session's write set. */
export type LogChanges = WriteSet;
export type { Removed };

/** A partnership as a choice to open: its id and a name to show. */
export interface PartnershipChoice {
  id: string;
  name: string;
}

/** Combines two sets of changes; where both hold a record, the later one wins. */
export const mergeChanges: (a: LogChanges, b: LogChanges) => LogChanges = mergeWriteSets;

/** The log with the changes applied (new records added, changed ones replaced, removed ones gone). */
export const applyChanges: (data: MeetingLogData, changes: LogChanges) => MeetingLogData = applyWriteSet;

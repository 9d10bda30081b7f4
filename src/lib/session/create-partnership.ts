/**
 * Starting a partnership: the partnership and its first checklist round, written in one transaction,
 * so there is never a partnership without a round to answer (or a round without its partnership).
 */
import { newRound } from '../checklist/round-flow';
import { localToday } from '../dates';
import { newRecordFields, nowIso, type ChecklistTemplate, type Partnership } from '../schemas';
import type { Workbook } from '../storage';

/** What the start form chooses; names are optional. */
export interface PartnershipStart {
  answerMode: Partnership['answerMode'];
  thisDevice: Partnership['thisDevice'];
  mentorName?: string;
  menteeName?: string;
}

/** Creates the partnership on `template` with its first round; returns the partnership as stored. */
export async function createPartnership(
  workbook: Workbook,
  start: PartnershipStart,
  template: Pick<ChecklistTemplate, 'id' | 'version'>,
  now: Date = new Date(),
): Promise<Partnership> {
  const partnership: Partnership = {
    ...newRecordFields(now),
    templateId: template.id,
    templateVersion: template.version,
    answerMode: start.answerMode,
    thisDevice: start.answerMode === 'one-device' ? 'both' : start.thisDevice,
    startedOn: localToday(now),
  };
  if (start.mentorName) partnership.mentorName = start.mentorName;
  if (start.menteeName) partnership.menteeName = start.menteeName;
  const round = { ...newRound(partnership, 1, nowIso(now)), ...newRecordFields(now) };
  // `null`: neither may exist yet, so a repeated press cannot start the same one twice.
  const written = await workbook.writeBatch(
    partnership.id,
    { partnership, rounds: [round] },
    { basedOn: () => null },
  );
  return written.partnership ?? partnership;
}

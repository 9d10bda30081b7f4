/**
 * What a workbook page needs of one partnership, read in one transaction (the storage layer's
 * snapshot): the partnership, its rounds (oldest first), meetings, actions and goals, and the
 * checklist template it pinned — the site's own, or the version kept on this device.
 */
import type { ChecklistTemplate, ExchangeState } from '../schemas';
import type { Workbook } from '../storage';
import type { RecordLists } from './write-set';

export interface PartnershipData extends RecordLists {
  rounds: NonNullable<RecordLists['rounds']>;
  /** Absent when the template is not on this device (the checklist says so; the log works without). */
  template?: ChecklistTemplate;
  /** What this device keeps about the exchange with the partner's device, once there is one. */
  exchange?: ExchangeState;
}

/** The partnership's records, or undefined when it is not on this device. */
export async function loadPartnership(
  workbook: Workbook,
  partnershipId: string,
  defaultTemplate?: ChecklistTemplate,
): Promise<PartnershipData | undefined> {
  const [snapshot, exchange] = await Promise.all([
    workbook.snapshot(partnershipId),
    workbook.exchange.get(partnershipId),
  ]);
  const partnership = snapshot.partnerships.find((p) => p.id === partnershipId);
  if (!partnership) return undefined;
  const pinned = (t: Pick<ChecklistTemplate, 'id' | 'version'>) =>
    t.id === partnership.templateId && t.version === partnership.templateVersion;
  const template =
    defaultTemplate && pinned(defaultTemplate) ? defaultTemplate : snapshot.templates.find(pinned);
  const data: PartnershipData = {
    partnership,
    rounds: snapshot.rounds.sort((a, b) => a.number - b.number),
    meetings: snapshot.meetings,
    actions: snapshot.actions,
    goals: snapshot.goals,
  };
  if (template) data.template = template;
  if (exchange) data.exchange = exchange;
  return data;
}

/**
 * The exchange against the workbook: read this device's copy, work out what an exchange would change
 * (nothing is written until the person says so), and write it in one transaction — the records, the
 * deletions and the exchange record together. A bad payload never gets this far: it is refused while
 * it is read (seal.ts, invite.ts), so stored data stays exactly as it was.
 */
import type { ChecklistTemplate, Exchange, PartnerRole } from '../schemas';
import type { Workbook } from '../storage';
import { TransferError } from '../transfer/errors';
import { buildExchange, partnerHoldings } from './build';
import { mergeExchange, type MergeOutcome } from './merge';
import { describeOutcome } from './summary';
import type { LocalCopy } from './types';

/** This device's copy of the partnership for the exchange (its exchange record made if missing). */
export async function readLocalCopy(
  workbook: Workbook,
  partnershipId: string,
): Promise<LocalCopy | undefined> {
  const [snapshot, state] = await Promise.all([
    workbook.snapshot(partnershipId),
    workbook.exchange.ensure(partnershipId),
  ]);
  const partnership = snapshot.partnerships.find((p) => p.id === partnershipId);
  if (!partnership) return undefined;
  return {
    partnership,
    rounds: snapshot.rounds.sort((a, b) => a.number - b.number),
    meetings: snapshot.meetings,
    actions: snapshot.actions,
    goals: snapshot.goals,
    state,
  };
}

/** The checklist the partnership pinned: the site's own, or the version kept on this device. */
export async function pinnedTemplate(
  workbook: Workbook,
  local: LocalCopy,
  defaultTemplate: ChecklistTemplate | undefined,
): Promise<ChecklistTemplate | undefined> {
  const { templateId, templateVersion } = local.partnership;
  if (defaultTemplate?.id === templateId && defaultTemplate.version === templateVersion)
    return defaultTemplate;
  return workbook.templates.get(templateId, templateVersion);
}

/** What an exchange would change here, ready to show and then to write. */
export interface Prepared {
  local: LocalCopy;
  exchange: Exchange;
  outcome: MergeOutcome;
  /** Plain phrases for the preview; empty when there is nothing new. */
  words: string[];
}

export async function prepareExchange(
  workbook: Workbook,
  exchange: Exchange,
  options: {
    defaultTemplate?: ChecklistTemplate;
    names: Record<PartnerRole, string>;
    now?: Date;
    /** False for an old link's stand-in device, which is not a partner device to keep in step with. */
    remember?: boolean;
  },
): Promise<Prepared> {
  const local = await readLocalCopy(workbook, exchange.partnershipId);
  if (!local) throw new TransferError('not-on-device');
  if (exchange.from.device === local.state.me) throw new TransferError('own-exchange');
  const template = await pinnedTemplate(workbook, local, options.defaultTemplate);
  const outcome = mergeExchange(local, exchange, {
    now: options.now ?? new Date(),
    ...(template ? { template } : {}),
    ...(options.remember === false ? { remember: false } : {}),
  });
  return { local, exchange, outcome, words: describeOutcome(local, outcome, options.names) };
}

/** Writes a prepared exchange in one transaction; if another tab saved first, works it out again. */
export async function commitExchange(
  workbook: Workbook,
  prepared: Prepared,
  options: Parameters<typeof prepareExchange>[2],
): Promise<MergeOutcome> {
  let current = prepared;
  for (let attempt = 0; ; attempt++) {
    const { local, outcome } = current;
    const basedOn = (store: string, id: string): string | null => {
      const lists: Record<string, readonly { id: string; updatedAt: string }[]> = {
        partnerships: [local.partnership],
        rounds: local.rounds,
        meetings: local.meetings,
        actions: local.actions,
        goals: local.goals,
      };
      return lists[store]?.find((r) => r.id === id)?.updatedAt ?? null;
    };
    try {
      await workbook.writeBatch(local.partnership.id, outcome.set, { basedOn, exchangeState: outcome.state });
      return outcome;
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error && 'code' in error && error.code === 'conflict'))
        throw error;
      current = await prepareExchange(workbook, current.exchange, options);
    }
  }
}

/** The exchange to send the partner now: what they lack, or everything when asked (or new). */
export async function exchangeToSend(
  workbook: Workbook,
  partnershipId: string,
  options: {
    everything?: boolean;
    now?: Date;
    template?: Pick<Exchange, 'template' | 'templateChanges'>;
  } = {},
): Promise<{ exchange: Exchange; local: LocalCopy }> {
  const local = await readLocalCopy(workbook, partnershipId);
  if (!local) throw new TransferError('not-on-device');
  const exchange = buildExchange(local, {
    now: options.now ?? new Date(),
    have: options.everything ? {} : partnerHoldings(local),
    ...(options.template ? { template: options.template } : {}),
  });
  return { exchange, local };
}

/** Notes that this device has just sent to its partner devices (shown as the last exchange). */
export function markSent(workbook: Workbook, partnershipId: string, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  return workbook.exchange.change(partnershipId, (state) => ({
    ...state,
    updatedAt: at,
    partners: Object.fromEntries(
      Object.entries(state.partners).map(([id, p]) => [id, { ...p, lastSentAt: at }]),
    ),
  }));
}

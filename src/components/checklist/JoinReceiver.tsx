/**
 * Opens a join link on the partner's device: sets up the same partnership (same id, names, roles
 * and checklist) and round, then hands over to the checklist. Opening the same link twice changes
 * nothing; a bad or foreign link gets a clear message and changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { partnershipFromJoin, roundFromJoin } from '../../lib/checklist/exchange';
import { partnershipFragment } from '../../lib/transfer/fragment';
import { nowIso, type ChecklistTemplate, type JoinLink } from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { decodeLinkPayload } from './link-io';
import { explainError } from '../../lib/data/explain';
import { getWorkbook } from '../shared/workbook-client';

interface Props {
  base: string;
  payload: string;
  defaultTemplate: ChecklistTemplate;
  onJoined: (partnershipId: string) => void;
}

async function join(link: JoinLink, defaultTemplate: ChecklistTemplate): Promise<string | undefined> {
  const { workbook } = await getWorkbook();
  const { partnership } = link;
  const isDefault =
    partnership.templateId === defaultTemplate.id && partnership.templateVersion === defaultTemplate.version;
  if (!isDefault) {
    if (!link.template) {
      return 'This link uses a checklist that is not on this device and did not come with it. Ask your partner for a new link.';
    }
    await workbook.templates.keep(link.template);
  }
  const existing = await workbook.partnerships.get(partnership.id);
  if (existing && existing.thisDevice === link.from) {
    return 'This is your own join link. Send it to your partner, so they can open it on their device.';
  }
  // The partnership and its round in one write, so a join is never half done.
  const at = nowIso();
  const stamp = { createdAt: at, updatedAt: at };
  const round = (await workbook.rounds.get(link.roundId)) ? [] : [{ ...roundFromJoin(link, at), ...stamp }];
  await workbook.writeBatch(
    partnership.id,
    existing ? { rounds: round } : { partnership: { ...partnershipFromJoin(link), ...stamp }, rounds: round },
    { basedOn: () => null },
  );
  return undefined;
}

export default function JoinReceiver({ base, payload, defaultTemplate, onJoined }: Props) {
  const [problem, setProblem] = useState('');
  useEffect(() => {
    decodeLinkPayload('join', payload)
      .then(async (link) => {
        const refused = await join(link, defaultTemplate);
        if (refused) {
          history.replaceState(history.state, '', partnershipFragment(link.partnership.id));
          setProblem(refused);
          return;
        }
        history.replaceState(history.state, '', partnershipFragment(link.partnership.id));
        onJoined(link.partnership.id);
      })
      .catch((error: unknown) => {
        history.replaceState(history.state, '', location.pathname);
        const e = explainError(error);
        const transfer =
          error instanceof Error && 'hint' in error ? (error as Error & { hint: string }) : undefined;
        setProblem(transfer ? `${transfer.message} ${transfer.hint}` : `${e.message} ${e.hint}`);
      });
  }, [payload, defaultTemplate, onJoined]);

  if (!problem) return <p role="status">Setting up the partnership on this device…</p>;
  return (
    <div class="notice warning" role="alert">
      <p>{problem}</p>
      <a class="button" href={withBase(base, '/workbook/')}>
        Go to the workbook
      </a>
    </div>
  );
}

/**
 * Opens an invite on the partner's device: sets up the same partnership (same id, names and
 * checklist), with the pair key and everything the invite carries, then hands over to the checklist.
 * An old join link (from before the exchange) still sets the partnership and round up as it did.
 * Opening the same link twice changes nothing more; a bad, foreign or own link gets a clear message
 * and changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import { partnershipFromJoin, roundFromJoin } from '../../lib/checklist/exchange';
import { acceptInvite } from '../../lib/exchange/invite';
import { partnershipFragment } from '../../lib/transfer/fragment';
import { decodeLinkPayload } from '../../lib/transfer/link-codec';
import { nowIso, type ChecklistTemplate } from '../../lib/schemas';
import { type JoinLink } from '../../lib/schemas/links';
import { withBase } from '../../lib/site/base-path';
import { explainText } from '../../lib/data/explain';
import { getWorkbook } from '../shared/workbook-client';
import { personShort } from './names';

interface Props {
  base: string;
  kind: 'join' | 'invite';
  payload: string;
  defaultTemplate: ChecklistTemplate;
  onJoined: (partnershipId: string) => void;
}

/** An old join link: the partnership and its round in one write, so a join is never half done. */
async function joinOld(link: JoinLink, defaultTemplate: ChecklistTemplate): Promise<string | undefined> {
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

async function open(kind: Props['kind'], payload: string, defaultTemplate: ChecklistTemplate) {
  if (kind === 'join') {
    const link = await decodeLinkPayload('join', payload);
    return { id: link.partnership.id, refused: await joinOld(link, defaultTemplate) };
  }
  const invite = await decodeLinkPayload('invite', payload);
  const p = invite.exchange.partnership;
  const names = { mentor: personShort(p ?? {}, 'mentor'), mentee: personShort(p ?? {}, 'mentee') };
  const { workbook } = await getWorkbook();
  const accepted = await acceptInvite(workbook, invite, { shipped: [defaultTemplate], names });
  return { id: accepted.partnershipId, refused: undefined };
}

export default function JoinReceiver({ base, kind, payload, defaultTemplate, onJoined }: Props) {
  const [problem, setProblem] = useState('');
  useEffect(() => {
    // The payload leaves the address bar at once, whatever happens next.
    const id = new URLSearchParams(location.hash.slice(1)).get('p');
    history.replaceState(history.state, '', id ? partnershipFragment(id) : location.pathname);
    open(kind, payload, defaultTemplate)
      .then(({ id: joined, refused }) => {
        history.replaceState(history.state, '', partnershipFragment(joined));
        if (refused) setProblem(refused);
        else onJoined(joined);
      })
      .catch((error: unknown) => setProblem(explainText(error)));
  }, [kind, payload, defaultTemplate, onJoined]);

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

/**
 * The one place on a workbook page for the partner's device: "Send to Tom" and "Receive from Tom",
 * with the date of the last exchange and a plain preview of what an exchange will change before it
 * is merged. A pair who started on one device can "Give Tom their own copy". A link that brought an
 * exchange is read once and its payload leaves the address bar at once. Loaded when first shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { commitExchange, prepareExchange, type Prepared } from '../../lib/exchange/apply';
import { readIncomingFile, readIncomingLink, type Incoming } from '../../lib/exchange/incoming';
import { acceptInvite } from '../../lib/exchange/invite';
import { listWords } from '../../lib/exchange/summary';
import { localToday } from '../../lib/dates/clock';
import { formatDateLong } from '../../lib/dates/words';
import { explainText } from '../../lib/data/explain';
import type { ChecklistTemplate, Invite, PartnerRole } from '../../lib/schemas';
import { firstLink, readFragment, withoutPayloads } from '../../lib/transfer/fragment';
import { TransferError } from '../../lib/transfer/errors';
import { personShort } from '../checklist/names';
import { useSession } from '../shared/use-session';
import { getWorkbook } from '../shared/workbook-client';
import { ExchangeConflicts } from './ExchangeConflicts';
import { IncomingPreview } from './IncomingPreview';
import { ReceivePanel } from './ReceivePanel';
import { SendPanel } from './SendPanel';
import '../../styles/exchange.css';

interface Props {
  partnershipId: string;
  base: string;
  /** The site's own checklist (absent on pages that do not load it). */
  defaultTemplate?: ChecklistTemplate;
}

type Message = { text: string; problem: boolean };
const roles: PartnerRole[] = ['mentor', 'mentee'];

export default function PartnerPanel({ partnershipId, base, defaultTemplate }: Props) {
  const { session, state } = useSession(partnershipId, defaultTemplate);
  const [pending, setPending] = useState<{ prepared: Prepared; invite?: Invite } | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const data = state.status === 'ready' ? state.data : undefined;
  const names = data
    ? { mentor: personShort(data.partnership, 'mentor'), mentee: personShort(data.partnership, 'mentee') }
    : { mentor: 'the mentor', mentee: 'the mentee' };

  const receive = async (read: () => Promise<Incoming>) => {
    setMessage(undefined);
    try {
      const { workbook } = await getWorkbook();
      const incoming = await read();
      const exchange = incoming.kind === 'invite' ? incoming.invite.exchange : incoming.exchange;
      if (exchange.partnershipId !== partnershipId) throw new TransferError('other-partnership');
      // The page may not have loaded yet (a link read at once): the names come from the store.
      const here = await workbook.partnerships.get(partnershipId);
      const prepared = await prepareExchange(workbook, exchange, {
        ...(defaultTemplate ? { defaultTemplate } : {}),
        names: here ? { mentor: personShort(here, 'mentor'), mentee: personShort(here, 'mentee') } : names,
        remember: !(incoming.kind === 'exchange' && incoming.legacy),
      });
      setPending(incoming.kind === 'invite' ? { prepared, invite: incoming.invite } : { prepared });
    } catch (error) {
      setMessage({ text: explainText(error), problem: true });
    }
  };

  // A link that brought an exchange: read once, and its payload out of the address bar straight away.
  useEffect(() => {
    const hash = location.hash;
    const link = firstLink(readFragment(hash));
    if (!link || link.kind === 'join' || link.kind === 'template' || link.kind === 'template-changes') return;
    history.replaceState(history.state, '', withoutPayloads(hash));
    void getWorkbook().then(({ workbook }) => receive(() => readIncomingLink(workbook, hash, partnershipId)));
    // Runs once, for the link the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- later renders must not read it again
  }, []);

  if (!data || !session) return null;
  const { partnership } = data;
  const user = partnership.thisDevice;
  const partnerDevices = Object.values(data.exchange?.partners ?? {}).filter(
    (p) => !p.role.startsWith('legacy'),
  );
  const partnerRole: PartnerRole | undefined =
    user === 'both'
      ? partnerDevices.map((p) => p.role).find((r): r is PartnerRole => r !== 'both')
      : user === 'mentor'
        ? 'mentee'
        : 'mentor';
  const partner = partnerRole ? names[partnerRole] : 'your partner';
  const dates = partnerDevices
    .flatMap((p) => [p.lastSentAt, p.lastReceivedAt])
    .filter((d): d is string => !!d)
    .sort();
  const last = dates.at(-1);

  // Who sent what waits to be added (on a shared device, the partner may not be known until now).
  const sender = pending?.prepared.exchange.from.role;
  const fromName = sender && sender !== 'both' ? names[sender] : partner;

  const accept = async () => {
    if (!pending) return;
    try {
      const { workbook } = await getWorkbook();
      const shipped = defaultTemplate ? [defaultTemplate] : [];
      if (pending.invite) await acceptInvite(workbook, pending.invite, { shipped, names });
      else
        await commitExchange(workbook, pending.prepared, {
          ...(defaultTemplate ? { defaultTemplate } : {}),
          names,
        });
      const words = pending.prepared.words;
      setMessage({ text: `Done. This device now has ${listWords(words)} from ${fromName}.`, problem: false });
      setPending(undefined);
    } catch (error) {
      setMessage({ text: explainText(error), problem: true });
    }
  };

  return (
    <section class="share-panel partner-exchange no-print" aria-labelledby="partner-heading" id="partner">
      <h2 id="partner-heading" tabIndex={-1}>
        {partnerRole ? `Exchange with ${partner}` : 'Your partner’s own copy'}
      </h2>
      <p class="muted">
        {last
          ? `Last exchange with ${partner}: ${formatDateLong(localToday(new Date(last)))}.`
          : partnerRole && user !== 'both'
            ? `You have not exchanged with ${partner} yet.`
            : 'You both use this device.'}
      </p>
      {message && (
        <p
          class={`notice ${message.problem ? 'warning' : 'success'}`}
          role={message.problem ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {pending && (
        <IncomingPreview
          prepared={pending.prepared}
          partner={fromName}
          names={names}
          onAccept={() => void accept()}
          onCancel={() => setPending(undefined)}
        />
      )}
      <ExchangeConflicts session={session} data={data} partner={partner} />
      {partnerRole ? (
        <>
          <h3>Send to {partner}</h3>
          <SendPanel {...{ partnershipId, base, defaultTemplate, partner }} label={`Send to ${partner}`} />
          <h3>Receive from {partner}</h3>
          <ReceivePanel
            partner={partner}
            onLink={(text) =>
              void getWorkbook().then(({ workbook }) =>
                receive(() => readIncomingLink(workbook, text, partnershipId)),
              )
            }
            onFile={(text) =>
              void getWorkbook().then(({ workbook }) =>
                receive(() => readIncomingFile(workbook, text, partnershipId)),
              )
            }
          />
        </>
      ) : (
        <>
          <p>Each of you can keep the partnership on your own phone, and exchange what changes.</p>
          {roles.map((role) => (
            <div key={role}>
              <SendPanel
                {...{ partnershipId, base, defaultTemplate }}
                partner={names[role]}
                copyFor={role}
                label={`Give ${names[role]} their own copy`}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}

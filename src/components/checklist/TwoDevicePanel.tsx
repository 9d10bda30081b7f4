/**
 * The two-device exchange on the checklist page: invite the partner (join link), send my answers,
 * take in the partner's answers or the settled agreement (link or file), and send the agreement
 * back. A link's payload is removed from the address bar as soon as it has been read.
 */
import { useEffect, useState } from 'preact/hooks';
import { agreementPayload, answersPayload, joinPayload } from '../../lib/checklist/exchange';
import { firstLink, linkFragment, partnershipFragment, readFragment } from '../../lib/transfer/fragment';
import { otherRole } from '../../lib/checklist/round-flow';
import type { ChecklistRound, ChecklistTemplate, PartnerRole, Partnership } from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { applyIncoming, type Incoming } from './apply-incoming';
import { decodeLinkPayload, encodeLinkPayload, readPayloadFile, type ExchangeKind } from './link-io';
import { personShort } from './names';
import { ReceiveForm } from './ReceiveForm';
import { ShareLink } from './ShareLink';

interface Props {
  template: ChecklistTemplate;
  partnership: Partnership;
  round: ChecklistRound;
  me: PartnerRole;
  base: string;
  link: { kind: string; payload: string } | undefined;
  onRound: (round: ChecklistRound) => void;
}

interface Shared {
  kind: ExchangeKind;
  url: string;
  text: string;
}

export default function TwoDevicePanel({ template, partnership, round, me, base, link, onRound }: Props) {
  const other = otherRole(me);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | undefined>();
  const [shared, setShared] = useState<Shared[]>([]);
  const partnerName = personShort(partnership, other);
  const theirsIn = round[`${other}Done`] !== undefined;
  const mineDone = round[`${me}Done`] !== undefined;

  const receive = (incoming: Incoming) => {
    const result = applyIncoming(incoming, template, round, me, partnerName);
    setMessage({ text: result.message, problem: !result.round });
    if (result.round) onRound(result.round);
  };

  // A link that brought answers or an agreement: read it once, then take its payload out of the address bar.
  useEffect(() => {
    if (!link || (link.kind !== 'answers' && link.kind !== 'agreement')) return;
    const kind = link.kind;
    history.replaceState(history.state, '', partnershipFragment(partnership.id));
    decodeLinkPayload(kind, link.payload).then(
      (payload) => receive({ kind, payload } as Incoming),
      (error: unknown) => setMessage({ text: describe(error), problem: true }),
    );
    // Runs once for the link the page was opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- later renders must not read it again
  }, []);

  // Links to show: join while the partner's answers are missing, my answers once done, the agreement once settled.
  const wanted: ExchangeKind[] = [];
  if (!theirsIn && round.stage !== 'settled') wanted.push('join');
  if (mineDone && round.stage !== 'settled') wanted.push('answers');
  if (round.stage === 'settled') wanted.push('agreement');
  const key = `${wanted.join()}|${round.stage}|${round[`${me}Done`] ?? ''}|${round.settledAt ?? ''}`;

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      wanted.map(async (kind): Promise<Shared> => {
        const payload =
          kind === 'join'
            ? joinPayload(partnership, round, me, template.id === 'default' ? undefined : template)
            : kind === 'answers'
              ? answersPayload(round, me)
              : agreementPayload(round);
        const encoded = await encodeLinkPayload(kind, payload);
        const url = `${location.origin}${withBase(base, '/workbook/checklist/')}${linkFragment(partnership.id, kind, encoded)}`;
        return { kind, url, text: JSON.stringify(payload, null, 2) };
      }),
    ).then((all) => {
      if (!cancelled) setShared(all);
    });
    return () => {
      cancelled = true;
    };
    // The key captures everything the links depend on.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for them
  }, [key]);

  const panel = (kind: ExchangeKind) => {
    const s = shared.find((x) => x.kind === kind);
    if (!s) return null;
    const copy = {
      join: {
        heading: `Invite ${partnerName}`,
        // Shown on both devices (the one that joined cannot tell it joined), so it must make sense on both.
        intro: `Send this link to ${partnerName}, unless you opened a link from them. It sets up this partnership on their device so they can answer on their own.`,
      },
      answers: {
        heading: 'Send my answers',
        intro: `Send this link to ${partnerName}. When they open it, their device can compare your answers with theirs.`,
      },
      agreement: {
        heading: 'Send the agreement',
        intro: `Send this link to ${partnerName}, so their device holds the same agreement.`,
      },
    }[kind];
    return (
      <ShareLink
        key={kind}
        id={`share-${kind}`}
        heading={copy.heading}
        intro={copy.intro}
        url={s.url}
        file={{ name: `mentoring-${kind}-${round.id}.json`, text: s.text }}
      />
    );
  };

  return (
    <div class="two-device">
      {message && (
        <p
          class={`notice ${message.problem ? 'warning' : 'success'}`}
          role={message.problem ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {wanted.map(panel)}
      {round.stage !== 'settled' && (mineDone || round.stage === 'compare') && (
        <ReceiveForm
          partnerName={partnerName}
          onLink={(text) => {
            const found = firstLink(readFragment(text.includes('#') ? text.slice(text.indexOf('#')) : text));
            if (!found || (found.kind !== 'answers' && found.kind !== 'agreement')) {
              setMessage({
                text: 'That is not a link with answers or an agreement. Copy the whole link your partner sent, then try again.',
                problem: true,
              });
              return;
            }
            const kind = found.kind;
            decodeLinkPayload(kind, found.payload).then(
              (payload) => receive({ kind, payload } as Incoming),
              (error: unknown) => setMessage({ text: describe(error), problem: true }),
            );
          }}
          onFile={(text) => {
            try {
              receive(readPayloadFile(text));
            } catch (error) {
              setMessage({ text: describe(error), problem: true });
            }
          }}
        />
      )}
    </div>
  );
}

function describe(error: unknown): string {
  if (error instanceof Error && 'hint' in error && typeof error.hint === 'string')
    return `${error.message} ${error.hint}`;
  return 'This link or file could not be read. Ask your partner to send it again.';
}

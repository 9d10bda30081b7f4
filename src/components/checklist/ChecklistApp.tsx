/**
 * The expectations checklist for the open partnership (`#p=<id>`): answering (blind, one device or
 * two), the hand-over, the comparison, and what follows once everything is settled. State lives
 * in the store; this island shows the current round and saves what src/lib's round steps return.
 */
import { useCallback, useState } from 'preact/hooks';
import {
  answersFromAgreement,
  beginAnswering,
  currentAnswerer,
  finishAnswering,
  newRound,
  otherRole,
  setAnswer,
  startSecondPartner,
} from '../../lib/checklist/round-flow';
import { firstLink, partnershipFragment, readFragment } from '../../lib/transfer/fragment';
import {
  newRecordFields,
  nowIso,
  type ChecklistRound,
  type ChecklistTemplate,
  type GivenAnswer,
  type PartnerRole,
} from '../../lib/schemas';
import { localToday } from '../../lib/dates';
import { withBase } from '../../lib/site/base-path';
import { lazy } from '../shared/lazy';
import { LoadProblem } from '../shared/LoadProblem';
import { ConflictNotice } from '../shared/ConflictWhenNeeded';
import { SaveStatus } from '../shared/SaveStatus';
import { useSession } from '../shared/use-session';
import { useReloadOnHashChange } from '../shared/use-page-hooks';
import { personLabel, personShort, personStart } from './names';

// Loaded when first needed, to keep the first visit small (see shared/lazy.ts).
// The handover between the two partners shows once per round: its code loads then.
const Handover = lazy(() => import('./Handover').then((m) => m.Handover));
const Answers = lazy(() => import('./AnswerSteps').then((m) => m.default));
const Compare = lazy(() => import('./CompareView').then((m) => m.default));
const Settled = lazy(() => import('./SettledView').then((m) => m.default));
const TwoDevice = lazy(() => import('./TwoDevicePanel').then((m) => m.default));
const Join = lazy(() => import('./JoinReceiver').then((m) => m.default));
const WhoFirst = lazy(() => import('./WhoFirst').then((m) => m.WhoFirst));

interface Props {
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function ChecklistApp({ base, defaultTemplate }: Props) {
  const [fragment] = useState(() => readFragment(globalThis.location?.hash ?? ''));
  useReloadOnHashChange();
  const link = firstLink(fragment);
  const joining = link?.kind === 'join' || link?.kind === 'invite' ? link : undefined;
  const [partnershipId, setPartnershipId] = useState(joining ? undefined : fragment.partnershipId);
  const [joined, setJoined] = useState(false);
  const onJoined = useCallback((id: string) => {
    setJoined(true);
    setPartnershipId(id);
  }, []);
  const { session, state } = useSession(partnershipId, defaultTemplate);
  const [chosenFirst, setChosenFirst] = useState<PartnerRole | undefined>();

  if (joining && !joined) {
    return (
      <Join
        key="join"
        base={base}
        kind={joining.kind === 'join' ? 'join' : 'invite'}
        payload={joining.payload}
        defaultTemplate={defaultTemplate}
        onJoined={onJoined}
      />
    );
  }
  if (state.status !== 'ready') return <LoadProblem state={state} base={base} />;
  if (!session) return <LoadProblem state={{ status: 'loading' }} base={base} />;
  const { partnership, template, rounds } = state.data;
  if (!template) return <LoadProblem state={{ status: 'no-template' }} base={base} />;
  const round = rounds.at(-1);
  const previous = rounds.at(-2);
  const prefill = previous ? answersFromAgreement(template, previous) : {};

  /**
   * Shows a changed round at once and saves it shortly after (typing is debounced) — or straight
   * away for a click (`immediate`), a new stage or a partner finishing, so a link sent or a tab
   * closed a moment later cannot lose the step.
   */
  const updateRound = (next: ChecklistRound, immediate = false) => {
    const before = rounds.find((r) => r.id === next.id);
    const milestone =
      immediate ||
      before?.stage !== next.stage ||
      before.mentorDone !== next.mentorDone ||
      before.menteeDone !== next.menteeDone;
    session.change({ rounds: [next] }, { now: milestone });
  };

  const startRound = () => {
    const created = { ...newRound(partnership, (round?.number ?? 0) + 1, nowIso()), ...newRecordFields() };
    session.change({ rounds: [created] }, { now: true });
  };

  // A checklist a trainer tailored says whose it is, here as well as on the start panel.
  const tailored = template.id !== defaultTemplate.id && (
    <p class="checklist-title">
      <strong>{template.title}</strong>
      {template.programme && ` · ${template.programme}`}
    </p>
  );
  const status = (
    <>
      {tailored}
      <SaveStatus session={session} />
      <ConflictNotice session={session} />
    </>
  );

  if (!round) {
    return (
      <div class="checklist-app">
        <button type="button" onClick={startRound}>
          Start the checklist
        </button>
        {status}
      </div>
    );
  }

  const twoDevices = partnership.answerMode === 'two-devices';
  const me: PartnerRole | undefined = partnership.thisDevice === 'both' ? undefined : partnership.thisDevice;
  const answerer = twoDevices
    ? me && round.stage === 'answering-first' && round[`${me}Done`] === undefined
      ? me
      : undefined
    : (currentAnswerer(round) ?? (round.stage === 'answering-first' ? chosenFirst : undefined));

  const answering = (role: PartnerRole) => (
    <Answers
      key={role}
      {...{
        template,
        roundId: round.id,
        role,
        who: personLabel(partnership, role),
        answers: round[role],
        base,
        onAnswer: (itemId: string, answer: GivenAnswer) =>
          updateRound(setAnswer(round, role, itemId, answer), answer.kind !== 'text'),
        onFinish: () => {
          updateRound(finishAnswering(template, round, role, nowIso(), partnership.answerMode));
        },
      }}
    />
  );

  let body;
  if (round.stage === 'settled') {
    body = (
      <Settled
        key="settled"
        {...{
          template,
          round,
          previous,
          partnershipId: partnership.id,
          base,
          onReview: startRound,
        }}
      />
    );
  } else if (round.stage === 'compare') {
    body = (
      <Compare
        key="compare"
        {...{
          template,
          round,
          partnership,
          today: localToday(),
          now: nowIso,
          onChange: (next: ChecklistRound) => updateRound(next, true),
          onComplete: (settled: ChecklistRound, reviewOn: string | undefined) => {
            // The review date the pair agreed goes on the partnership, where the meeting log finds it:
            // one save for both.
            session.change(
              reviewOn === undefined
                ? { rounds: [settled] }
                : { rounds: [settled], partnership: { ...partnership, reviewOn } },
              { now: true },
            );
            void session.flush().finally(() => {
              globalThis.location.assign(
                withBase(base, `/workbook/agreement/${partnershipFragment(partnership.id)}`),
              );
            });
          },
        }}
      />
    );
  } else if (round.stage === 'handover') {
    const first: PartnerRole = round.mentorDone !== undefined ? 'mentor' : 'mentee';
    body = (
      <Handover
        firstWho={personStart(partnership, first)}
        secondWho={personLabel(partnership, otherRole(first))}
        secondShort={personShort(partnership, otherRole(first))}
        onStart={() => updateRound(startSecondPartner(round, prefill))}
      />
    );
  } else if (answerer) {
    body = answering(answerer);
  } else if (!twoDevices) {
    body = (
      <WhoFirst
        names={partnership}
        onChoose={(role) => {
          setChosenFirst(role);
          if (Object.keys(prefill).length > 0) updateRound(beginAnswering(round, role, prefill));
        }}
      />
    );
  } else {
    body = null;
  }

  return (
    <div class="checklist-app">
      {status}
      {/* The exchange with the partner's device: for two devices, or to give a partner their own copy. */}
      {((twoDevices && me) || round.stage === 'settled' || link?.kind === 'exchange') && (
        <TwoDevice
          key="two-device"
          partnershipId={partnership.id}
          base={base}
          defaultTemplate={defaultTemplate}
        />
      )}
      {body}
    </div>
  );
}

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
import { partnershipFragment, readFragment } from '../../lib/checklist/fragment';
import {
  nowIso,
  todayLocal,
  type ChecklistRound,
  type ChecklistTemplate,
  type GivenAnswer,
  type PartnerRole,
} from '../../lib/schemas';
import { withBase } from '../../lib/site/base-path';
import { Handover } from './Handover';
import { Lazy } from '../shared/Lazy';
import { LoadProblem } from '../shared/LoadProblem';
import { useChecklistData } from '../shared/use-checklist-data';
import { useRoundSaver } from './use-round-saver';
import { useReloadOnHashChange, useSaveStatus } from '../shared/use-page-hooks';
import { WhoFirst } from './WhoFirst';
import { personLabel, personShort } from './names';
import { explainError } from '../../lib/data/explain';

// Loaded when first needed, to keep the first visit small (see Lazy.tsx).
const loadAnswers = () => import('./AnswerSteps');
const loadCompare = () => import('./CompareView');
const loadSettled = () => import('./SettledView');
const loadTwoDevice = () => import('./TwoDevicePanel');
const loadJoin = () => import('./JoinReceiver');

interface Props {
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function ChecklistApp({ base, defaultTemplate }: Props) {
  const [fragment] = useState(() => readFragment(globalThis.location?.hash ?? ''));
  useReloadOnHashChange();
  const joining = fragment.link?.kind === 'join' ? fragment.link.payload : undefined;
  const [partnershipId, setPartnershipId] = useState(joining ? undefined : fragment.partnershipId);
  const [joined, setJoined] = useState(false);
  const onJoined = useCallback((id: string) => {
    setJoined(true);
    setPartnershipId(id);
  }, []);
  const { state, setState } = useChecklistData(partnershipId, defaultTemplate);
  const { autosave, updateRound } = useRoundSaver(state, setState);
  const saveText = useSaveStatus(autosave, state.status === 'ready' ? state.workbook : undefined);
  const [progressText, setProgressText] = useState('');
  const [chosenFirst, setChosenFirst] = useState<PartnerRole | undefined>();
  const [problem, setProblem] = useState('');
  const onProgress = useCallback((text: string) => setProgressText(text), []);

  if (joining && !joined) {
    return <Lazy key="join" load={loadJoin} props={{ base, payload: joining, defaultTemplate, onJoined }} />;
  }
  if (state.status !== 'ready') return <LoadProblem state={state} base={base} />;
  const { partnership, template, rounds, workbook } = state;
  const round = rounds.at(-1);
  const previous = rounds.at(-2);
  const prefill = previous ? answersFromAgreement(template, previous) : {};

  const startRound = async () => {
    try {
      await autosave?.flush();
      const created = await workbook.rounds.create(newRound(partnership, (round?.number ?? 0) + 1, nowIso()));
      setState({ ...state, rounds: [...rounds, created] });
    } catch (error) {
      const e = explainError(error);
      setProblem(`${e.message} ${e.hint}`);
    }
  };

  const live = (
    <p class="live-status" role="status" aria-live="polite">
      {[progressText, saveText].filter(Boolean).join(' ')}
    </p>
  );

  if (!round) {
    return (
      <div class="checklist-app">
        <button type="button" onClick={() => void startRound()}>
          Start the checklist
        </button>
        {problem && <p role="alert">{problem}</p>}
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
    <Lazy
      key={role}
      load={loadAnswers}
      props={{
        template,
        role,
        who: personLabel(partnership, role),
        answers: round[role],
        base,
        onProgress,
        onAnswer: (itemId: string, answer: GivenAnswer) =>
          updateRound(setAnswer(round, role, itemId, answer), answer.kind !== 'text'),
        onFinish: () => {
          setProgressText('');
          updateRound(finishAnswering(template, round, role, nowIso(), partnership.answerMode));
        },
      }}
    />
  );

  let body;
  if (round.stage === 'settled') {
    body = (
      <Lazy
        key="settled"
        load={loadSettled}
        props={{
          template,
          round,
          previous,
          partnershipId: partnership.id,
          base,
          onReview: () => void startRound(),
        }}
      />
    );
  } else if (round.stage === 'compare') {
    body = (
      <Lazy
        key="compare"
        load={loadCompare}
        props={{
          template,
          round,
          partnership,
          today: todayLocal(),
          now: nowIso,
          onChange: (next: ChecklistRound) => updateRound(next, true),
          onComplete: (settled: ChecklistRound, reviewOn: string | undefined) => {
            updateRound(settled);
            // The review date the pair agreed goes on the partnership, where the meeting log finds it.
            const saved = Promise.all([
              autosave?.flush(),
              reviewOn === undefined ? undefined : workbook.partnerships.update(partnership.id, { reviewOn }),
            ]);
            void saved.finally(() => {
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
        firstWho={personLabel(partnership, first)}
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
      {live}
      {twoDevices && me && (
        <Lazy
          key="two-device"
          load={loadTwoDevice}
          props={{
            workbook,
            template,
            partnership,
            round,
            me,
            base,
            link: fragment.link,
            onRound: updateRound,
          }}
        />
      )}
      {body}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}

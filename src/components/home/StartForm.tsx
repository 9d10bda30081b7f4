/**
 * Starting a partnership: optional names, and how the pair will answer the checklist.
 *
 * The form is rendered on the server, so it is on screen before its script runs. Until then its button is
 * disabled and says so, so a tap cannot submit it to the server (which would reload the page and lose the
 * names); names typed and options chosen meanwhile are kept, read from the form when the script starts.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PartnerRole } from '../../lib/schemas';

export interface StartChoices {
  mentorName: string;
  menteeName: string;
  answerMode: 'one-device' | 'two-devices';
  thisDevice: PartnerRole;
}

/** While filling in the form: on two devices, nobody is assumed to be the mentee until they say so. */
type Draft = Omit<StartChoices, 'thisDevice'> & { thisDevice: PartnerRole | undefined };

/** What the form shows now, typed or chosen before the script was ready included. */
function readForm(form: HTMLFormElement, fallback: Draft): Draft {
  const text = (id: string) => {
    const field = form.querySelector<HTMLInputElement>(`#${id}`);
    return field ? field.value : undefined;
  };
  const checked = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)?.checked === true;
  return {
    menteeName: text('mentee-name') ?? fallback.menteeName,
    mentorName: text('mentor-name') ?? fallback.mentorName,
    answerMode: checked('mode-two') ? 'two-devices' : 'one-device',
    thisDevice: checked('device-mentor')
      ? 'mentor'
      : checked('device-mentee')
        ? 'mentee'
        : fallback.thisDevice,
  };
}

interface Props {
  onStart: (choices: StartChoices) => void;
  /** Called once, when the person first focuses or touches the form (to fetch what starting needs). */
  onFirstUse?: () => void;
  /** Shown under the heading, before the form: the choice of checklist. */
  children?: ComponentChildren;
}

export function StartForm({ onStart, onFirstUse, children }: Props) {
  const [choices, setChoices] = useState<Draft>({
    mentorName: '',
    menteeName: '',
    answerMode: 'one-device',
    thisDevice: undefined,
  });
  const [busy, setBusy] = useState(false);
  // False on the server and until the script runs: the button stays disabled.
  const [ready, setReady] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const usedRef = useRef(false);
  const set = (patch: Partial<Draft>) => setChoices({ ...choices, ...patch });
  const firstUse = () => {
    if (usedRef.current) return;
    usedRef.current = true;
    onFirstUse?.();
  };

  useEffect(() => {
    const element = form.current;
    if (element) setChoices((current) => readForm(element, current));
    setReady(true);
  }, []);

  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">Start a partnership</h2>
      {children}
      <form
        ref={form}
        class="start-form"
        onFocusIn={firstUse}
        onPointerDown={firstUse}
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready || busy) return;
          // The radios are required on two devices, so the browser asks before this runs.
          if (choices.answerMode === 'two-devices' && !choices.thisDevice) return;
          setBusy(true);
          onStart({
            ...choices,
            thisDevice: choices.thisDevice ?? 'mentee',
            mentorName: choices.mentorName.trim(),
            menteeName: choices.menteeName.trim(),
          });
        }}
      >
        <fieldset>
          <legend>Your names (optional)</legend>
          <p class="muted">First names or initials are enough. They stay on this device.</p>
          <div class="field">
            <label for="mentee-name">Mentee’s name</label>
            <input
              id="mentee-name"
              type="text"
              maxLength={120}
              autoComplete="off"
              value={choices.menteeName}
              onInput={(e) => set({ menteeName: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="mentor-name">Mentor’s name</label>
            <input
              id="mentor-name"
              type="text"
              maxLength={120}
              autoComplete="off"
              value={choices.mentorName}
              onInput={(e) => set({ mentorName: e.currentTarget.value })}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>How will you answer the checklist?</legend>
          <div class="option">
            <input
              type="radio"
              id="mode-one"
              name="mode"
              checked={choices.answerMode === 'one-device'}
              onChange={() => set({ answerMode: 'one-device' })}
            />
            <label for="mode-one">Together on this device, taking turns</label>
          </div>
          <div class="option">
            <input
              type="radio"
              id="mode-two"
              name="mode"
              checked={choices.answerMode === 'two-devices'}
              onChange={() => set({ answerMode: 'two-devices' })}
            />
            <label for="mode-two">Each on our own device</label>
          </div>
        </fieldset>
        {choices.answerMode === 'two-devices' && (
          <fieldset>
            <legend>Who is using this device?</legend>
            <p class="muted">Say which of you this is: each device keeps its own person’s answers.</p>
            {(['mentee', 'mentor'] as const).map((role) => (
              <div class="option" key={role}>
                <input
                  type="radio"
                  id={`device-${role}`}
                  name="device"
                  required
                  checked={choices.thisDevice === role}
                  onChange={() => set({ thisDevice: role })}
                />
                <label for={`device-${role}`}>The {role}</label>
              </div>
            ))}
          </fieldset>
        )}
        <button type="submit" disabled={busy || !ready} aria-describedby={ready ? undefined : 'start-wait'}>
          Start the partnership
        </button>
        {!ready && (
          <p id="start-wait" class="muted" role="status">
            Getting the workbook ready…
          </p>
        )}
      </form>
    </section>
  );
}

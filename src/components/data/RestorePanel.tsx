/**
 * Restore: pick a backup file, see what it holds and what would change, choose merge or
 * replace, confirm. Nothing on this device changes before the confirm button; a bad file gets
 * the data layer's message and what to do next.
 */
import { useState } from 'preact/hooks';
import { explainError, type Explained } from '../../lib/data/explain';
import type { RestoreMode } from '../../lib/data/restore-preview';
import { useFocusNext } from '../shared/use-focus-next';

/** What reading a file gives: a passphrase is needed, or a preview and a way to apply it. */
export type ReadResult =
  | { status: 'needs-passphrase' }
  | { status: 'ready'; preview: PreviewWords; apply: (mode: RestoreMode) => Promise<void> };

/** The preview in words (restore-preview.ts): what the file holds, and what each mode would change. */
export interface PreviewWords {
  file: string;
  change: Record<RestoreMode, string[]>;
}

interface Props {
  read: (file: File, passphrase?: string) => Promise<ReadResult>;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'passphrase'; file: File }
  | { kind: 'preview'; preview: PreviewWords; apply: (mode: RestoreMode) => Promise<void> }
  | { kind: 'done'; text: string };

export function RestorePanel({ read }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<Explained | undefined>();
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [busy, setBusy] = useState(false);
  const focusNext = useFocusNext();

  // Controls say they are busy with aria-disabled (or ignore input) rather than disabled: a disabled
  // control loses keyboard focus.
  const open = async (file: File, phrase?: string) => {
    if (busy) return;
    setProblem(undefined);
    setBusy(true);
    try {
      const result = await read(file, phrase);
      if (result.status === 'needs-passphrase') setStep({ kind: 'passphrase', file });
      else {
        setMode('merge');
        setStep({ kind: 'preview', preview: result.preview, apply: result.apply });
        focusNext('restore-preview-heading');
      }
    } catch (error) {
      setProblem(explainError(error));
      // A wrong passphrase keeps the passphrase step, so the person can try again.
      if (phrase === undefined) setStep({ kind: 'idle' });
    } finally {
      setBusy(false);
    }
  };

  const choose = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setPassphrase('');
    if (file) void open(file);
  };

  const unlock = (event: Event) => {
    event.preventDefault();
    if (step.kind === 'passphrase') void open(step.file, passphrase);
  };

  const confirm = async () => {
    if (step.kind !== 'preview' || busy) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await step.apply(mode);
      setStep({
        kind: 'done',
        text:
          mode === 'merge'
            ? 'The backup has been merged into this device’s workbook.'
            : 'The backup has replaced what was on this device.',
      });
      focusNext('restore-done');
    } catch (error) {
      setProblem(explainError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="data-restore-heading" class="data-panel">
      <h2 id="data-restore-heading">Restore</h2>
      <p>Choose a backup file. You will see what is in it, and nothing changes until you confirm.</p>
      <label for="restore-file">Backup file</label>
      <input id="restore-file" type="file" accept=".json,application/json" onChange={choose} />
      {problem && (
        <div role="alert" class="data-error-box">
          <p>
            <strong>{problem.message}</strong>
          </p>
          <p>
            {problem.hint}
            {/* Some messages already say so ("…, so nothing was changed."); say it once. */}
            {/nothing (was|has been) changed/i.test(problem.message)
              ? ''
              : ' Nothing on this device has changed.'}
          </p>
        </div>
      )}
      {step.kind === 'passphrase' && (
        <form onSubmit={unlock} noValidate>
          <p>This backup is protected with a passphrase.</p>
          <label for="restore-passphrase">Passphrase for this backup</label>
          <input
            id="restore-passphrase"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          <button type="submit" disabled={passphrase === ''} aria-disabled={busy ? 'true' : undefined}>
            Open the backup
          </button>
        </form>
      )}
      {step.kind === 'preview' && (
        <div class="data-preview">
          <h3 id="restore-preview-heading" tabIndex={-1}>
            What is in this backup
          </h3>
          <p>{step.preview.file}</p>
          <fieldset>
            <legend>How to restore it</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <div class="data-choice" key={m}>
                <input
                  type="radio"
                  id={`restore-${m}`}
                  name="restore-mode"
                  checked={mode === m}
                  onChange={() => setMode(m)}
                  aria-describedby={`restore-${m}-effect`}
                />
                <label for={`restore-${m}`}>
                  {m === 'merge' ? 'Merge with what is on this device' : 'Replace what is on this device'}
                </label>
                <div id={`restore-${m}-effect`} class="data-effect">
                  {step.preview.change[m].map((line) => (
                    <p key={line}>{line}</p>
                  ))}
                </div>
              </div>
            ))}
          </fieldset>
          <p>
            <button type="button" onClick={() => void confirm()} aria-disabled={busy ? 'true' : undefined}>
              {mode === 'merge' ? 'Confirm: merge this backup' : 'Confirm: replace with this backup'}
            </button>{' '}
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (!busy) setStep({ kind: 'idle' });
              }}
              aria-disabled={busy ? 'true' : undefined}
            >
              Cancel
            </button>
          </p>
        </div>
      )}
      <div role="status" class="data-message">
        {step.kind === 'done' && (
          <p id="restore-done" tabIndex={-1}>
            {step.text}
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * Back up: everything or one partnership, as mentoring-workbook-YYYY-MM-DD.json, optionally
 * encrypted with a passphrase typed twice (with a strength hint and the plain warning that a
 * lost passphrase cannot be recovered).
 */
import { useState } from 'preact/hooks';
import type { Partnership } from '../../lib/schemas';
import { passphraseHint, passphraseProblem } from '../../lib/data/passphrase';
import { formatBytes, partnershipLabel } from '../../lib/data/summary';

/** From this size (5 MB) the message says how large the backup is. */
const LARGE_BACKUP = 5 * 1024 * 1024;

export interface BackupRequest {
  partnershipId?: string;
  passphrase?: string;
}

interface Props {
  partnerships: readonly Partnership[];
  /** Makes and downloads the backup; resolves to the file's name and size in bytes. */
  onBackup: (request: BackupRequest) => Promise<{ fileName: string; bytes: number }>;
  onError: (error: unknown) => void;
}

export function BackupPanel({ partnerships, onBackup, onError }: Props) {
  const [scope, setScope] = useState('all');
  const [encrypt, setEncrypt] = useState(false);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [problem, setProblem] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const hint = passphraseHint(first);
  // A partnership deleted since it was chosen is no longer a choice: back up everything.
  const chosen = partnerships.some((p) => p.id === scope) ? scope : 'all';

  const submit = async (event: Event) => {
    event.preventDefault();
    // The button says it is busy with aria-disabled rather than disabled, which would drop focus.
    if (busy) return;
    setMessage('');
    const mismatch = encrypt
      ? (passphraseProblem(first, second) ??
        (first === '' ? 'Enter a passphrase, or untick “Protect it with a passphrase”.' : undefined))
      : undefined;
    setProblem(mismatch ?? '');
    if (mismatch) return;
    setBusy(true);
    setMessage(encrypt ? 'Encrypting your backup…' : '');
    try {
      const request: BackupRequest = {};
      if (chosen !== 'all') request.partnershipId = chosen;
      if (encrypt) request.passphrase = first;
      const { fileName, bytes } = await onBackup(request);
      // A large file is worth knowing about: where it fits, and that restoring it takes a moment.
      const size =
        bytes >= LARGE_BACKUP
          ? ` It is large (${formatBytes(bytes)}), so restoring it can take a minute.`
          : '';
      setMessage(
        `Your backup has been saved as ${fileName}.${size} Keep it somewhere safe, like a USB stick or your own cloud storage.`,
      );
      setFirst('');
      setSecond('');
    } catch (error) {
      setMessage('');
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="data-backup-heading" class="data-panel">
      <h2 id="data-backup-heading">Back up</h2>
      <p>
        A backup is a file you keep. With it you can restore your workbook on this device or another one. It
        holds everything you typed, including private notes.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>What to back up</legend>
          <div class="data-choice">
            <input
              type="radio"
              id="backup-all"
              name="backup-scope"
              value="all"
              checked={chosen === 'all'}
              onChange={() => setScope('all')}
            />
            <label for="backup-all">Everything on this device</label>
          </div>
          {partnerships.map((p) => (
            <div class="data-choice" key={p.id}>
              <input
                type="radio"
                id={`backup-${p.id}`}
                name="backup-scope"
                value={p.id}
                checked={chosen === p.id}
                onChange={() => setScope(p.id)}
              />
              <label for={`backup-${p.id}`}>Only “{partnershipLabel(p)}”</label>
            </div>
          ))}
        </fieldset>
        <div class="data-choice">
          <input
            type="checkbox"
            id="backup-encrypt"
            checked={encrypt}
            onChange={(e) => setEncrypt(e.currentTarget.checked)}
          />
          <label for="backup-encrypt">Protect it with a passphrase</label>
        </div>
        {encrypt && (
          <div class="data-passphrase">
            <p class="data-warning-text">
              <strong>
                If you lose the passphrase, nobody can open this backup and there is no way to recover it.
              </strong>{' '}
              Write it down somewhere safe.
            </p>
            <label for="backup-passphrase">Passphrase</label>
            <input
              id="backup-passphrase"
              type="password"
              autoComplete="new-password"
              value={first}
              onInput={(e) => setFirst(e.currentTarget.value)}
              aria-describedby="backup-strength"
            />
            <p id="backup-strength" class={`data-strength data-strength-${hint.strength}`}>
              {hint.text}
            </p>
            <label for="backup-passphrase-again">Passphrase again</label>
            <input
              id="backup-passphrase-again"
              type="password"
              autoComplete="new-password"
              value={second}
              onInput={(e) => setSecond(e.currentTarget.value)}
              aria-describedby={problem ? 'backup-problem' : undefined}
              aria-invalid={problem ? true : undefined}
            />
          </div>
        )}
        {problem && (
          <p id="backup-problem" class="data-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>
          Download backup
        </button>
      </form>
      <div role="status" class="data-message">
        {message && <p>{message}</p>}
      </div>
    </section>
  );
}

/**
 * "What is on this device": counts, approximate size, whether the browser promised to keep the
 * data (with a button to ask), and when the last backup was made.
 */
import { useState } from 'preact/hooks';
import type { StorageStatus } from '../../lib/storage';
import { formatInstant } from '../../lib/dates';
import { formatBytes, type WorkbookCounts } from '../../lib/data/summary';

interface Props {
  status: StorageStatus;
  counts: WorkbookCounts;
  /** Asks the browser for persistent storage; resolves to the answer (undefined: it would not say). */
  onPersist: () => Promise<boolean | undefined>;
}

export function StatusPanel({ status, counts, onPersist }: Props) {
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState('');

  const ask = async () => {
    setAsking(true);
    const granted = await onPersist();
    setAsking(false);
    setAnswer(
      granted === true
        ? 'Done: this browser will keep the workbook until you delete it.'
        : 'This browser said no for now. Browsers often agree once you have used a site for a while, or installed it. Keep making backups.',
    );
  };

  const memory = status.backend === 'memory';
  return (
    <section aria-labelledby="data-status-heading" class="data-panel">
      <h2 id="data-status-heading">What is on this device</h2>
      <dl class="data-facts">
        <dt>Partnerships</dt>
        <dd>{counts.partnerships}</dd>
        <dt>Meetings</dt>
        <dd>{counts.meetings}</dd>
        <dt>Actions</dt>
        <dd>{counts.actions}</dd>
        <dt>Goals</dt>
        <dd>{counts.goals}</dd>
        <dt>Space used</dt>
        <dd>
          {memory
            ? 'Nothing is stored: the workbook is only in this tab.'
            : status.usage === undefined
              ? 'This browser does not say.'
              : `${formatBytes(status.usage)}, including this site’s saved pages for offline use`}
        </dd>
        <dt>Kept by the browser</dt>
        <dd>
          {memory
            ? 'No: storage is unavailable.'
            : status.persisted === true
              ? 'Yes: the browser has promised not to clear it to free up space.'
              : 'Not promised: the browser may clear it if the device runs short of space.'}
        </dd>
        <dt>Last backup</dt>
        <dd>{status.lastBackupAt === undefined ? 'None yet.' : formatInstant(status.lastBackupAt)}</dd>
      </dl>
      {!memory && status.persisted !== true && (
        <p>
          <button type="button" class="secondary" onClick={() => void ask()} disabled={asking}>
            Ask the browser to keep this data
          </button>
        </p>
      )}
      <p role="status">{answer}</p>
    </section>
  );
}

/** Adds a meeting the partner sent as a file: read, checked, then shown for confirmation. */
import { useState } from 'preact/hooks';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import type { MeetingLink } from '../../lib/schemas';
import { checkEnvelope, LINK_LIMITS } from '../../lib/transfer/link-codec';
import { explainText } from '../../lib/data/explain';
import { ReceiveShared } from './ReceiveShared';

interface Props {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
}

export function ReceiveFile({ data, change }: Props) {
  const [payload, setPayload] = useState<MeetingLink | null>(null);
  const [problem, setProblem] = useState('');

  const read = async (file: File | undefined) => {
    setProblem('');
    setPayload(null);
    if (!file) return;
    try {
      if (file.size > LINK_LIMITS.maxDecodedBytes) throw new Error('too large');
      const value: unknown = JSON.parse(await file.text());
      setPayload(checkEnvelope('meeting', value));
    } catch (error) {
      setProblem(
        error instanceof SyntaxError || (error instanceof Error && error.message === 'too large')
          ? 'This is not a meeting file from this site. Choose a file whose name starts with mentoring-meeting and ends in .json.'
          : explainText(error),
      );
    }
  };

  return (
    <div class="receive-file">
      <h3>Add a meeting your partner sent</h3>
      <label for="receive-file">Meeting file from your partner</label>
      <input
        id="receive-file"
        type="file"
        accept=".json,application/json"
        onChange={(event) => void read(event.currentTarget.files?.[0])}
      />
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
      {payload && (
        <ReceiveShared data={data} change={change} fromFile={payload} onDone={() => setPayload(null)} />
      )}
    </div>
  );
}

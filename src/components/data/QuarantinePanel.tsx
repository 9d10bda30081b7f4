/**
 * Damaged records: anything the workbook could not read is kept aside, never dropped. The
 * person sees what each was and why, and can download them all.
 */
import type { QuarantineRecord } from '../../lib/schemas';
import { describeQuarantined, quarantineFileName, quarantineFileText } from '../../lib/data/quarantine-file';
import { quarantineTodo, quarantineWhy } from '../../lib/data/quarantine-reason';
import { formatInstant } from '../../lib/dates';
import { downloadText } from './download';

interface Props {
  records: readonly QuarantineRecord[];
}

export default function QuarantinePanel({ records }: Props) {
  if (records.length === 0) return null;
  const download = () => {
    const now = new Date();
    downloadText(quarantineFileName(now), quarantineFileText(records, now));
  };
  return (
    <section aria-labelledby="data-quarantine-heading" class="data-panel data-warning">
      <h2 id="data-quarantine-heading">Records that could not be read</h2>
      <p>
        The workbook found {records.length === 1 ? 'a record' : `${records.length} records`} it could not
        read, perhaps after a browser problem. {records.length === 1 ? 'It has' : 'They have'} been set aside
        so the rest of the workbook works. Nothing has been thrown away.
      </p>
      <ul class="data-quarantine-list">
        {records.map((r) => (
          <li key={r.id}>
            <p>
              <strong>{describeQuarantined(r)}</strong>, set aside on {formatInstant(r.at)}.{' '}
              {quarantineWhy(r)}
            </p>
            <p>{quarantineTodo(r)}</p>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" class="secondary" onClick={download}>
          Download the records that could not be read
        </button>
      </p>
    </section>
  );
}

/**
 * The meeting log's place for the partner's device: the one exchange panel (components/exchange),
 * loaded when the log is shown, so the log's first download stays small. It sends every meeting,
 * action and goal the partner's device lacks (never a private note) and takes in theirs.
 */
import type { LogChanges } from '../../lib/meetings/log-store';
import type { MeetingLogData } from '../../lib/meetings/types';
import { lazy } from '../shared/lazy';

interface Props {
  data: MeetingLogData;
  change: (changes: LogChanges) => void;
}

const Partner = lazy(() => import('../exchange/PartnerPanel').then((m) => m.default), { loading: 'none' });

export function IncomingShare({ data }: Props) {
  // The log lives at <base>workbook/meetings/: the base path is what comes before.
  const base = location.pathname.replace(/workbook\/meetings\/?(index\.html)?$/, '') || '/';
  return <Partner partnershipId={data.partnership.id} base={base} />;
}

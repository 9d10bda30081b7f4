/** Placeholder until the link codec lands: the two-device exchange (join, answers, agreement links). */
import type { ChecklistRound, ChecklistTemplate, PartnerRole, Partnership } from '../../lib/schemas';
import type { Workbook } from '../../lib/storage';

interface Props {
  workbook: Workbook;
  template: ChecklistTemplate;
  partnership: Partnership;
  round: ChecklistRound;
  me: PartnerRole;
  base: string;
  link: { kind: string; payload: string } | undefined;
  onRound: (round: ChecklistRound) => void;
}

export default function TwoDevicePanel(_props: Props) {
  return null;
}

/**
 * The checklist page's place for the partner's device: the one exchange panel (components/exchange),
 * which sends this device's answers, takes in the partner's (kept hidden until this partner has
 * finished) and carries the agreement both ways.
 */
import type { ChecklistTemplate } from '../../lib/schemas';
import PartnerPanel from '../exchange/PartnerPanel';

interface Props {
  partnershipId: string;
  base: string;
  defaultTemplate: ChecklistTemplate;
}

export default function TwoDevicePanel(props: Props) {
  return <PartnerPanel {...props} />;
}

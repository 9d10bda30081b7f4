/**
 * Handouts for the pairs in a room: four to one sheet of A4, each with the programme's name, the QR
 * code that opens its checklist, the three steps and the short address, to cut apart and hand out.
 */
import { QrCode } from '../../shared/QrCode';
import { TOO_LONG, roomKitSteps, useRoomKit } from './use-room-kit';

interface Props {
  base: string;
}

/** Handouts on one sheet: a 2 × 2 grid fits A4 with a QR code that scans from arm's length. */
const PER_SHEET = 4;

export default function PairHandouts({ base }: Props) {
  const kit = useRoomKit(base);
  if (!kit) return <p role="status">Preparing the handouts…</p>;
  const { name } = kit;
  return (
    <>
      <div class="room-toolbar no-print">
        <button type="button" onClick={() => globalThis.print()}>
          Print the handouts
        </button>
        <a class="button secondary" href={`../${globalThis.location.hash}`}>
          Back to the slide
        </a>
      </div>
      <p class="no-print">
        One sheet holds {PER_SHEET} handouts: for 30 pairs, print 8 sheets and cut them apart.
      </p>
      <ul class="pair-handouts" aria-label="Handouts for pairs">
        {Array.from({ length: PER_SHEET }, (_, i) => (
          // The copies say the same: a screen reader hears the first one only.
          <li key={i} class="pair-handout" aria-hidden={i > 0 ? 'true' : undefined}>
            <p class="pair-handout__name">{name}</p>
            {kit.qr ? (
              <QrCode qr={kit.qr} label={`QR code that opens ${name} in the workbook`} />
            ) : (
              <p>{TOO_LONG}</p>
            )}
            <ol class="room-steps">
              {roomKitSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p class="pair-handout__address">
              The site: <strong>{kit.address}</strong>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

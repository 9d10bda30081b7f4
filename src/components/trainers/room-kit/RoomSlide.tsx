/**
 * The room kit: one slide (16:9 on screen, full screen for a projector) or one A4 poster in print,
 * with the programme's name, a QR code big enough to scan from the back of a room, three steps and
 * the short address. The handouts for each pair are one link away, with the same checklist.
 */
import { useRef } from 'preact/hooks';
import { QrCode } from '../../shared/QrCode';
import { TOO_LONG, roomKitSteps, useRoomKit } from './use-room-kit';

interface Props {
  base: string;
}

export default function RoomSlide({ base }: Props) {
  const kit = useRoomKit(base);
  const slide = useRef<HTMLElement>(null);
  if (!kit) return <p role="status">Preparing the room kit…</p>;
  const { name } = kit;
  const handouts = `handout/${globalThis.location.hash}`;
  return (
    <>
      <div class="room-toolbar no-print">
        {document.fullscreenEnabled && (
          <button type="button" onClick={() => void slide.current?.requestFullscreen()}>
            Show the slide full screen
          </button>
        )}
        <button type="button" class="secondary" onClick={() => globalThis.print()}>
          Print it on A4
        </button>
        <a class="button secondary" href={handouts}>
          Handouts for each pair
        </a>
      </div>
      {!kit.tailored && (
        <p class="notice no-print">
          This room kit opens the standard checklist. To hand out your programme’s own, make it in the
          checklist builder and choose “Open the room kit” there.
        </p>
      )}
      <section class="room-slide" ref={slide} aria-labelledby="room-slide-name" tabIndex={-1}>
        <div class="room-slide__qr">
          {kit.qr ? (
            <QrCode qr={kit.qr} label={`QR code that opens ${name} in the workbook`} />
          ) : (
            <p class="notice warning">{TOO_LONG}</p>
          )}
        </div>
        <div class="room-slide__text">
          <h2 id="room-slide-name">{name}</h2>
          <ol class="room-steps">
            {roomKitSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p class="room-slide__address">
            No camera? Go to <strong>{kit.address}</strong>
            {kit.tailored ? ' and ask for a handout with this code.' : '.'}
          </p>
        </div>
      </section>
    </>
  );
}

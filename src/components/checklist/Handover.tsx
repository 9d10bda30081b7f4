/** The hand-over screen on a shared device: the first partner's answers are hidden from here on. */
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** "Sam (mentee)" or "The mentee": starts a sentence. */
  firstWho: string;
  /** "Priya (mentor)" or "The mentor". */
  secondWho: string;
  /** "Priya" or "the mentor", for the middle of a sentence. */
  secondShort: string;
  onStart: () => void;
}

export function Handover({ firstWho, secondWho, secondShort, onStart }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="handover-heading" class="handover">
      <h2 id="handover-heading" tabIndex={-1} ref={heading}>
        Thank you. Now hand over the device
      </h2>
      <p>
        {firstWho}’s answers are saved and hidden. Please pass the device to {secondWho}. Neither of you will
        see the other’s answers until you have both finished.
      </p>
      <button type="button" onClick={onStart}>
        Start {secondShort}’s answers
      </button>
    </section>
  );
}

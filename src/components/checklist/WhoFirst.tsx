/** On a shared device: who answers first. Either is fine; the other answers after a hand-over. */
import type { PartnerRole, Partnership } from '../../lib/schemas';
import { personLabel } from './names';

interface Props {
  names: Pick<Partnership, 'mentorName' | 'menteeName'>;
  onChoose: (role: PartnerRole) => void;
}

export function WhoFirst({ names, onChoose }: Props) {
  return (
    <section aria-labelledby="who-first-heading">
      <h2 id="who-first-heading">Who answers first?</h2>
      <p>
        Take turns on this device. Each of you answers alone, without looking. Your answers stay hidden until
        you have both finished.
      </p>
      <div class="actions">
        {(['mentee', 'mentor'] as const).map((role) => (
          <button type="button" key={role} onClick={() => onChoose(role)}>
            {personLabel(names, role)} answers first
          </button>
        ))}
      </div>
    </section>
  );
}

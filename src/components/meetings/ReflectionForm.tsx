/**
 * One partner's reflection at the end: what went well, what they will take away, and whether to put
 * it in the closing summary. Private unless they choose to share it; saved as they type.
 */
import { setReflection, type Partner } from '../../lib/meetings/ending';
import type { LogChanges } from '../../lib/meetings/log-store';
import type { Partnership, Reflection } from '../../lib/meetings/types';

interface Props {
  partnership: Partnership;
  who: Partner;
  /** The partner's name, or their role. */
  name: string;
  change: (changes: LogChanges) => void;
}

const empty: Reflection = { wentWell: '', takeAway: '', shared: false };

export function ReflectionForm({ partnership, who, name, change }: Props) {
  const reflection = partnership.ending?.[who] ?? empty;
  const id = (part: string) => `reflection-${who}-${part}`;
  const update = (patch: Partial<Reflection>) =>
    change({
      partnership: setReflection(partnership, who, { ...reflection, ...patch }, new Date().toISOString()),
    });
  return (
    // Never on paper: the closing summary prints what was shared.
    <fieldset class="reflection no-print">
      <legend>{name} looks back</legend>
      <label for={id('well')}>What went well</label>
      <textarea
        id={id('well')}
        rows={3}
        value={reflection.wentWell}
        onInput={(event) => update({ wentWell: event.currentTarget.value })}
      />
      <label for={id('away')}>What I will take away</label>
      <textarea
        id={id('away')}
        rows={3}
        value={reflection.takeAway}
        onInput={(event) => update({ takeAway: event.currentTarget.value })}
      />
      <label class="choice">
        <input
          type="checkbox"
          checked={reflection.shared}
          aria-describedby={id('hint')}
          onChange={(event) => update({ shared: event.currentTarget.checked })}
        />
        Put this in our closing summary
      </label>
      <p id={id('hint')} class="hint">
        Unless you tick this, your reflection is private: it stays on this device and is never shared or
        printed.
      </p>
    </fieldset>
  );
}

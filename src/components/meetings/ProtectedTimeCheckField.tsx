/** The two-question protected-time check that ends a meeting. */
import { useState } from 'preact/hooks';
import type { Meeting, ProtectedTimeCheck } from '../../lib/meetings/types';

type Answer = ProtectedTimeCheck['aboutMentee'];

interface Props {
  meeting: Meeting;
  update: (fields: Partial<Meeting>) => void;
}

const questions: { key: keyof ProtectedTimeCheck; text: string }[] = [
  { key: 'aboutMentee', text: "Was this time about the mentee's development?" },
  { key: 'freeFromInterruptions', text: 'Were we free from interruptions?' },
];
const answers: { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
];

export function ProtectedTimeCheckField({ meeting, update }: Props) {
  // Held here until both are answered: the stored check always has both answers.
  const [draft, setDraft] = useState<Partial<ProtectedTimeCheck>>(meeting.protectedTimeCheck ?? {});

  const choose = (key: keyof ProtectedTimeCheck, value: Answer) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (next.aboutMentee && next.freeFromInterruptions) {
      update({
        protectedTimeCheck: {
          aboutMentee: next.aboutMentee,
          freeFromInterruptions: next.freeFromInterruptions,
        },
      });
    }
  };

  return (
    <div class="protected-time">
      <h3>Protected time check</h3>
      {questions.map((question) => (
        <fieldset key={question.key}>
          <legend>{question.text}</legend>
          <div class="choices">
            {answers.map((answer) => (
              <label key={answer.value} class="choice">
                <input
                  type="radio"
                  name={`ptc-${question.key}`}
                  value={answer.value}
                  checked={draft[question.key] === answer.value}
                  onChange={() => choose(question.key, answer.value)}
                />
                {answer.label}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      {(meeting.protectedTimeCheck?.aboutMentee === 'no' ||
        meeting.protectedTimeCheck?.freeFromInterruptions === 'no') && (
        <p class="log-note" role="note">
          Worth a word next time: what would help keep this time for the mentee?
        </p>
      )}
    </div>
  );
}

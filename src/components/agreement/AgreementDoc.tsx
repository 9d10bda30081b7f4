/** The agreement as a printable document: key points, one sentence per item, parked items, signatures. */
import { formatDayMonthYear } from '../../lib/dates';
import type { Agreement } from '../../lib/agreement/build-agreement';

interface Props {
  agreement: Agreement;
}

function Between({ agreement }: Props) {
  const mentor = agreement.mentorName ? `${agreement.mentorName} (mentor)` : 'the mentor';
  const mentee = agreement.menteeName ? `${agreement.menteeName} (mentee)` : 'the mentee';
  return (
    <p class="agreement-between">
      Between {mentor} and {mentee}.
      {agreement.agreedOn && ` Agreed on ${formatDayMonthYear(agreement.agreedOn)}.`}
      {agreement.roundNumber > 1 && ` Review ${agreement.roundNumber - 1}.`}
    </p>
  );
}

export function AgreementDoc({ agreement }: Props) {
  return (
    <article class="agreement-doc" aria-labelledby="agreement-title">
      <h2 id="agreement-title">Our mentoring agreement</h2>
      {agreement.programme && <p>{agreement.programme}</p>}
      <Between agreement={agreement} />
      <section class="key-points" aria-labelledby="key-points">
        <h3 id="key-points">Key points</h3>
        <dl>
          {agreement.rhythm.length > 0 && (
            <>
              <dt>Meetings</dt>
              <dd>{agreement.rhythm.join(' ')}</dd>
            </>
          )}
          <dt>Limits of confidentiality</dt>
          <dd>{agreement.confidentialityLimits ?? 'None agreed yet.'}</dd>
          <dt>Review</dt>
          <dd>
            {agreement.reviewOn
              ? `We review how it is going on ${formatDayMonthYear(agreement.reviewOn)}.`
              : 'No date set yet.'}
          </dd>
          {agreement.safeguardingContact && (
            <>
              <dt>Safeguarding contact</dt>
              <dd>{agreement.safeguardingContact}</dd>
            </>
          )}
        </dl>
      </section>
      {agreement.groups.map((group) => (
        <section key={group.id} class="agreement-group" aria-labelledby={`group-${group.id}`}>
          <h3 id={`group-${group.id}`}>{group.name}</h3>
          <ul>
            {group.lines.map((line) => (
              <li key={line.itemId}>
                {line.sentence}
                {line.note && <span class="agreement-note"> Note: {line.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {agreement.parked.length > 0 && (
        <section class="agreement-group" aria-labelledby="group-parked">
          <h3 id="group-parked">To come back to</h3>
          <ul>
            {agreement.parked.map((p) => (
              <li key={p.itemId}>
                {p.prompt} By {formatDayMonthYear(p.until)}.
                {p.note && <span class="agreement-note"> Note: {p.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="signatures" aria-label="Signatures">
        {(['Mentor', 'Mentee'] as const).map((role) => (
          <div class="signature" key={role}>
            <p>
              {role}: {(role === 'Mentor' ? agreement.mentorName : agreement.menteeName) ?? ''}
            </p>
            <p class="sign-line">Signed</p>
            <p class="sign-line">Date</p>
          </div>
        ))}
      </section>
    </article>
  );
}

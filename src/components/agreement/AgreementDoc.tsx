/**
 * The agreement as a document, on screen and in print: the programme and checklist, the pair and the
 * date, the key points, the mentee's goals, one section per expectation, what is parked, and lines to
 * sign. It renders the same outline as the files (lib/agreement/document.ts).
 */
import { Fragment } from 'preact';
import type { Agreement } from '../../lib/agreement/build-agreement';
import { agreementDocument } from '../../lib/agreement/document';

interface Props {
  agreement: Agreement;
}

export function AgreementDoc({ agreement }: Props) {
  const doc = agreementDocument(agreement);
  return (
    <article class="agreement-doc" aria-labelledby="agreement-title">
      <header class="agreement-head">
        {doc.kicker && <p class="agreement-kicker">{doc.kicker}</p>}
        <h2 id="agreement-title">{doc.heading}</h2>
        <p class="agreement-between">{doc.between}</p>
        {doc.dated && <p class="agreement-dated">{doc.dated}</p>}
      </header>
      <section class="key-points" aria-labelledby="key-points">
        <h3 id="key-points">Key points</h3>
        <dl>
          {doc.keyPoints.map((k) => (
            <Fragment key={k.term}>
              <dt>{k.term}</dt>
              <dd>{k.text}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <div class="agreement-sections">
        {doc.sections.map((section) => (
          <section key={section.id} class="agreement-group" aria-labelledby={`group-${section.id}`}>
            <h3 id={`group-${section.id}`}>{section.heading}</h3>
            <ul>
              {section.lines.map((line) => (
                <li key={line.text}>
                  {line.text}
                  {line.note && <span class="agreement-note"> Note: {line.note}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <section class="signatures" aria-label="Signatures">
        {doc.signatures.map((s) => (
          <div class="signature" key={s.role}>
            <p>
              {s.role}: {s.name}
            </p>
            <p class="sign-line">Signed</p>
            <p class="sign-line">Date</p>
          </div>
        ))}
      </section>
    </article>
  );
}

/**
 * "Try it with an example pair": fills the workbook on this device with a clearly labelled example
 * partnership so a trainer can show every screen, and removes it completely with one click. The
 * storage code loads on the first click, not with the page.
 */
import { useState } from 'preact/hooks';
import { withBase } from '../../lib/site/base-path';
import type { ExampleResult } from './example-actions';

interface Props {
  base: string;
}

const fragment = (id: string) => `#${new URLSearchParams({ p: id }).toString()}`;

export default function ExamplePairPanel({ base }: Props) {
  const [result, setResult] = useState<ExampleResult | undefined>();
  const [busy, setBusy] = useState(false);

  // The buttons say they are busy with aria-disabled rather than disabled, which would drop focus.
  const run = async (action: 'addExample' | 'removeExample') => {
    if (busy) return;
    setBusy(true);
    try {
      const actions = await import('./example-actions');
      setResult(await actions[action]());
    } catch {
      setResult({
        status: 'error',
        message: 'This part of the page could not be loaded. Reload the page and try again.',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="example-pair">
      <p class="builder-toolbar">
        <button
          type="button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void run('addExample')}
        >
          Try it with an example pair
        </button>
        <button
          type="button"
          class="secondary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void run('removeExample')}
        >
          Remove the example pair
        </button>
      </p>
      <div role="status">
        {result?.status === 'loaded' && (
          <>
            <p>
              <strong>{result.partnership.title}</strong> is on this device: a finished checklist, three
              meetings, actions and goals.
            </p>
            <ul>
              <li>
                <a href={withBase(base, `/workbook/checklist/${fragment(result.partnership.id)}`)}>
                  The example checklist
                </a>
              </li>
              <li>
                <a href={withBase(base, `/workbook/agreement/${fragment(result.partnership.id)}`)}>
                  The example agreement
                </a>
              </li>
              <li>
                <a href={withBase(base, `/workbook/meetings/${fragment(result.partnership.id)}`)}>
                  The example meeting log
                </a>
              </li>
            </ul>
          </>
        )}
        {result?.status === 'removed' && (
          <p>
            {result.count > 0
              ? 'The example pair has been removed from this device.'
              : 'There is no example pair on this device. Your own partnerships were not touched.'}
          </p>
        )}
      </div>
      {result?.status === 'error' && (
        <p class="notice warning" role="alert">
          {result.message}
        </p>
      )}
    </div>
  );
}

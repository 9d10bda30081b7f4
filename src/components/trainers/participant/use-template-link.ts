/**
 * Reads a trainer's template link (`/workbook/#template=<payload>`) once, when the page opens. The
 * payload is then removed from the address bar, so it is not left in history or bookmarked. Reading
 * a link stores nothing: the template is kept only when the pair start a partnership with it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TemplateLinkResult } from '../../../lib/trainers/template-link';

export type TemplateLinkState = TemplateLinkResult | { status: 'reading' };

export function useTemplateLink(): TemplateLinkState {
  const [state, setState] = useState<TemplateLinkState>(() =>
    globalThis.location?.hash.includes('template=') ? { status: 'reading' } : { status: 'none' },
  );
  useEffect(() => {
    const hash = globalThis.location.hash;
    if (!hash.includes('template=')) return;
    // The codec loads only when a link needs it, keeping the workbook's first visit small.
    import('../../../lib/trainers/template-link').then(
      async ({ readTemplateLinkResult, withoutPayloads }) => {
        const { pathname, search } = globalThis.location;
        globalThis.history.replaceState(
          globalThis.history.state,
          '',
          `${pathname}${search}${withoutPayloads(hash)}`,
        );
        setState(await readTemplateLinkResult(hash));
      },
      () =>
        setState({
          status: 'error',
          message: 'This page could not read the link.',
          hint: 'Reload the page and try again.',
        }),
    );
  }, []);
  return state;
}

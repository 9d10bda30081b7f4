/**
 * Reads a trainer's template link (`/workbook/#template=…` or `#template-changes=…`) once, when the
 * page opens; a changes-only link is rebuilt from the checklists the site has shipped. The
 * payload is then removed from the address bar, so it is not left in history or bookmarked. Reading
 * a link stores nothing: the template is kept only when the pair start a partnership with it.
 */
import { useEffect, useState } from 'preact/hooks';
import { hasTemplateLink } from '../../../lib/trainers/template-fragment';
import type { TemplateLinkResult } from '../../../lib/trainers/template-link';

export type TemplateLinkState = TemplateLinkResult | { status: 'reading' };

export function useTemplateLink(): TemplateLinkState {
  const [state, setState] = useState<TemplateLinkState>(() =>
    hasTemplateLink(globalThis.location?.hash ?? '') ? { status: 'reading' } : { status: 'none' },
  );
  useEffect(() => {
    const hash = globalThis.location.hash;
    if (!hasTemplateLink(hash)) return;
    // The codec and the shipped checklists load only when a link needs them, keeping the workbook's
    // first visit small.
    Promise.all([import('../../../lib/trainers/template-link'), import('../shipped-templates')]).then(
      async ([{ readTemplateLinkResult, withoutPayloads }, { shippedTemplates }]) => {
        const { pathname, search } = globalThis.location;
        globalThis.history.replaceState(
          globalThis.history.state,
          '',
          `${pathname}${search}${withoutPayloads(hash)}`,
        );
        setState(await readTemplateLinkResult(hash, shippedTemplates));
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

/** Reloading a workbook page when a link changes its fragment. */
import { useEffect } from 'preact/hooks';

/**
 * Reloads the page when its fragment changes (a partner's link opened in a tab that already shows
 * this page is only a fragment change, so the island would otherwise not notice). Our own
 * `history.replaceState` calls do not fire `hashchange`.
 */
export function useReloadOnHashChange(): void {
  useEffect(() => {
    const reload = () => location.reload();
    addEventListener('hashchange', reload);
    return () => removeEventListener('hashchange', reload);
  }, []);
}

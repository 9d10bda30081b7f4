/**
 * Functions that run inside the page, in any engine. Each is sent as its source text, so each must stand
 * alone: no imports, no closures, only its arguments and the page's globals.
 *
 * Finding goes through axe-core's own role and accessible-name code (axe is injected anyway, for the
 * accessibility checks): one implementation of "find by role and name" for every engine, where Puppeteer
 * over WebDriver BiDi and Selenium each offer a different, partial one.
 */

/** A name to match: exact text (spaces collapsed) or a pattern, sent as its source and flags. */
export type WireName = string | { source: string; flags: string };

/** A query as it travels to the page. */
export interface WireQuery {
  role?: string;
  name?: WireName;
  label?: WireName;
  css?: string;
  within?: WireQuery;
  checked?: boolean;
  nth?: number;
  /** Match elements that are not shown too. */
  hidden?: boolean;
}

interface AxeGlobal {
  setup(node: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: {
    aria: { getRole(node: unknown): string | null };
    text: { accessibleTextVirtual(node: unknown): string };
  };
  run(context: Node, options: unknown): Promise<{ violations: AxeViolation[] }>;
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

declare global {
  interface Window {
    axe?: AxeGlobal;
    __engineHook?: boolean;
  }
}

/** Every element matching the query, in document order (the first `nth` is the one acted on). */
export function findAll(query: WireQuery): Element[] {
  const axe = window.axe;
  if (!axe) throw new Error('axe-core is not in the page');
  const candidates: Record<string, string> = {
    button: 'button, [role=button], input[type=button], input[type=submit], input[type=reset], summary',
    link: 'a[href], [role=link]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    textbox: 'input, textarea, [role=textbox]',
    searchbox: 'input, [role=searchbox]',
    radio: 'input[type=radio], [role=radio]',
    checkbox: 'input[type=checkbox], [role=checkbox], [role=switch]',
    combobox: 'select, input, [role=combobox]',
    listbox: 'select, [role=listbox]',
    group: 'fieldset, details, [role=group], [role=radiogroup]',
    region: 'section, [role=region]',
    alert: '[role=alert]',
    status: '[role=status], output',
    img: 'img, svg, [role=img]',
    navigation: 'nav, [role=navigation]',
    listitem: 'li, [role=listitem]',
    dialog: 'dialog, [role=dialog], [role=alertdialog]',
  };
  const labelled =
    'input, select, textarea, [role=textbox], [role=combobox], [role=checkbox], [role=radio], [role=switch], [role=slider], [role=spinbutton], [role=listbox]';
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (wanted: WireName, actual: string) =>
    typeof wanted === 'string'
      ? squash(actual) === squash(wanted)
      : new RegExp(wanted.source, wanted.flags).test(squash(actual));
  const shown = (element: Element) =>
    element.getClientRects().length > 0 && element.checkVisibility({ visibilityProperty: true });

  const search = (q: WireQuery): Element[] => {
    const at = q.within?.nth ?? 0;
    const scopes: ParentNode[] = q.within ? search(q.within).slice(at, at + 1) : [document];
    const found: Element[] = [];
    for (const scope of scopes) {
      const selector = q.css ?? (q.role ? (candidates[q.role] ?? '*') : q.label ? labelled : '*');
      for (const element of scope.querySelectorAll(selector)) {
        if (!q.hidden && !shown(element)) continue;
        const node = axe.utils.getNodeFromTree(element);
        if (q.role && axe.commons.aria.getRole(node) !== q.role) continue;
        const wanted = q.name ?? q.label;
        if (wanted !== undefined && !matches(wanted, axe.commons.text.accessibleTextVirtual(node))) continue;
        if (q.checked !== undefined && (element as HTMLInputElement).checked !== q.checked) continue;
        found.push(element);
      }
    }
    return found;
  };

  // axe's tree of the page is built once and again only after the page changes: building it for
  // every lookup made each step slow.
  const state = window as Window & { __axeTree?: MutationObserver; __axeStale?: boolean };
  if (!state.__axeTree || state.__axeStale) {
    if (state.__axeTree) axe.teardown();
    state.__axeTree?.disconnect();
    axe.setup(document);
    state.__axeStale = false;
    state.__axeTree = new MutationObserver(() => (state.__axeStale = true));
    state.__axeTree.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  return search(query);
}

/** What a person can read of the `nth` match of a query: its state, value, text, or whether it has focus. */
export function readElement(
  query: WireQuery,
  what: 'count' | 'checked' | 'value' | 'focused' | 'text' | 'texts',
): number | boolean | string | string[] | null {
  const found = window.__engine?.findAll(query) ?? [];
  const text = (element: Element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
  if (what === 'count') return found.length;
  if (what === 'texts') return found.map(text);
  const element = found[query.nth ?? 0] as HTMLInputElement | undefined;
  if (!element) return null;
  if (what === 'checked') return element.checked;
  if (what === 'value') return element.value;
  if (what === 'focused') return element === document.activeElement;
  return text(element);
}

/** Runs axe with the WCAG 2.2 AA tags; one line per violation. */
export async function axeViolations(tags: string[]): Promise<string[]> {
  const axe = window.axe;
  if (!axe) throw new Error('axe-core is not in the page');
  const state = window as Window & { __axeTree?: MutationObserver };
  if (state.__axeTree) {
    state.__axeTree.disconnect();
    delete state.__axeTree;
    axe.teardown(); // axe.run builds its own tree
  }
  const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * Records, in sessionStorage (it outlives a navigation in the same tab), what this page does wrong: CSP
 * violations and every resource it loaded from another origin (resource timing keeps those from before
 * the hook was installed), and with `recordConsole` console errors and warnings and uncaught errors, for
 * engines whose driver reports none itself (WebKit under WebDriver classic).
 */
export function installProblemHook(recordConsole: boolean): void {
  if (window.__engineHook) return;
  window.__engineHook = true;
  const key = '__engineProblems';
  const note = (text: string) => {
    const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
    list.push(`${location.pathname}: ${text}`);
    sessionStorage.setItem(key, JSON.stringify(list));
  };
  for (const level of recordConsole ? (['error', 'warn'] as const) : []) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      note(`console ${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  if (recordConsole) {
    addEventListener('error', (event) => note(`uncaught: ${event.message}`));
    addEventListener('unhandledrejection', (event) => note(`unhandled rejection: ${String(event.reason)}`));
  }
  document.addEventListener('securitypolicyviolation', (event) =>
    note(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`),
  );
  const foreign = (entry: PerformanceEntry) => {
    const url = entry.name;
    if (!/^https?:/.test(url) || new URL(url).origin === location.origin) return;
    note(`request to another origin: ${url}`);
  };
  performance.getEntriesByType('resource').forEach(foreign);
  new PerformanceObserver((list) => list.getEntries().forEach(foreign)).observe({ type: 'resource' });
}

/** Every record in every store of an IndexedDB database, as JSON text (to compare before and after). */
export async function dumpDatabase(name: string): Promise<string> {
  // Opening a database that is not there would create it at version 1, under the site's feet.
  if (!(await indexedDB.databases()).some((info) => info.name === name)) return '(no database)';
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
  try {
    const stores = [...db.objectStoreNames];
    if (stores.length === 0) return '{}';
    const tx = db.transaction(stores, 'readonly');
    const all = await Promise.all(
      stores.map(
        (store) =>
          new Promise<[string, unknown]>((resolve, reject) => {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => resolve([store, request.result]);
            request.onerror = () => reject(request.error ?? new Error('read failed'));
          }),
      ),
    );
    return JSON.stringify(Object.fromEntries(all));
  } finally {
    db.close();
  }
}

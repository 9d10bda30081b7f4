/**
 * How the browser's JavaScript is cut into files, so that each workbook page fetches a few larger files on
 * a first visit instead of twenty small ones (issue 19). Every request costs a round trip on a slow phone,
 * and small files compress worse than one larger file of the same code.
 *
 * The rule, by which islands reach a module through static imports (code loaded with `import()` is left
 * to the bundler, so it still loads only when used):
 * - `islands`: Preact and Astro's Preact renderer, and anything islands of the workbook share with islands
 *   elsewhere (the trainers' pages): one file for every page with an island.
 * - `workbook`: what every workbook page needs (storage, schemas, the backup reminder island itself), and
 *   what one page needs at start but another may load later (so that later load never pulls in a whole
 *   page's file).
 * - `sessions` and `agreeing`: what only some workbook pages share (the session layer; comparing and
 *   agreement sentences).
 * - one file per workbook page for what only that page needs (it becomes the island's own file).
 */
import type { Plugin } from 'vite';

/** A workbook page's main island, by its module path. */
const PAGE_ISLANDS: Record<string, string> = {
  'src/components/home/WorkbookHome.tsx': 'home',
  'src/components/checklist/ChecklistApp.tsx': 'checklist',
  'src/components/agreement/AgreementApp.tsx': 'agreement',
  'src/components/meetings/MeetingLog.tsx': 'meetings',
  'src/components/data/DataPage.tsx': 'data',
};
/** Islands on every workbook page beside the page's own. */
const SHARED_ISLANDS = ['src/components/shared/BackupReminder.tsx'];
const PREACT = /[\\/]node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/;

/** Groups of pages that share a file of their own, and the name of that file. */
const PAGE_SETS: { name: string; pages: readonly string[] }[] = [
  { name: 'sessions', pages: ['checklist', 'agreement', 'meetings'] },
  { name: 'agreeing', pages: ['checklist', 'agreement', 'home'] },
];

/** The minimal view of the bundler's module graph that the rule needs. */
export interface ModuleGraph {
  getModuleInfo(id: string):
    | { isEntry: boolean; importers: readonly string[]; dynamicImporters: readonly string[] }
    | null
    | undefined;
}

function relative(id: string): string {
  const at = id.lastIndexOf('/src/');
  return at === -1 ? id : id.slice(at + 1);
}

/** The entry modules (islands) that reach `id`: through static imports only, or through `import()` too. */
export function entriesReaching(graph: ModuleGraph, id: string, withDynamic: boolean): Set<string> {
  const found = new Set<string>();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop() ?? '';
    const info = graph.getModuleInfo(current);
    if (!info) continue;
    if (info.isEntry) found.add(relative(current));
    for (const next of withDynamic ? [...info.importers, ...info.dynamicImporters] : info.importers) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}

const isWorkbookIsland = (entry: string) => entry in PAGE_ISLANDS || SHARED_ISLANDS.includes(entry);

/** The file a module belongs in, or undefined to leave it to the bundler (code loaded only when used). */
export function chunkFor(graph: ModuleGraph, id: string): string | undefined {
  const info = graph.getModuleInfo(id);
  if (PREACT.test(id) && info?.isEntry) return 'islands';
  const entries = [...entriesReaching(graph, id, false)];
  if (entries.length === 0) return undefined;
  if (PREACT.test(id)) return 'islands';
  if (!entries.every(isWorkbookIsland)) return entries.some(isWorkbookIsland) ? 'islands' : undefined;
  if (SHARED_ISLANDS.includes(relative(id))) return 'workbook';
  const pages = [...new Set(entries.flatMap((e) => PAGE_ISLANDS[e] ?? []))];
  if (pages.length === 0 || pages.length >= 4) return 'workbook';
  if (pages.length === 1) {
    const page = pages[0] ?? '';
    const later = [...entriesReaching(graph, id, true)].filter((e) => PAGE_ISLANDS[e] !== page);
    return later.length === 0 ? page : 'workbook';
  }
  return PAGE_SETS.find((set) => pages.every((p) => set.pages.includes(p)))?.name ?? 'workbook';
}

/**
 * A group per file. Groups run from the highest priority down, and each takes the modules it names and
 * what they import that no earlier group took, so the shared files come first and a page's own last.
 */
function groups() {
  const ordered = ['islands', 'workbook', ...PAGE_SETS.map((s) => s.name), ...Object.values(PAGE_ISLANDS)];
  return ordered.map((name, index) => ({
    name: (id: string, ctx: ModuleGraph) => (chunkFor(ctx, id) === name ? name : null),
    priority: ordered.length - index,
  }));
}

/** The Vite plugin: applies the rule to the browser build only. */
export function firstLoadChunks(): Plugin {
  return {
    name: 'mentoring-expectations:first-load-chunks',
    configEnvironment(name, config) {
      if (name !== 'client') return;
      const rolldown = (config.build ??= {}).rolldownOptions ?? {};
      config.build.rolldownOptions = {
        ...rolldown,
        // An island's own module may then carry the modules grouped with it, instead of a second file.
        preserveEntrySignatures: 'allow-extension',
        // Without this, the bundler moves shared modules into one page's file, and every page loads it.
        optimization: { ...rolldown.optimization, chunkOptimization: { mergeCommonChunks: false } },
        output: { ...rolldown.output, codeSplitting: { groups: groups() } },
      };
    },
  };
}

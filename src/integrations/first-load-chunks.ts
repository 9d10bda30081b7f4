/**
 * How the browser's JavaScript is cut into files, so that each workbook page fetches a few larger files on
 * a first visit instead of twenty small ones (issue 19). Every request costs a round trip on a slow phone,
 * and small files compress worse than one larger file of the same code.
 *
 * The rule, by which islands reach a module through static imports (code loaded with `import()` is left
 * to the bundler, so it still loads only when used):
 * - `islands`: Preact and Astro's Preact renderer, and anything islands of the workbook share with islands
 *   elsewhere (the trainers' pages): one file for every page with an island.
 * - `workbook`: what every workbook page needs (storage, schemas).
 * - `agreeing` and `sessions`: what only some workbook pages share (comparing and agreement sentences;
 *   the session layer).
 * - one file per workbook page for what only that page needs (it becomes the island's own file), and
 *   beside it `<page>-shared` for what that page needs at start and other pages load later.
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

/** Groups of pages that share a file of their own, and the name of that file, smallest group first. */
const PAGE_SETS: { name: string; pages: readonly string[] }[] = [
  { name: 'agreeing', pages: ['checklist', 'agreement'] },
  { name: 'sessions', pages: ['checklist', 'agreement', 'meetings'] },
];

/** The minimal view of the bundler's module graph that the rule needs. */
export interface ModuleGraph {
  getModuleInfo(
    id: string,
  ):
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
  // Styles stay with the island that imports them. The build inlines them into the pages, so no file is
  // written for them; a shared file that carried them would make every lazily loaded file that imports
  // it ask for that missing stylesheet, and fail to load.
  if (/\.css($|\?)/.test(id)) return undefined;
  if (PREACT.test(id) && info?.isEntry) return 'islands';
  const entries = [...entriesReaching(graph, id, false)];
  if (entries.length === 0) return undefined;
  if (PREACT.test(id)) return 'islands';
  if (!entries.every(isWorkbookIsland)) {
    // Shared with the trainers' islands: in every island page's file when several workbook pages need
    // it too; beside the one workbook page that needs it otherwise (the trainer's checklist link).
    const pages = [...new Set(entries.flatMap((e) => PAGE_ISLANDS[e] ?? []))];
    if (pages.length === 0) return undefined;
    return pages.length === 1 ? `${pages[0] ?? ''}-shared` : 'islands';
  }
  // The backup reminder imports a stylesheet: it keeps a small file of its own (see above).
  if (SHARED_ISLANDS.includes(relative(id))) return undefined;
  const pages = [...new Set(entries.flatMap((e) => PAGE_ISLANDS[e] ?? []))];
  if (pages.length === 0 || pages.length >= 4) return 'workbook';
  if (pages.length === 1) {
    const page = pages[0] ?? '';
    const later = [...entriesReaching(graph, id, true)].filter((e) => PAGE_ISLANDS[e] !== page);
    if (later.length === 0) return page;
    // Needed at start here and loaded later elsewhere: in a file beside the page's, so the later load
    // never fetches the page's own.
  }
  const set = PAGE_SETS.find((s) => pages.every((p) => s.pages.includes(p)));
  if (set) return set.name;
  return pages.length === 1 ? `${pages[0] ?? ''}-shared` : 'workbook';
}

/**
 * A group per file. Groups run from the highest priority down, and each takes the modules it names and
 * what they import that no earlier group took, so the shared files come first and a page's own last.
 */
function groups() {
  const pages = Object.values(PAGE_ISLANDS);
  const ordered = [
    'islands',
    'workbook',
    ...PAGE_SETS.map((s) => s.name),
    ...pages.map((page) => `${page}-shared`),
    ...pages,
  ];
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
      // Each lazily loaded file would otherwise carry the list of files it needs, for the bundler's
      // preloading; with the grouping above those are nearly always loaded already, and the lists cost
      // 0.3-0.7 kB on every page. (The first-load files are preloaded from the HTML instead.)
      config.build.modulePreload = false;
      config.build.rolldownOptions = {
        ...rolldown,
        // An island's own file may then carry the modules grouped with it (the bundler merges a group into
        // the island's file when the island is in the group), instead of a second file.
        preserveEntrySignatures: 'allow-extension',
        output: { ...rolldown.output, codeSplitting: { groups: groups() } },
      };
    },
  };
}

/** Turns bench results into the printed tables (the same text goes into bench/README.md). */
import { flattenFigures } from './data-layer.ts';
import { formatTable, kB, ms } from './report.ts';
import type { BenchResults, PageResult } from './results.ts';

function label(path: string): string {
  return `/${path}`;
}

function verdict(page: PageResult, sources: readonly string[]): string {
  const broken = page.checks.filter((c) => sources.includes(c.source) && !c.ok);
  const checked = page.checks.filter((c) => sources.includes(c.source));
  if (checked.length === 0 && page.problems.length === 0) return 'no budget';
  const notes = [
    ...broken.map(
      (c) => `OVER ${c.figure} ${Number.isFinite(c.value) ? c.value : 'none'} > ${c.limit} (${c.source})`,
    ),
    ...page.problems,
  ];
  return notes.length === 0 ? 'within' : notes.join('; ');
}

/** The bytes table: one row per page, gzipped kB by kind as the browser fetched them. */
export function bytesTable(results: BenchResults): string {
  const rows = results.pages.map((p) => [
    label(p.path),
    p.kind,
    `${p.browser.requests}/${p.build.requests}`,
    kB(p.browser.byKind.html.gzip),
    kB(p.browser.byKind.css.gzip),
    kB(p.browser.byKind.js.gzip),
    kB(p.browser.byKind.font.gzip),
    kB(p.browser.byKind.image.gzip),
    kB(p.browser.byKind.other.gzip),
    kB(p.browser.total.raw),
    kB(p.browser.total.gzip),
    kB(p.build.total.gzip),
    verdict(p, ['browser', 'build']),
  ]);
  return formatTable(
    [
      'page',
      'kind',
      'req',
      'html',
      'css',
      'js',
      'font',
      'img',
      'other',
      'raw',
      'gzip',
      'build',
      'bytes budget',
    ],
    rows,
    'llrrrrrrrrrrl',
  );
}

/** The timing table: medians for the pages timed. */
export function timingTable(results: BenchResults): string {
  const rows = results.pages.flatMap((p) =>
    p.timing
      ? [
          [
            label(p.path),
            p.kind,
            ms(p.timing.fcpMs),
            ms(p.timing.lcpMs),
            ms(p.timing.tbtMs),
            p.timing.islands > 0 ? ms(p.timing.islandMs) : 'no island',
            verdict(p, ['timing']),
          ],
        ]
      : [],
  );
  return formatTable(['page', 'kind', 'FCP', 'LCP', 'TBT', 'island', 'LCP budget'], rows, 'llrrrrl');
}

/** Everything printed, as one block of text. */
export function summaryText(results: BenchResults): string {
  const e = results.emulation;
  const dataLines = results.dataLayer.figures
    ? flattenFigures(results.dataLayer.figures).map(([k, v]) => `  ${k}: ${v}`)
    : [];
  const broken = results.pages.filter((p) => !p.withinBudget).length;
  const busiest = Math.max(...results.machine.loadAverage);
  const busy =
    busiest > results.machine.cores
      ? [
          `Warning: the load average reached ${busiest.toFixed(1)} on ${results.machine.cores} cores while timing, so ` +
            'the timings are slower and noisier than on a quiet machine. Run the bench again when it is idle.',
        ]
      : [];
  return [
    `First load, cold cache, service workers blocked. Sizes in kB (1000 bytes), gzipped unless marked raw.`,
    `req = requests the browser made / requests the build's HTML references; build = gzipped kB counted from dist/.`,
    '',
    bytesTable(results),
    '',
    `Timings in ms, median of ${results.pages.find((p) => p.timing)?.timing?.runs ?? 0} runs: ${e.latencyMs} ms latency, ` +
      `${e.downloadKbps / 1000} Mbit/s down, ${e.uploadKbps} kbit/s up, ${e.cpuSlowdown}× CPU slowdown, ` +
      `${results.viewport.width}×${results.viewport.height} viewport.`,
    '',
    timingTable(results),
    ...busy,
    '',
    `Precache (every file in dist/): ${results.precache.files} files, ${kB(results.precache.bytes.raw)} kB raw, ` +
      `${kB(results.precache.bytes.gzip)} kB gzipped.`,
    `Data layer: ${results.dataLayer.note}${dataLines.length > 0 ? ':' : '.'}`,
    ...dataLines,
    '',
    results.withinBudget
      ? 'All budgets hold.'
      : `Budgets broken on ${broken} page(s)${results.dataLayer.ok ? '' : ' and in the data layer'}.`,
  ].join('\n');
}

/** The shape of bench/results/latest.json: one object per page, plus the site-wide figures. */
import type { BudgetCheck, Budgets } from './budgets.ts';
import type { DataLayerResult } from './data-layer.ts';
import type { Bytes } from './gzip-size.ts';
import type { ResourceKind } from './html-refs.ts';
import type { PageKind } from './page-kinds.ts';
import type { PrecacheSize } from './precache.ts';

/** Bytes and requests of a first load, whether measured in the browser or counted from the build. */
export interface LoadFigures {
  requests: number;
  byKind: Record<ResourceKind, Bytes>;
  total: Bytes;
  jsFiles: number;
}

/** Median timings of one page over the runs, with every run kept for reference. */
export interface TimingFigures {
  runs: number;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  islandMs: number | null;
  islands: number;
  samples: { fcpMs: number | null; lcpMs: number | null; tbtMs: number; islandMs: number | null }[];
}

/** A budget check and which figure it was made on. */
export interface PageCheck extends BudgetCheck {
  source: 'browser' | 'build' | 'timing';
}

/** Everything measured about one page. */
export interface PageResult {
  /** Path relative to the base ('' for home). */
  path: string;
  kind: PageKind;
  /** What the browser fetched on a first load (cold cache). */
  browser: LoadFigures;
  /** What the build's HTML and module graph say a first load fetches (the figures `npm test` checks). */
  build: LoadFigures & { inlineScriptBytes: number; lazyJs: Bytes; missing: string[] };
  /** Only for the pages timed (one per kind, every workbook page). */
  timing: TimingFigures | null;
  checks: PageCheck[];
  problems: string[];
  withinBudget: boolean;
}

/** The whole results file. */
export interface BenchResults {
  generatedAt: string;
  browser: string;
  emulation: Budgets['emulation'];
  viewport: { width: number; height: number };
  /** CPU cores and the one-minute load average at the start and end: timings mean little on a busy machine. */
  machine: { cores: number; loadAverage: [number, number] };
  pages: PageResult[];
  precache: PrecacheSize;
  dataLayer: DataLayerResult;
  withinBudget: boolean;
}

/**
 * Reads bench/budgets.json (validated, so a typo fails loudly instead of silently checking nothing) and
 * checks figures against it. Byte checks are deterministic and also run in `npm test`; the LCP check
 * runs only in `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { pageKinds, type PageKind } from './page-kinds.ts';

const limit = z.number().int().nonnegative().optional();

const kindBudgetSchema = z.strictObject({
  /** Requests on a first load: the HTML and every file it pulls in. */
  maxRequests: limit,
  /** Everything fetched on a first load, gzipped. */
  maxTotalGzipBytes: limit,
  /** JavaScript files fetched on a first load, gzipped. */
  maxJsGzipBytes: limit,
  /** Number of JavaScript files fetched on a first load. */
  maxJsFiles: limit,
  /** Inline `<script>` text in the HTML, raw bytes. */
  maxInlineScriptBytes: limit,
  /** Largest Contentful Paint under the emulation, median of the runs. */
  maxLcpMs: limit,
});

const budgetsSchema = z.object({
  emulation: z.object({
    latencyMs: z.number().nonnegative(),
    downloadKbps: z.number().positive(),
    uploadKbps: z.number().positive(),
    cpuSlowdown: z.number().min(1),
  }),
  runs: z.number().int().min(1),
  kinds: z.record(z.enum(pageKinds), kindBudgetSchema),
  /** Goals for the workbook pages as people use them, checked by bench/workbook.ts (issue 19). */
  workbookGoals: z.object({
    /** Time to the first response of a control ÷ the floor, on every workbook page, empty or not. */
    maxFirstResponseRatio: z.number().positive(),
    /** Requests the browser makes on a first visit to a workbook page. */
    maxFirstVisitRequests: z.number().int().positive(),
    /** A screen of the log with 10,000 meetings ÷ the same screen with 1,000. */
    maxSizeRatio: z.number().positive(),
  }),
});

/** Budgets for one kind of page. */
export type KindBudget = z.infer<typeof kindBudgetSchema>;
/** The whole budgets file. */
export type Budgets = z.infer<typeof budgetsSchema>;

/** The budgets file beside the bench script. */
export const budgetsFile = new URL('../budgets.json', import.meta.url);

/** Reads and validates the budgets file; throws with the file name and the first problem. */
export function loadBudgets(file: URL | string = budgetsFile): Budgets {
  const parsed = budgetsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${String(file)} is not a valid budgets file: ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  return parsed.data;
}

/** One figure compared with its budget. */
export interface BudgetCheck {
  figure: string;
  value: number;
  limit: number;
  ok: boolean;
}

/** The figures the byte budgets are about. */
export interface ByteFigures {
  requests: number;
  totalGzipBytes: number;
  jsGzipBytes: number;
  jsFiles: number;
  inlineScriptBytes: number;
}

/** The byte figures of a first load, however measured (in the browser or from the build). */
export function byteFigures(
  load: { requests: number; total: { gzip: number }; byKind: { js: { gzip: number } }; jsFiles: number },
  inlineScriptBytes: number,
): ByteFigures {
  return {
    requests: load.requests,
    totalGzipBytes: load.total.gzip,
    jsGzipBytes: load.byKind.js.gzip,
    jsFiles: load.jsFiles,
    inlineScriptBytes,
  };
}

function check(figure: string, value: number, max: number | undefined): BudgetCheck[] {
  return max === undefined ? [] : [{ figure, value, limit: max, ok: value <= max }];
}

/** Compares byte figures with a kind's budget. Unbudgeted figures are not listed. */
export function checkBytes(budget: KindBudget | undefined, figures: ByteFigures): BudgetCheck[] {
  if (!budget) return [];
  return [
    ...check('requests', figures.requests, budget.maxRequests),
    ...check('total gzip bytes', figures.totalGzipBytes, budget.maxTotalGzipBytes),
    ...check('JS gzip bytes', figures.jsGzipBytes, budget.maxJsGzipBytes),
    ...check('JS files', figures.jsFiles, budget.maxJsFiles),
    ...check('inline script bytes', figures.inlineScriptBytes, budget.maxInlineScriptBytes),
  ];
}

/** Compares a median LCP with a kind's budget. */
export function checkLcp(budget: KindBudget | undefined, lcpMs: number | null): BudgetCheck[] {
  if (!budget || budget.maxLcpMs === undefined) return [];
  // A page that never reported an LCP cannot be said to be within budget.
  const value = lcpMs ?? Number.POSITIVE_INFINITY;
  return check('LCP ms', value, budget.maxLcpMs);
}

/** The budget for a kind, if any. */
export function budgetFor(budgets: Budgets, kind: PageKind): KindBudget | undefined {
  return budgets.kinds[kind];
}

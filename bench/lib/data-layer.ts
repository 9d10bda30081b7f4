/**
 * Runs the data-layer benchmark (`npm run bench:data`, which writes bench/results/data.json) when the
 * project has one, and reads its figures, so `npm run bench` reports everything in one place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the data-layer benchmark reported. */
export interface DataLayerResult {
  /** False when there is no `bench:data` script yet. */
  ran: boolean;
  /** False when the script failed (it exits non-zero when its own budgets break) or wrote no fresh figures. */
  ok: boolean;
  note: string;
  /** The contents of bench/results/data.json, as written by that script. */
  figures: unknown;
}

/** Runs `npm run bench:data` in the project folder if its package.json has it, then reads its results. */
export function runDataLayerBench(projectDir: string): DataLayerResult {
  const packageJson = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!packageJson.scripts?.['bench:data']) {
    return {
      ran: false,
      ok: true,
      note: 'skipped: no `bench:data` script in package.json yet',
      figures: null,
    };
  }
  const dataJson = join(projectDir, 'bench', 'results', 'data.json');
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', 'bench:data'], { cwd: projectDir, stdio: 'inherit' });
  // Figures left over from an earlier run would be misleading: only a file written by this run counts.
  const fresh = existsSync(dataJson) && statSync(dataJson).mtimeMs >= started - 1000;
  const figures: unknown = fresh ? JSON.parse(readFileSync(dataJson, 'utf8')) : null;
  if (run.status !== 0) {
    return {
      ran: true,
      ok: false,
      note: `\`npm run bench:data\` failed (exit ${run.status ?? run.signal ?? 'unknown'})`,
      figures,
    };
  }
  if (!fresh) {
    return {
      ran: true,
      ok: false,
      note: '`npm run bench:data` wrote no bench/results/data.json',
      figures: null,
    };
  }
  return { ran: true, ok: true, note: 'from `npm run bench:data`', figures };
}

/** Flattens nested figures into `a.b.c: value` lines for the printed table. */
export function flattenFigures(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix || 'value', String(value)]];
  return Object.entries(value).flatMap(([key, inner]) =>
    flattenFigures(inner, prefix ? `${prefix}.${key}` : key),
  );
}

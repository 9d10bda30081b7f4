/**
 * Runs the data-layer benchmark (`npm run bench:data`, which writes bench/results/data.json) when the
 * project has one, and reads its figures, so `npm run bench` reports everything in one place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** What the data-layer benchmark reported. */
export interface DataLayerResult {
  /** False when there is no `bench:data` script yet. */
  ran: boolean;
  /** False when the script failed (it exits non-zero when its own budgets break). */
  ok: boolean;
  note: string;
  /** The contents of bench/results/data.json, as written by that script. */
  figures: unknown;
}

/** Runs `npm run bench:data` if package.json has it, then reads bench/results/data.json. */
export function runDataLayerBench(packageJson: string, dataJson: string): DataLayerResult {
  const scripts = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> })
    .scripts;
  if (!scripts?.['bench:data']) {
    return {
      ran: false,
      ok: true,
      note: 'skipped: no `bench:data` script in package.json yet',
      figures: null,
    };
  }
  const run = spawnSync('npm', ['run', '--silent', 'bench:data'], { stdio: 'inherit' });
  const ok = run.status === 0;
  const figures: unknown = existsSync(dataJson) ? JSON.parse(readFileSync(dataJson, 'utf8')) : null;
  const note = ok
    ? figures === null
      ? '`npm run bench:data` ran but wrote no bench/results/data.json'
      : 'from `npm run bench:data`'
    : `\`npm run bench:data\` failed (exit ${run.status ?? run.signal ?? 'unknown'})`;
  return { ran: true, ok: ok && figures !== null, note, figures };
}

/** Flattens nested figures into `a.b.c: value` lines for the printed table. */
export function flattenFigures(value: unknown, prefix = ''): [string, string][] {
  if (value === null || typeof value !== 'object') return [[prefix || 'value', String(value)]];
  return Object.entries(value).flatMap(([key, inner]) =>
    flattenFigures(inner, prefix ? `${prefix}.${key}` : key),
  );
}

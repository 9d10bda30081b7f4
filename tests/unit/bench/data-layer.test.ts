import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDataLayerBench } from '../../../bench/lib/data-layer.ts';

const dirs: string[] = [];

/** A throwaway project whose package.json has the given scripts. */
function project(scripts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-layer-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, scripts }));
  return dir;
}

const writeFigures =
  "node -e \"const f=require('fs');f.mkdirSync('bench/results',{recursive:true});" +
  "f.writeFileSync('bench/results/data.json',JSON.stringify({open1000Ms:12}))\"";

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('runDataLayerBench', () => {
  it('skips, without failing, when there is no bench:data script', () => {
    const result = runDataLayerBench(project({}));
    expect(result).toMatchObject({ ran: false, ok: true, figures: null });
    expect(result.note).toMatch(/skipped/);
  });

  it('runs bench:data and reads the figures it wrote', () => {
    const result = runDataLayerBench(project({ 'bench:data': writeFigures }));
    expect(result).toMatchObject({ ran: true, ok: true, figures: { open1000Ms: 12 } });
  });

  it('fails when bench:data exits non-zero', () => {
    const result = runDataLayerBench(project({ 'bench:data': 'node -e "process.exit(3)"' }));
    expect(result).toMatchObject({ ran: true, ok: false });
    expect(result.note).toMatch(/exit 3/);
  });

  it('fails, rather than report old figures, when bench:data wrote nothing this time', () => {
    const dir = project({ 'bench:data': 'node -e ""' });
    const file = join(dir, 'bench/results/data.json');
    mkdirSync(join(dir, 'bench/results'), { recursive: true });
    writeFileSync(file, '{"old":1}');
    // Back-date the file, as if an earlier run had written it.
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    const result = runDataLayerBench(dir);
    expect(result).toMatchObject({ ran: true, ok: false, figures: null });
  });
});

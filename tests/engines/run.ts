/**
 * npm run test:engines: the main journeys in Firefox ESR and WebKitGTK against the built site, served
 * with its `_headers` as a host that reads them would. `node tests/engines/run.ts webkit` runs one engine.
 *
 * After each journey every device must have seen no console error or warning, no uncaught error, no
 * CSP violation and no request to another origin. The server adds `report-uri` to each page's policy
 * (reporting only: it blocks nothing more) so violations during a page's load reach its log in every
 * engine, even where the driver cannot see the console.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { headersForPath } from '../../src/integrations/hosting-headers.ts';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server.ts';
import { axeFile, axeScriptPath, type Device, type Engine } from './driver.ts';
import { chromium, firefox } from './puppeteer.ts';
import { webkit } from './webkit.ts';
import { backup } from './journeys/backup.ts';
import type { Journey } from './journeys/journey.ts';
import { meeting } from './journeys/meeting.ts';
import { offline } from './journeys/offline.ts';
import { pages } from './journeys/pages.ts';
import { oneDevice } from './journeys/one-device.ts';
import { refused } from './journeys/refused.ts';
import { twoDevices } from './journeys/two-devices.ts';

const root = join(import.meta.dirname, '../..');
const dist = join(root, process.env['OUT_DIR'] ?? 'dist');
/** Each engine's server: the site's port for Firefox, the last two of the driver ports for the others. */
const ports: Record<string, number> = { firefox: 4401, webkit: 4419, chromium: 4418 };
const journeyTimeout = 300_000; // a hang, not a slow machine: journeys took 2-4 times longer under load
const reportPath = '/__csp-report';
/** Where a failed journey's screenshots go, one per device. */
const shots = process.env['ENGINE_SHOTS'] ?? join(tmpdir(), 'engines-shots');
mkdirSync(shots, { recursive: true });

// The offline journey stops the server, so it comes last. Chromium runs only the pages journey: the
// Chromium suite (tests/e2e) walks the rest, but does not serve `_headers`.
const journeys: Journey[] = [pages(dist), oneDevice, twoDevices, meeting, backup, refused, offline(dist)];
const engines: Record<string, { start: (base: string) => Promise<Engine>; journeys: Journey[] }> = {
  firefox: { start: firefox, journeys },
  webkit: { start: webkit, journeys },
  chromium: { start: chromium, journeys: journeys.slice(0, 1) },
};
const wanted = process.argv.slice(2).filter((arg) => arg in engines);
const only = process.env['ENGINE_JOURNEY'];

if (!existsSync(join(dist, '_headers')) || !existsSync(join(dist, 'sw.js'))) {
  console.log(`No build in ${dist}: building.`);
  execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
}
const headersFile = readFileSync(join(dist, '_headers'), 'utf8');

/** A copy of the build with axe-core beside it (see Device.ready), so the build itself is never touched. */
const copies: string[] = [];
function siteCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'engines-site-'));
  copies.push(copy);
  cpSync(dist, copy, { recursive: true });
  mkdirSync(join(copy, dirname(axeScriptPath)), { recursive: true });
  copyFileSync(axeFile, join(copy, axeScriptPath));
  return copy;
}

function serve(port: number): Promise<StaticServer> {
  return startStaticServer(siteCopy(), '/', {
    port,
    headers: (path) => {
      const headers = headersForPath(headersFile, path);
      const csp = headers['Content-Security-Policy'];
      if (csp) headers['Content-Security-Policy'] = `${csp}; report-uri ${reportPath}`;
      return headers;
    },
  });
}

interface Result {
  engine: string;
  journey: string;
  seconds: number;
  error?: string;
}

async function runJourney(
  engine: Engine,
  journey: Journey,
  server: { current: StaticServer },
): Promise<Result> {
  const devices: Device[] = [];
  const started = Date.now();
  const seen = server.current.requests.length;
  const problems: string[] = [];
  let error: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const running = journey.run({
      engine: engine.name,
      site: { url: server.current.url, stop: () => server.current.close() },
      device: async () => {
        const device = await engine.newDevice();
        devices.push(device);
        return device;
      },
    });
    running.catch(() => undefined); // after a time-out it may still fail: that is already counted
    await Promise.race([
      running,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`took over ${journeyTimeout / 1000} s`)), journeyTimeout);
      }),
    ]);
  } catch (caught) {
    error = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
  } finally {
    clearTimeout(timer);
  }
  for (const [n, device] of devices.entries()) {
    if (error !== undefined) {
      const shot = join(shots, `${engine.name}-${journey.name.replace(/\W+/g, '-')}-${n + 1}.png`);
      error += `\n  device ${n + 1}: ${await device.describe(shot)}`;
    }
    problems.push(...(await device.takeProblems().catch(() => [])));
    await device.close().catch(() => undefined);
  }
  for (const request of server.current.requests.slice(seen)) {
    if (request.url.startsWith(reportPath)) problems.push(`CSP report: ${request.body}`);
  }
  if (problems.length > 0) error = `${error ?? ''}\nProblems seen:\n  ${problems.join('\n  ')}`.trim();
  const result: Result = {
    engine: engine.name,
    journey: journey.name,
    seconds: (Date.now() - started) / 1000,
  };
  if (error !== undefined) result.error = error;
  return result;
}

/** Runs every journey in one engine, against its own server (the offline journey stops it). */
async function runEngine(name: string, port: number): Promise<Result[]> {
  const results: Result[] = [];
  const server = { current: await serve(port) };
  const started = Date.now();
  const { start, journeys } = engines[name] as (typeof engines)[string];
  const engine = await start(server.current.url);
  try {
    for (const journey of journeys) {
      if (only && !journey.name.includes(only)) continue;
      const result = await runJourney(engine, journey, server);
      results.push(result);
      console.log(`${result.error ? '✗' : '✓'} ${name}: ${journey.name} (${result.seconds.toFixed(1)} s)`);
      if (result.error) console.log(`  ${result.error.replaceAll('\n', '\n  ')}`);
    }
  } finally {
    await engine.close().catch(() => undefined);
    await server.current.close().catch(() => undefined);
  }
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s in all, browser start included`);
  return results;
}

const begun = Date.now();
// The engines run side by side: most of a journey's time is spent waiting on the browser.
const names = wanted.length > 0 ? wanted : Object.keys(engines);
const results = (await Promise.all(names.map((name) => runEngine(name, ports[name] ?? 0)))).flat();
for (const copy of copies) rmSync(copy, { recursive: true, force: true });
const failed = results.filter((result) => result.error);
console.log(
  `\n${results.length - failed.length} of ${results.length} journeys passed in ${((Date.now() - begun) / 1000).toFixed(1)} s.`,
);
process.exit(failed.length > 0 || results.length === 0 ? 1 : 0);

/**
 * Data-layer benchmark (`npm run bench:data`): a workbook with 1,000 meetings, 5,000 actions and
 * 50 goals in one partnership. Measures the median and p95 of: open the database and list
 * meetings, save one meeting, export all, import all. Writes bench/results/data.json.
 *
 * It runs in Node with fake-indexeddb (an in-memory IndexedDB written in JavaScript), so figures
 * show the data layer's own cost and how it scales, not a browser's IndexedDB speed.
 * A benchmark, not a test: nothing here fails on timing.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId, type Action, type Goal, type Meeting, type Partnership } from '../src/lib/schemas';
import { openWorkbook } from '../src/lib/storage';
import { exportBackup, importBackup } from '../src/lib/transfer';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const COUNTS = { meetings: 1000, actions: 5000, goals: 50 };
const T = '2026-01-01T09:00:00.000Z';

function seed(): { partnership: Partnership; meetings: Meeting[]; actions: Action[]; goals: Goal[] } {
  const base = { createdAt: T, updatedAt: T };
  const partnership: Partnership = {
    ...base,
    id: newId(),
    title: 'Benchmark pair',
    templateId: 'default',
    templateVersion: 1,
    answerMode: 'one-device',
    thisDevice: 'both',
  };
  const pid = partnership.id;
  const meetings = Array.from({ length: COUNTS.meetings }, (_, i): Meeting => ({
    ...base,
    id: newId(),
    partnershipId: pid,
    date: new Date(Date.UTC(2020, 0, 1 + i * 2)).toISOString().slice(0, 10),
    durationMinutes: 60,
    format: 'video',
    agenda: `Agenda ${i}: ${'what I want to talk about. '.repeat(8)}`,
    notes: `Notes ${i}: ${'what we talked about and what I will try next. '.repeat(20)}`,
    status: 'held',
  }));
  const goals = Array.from({ length: COUNTS.goals }, (_, i): Goal => ({
    ...base,
    id: newId(),
    partnershipId: pid,
    text: `Goal ${i}`,
    status: 'active',
    history: [{ at: T, status: 'active', text: `Goal ${i}` }],
  }));
  const actions = Array.from({ length: COUNTS.actions }, (_, i): Action => ({
    ...base,
    id: newId(),
    partnershipId: pid,
    createdInMeetingId: meetings[i % meetings.length]?.id ?? '',
    text: `Action ${i}: read, try, report back`,
    owner: i % 3 ? 'mentee' : 'mentor',
    status: 'open',
    reviews: [],
  }));
  return { partnership, meetings, actions, goals };
}

async function measure(
  run: (i: number) => Promise<void>,
): Promise<{ median: number; p95: number; runs: number }> {
  await run(-1); // warm-up, not counted
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? NaN;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: RUNS };
}

async function main(): Promise<void> {
  console.log('Data-layer benchmark: Node with fake-indexeddb (in-memory, not a browser IndexedDB).');
  console.log(
    `${COUNTS.meetings} meetings, ${COUNTS.actions} actions, ${COUNTS.goals} goals; ${RUNS} runs each.\n`,
  );
  const data = seed();
  const name = 'bench-workbook';
  {
    const { workbook } = await openWorkbook({ name });
    await workbook.importData(
      {
        partnerships: [data.partnership],
        templates: [],
        rounds: [],
        meetings: data.meetings,
        actions: data.actions,
        goals: data.goals,
      },
      'replace',
    );
    workbook.close();
  }

  const results: Record<string, { median: number; p95: number; runs: number }> = {};
  results['open and list meetings'] = await measure(async () => {
    const { workbook } = await openWorkbook({ name });
    const meetings = await workbook.meetings.listByPartnership(data.partnership.id);
    if (meetings.length !== COUNTS.meetings) throw new Error(`Listed ${meetings.length} meetings`);
    workbook.close();
  });

  const { workbook } = await openWorkbook({ name });
  let meeting = (await workbook.meetings.get(data.meetings[0]?.id ?? '')) as Meeting;
  results['save one meeting'] = await measure(async (i) => {
    meeting = await workbook.meetings.save({ ...meeting, notes: `Edited ${i}` });
  });

  let text = '';
  results['export all'] = await measure(async () => {
    ({ text } = await exportBackup(workbook, { markBackedUp: false }));
  });
  workbook.close();

  results['import all'] = await measure(async (i) => {
    const { workbook: target } = await openWorkbook({ name: `bench-import-${i}` });
    await importBackup(target, text, { mode: 'merge' });
    target.close();
  });

  for (const [label, r] of Object.entries(results)) {
    console.log(
      `${label.padEnd(24)} median ${String(r.median).padStart(8)} ms   p95 ${String(r.p95).padStart(8)} ms`,
    );
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'data.json');
  mkdirSync(dirname(out), { recursive: true });
  const report = {
    benchmark: 'data',
    environment: `Node ${process.versions.node} with fake-indexeddb (in-memory IndexedDB in JavaScript, not a browser)`,
    date: new Date().toISOString(),
    counts: COUNTS,
    backupBytes: text.length,
    unit: 'ms',
    results,
  };
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nBackup size: ${(text.length / 1024 / 1024).toFixed(2)} MB. Wrote ${out}`);
}

await main();

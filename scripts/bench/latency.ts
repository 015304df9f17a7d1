/**
 * The latency benchmark: full default runs against reference servers answering L ms late, each in a
 * fresh process (scripts/bench/latency-phase.ts), and the table that compares them with their limit.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LatencyRun } from './latency-phase.js';

export type { LatencyRun } from './latency-phase.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/** One run of the given specs at once against servers answering `latencyMs` late. */
export function latencyRun(latencyMs: number, specs: readonly string[], seed: number, concurrency: number): Promise<LatencyRun & { loadAverage: number[] }> {
  return new Promise((resolve, reject) => {
    const loadAverage = loadavg();
    const args = ['--import', TSX, join(ROOT, 'scripts/bench/latency-phase.ts'), String(latencyMs), String(seed), String(concurrency), specs.join(',')];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_LATENCY '));
      if (code === 0 && line) resolve({ ...(JSON.parse(line.slice('BENCH_LATENCY '.length)) as LatencyRun), loadAverage });
      else reject(new Error(`latency run (${latencyMs} ms, ${specs.join(',')}) exited with ${code}:\n${out}`));
    });
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One table row per run: the whole run, then per spec when several ran at once. */
export function latencyRows(runs: readonly LatencyRun[]): string[] {
  const header = `${'L'.padStart(6)}  ${'specs'.padEnd(12)} ${'requests'.padStart(8)} ${'crit.path'.padStart(9)} ${'in flight'.padStart(9)} ${'wall'.padStart(7)} ${'limit'.padStart(7)} ${'ratio'.padStart(6)}  critical chain`;
  const row = (latency: number, name: string, f: LatencyRun['all']) =>
    `${`${latency} ms`.padStart(6)}  ${name.padEnd(12)} ${String(f.requests).padStart(8)} ${String(f.criticalPath).padStart(9)} ${String(f.maxInFlight).padStart(9)} ${s(f.wallMs).padStart(7)} ${s(f.limitMs).padStart(7)} ${(f.ratio === undefined ? '-' : `${f.ratio.toFixed(2)}×`).padStart(6)}  ${f.criticalChain}`;
  return [header, ...runs.flatMap((run) => [
    row(run.latencyMs, run.specs.length === 1 ? run.specs[0]!.spec : `all ${run.specs.length}`, run.all),
    ...(run.specs.length > 1 ? run.specs.map((f) => row(run.latencyMs, `  ${f.spec}`, f)) : []),
  ])];
}

/** Writes `latency` into reports/bench.json, keeping what the full benchmark wrote there. */
export async function saveLatency(path: string, latency: unknown): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch {
    // No earlier benchmark: the file holds the latency figures only.
  }
  await writeFile(path, `${JSON.stringify({ ...existing, latency }, null, 2)}\n`);
}

/** A benchmark target and whether the figures met it. */
export interface Target {
  target: string;
  value: string;
  ok: boolean;
}

/** Issue 14's targets, for the runs there are figures for (a run of one spec is Run:ai 2.24's). */
export function latencyTargets(runs: readonly LatencyRun[]): Target[] {
  const one = (latency: number) => runs.find((r) => r.latencyMs === latency && r.specs.length === 1 && r.specs[0]!.spec === 'runai-2.24');
  const four = (latency: number) => runs.find((r) => r.latencyMs === latency && r.specs.length === 4);
  const targets: Target[] = [];
  const slow = one(100);
  if (slow) {
    targets.push({ target: 'Run:ai 2.24 at 100 ms: within 1.5× of its limit', value: `${slow.all.ratio!.toFixed(2)}×`, ok: slow.all.ratio! <= 1.5 });
    targets.push({ target: 'Run:ai 2.24 at 100 ms: under 12 s', value: s(slow.all.wallMs), ok: slow.all.wallMs < 12_000 });
  }
  const slowAll = four(100);
  if (slowAll) targets.push({ target: 'all four specs at 100 ms: under 30 s', value: s(slowAll.all.wallMs), ok: slowAll.all.wallMs < 30_000 });
  const fast = four(0);
  if (fast) {
    targets.push({ target: 'all four specs at 0 ms: under 15 s', value: s(fast.all.wallMs), ok: fast.all.wallMs < 15_000 });
    targets.push({ target: 'all four specs at 0 ms: peak memory under 300 MB', value: `${(fast.peakRssBytes / 1024 / 1024).toFixed(0)} MB (${fast.cpuMicrosPerRequest.toFixed(0)} µs CPU per request)`, ok: fast.peakRssBytes < 300 * 1024 * 1024 });
  }
  return targets;
}

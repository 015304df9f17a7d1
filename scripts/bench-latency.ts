/**
 * `npm run bench:latency`: how far full default runs are from their physical limit against reference
 * servers answering L ms late (issue 14). For each L: Run:ai 2.24 alone, then all four built-in specs
 * at once. Prints requests, critical path, most requests in flight, wall time, the limit
 * max(critical path × L, requests × L / concurrency) and the ratio wall / limit, with CPU µs per
 * request and peak memory; writes them under `latency` in reports/bench.json. Asserts nothing.
 * Flags: --latency 0,50,100,200  --spec <id> (repeatable; default runai-2.24, then all four)  --concurrency 8
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUILTIN_SPECS } from '../src/spec/index.js';
import { latencyRows, latencyRun, latencyTargets, saveLatency, type LatencyRun } from './bench/latency.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { latency: { type: 'string', default: '0,50,100,200' }, spec: { type: 'string', multiple: true }, concurrency: { type: 'string', default: '8' }, seed: { type: 'string' } } });
const latencies = values.latency.split(',').map(Number);
const concurrency = Number(values.concurrency);
const seed = Number(values.seed ?? process.env.BENCH_SEED ?? 20261122);
const sets = values.spec ? [values.spec] : [['runai-2.24'], BUILTIN_SPECS.map((s) => s.id)];

console.log(`users-conformance bench:latency: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}, seed ${seed}, --concurrency ${concurrency}\n`);
const runs: (LatencyRun & { loadAverage: number[] })[] = [];
for (const specs of sets) {
  for (const latencyMs of latencies) {
    const run = await latencyRun(latencyMs, specs, seed, concurrency);
    runs.push(run);
    console.log(latencyRows([run]).slice(runs.length === 1 ? 0 : 1).join('\n'));
    for (const f of run.specs) console.log(`        ${f.spec}: deepest chains ${(f.deepest ?? []).map(([c, d]) => `${c} ${d}`).join(', ')}`);
    const problems = run.specs.filter((f) => f.problems > 0);
    if (problems.length > 0) console.log(`        warning: failures against the correct server (${problems.map((p) => `${p.spec}: ${p.problems}`).join(', ')})`);
    console.log(`        CPU ${(run.cpuMs / 1000).toFixed(1)} s (servers included), ${run.cpuMicrosPerRequest.toFixed(0)} µs per request; peak RSS ${(run.peakRssBytes / 1024 / 1024).toFixed(0)} MB; load average before ${run.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);
  }
}
const targets = latencyTargets(runs);
if (targets.length > 0) console.log('\nTargets');
for (const t of targets) console.log(`  ${(t.ok ? 'ok' : 'MISSED').padEnd(6)} ${t.target}: ${t.value}`);
await mkdir(join(ROOT, 'reports'), { recursive: true });
const out = join(ROOT, 'reports', 'bench.json');
await saveLatency(out, { generatedAt: new Date().toISOString(), cpus: availableParallelism(), node: process.version, seed, concurrency, runs, targets });
console.log(`\nwrote latency figures to ${out}`);

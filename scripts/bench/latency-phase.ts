/**
 * One latency run of `npm run bench:latency`, in a fresh process (its CPU and memory its own): the
 * default run of the given specs through `runTarget`, the specs at once, each against an in-process
 * reference server answering every request L ms late. Prints one line `BENCH_LATENCY <json>`.
 * Usage: latency-phase.ts <latencyMs> <seed> <concurrency> <spec,spec,…>
 */
import { runTarget } from '../../src/engine/run.js';
import { DEFAULT_RUN_OPTIONS, type RunOptions } from '../../src/engine/target.js';
import { newRunId } from '../../src/generate/index.js';
import { startReferenceServer } from '../../src/reference/index.js';
import { loadSpec } from '../../src/spec/index.js';
import { planFor } from '../../src/systems/index.js';
import { combinedLimit, limitFigures, traceOf, type LimitFigures, type RequestTrace } from './limit.js';
import { startRssSampler } from './memory.js';

export interface LatencyRun {
  latencyMs: number;
  concurrency: number;
  specs: (LimitFigures & { spec: string; problems: number })[];
  all: LimitFigures;
  cpuMs: number;
  cpuMicrosPerRequest: number;
  peakRssBytes: number;
}

const [latencyMs, seed, concurrency] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const specIds = (process.argv[5] ?? 'runai-2.24').split(',');

const specs = await Promise.all(specIds.map((id) => loadSpec(id)));
const servers = await Promise.all(specs.map((spec) => startReferenceServer({ spec: spec.id, delayMs: latencyMs })));
const options: RunOptions = { ...DEFAULT_RUN_OPTIONS, runId: newRunId(), seed, concurrency };
const all: RequestTrace[] = [];

const memory = startRssSampler();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const perSpec = await Promise.all(specs.map(async (spec, i) => {
  const server = servers[i]!;
  const traces: RequestTrace[] = [];
  const plan = planFor(spec);
  const t = performance.now();
  const outcome = await runTarget({
    spec, system: plan.system, options,
    target: { specId: spec.id, baseUrl: server.url, label: 'bench', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword } },
    scenarios: plan.scenarios.filter((s) => s.appliesTo(spec) === true),
    onExchange: (exchange, place) => void traces.push(traceOf(exchange, place)),
  });
  const wallMs = performance.now() - t;
  all.push(...traces);
  const problems = outcome.outcomes.flatMap((o) => o.results).filter((r) => r.status === 'failed' || r.status === 'error').length;
  return { spec: spec.id, problems, ...limitFigures(traces, wallMs, latencyMs, concurrency) };
}));
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const peakRssBytes = memory.stop();
await Promise.all(servers.map((s) => s.close()));

const cpuMs = (cpu.user + cpu.system) / 1000;
const run: LatencyRun = {
  latencyMs, concurrency, specs: perSpec, all: combinedLimit(perSpec, all, wallMs),
  cpuMs, cpuMicrosPerRequest: (cpuMs * 1000) / Math.max(1, all.length), peakRssBytes: Math.max(peakRssBytes, process.resourceUsage().maxRSS * 1024),
};
console.log(`BENCH_LATENCY ${JSON.stringify(run)}`);

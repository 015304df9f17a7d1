/**
 * One measured phase of `npm run bench`, in a fresh process (so its memory and CPU are its own):
 * a full default run of all four built-in specs through `runTarget`, the specs in parallel, against
 * reference servers in this process (`in-process`, as `run` does), in `serve` children (`external`), or
 * in `serve` children that answer every request 50 ms late (`external-slow`).
 * Prints one line `BENCH_PHASE <json>` for scripts/bench.ts.
 */
import { runTarget } from '../../src/engine/run.js';
import { planFor } from '../../src/systems/index.js';
import { DEFAULT_RUN_OPTIONS, type RunOptions } from '../../src/engine/target.js';
import { newRunId } from '../../src/generate/index.js';
import { BUILTIN_SPECS, loadSpec } from '../../src/spec/index.js';
import { startRssSampler } from './memory.js';
import { startProfile } from './profiler.js';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './profile-summary.js';
import { externalUsage, startExternal, startInProcess, type BenchServer } from './servers.js';
import { createWireClock } from './wire-time.js';

export interface SpecFigures {
  spec: string;
  wallMs: number;
  requests: number;
  results: number;
  /** failed + error results: must be 0 against a correct server, or the figures mean little. */
  problems: number;
}

export interface PhaseFigures {
  servers: 'in-process' | 'external' | 'external-slow';
  seed: number;
  runs: number;
  loadSpecsMs: number;
  wallMs: number;
  requests: number;
  requestsPerSecond: number;
  /** This process (suite, plus the servers when in-process). */
  cpuMs: { user: number; system: number };
  /** The `serve` children, external phase only. */
  serversCpuMs?: number;
  serversPeakRssBytes?: number;
  peakRssSampledBytes: number;
  maxRssBytes: number;
  wire: { unionMs: number; sumMs: number };
  specs: SpecFigures[];
  /** With a profile path: this thread's self time over the measured window, by category, and the top functions. */
  profile?: ProfileSummary & { path: string };
}

/** `external-slow` uses the benign-slow variant: every answer 50 ms late, as from a server with a database behind it and a network between. */
const mode = process.argv[2] === 'external' || process.argv[2] === 'external-slow' ? process.argv[2] : 'in-process';
const seed = Number(process.argv[3] ?? 20261122);
/** Where to write a CPU profile of the measured window (optional). */
const profilePath = process.argv[4];

const started = performance.now();
const specs = await Promise.all(BUILTIN_SPECS.map((s) => loadSpec(s.id)));
const loadSpecsMs = performance.now() - started;
const servers: BenchServer[] = await Promise.all(specs.map((spec) => (mode === 'in-process' ? startInProcess(spec.id) : startExternal(spec.id, spec.system === 'lenses' ? 'lenses' : 'runai', mode === 'external-slow' ? 'benign-slow' : undefined))));
const options: RunOptions = { ...DEFAULT_RUN_OPTIONS, runId: newRunId(), seed };
const wire = createWireClock();

const serversBefore = externalUsage(servers);
const profiler = profilePath ? await startProfile() : undefined;
const memory = startRssSampler();
const cpuBefore = process.cpuUsage();
const runStarted = performance.now();
const perSpec = await Promise.all(specs.map(async (spec, i) => {
  const t = performance.now();
  let requests = 0;
  const plan = planFor(spec);
  const outcome = await runTarget({
    spec,
    system: plan.system,
    target: servers[i]!.target,
    options,
    scenarios: plan.scenarios.filter((s) => s.appliesTo(spec) === true),
    onExchange: (exchange) => {
      requests += 1;
      wire.record(exchange);
    },
  });
  const results = outcome.outcomes.flatMap((o) => o.results);
  return { spec: spec.id, wallMs: performance.now() - t, requests, results: results.length, problems: results.filter((r) => r.status === 'failed' || r.status === 'error').length };
}));
const wallMs = performance.now() - runStarted;
const cpu = process.cpuUsage(cpuBefore);
const peakRssSampledBytes = memory.stop();
const profile = profiler && profilePath ? { path: profilePath, ...summarizeProfile((await profiler.stop(profilePath)) as CpuProfile) } : undefined;
const serversAfter = externalUsage(servers);
await Promise.all(servers.map((s) => s.close()));

const totals = wire.totals();
const figures: PhaseFigures = {
  servers: mode,
  seed,
  runs: options.runs,
  loadSpecsMs,
  wallMs,
  requests: totals.requests,
  requestsPerSecond: totals.requests / (wallMs / 1000),
  cpuMs: { user: cpu.user / 1000, system: cpu.system / 1000 },
  ...(serversBefore && serversAfter && { serversCpuMs: serversAfter.cpuMs - serversBefore.cpuMs, serversPeakRssBytes: serversAfter.peakRssBytes }),
  peakRssSampledBytes,
  maxRssBytes: process.resourceUsage().maxRSS * 1024,
  wire: { unionMs: totals.unionMs, sumMs: totals.sumMs },
  specs: perSpec,
  ...(profile && { profile }),
};
console.log(`BENCH_PHASE ${JSON.stringify(figures)}`);

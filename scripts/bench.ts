/**
 * `npm run bench`: the speed and memory of a full default run of all four built-in specs against the
 * reference servers, next to the servers' raw speed, and how far runs are from their physical limit
 * against servers answering L ms late (issue 14; `npm run bench:latency` runs that part alone).
 * Prints figures against the targets and writes reports/bench.json (and CPU profiles of the suite);
 * asserts nothing. The npm script builds dist/ first, so the CLI's figures are those of the shipped build.
 *
 * Phases, each in a fresh process so its CPU and memory are its own:
 *  1. in-process: `runTarget` per spec, the four in parallel, servers in the same process (the CPU
 *     figure includes their share). `runTarget` runs exactly the scenarios `run` and the suites run,
 *     and lets the benchmark count every request and its time on the wire (`onExchange`).
 *  2. external: the same against `users-conformance serve` children, with a CPU profile of the
 *     suite's thread: where its time goes, and the share that is the suite's own work.
 *  3. external-slow: the same against `serve --fault benign-slow` children (every answer 50 ms late):
 *     the suite's share of its wall time when the server, not the suite, sets the pace.
 *  4. cli: `users-conformance run` as users start it (vitest, report writing included): wall time and
 *     each process's peak memory.
 *  5. autocannon against a `serve` child: the server's raw request rate on a simple GET.
 *  6. latency: Run:ai 2.24 alone, then all four specs, against in-process servers answering 0, 50,
 *     100 and 200 ms late: requests, critical path, most in flight, wall, and wall / limit.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawRate } from './bench/autocannon-rate.js';
import { cliCommand } from './bench/cli-command.js';
import { latencyRows, latencyRun, latencyTargets, type LatencyRun } from './bench/latency.js';
import type { PhaseFigures } from './bench/phase.js';
import { runTree } from './bench/process-tree.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = new URL('../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
const SEED = Number(process.env.BENCH_SEED ?? 20261122);
const TARGETS = { wallMs: 15_000, peakRssBytes: 300 * 1024 * 1024 };
const LATENCIES = [0, 50, 100, 200];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

function phase(mode: PhaseFigures['servers'], profilePath?: string): Promise<PhaseFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'scripts/bench/phase.ts'), mode, String(SEED), ...(profilePath ? [profilePath] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_PHASE '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('BENCH_PHASE '.length)) as PhaseFigures);
      else reject(new Error(`bench phase ${mode} exited with ${code}:\n${out}`));
    });
  });
}

console.log(`users-conformance bench: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}, Node ${process.version}, seed ${SEED}\n`);

const inProcess = await phase('in-process');
const profilePath = join(ROOT, 'reports', 'bench-suite.cpuprofile');
const external = await phase('external', profilePath);
const slowProfilePath = join(ROOT, 'reports', 'bench-suite-slow-server.cpuprofile');
const slow = await phase('external-slow', slowProfilePath);
const cli = cliCommand(ROOT);
const reportDir = await mkdtemp(join(tmpdir(), 'uc-bench-'));
const cliRun = await runTree(cli.command, [...cli.args, 'run', '--seed', String(SEED), '--report-dir', reportDir], { cwd: ROOT });
if (cliRun.exitCode !== 0) console.log(`warning: users-conformance run exited with ${cliRun.exitCode}:\n${cliRun.output.slice(-2000)}`);
const raw = await rawRate('runai-2.24', '/api/v1/users/count');
const latency: LatencyRun[] = [];
for (const specs of [['runai-2.24'], ['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq']]) {
  for (const latencyMs of LATENCIES) latency.push(await latencyRun(latencyMs, specs, SEED, 8));
}

const problems = [...inProcess.specs, ...external.specs, ...slow.specs].filter((spec) => spec.problems > 0);
if (problems.length > 0) console.log(`warning: failures against the correct server (${problems.map((p) => `${p.spec}: ${p.problems}`).join(', ')}): the figures describe a broken run\n`);

const profile = external.profile!;
const overheadShare = profile.kinds.suite / profile.totalMs;
const slowShare = slow.profile!.kinds.suite / slow.profile!.totalMs;
const cliPeak = Math.max(...cliRun.processes.map((p) => p.peakRssBytes));
const cpuMs = inProcess.cpuMs.user + inProcess.cpuMs.system;

console.log('Full default run, all four specs in parallel (runTarget, as `run` and the suites run them)');
console.log(`  servers in process     ${s(inProcess.wallMs)} wall, ${inProcess.requests} requests, ${inProcess.requestsPerSecond.toFixed(0)} requests/s; CPU ${s(cpuMs)} (user ${s(inProcess.cpuMs.user)}, system ${s(inProcess.cpuMs.system)}, servers included) = ${pct(cpuMs / inProcess.wallMs)} of one core`);
console.log(`                         peak RSS ${mb(inProcess.peakRssSampledBytes)} sampled, maxRSS ${mb(inProcess.maxRssBytes)}; specs loaded in ${inProcess.loadSpecsMs.toFixed(0)} ms before the clock`);
console.log(`  servers in \`serve\`     ${s(external.wallMs)} wall, ${external.requestsPerSecond.toFixed(0)} requests/s; suite CPU ${s(external.cpuMs.user + external.cpuMs.system)}, servers' CPU ${s(external.serversCpuMs ?? 0)}; suite maxRSS ${mb(external.maxRssBytes)}, largest server ${mb(external.serversPeakRssBytes ?? 0)}`);
for (const spec of inProcess.specs) console.log(`    ${spec.spec.padEnd(11)} ${s(spec.wallMs)}, ${spec.requests} requests, ${spec.results} results`);
console.log(`\nThe CLI as users run it (${cli.label})`);
console.log(`  users-conformance run  ${s(cliRun.wallMs)} wall; peak RSS per process: ${cliRun.processes.map((p) => `${mb(p.peakRssBytes)} ${p.command.split(' ').slice(0, 2).join(' ')}`).join('; ')}`);
console.log(`\nRaw server speed: autocannon, ${raw.connections} connections, ${raw.durationSeconds} s, GET ${raw.path} (${raw.spec}, \`serve\` child)`);
console.log(`  ${raw.requestsPerSecond.toFixed(0)} requests/s (p50 ${raw.latencyP50Ms} ms, non-2xx ${raw.non2xx}, errors ${raw.errors}); the suite reaches ${pct(inProcess.requestsPerSecond / raw.requestsPerSecond)} of it in process, ${pct(external.requestsPerSecond / raw.requestsPerSecond)} against \`serve\``);
console.log(`\nWhere the suite's thread spends its time (external servers, CPU profile ${profilePath})`);
console.log(`  suite's own work ${pct(overheadShare)}, HTTP client and Node runtime ${pct(profile.kinds.http / profile.totalMs)}, GC ${pct(profile.kinds.gc / profile.totalMs)}, waiting (idle) ${pct(profile.kinds.waiting / profile.totalMs)} of ${s(profile.totalMs)}`);
for (const [category, ms] of profile.categories.slice(0, 10)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${category}`);
console.log('  steps of the suite (inclusive time):');
for (const [step, ms] of profile.milestones) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${step}`);
console.log('  top functions by self time:');
for (const [fn, ms] of profile.top.slice(0, 10)) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${fn}`);
console.log(`  on the wire: a request was in flight ${pct(external.wire.unionMs / external.wallMs)} of the wall time (in process: ${pct(inProcess.wire.unionMs / inProcess.wallMs)}), ` +
  `${(external.wire.sumMs / external.wallMs).toFixed(0)} on average; while the suite's thread is busy, answers wait in the socket, so this overstates waiting`);

// Issue 14 replaced "the suite's own work under 20% of wall time" (CPU-bound by construction on a
// 0 ms server on the same cores): the shares are still printed, speed is judged against latency.
const checks = [
  { target: 'full default run < 15 s (users-conformance run)', value: s(cliRun.wallMs), ok: cliRun.wallMs < TARGETS.wallMs },
  { target: 'full default run < 15 s (runTarget, servers in process)', value: s(inProcess.wallMs), ok: inProcess.wallMs < TARGETS.wallMs },
  ...latencyTargets(latency),
  { target: 'peak memory < 300 MB (runTarget with servers, one process)', value: mb(inProcess.maxRssBytes), ok: inProcess.maxRssBytes < TARGETS.peakRssBytes },
  { target: 'peak memory < 300 MB (largest process of users-conformance run)', value: mb(cliPeak), ok: cliPeak < TARGETS.peakRssBytes },
];
console.log(`\nAgainst servers answering every request 50 ms late (\`serve --fault benign-slow\`, CPU profile ${slowProfilePath})`);
console.log(`  ${s(slow.wallMs)} wall, ${slow.requests} requests, ${slow.requestsPerSecond.toFixed(0)} requests/s; suite CPU ${s(slow.cpuMs.user + slow.cpuMs.system)}; ` +
  `suite's own work ${pct(slowShare)}, HTTP client and Node runtime ${pct(slow.profile!.kinds.http / slow.profile!.totalMs)}, GC ${pct(slow.profile!.kinds.gc / slow.profile!.totalMs)}, waiting (idle) ${pct(slow.profile!.kinds.waiting / slow.profile!.totalMs)}`);

console.log(`\nAgainst in-process servers answering L ms late (limit = max(critical path × L, requests × L / concurrency 8); CPU includes the servers')`);
for (const line of latencyRows(latency)) console.log(`  ${line}`);
for (const run of latency) console.log(`  ${run.latencyMs} ms, ${run.specs.map((f) => f.spec).join(' + ')}: CPU ${run.cpuMicrosPerRequest.toFixed(0)} µs per request, peak RSS ${mb(run.peakRssBytes)}`);

console.log('\nTargets');
for (const c of checks) console.log(`  ${verdict(c.ok).padEnd(6)} ${c.target}: ${c.value}`);

const out = join(ROOT, 'reports', 'bench.json');
await writeFile(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), cpus: availableParallelism(), loadAverage: loadavg(), node: process.version, seed: SEED, targets: checks, inProcess, external, externalSlow: slow, cli: { ...cliRun, output: undefined, how: cli.label }, autocannon: raw, latency: { seed: SEED, concurrency: 8, runs: latency } }, null, 2)}\n`);
console.log(`\nwrote ${out}`);

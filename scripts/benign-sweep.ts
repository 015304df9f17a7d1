/**
 * `npm run benign-sweep`: the proof that the suite raises no false alarm on any legitimate server the
 * reference catalogue can play. Runs the correct server and every benign variant (`--variant` narrows)
 * through every scenario, on every spec each applies to, under many seeds, with the fault-matrix
 * machinery (`runFaultMatrix`, one call per seed); prints a variant × spec table, then each MUST
 * failure and suite error once with a seed that replays it. A benchmark-like script, not a test.
 * Exit 1 on a MUST failure, a suite error, a warning on the correct server or a resource left behind.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { printable } from '../src/cli/printable.js';
import { formatTable } from '../src/cli/table.js';
import { matrixCases, runFaultMatrix, verdictLabel, rowName } from '../src/proof/index.js';
import { parseSweepArgs, UsageError, type SweepArgs } from './benign-sweep/args.js';
import { SweepTally, type Problem } from './benign-sweep/aggregate.js';

let args: SweepArgs;
try {
  args = parseSweepArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const cases = matrixCases({ faults: args.variants, ...(args.specs && { specs: args.specs }) });
const total = cases.length * args.seeds;
const lastSeed = args.firstSeed + args.seeds - 1;
console.error(`benign sweep: ${cases.length} (variant, spec) pairs × ${args.seeds} seeds (${args.firstSeed}..${lastSeed}) = ${total} runs; ` +
  `${args.runs} fast-check runs per property, ${args.parallel} at once, --concurrency ${args.concurrency}`);

const tally = new SweepTally();
const started = performance.now();
let done = 0;
for (let seed = args.firstSeed; seed <= lastSeed; seed++) {
  await runFaultMatrix({
    faults: args.variants, ...(args.specs && { specs: args.specs }), seed, runs: args.runs, parallel: args.parallel, concurrency: args.concurrency,
    onRow: (row) => {
      tally.add(row, seed);
      const note = row.verdict === 'clean' ? '' : `: ${verdictLabel(row)}`;
      if (++done % 20 === 0 || note) console.error(`[${done}/${total}] seed ${seed}: ${rowName(row)}${note}`);
    },
  });
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);

const order = (variant: string, spec: string) => cases.findIndex((c) => (c.fault?.id ?? 'correct') === variant && c.spec === spec);
const cells = [...tally.cells.values()].sort((a, b) => order(a.variant, a.spec) - order(b.variant, b.spec));
console.log(formatTable(['variant', 'spec', 'runs', 'MUST failures', 'warnings', 'suite errors', 'leftovers'],
  cells.map((c) => [c.variant, c.spec, String(c.runs), String(c.mustFailed), String(c.warned), String(c.suiteErrors), String(c.leftovers)])));
console.log(`\n(counts are runs: seeds × spec with at least one such result) ${total} runs in ${minutes} min, seeds ${args.firstSeed}..${lastSeed}, ${args.runs} runs per property, --concurrency ${args.concurrency}`);

if (tally.warnings.size > 0) console.log('\nSHOULD warnings (allowed on benign variants):');
for (const [variant, checks] of tally.warnings) console.log(`  ${variant}: ${[...checks].sort().join(', ')}`);

const problems = [...tally.problems.values()].sort((a, b) => a.variant.localeCompare(b.variant) || a.checkId.localeCompare(b.checkId));
if (problems.length > 0) console.log(`\n${problems.length} distinct problem(s), by variant, check and operation:`);
for (const p of problems) console.log(describe(p));
const leftBehind = cells.filter((c) => c.leftovers > 0);
for (const c of leftBehind) console.log(`\n${c.variant} on ${c.spec}: ${c.leftovers} run(s) left resources behind`);

const reportPath = join(resolve(process.env.CONFORMANCE_REPORT_DIR?.trim() || 'reports'), 'benign-sweep.json');
await mkdir(join(reportPath, '..'), { recursive: true });
await writeFile(reportPath, `${JSON.stringify({ args, cells, problems: problems.map(serialise) }, null, 2)}\n`);
console.log(`\nwrote ${reportPath}`);
process.exit(tally.failed ? 1 : 0);

function describe(p: Problem): string {
  const seed = Math.min(...p.seeds);
  const spec = [...p.specs][0]!;
  return `\n${p.kind}: ${p.variant} — ${p.checkId} on ${p.operationId}\n` +
    `  specs: ${[...p.specs].join(', ')}; seeds: ${p.seeds.size} of ${args.seeds}\n` +
    `  message: ${printable(p.message)}\n` +
    `  replay: npx users-conformance fault-matrix --fault ${p.variant} --spec ${spec} --seed ${seed} --runs ${args.runs}`;
}

function serialise(p: Problem) {
  return { ...p, specs: [...p.specs], seeds: [...p.seeds].sort((a, b) => a - b) };
}

/** The sweep's flags: how many seeds from which, how many servers at once, which variants and specs. */
import { parseArgs } from 'node:util';
import { FAULTS } from '../../src/reference/index.js';
import { CORRECT_SERVER } from '../../src/proof/index.js';

export interface SweepArgs {
  seeds: number;
  firstSeed: number;
  parallel: number;
  /** fast-check runs per property (the fault-matrix test's 5: many seeds beat many runs of one). */
  runs: number;
  /** Requests in flight per server (`--concurrency`): 1 and 32 show that concurrency raises no false alarm. */
  concurrency: number;
  /** `correct` and the benign variant ids to run. */
  variants: string[];
  /** Built-in spec ids; undefined = every spec each variant applies to. */
  specs?: string[];
}

export const USAGE = `usage: npm run benign-sweep -- [--seeds N] [--first-seed S] [--parallel P] [--runs R] [--concurrency C] [--variant ID]... [--spec ID]...
  Runs every scenario against the correct reference server and each benign variant, on every spec it
  applies to, under N seeds (S, S+1, …); prints runs, MUST failures, warnings and suite errors per
  variant and spec, then each MUST failure once with a seed that reproduces it. Exit 1 on any MUST
  failure or suite error (or anything flagged on the correct server).
  defaults: --seeds 30 --first-seed 1 --parallel 2 --runs 5 --concurrency 8 (requests in flight per server); --variant repeats (default: correct and every benign variant)`;

export function parseSweepArgs(argv: string[]): SweepArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      seeds: { type: 'string', default: '30' },
      'first-seed': { type: 'string', default: '1' },
      parallel: { type: 'string', default: '2' },
      runs: { type: 'string', default: '5' },
      concurrency: { type: 'string', default: '8' },
      variant: { type: 'string', multiple: true },
      spec: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) throw new UsageError(USAGE);
  const benign = FAULTS.filter((f) => f.benign).map((f) => f.id);
  const variants = values.variant?.flatMap((v) => v.split(',')) ?? [CORRECT_SERVER, ...benign];
  for (const id of variants) {
    if (id !== CORRECT_SERVER && !benign.includes(id)) throw new UsageError(`--variant ${id}: not "${CORRECT_SERVER}" nor a benign variant (${benign.join(', ')})`);
  }
  return {
    seeds: integer('--seeds', values.seeds, 1, 10_000),
    firstSeed: integer('--first-seed', values['first-seed'], 0, 2 ** 31 - 1),
    parallel: integer('--parallel', values.parallel, 1, 32),
    runs: integer('--runs', values.runs, 1, 10_000),
    concurrency: integer('--concurrency', values.concurrency, 1, 256),
    variants,
    ...(values.spec && { specs: values.spec.flatMap((s) => s.split(',')) }),
  };
}

/** A bad flag: the message is printed with exit code 2. */
export class UsageError extends Error {}

function integer(flag: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}, not "${raw}"`);
  return value;
}

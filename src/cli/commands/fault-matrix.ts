/**
 * `users-conformance fault-matrix`: the project's proof on demand. Runs every scenario against the
 * reference server with each fault (and the correct server and benign variants), prints the matrix,
 * writes fault-matrix.json and fault-matrix.html. Exit 1 when a fault is missed, a false alarm is
 * raised or the suite breaks; 2 for bad flags.
 */
import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import { formatTable } from '../table.js';
import { EXIT, UsageError } from '../usage-error.js';

interface FaultMatrixFlags {
  spec?: string[];
  fault?: string[];
  reportDir?: string;
  seed?: string;
  runs?: string;
  parallel?: string;
}

/** The seed the standing test uses too, so a CLI run and `npm test` show the same matrix. */
const DEFAULT_SEED = 20261122;

export function registerFaultMatrixCommand(program: Command): void {
  program
    .command('fault-matrix')
    .description('prove the suites: run them against the reference server with each catalogued fault; write fault-matrix.json and .html')
    .option('--spec <ids...>', 'built-in spec ids (comma-separated or repeated); default: all four')
    .option('--fault <ids...>', 'fault or benign variant ids, or "correct" for the server without a fault; default: all, with the correct server')
    .option('--report-dir <dir>', 'where fault-matrix.json and fault-matrix.html go (default $CONFORMANCE_REPORT_DIR or reports/)')
    .option('--seed <n>', `seed of the generated data (default ${DEFAULT_SEED})`)
    .option('--runs <n>', 'fast-check runs per property (default 25)')
    .option('--parallel <n>', 'servers run at once (default 3)')
    .action(async (flags: FaultMatrixFlags) => {
      process.exitCode = await faultMatrixCommand(flags);
    });
}

async function faultMatrixCommand(flags: FaultMatrixFlags): Promise<number> {
  const seed = integer('--seed', flags.seed, DEFAULT_SEED, 0, 2 ** 31 - 1);
  const runs = integer('--runs', flags.runs, 25, 1, 10_000);
  const parallel = integer('--parallel', flags.parallel, 3, 1, 32);
  const reportDir = resolve(flags.reportDir ?? (process.env.CONFORMANCE_REPORT_DIR?.trim() || 'reports'));
  // The reference server and the scenarios load only now, so --help and bad flags stay quick.
  const proof = await import('../../proof/index.js');
  const filter = { specs: list(flags.spec), faults: list(flags.fault) };
  let total: number;
  try {
    total = proof.matrixCases(filter).length;
  } catch (error) {
    if (error instanceof proof.MatrixSelectionError) throw new UsageError(error.message);
    throw error;
  }
  console.error(`fault matrix: ${total} runs, seed ${seed}, ${runs} fast-check runs per property, ${parallel} at once`);
  let done = 0;
  const matrix = await proof.runFaultMatrix({
    ...filter, seed, runs, parallel,
    onRow: (row) => console.error(`[${++done}/${total}] ${proof.rowName(row)}: ${proof.verdictLabel(row)} (${row.durationMs} ms)`),
  });
  const jsonPath = await proof.writeFaultMatrixJson(reportDir, matrix);
  const htmlPath = join(reportDir, proof.FAULT_MATRIX_HTML_FILE);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(htmlPath, proof.renderFaultMatrixPage(matrix), 'utf8');

  const t = proof.matrixTotals(matrix.rows);
  const problems = proof.matrixProblems(matrix);
  console.log(formatTable(proof.TABLE_HEADERS, proof.faultMatrixTableRows(matrix.rows)));
  console.log(`\n${t.faultRows} fault × spec runs: ${t.detected} detected by MUST, ${t.shouldOnly} SHOULD only, ${t.missed} missed; ` +
    `${t.cleanRows} correct/benign runs, ${t.falseAlarms} with a false alarm; suite errors in ${t.suiteErrors}. ${(matrix.durationMs / 1000).toFixed(1)} s, seed ${seed}.`);
  for (const problem of problems) console.log(`PROBLEM ${problem}`);
  console.log(`wrote ${jsonPath}\nwrote ${htmlPath}`);
  return problems.length > 0 ? EXIT.mustFailed : EXIT.ok;
}

/** `--spec a,b --spec c` → [a, b, c]; undefined when the flag is absent. */
function list(values: string[] | undefined): string[] | undefined {
  return values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function integer(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || value < min || value > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}, not "${raw}"`);
  return value;
}

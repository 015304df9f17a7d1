/**
 * `users-conformance sweep results.json [--target URL] [--token T | --client-id ID --client-secret S]`:
 * deletes what a run left on its target, found by the run id in the file (for a run killed before its
 * own end-of-run sweep). Exit 0 when nothing is left, 1 when something could not be deleted, 2 usage.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { DEFAULT_RUN_OPTIONS } from '../../engine/target.js';
import { readResultsJson, type ResultsJson } from '../../report/index.js';
import { parseHeaders } from '../../config/headers.js';
import { envValue } from '../env-value.js';
import { probeTarget } from '../run/probe.js';
import { recordedBase, sweepRun } from '../sweep/sweep-run.js';
import { printable } from '../printable.js';
import { EXIT, UsageError } from '../usage-error.js';

interface SweepFlags {
  target?: string;
  token?: string;
  clientId?: string;
  clientSecret?: string;
  header?: string[];
}

export function registerSweepCommand(program: Command): void {
  program
    .command('sweep')
    .argument('<results.json>', 'the results.json of the run to clean up after (also a killed run\'s)')
    .option('--target <url>', 'the target, if not the recorded one (env TARGET_URL)')
    .option('--token <token>', 'admin bearer token (env TARGET_TOKEN)')
    .option('--client-id <id>', 'Run:ai application client id (env TARGET_CLIENT_ID)')
    .option('--client-secret <secret>', 'Run:ai application client secret (env TARGET_CLIENT_SECRET)')
    .option('--header <"Name: value">', 'extra request header for every request, as `run --header` (repeatable; env TARGET_HEADERS)', (value: string, previous?: string[]) => [...(previous ?? []), value])
    .description('delete what a run left on its target, by the run id (touches nothing else)')
    .addHelpText('after', `
Only users and groups whose email or name carries the run's id are deleted.
Example:
  users-conformance sweep reports/results.json --token "$TARGET_TOKEN"`)
    .action(async (path: string, flags: SweepFlags) => {
      process.exitCode = await sweep(await readResultsJson(resolve(path)), flags);
    });
}

async function sweep(results: ResultsJson, flags: SweepFlags): Promise<number> {
  const credentials = {
    adminToken: flags.token ?? envValue('TARGET_TOKEN'),
    clientId: flags.clientId ?? envValue('TARGET_CLIENT_ID'),
    clientSecret: flags.clientSecret ?? envValue('TARGET_CLIENT_SECRET'),
    ...withHeaders(parseHeaders(flags.header ? '--header' : 'TARGET_HEADERS', flags.header ? flags.header.join('\n') : envValue('TARGET_HEADERS'))),
  };
  if (!credentials.adminToken && !(credentials.clientId && credentials.clientSecret)) throw new UsageError('sweep needs admin credentials: --token (TARGET_TOKEN) or --client-id and --client-secret');
  const specs = results.specs.map((s) => s.id);
  const target = flags.target ?? envValue('TARGET_URL');
  if (!target && results.target.startsWith('embedded reference server')) throw new UsageError(`run ${results.runId} ran on embedded reference servers, which ended with it: nothing to sweep (or pass --target)`);
  if (specs.length !== 1) throw new UsageError(`run ${results.runId} covered ${specs.length} specs; a target implements one`);
  const baseUrl = target ?? recordedBase(results.config, specs[0]!);
  if (!baseUrl) throw new UsageError(`${results.runId}: the results name no target URL; pass --target`);
  await probeTarget(baseUrl, DEFAULT_RUN_OPTIONS.timeoutMs);
  const outcome = await sweepRun({ specId: specs[0]!, baseUrl, credentials, runId: results.runId, seed: results.seed, timeoutMs: DEFAULT_RUN_OPTIONS.timeoutMs });
  console.log(`swept run id ${results.runId} on ${baseUrl} (${specs[0]}): deleted ${outcome.deleted}, left over ${outcome.leftover.length}`);
  for (const left of outcome.leftover) console.log(printable(`  LEFT OVER  ${left.kind} ${left.id} (${left.label}): ${left.reason}`));
  return outcome.leftover.length > 0 ? EXIT.mustFailed : EXIT.ok;
}

function withHeaders(headers: Record<string, string> | undefined): { headers?: Record<string, string> } {
  return headers ? { headers } : {};
}

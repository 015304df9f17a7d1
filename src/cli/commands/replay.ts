/**
 * `users-conformance replay results.json [--check ID] [--target URL] [--token T]`: re-sends the
 * recorded requests of the run's failed checks (against the same target or another one) and says,
 * for each, FIXED / STILL FAILING (or CHANGED / UNCHANGED / NOT REPLAYED / NOT REPRODUCED, with why).
 * Only a replay that shows every failure FIXED exits 0: 1 when a check is still failing, 3 (as `run`
 * when it could not judge) when some failure was not shown fixed, 2 for a bad file or flag. Failed
 * checks without a recorded request are part of the replay, as NOT REPLAYED: leaving them out would
 * let a replay of the rest pass for them.
 */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { DEFAULT_RUN_OPTIONS } from '../../engine/target.js';
import { readResultsJson, type CheckRecord, type ResultsJson } from '../../report/index.js';
import { parseHeaders } from '../../config/headers.js';
import { envValue } from '../env-value.js';
import { rebaser, type ReplayCredentials } from '../replay/prepare-request.js';
import { replayRecord, type ReplayOutcome, type ReplayVerdict } from '../replay/replay.js';
import { probeTarget } from '../run/probe.js';
import { recordedBase, sweepRun } from '../sweep/sweep-run.js';
import { formatTable } from '../table.js';
import { EXIT, UsageError } from '../usage-error.js';

interface ReplayFlags {
  check?: string[];
  target?: string;
  token?: string;
  viewerToken?: string;
  timeoutMs?: string;
  header?: string[];
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .argument('<results.json>', 'a results.json written by `run`')
    .option('--check <ids...>', 'only these check ids (or id prefixes)')
    .option('--target <url>', 'send to this base URL instead of the recorded one (env TARGET_URL)')
    .option('--token <token>', 'admin token put where transcripts say [REDACTED:admin-token] (env TARGET_TOKEN)')
    .option('--viewer-token <token>', 'read-only token for [REDACTED:viewer-token] (env TARGET_VIEWER_TOKEN)')
    .option('--header <"Name: value">', 'extra request header for every request, as `run --header` (repeatable; env TARGET_HEADERS)', collect)
    .option('--timeout-ms <n>', 'per-request timeout in ms (default 10000)')
    .description('re-send the recorded requests of failed checks and say which are fixed')
    .addHelpText('after', `
Requests are sent as recorded, including creates and deletes: replay against test targets. Secrets
are not in reports; the credentials given here replace [REDACTED:admin-token] / [REDACTED:viewer-token]
(and TARGET_CLIENT_SECRET replaces [REDACTED:client-secret]). A request carrying any other redacted
secret (a created user's token, a temporary password, a session cookie) cannot be replayed; rerun
the suite for that check: users-conformance run --only <check> --seed <seed>.
Afterwards, users the replay created are removed by the run id (the same sweep a run ends with).

A check is shown fixed only by FIXED. CHANGED / UNCHANGED (the check judged more than the status),
NOT REPLAYED (no recorded request, or a secret the report does not keep) and NOT REPRODUCED (an
earlier request of its chain answered otherwise than in the run, so the state it was judged in was
not rebuilt) are not; the output lists them, each with the command that judges it again.

Exit codes: 0 every replayed failure is FIXED; 1 at least one check is STILL FAILING; 3 none still
fails, but some failure was not shown fixed; 2 bad file or flag.
Example:
  users-conformance replay reports/results.json --check status.documented --target http://localhost:8080 --token "$TARGET_TOKEN"`)
    .action(async (path: string, flags: ReplayFlags) => {
      process.exitCode = await replay(await readResultsJson(resolve(path)), flags);
    });
}

async function replay(results: ResultsJson, flags: ReplayFlags): Promise<number> {
  const records = selectRecords(results, flags.check);
  if (records.length === 0) {
    console.log('nothing to replay: the run has no failed or warned checks');
    if (results.verdict === 'no-verdict') console.log(`note: the run itself has no verdict: ${results.verdictReasons.map((r) => r.message).join('; ')}`);
    return EXIT.ok;
  }
  const timeoutMs = timeout(flags.timeoutMs);
  // Flags first (a bad --header is a usage error), then the target.
  const credentials: ReplayCredentials = {
    'admin-token': flags.token ?? envValue('TARGET_TOKEN'),
    'viewer-token': flags.viewerToken ?? envValue('TARGET_VIEWER_TOKEN'),
    'client-secret': envValue('TARGET_CLIENT_SECRET'),
    ...headerCredentials(flags.header),
  };
  const target = flags.target ?? envValue('TARGET_URL');
  if (target !== undefined) {
    checkUrl(target);
    await probeTarget(target, timeoutMs);
  }
  console.log(`replaying ${records.length} failed check(s) of run ${results.runId} (${results.spec}) against ${target ?? 'the recorded target'}`);
  const outcomes: ReplayOutcome[] = [];
  const cleanup = { deleted: 0, notes: new Set<string>() };
  for (const record of records) {
    const outcome = await replayRecord(record, { credentials, rebase: rebaser(recordedBase(results.config, record.spec), target), timeoutMs });
    outcomes.push(outcome);
    // Each check replays from a clean state: what its creates left would clash with the next (409).
    if (outcome.wrote) await sweep(results, record.spec, target, credentials, timeoutMs, cleanup);
  }
  console.log(formatTable(['result', 'check', 'spec', 'operation', 'detail'], outcomes.map((o) => [o.verdict, o.record.id, o.record.spec, o.record.operationId ?? '(flow-wide)', o.detail])));
  const count = (...verdicts: ReplayVerdict[]) => outcomes.filter((o) => verdicts.includes(o.verdict)).length;
  console.log(`${count('FIXED')} fixed, ${count('STILL FAILING')} still failing, ${count('CHANGED', 'UNCHANGED')} to judge by rerunning the suite, ${count('NOT REPLAYED')} not replayed, ${count('NOT REPRODUCED')} not reproduced`);
  if (outcomes.some((o) => o.wrote)) console.log(`cleanup: removed ${cleanup.deleted} resource(s) the replay created (run id ${results.runId})`);
  for (const note of cleanup.notes) console.log(`note: ${note}`);
  const code = replayExitCode(outcomes);
  const unjudged = outcomes.filter((o) => o.verdict !== 'FIXED' && o.verdict !== 'STILL FAILING');
  if (unjudged.length > 0) {
    console.log(`\nNot shown fixed (${unjudged.length} of ${outcomes.length}; only a replay that shows every failure FIXED exits 0): rerun the suite to judge ${unjudged.length === 1 ? 'it' : 'them'}:`);
    for (const o of unjudged) console.log(`  ${o.verdict}  ${o.record.id}  ${o.record.spec}  ${o.record.operationId ?? '(flow-wide)'}: users-conformance run --spec ${o.record.spec} --only ${o.record.id} --seed ${results.seed} (with the target and its credentials)`);
  }
  console.log(`exit ${code}: ${code === EXIT.ok ? 'every replayed failure is FIXED' : code === EXIT.mustFailed ? `${count('STILL FAILING')} still failing` : `${unjudged.length} failure(s) not shown fixed`}`);
  return code;
}

/** 0 when every outcome is FIXED; 1 when one is STILL FAILING; otherwise 3: not every failure was shown fixed. */
export function replayExitCode(outcomes: readonly Pick<ReplayOutcome, 'verdict'>[]): number {
  if (outcomes.some((o) => o.verdict === 'STILL FAILING')) return EXIT.mustFailed;
  return outcomes.every((o) => o.verdict === 'FIXED') ? EXIT.ok : EXIT.noVerdict;
}

/** The failed and warned checks, also those without a recorded request (they replay as NOT REPLAYED). */
function selectRecords(results: ResultsJson, checks: string[] | undefined): CheckRecord[] {
  const failed = results.checks.filter((c) => c.status === 'failed' || c.status === 'warned');
  if (!checks || checks.length === 0) return failed;
  const wanted = checks.flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
  const chosen = failed.filter((c) => wanted.some((w) => c.id === w || c.id.startsWith(`${w}.`)));
  if (chosen.length === 0) throw new UsageError(`--check ${wanted.join(' ')}: no failed check of that id in the results (failed: ${[...new Set(failed.map((c) => c.id))].join(', ') || 'none'})`);
  return chosen;
}

/** Removes what the replayed creates left, by the run id in their names (as the run's own sweep does). */
async function sweep(results: ResultsJson, specId: string, target: string | undefined, credentials: ReplayCredentials, timeoutMs: number, cleanup: { deleted: number; notes: Set<string> }): Promise<void> {
  const baseUrl = target ?? recordedBase(results.config, specId);
  if (!baseUrl || !credentials['admin-token']) {
    cleanup.notes.add(`the replay sent writes to ${specId}'s target; without ${baseUrl ? 'an admin token' : 'its base URL'} the resources carrying run id ${results.runId} were not removed`);
    return;
  }
  try {
    const headers = Object.fromEntries(Object.entries(credentials).filter(([key, value]) => key.startsWith('header-') && value !== undefined).map(([key, value]) => [key.slice('header-'.length), value as string]));
    const swept = await sweepRun({ specId, baseUrl, credentials: { adminToken: credentials['admin-token'], ...(Object.keys(headers).length > 0 ? { headers } : {}) }, runId: results.runId, seed: results.seed, timeoutMs });
    cleanup.deleted += swept.deleted;
    for (const left of swept.leftover) cleanup.notes.add(`left on the target: ${left.label} (${left.reason})`);
  } catch (error) {
    cleanup.notes.add(`could not clean up ${specId}'s target after the replay: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `--header` values (else TARGET_HEADERS) as the credentials that fill `[REDACTED:header-<name>]`. */
function headerCredentials(given: string[] | undefined): ReplayCredentials {
  const headers = parseHeaders(given ? '--header' : 'TARGET_HEADERS', given ? given.join('\n') : envValue('TARGET_HEADERS'));
  return Object.fromEntries(Object.entries(headers ?? {}).map(([name, value]) => [`header-${name}`, value]));
}

function collect(value: string, previous?: string[]): string[] {
  return [...(previous ?? []), value];
}

function timeout(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_RUN_OPTIONS.timeoutMs;
  if (!/^\d+$/.test(raw) || Number(raw) < 100 || Number(raw) > 600_000) throw new UsageError(`--timeout-ms must be an integer from 100 to 600000, got "${raw}"`);
  return Number(raw);
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--target is not a URL: "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError(`--target must be http(s), got "${parsed.protocol}"`);
}

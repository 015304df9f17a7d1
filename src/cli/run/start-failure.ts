/**
 * A run that cannot start (bad flags, unknown spec, unreachable target, refused credentials) still
 * writes results.json, junit.xml and index.html, with the error as the verdict (`no-verdict`), so a
 * CI job always finds a JUnit file to publish. The exit code stays the caller's (2).
 */
import { resolve } from 'node:path';
import { ConfigError } from '../../config/config-error.js';
import { resolveRunConfig, type RunConfig } from '../../config/run-config.js';
import { packageVersion } from '../../meta/package.js';
import { REDACTED, writeReport, type ReportFiles, type RunReport, type SpecSummary } from '../../report/index.js';
import { summarizeSpec } from '../../report/vitest/spec-summary.js';
import { BUILTIN_SPECS, SpecLoadError, type LoadedSpec } from '../../spec/index.js';
import { UsageError } from '../usage-error.js';
import { environmentFor, FLAG_ENVIRONMENT, type RunFlags } from './flags.js';
import { prepareReportDir } from './report-dir.js';

type Env = Record<string, string | undefined>;

/** What is known of the run when it failed: the later it failed, the more. */
export interface StartFailure {
  flags: RunFlags;
  env: Env;
  cwd: string;
  startedAt: Date;
  error: unknown;
  config?: RunConfig;
  specs?: LoadedSpec[];
}

/** The one line the CLI prints for the error (see main.ts), without the program name. */
export function startErrorMessage(error: unknown): string {
  if (error instanceof SpecLoadError) return `spec ${error.describe()}`;
  if (error instanceof UsageError || error instanceof ConfigError) return error.message;
  return `internal error: ${error instanceof Error ? error.message : String(error)}`;
}

/** Writes the report of a run that could not start; undefined when even that fails (e.g. the report folder is the problem). */
export async function writeStartFailureReport(failure: StartFailure): Promise<ReportFiles | undefined> {
  const env = environmentFor(failure.flags, failure.env);
  const config = failure.config ?? configOrUndefined(env);
  const reportDir = config?.reportDir ? resolve(failure.cwd, config.reportDir) : resolve(failure.cwd, env.CONFORMANCE_REPORT_DIR?.trim() || 'reports');
  try {
    // The same careful folder creation as a run's (a pseudo file system must fail, not hang).
    prepareReportDir(reportDir);
    return await writeReport(reportDir, startFailureReport(failure, env, config));
  } catch {
    return undefined;
  }
}

export function startFailureReport(failure: StartFailure, env: Env, config: RunConfig | undefined): RunReport {
  const finishedAt = new Date();
  const target = config?.targetUrl ?? env.TARGET_URL?.trim();
  return {
    tool: 'users-conformance',
    version: packageVersion(),
    target: target || 'embedded reference server',
    specs: failure.specs?.map(summarizeSpec) ?? specIds(env).map((id): SpecSummary => ({ id, title: id, version: '', operations: [] })),
    seed: config?.options.seed ?? 0,
    runId: config?.options.runId ?? 'none',
    startedAt: failure.startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: finishedAt.getTime() - failure.startedAt.getTime(),
    complete: true,
    config: { ...(target ? { target } : {}), specs: specIds(env), given: givenSettings(env) },
    catalogue: {},
    checks: [],
    coverage: {},
    cleanup: { created: 0, deleted: 0, leftover: [] },
    // Flags and the preflight name secrets by variable, never by value; the report's safety net runs too.
    startError: startErrorMessage(failure.error),
  };
}

function configOrUndefined(env: Env): RunConfig | undefined {
  try {
    return resolveRunConfig(env);
  } catch {
    return undefined;
  }
}

function specIds(env: Env): string[] {
  return env.CONFORMANCE_SPEC?.split(',').map((s) => s.trim()).filter(Boolean) ?? BUILTIN_SPECS.map((s) => s.id);
}

/** The settings given (flag or environment), secrets as `[REDACTED]`: what a reader needs to find the mistake. */
function givenSettings(env: Env): Record<string, string> {
  const secret = new Set(['TARGET_TOKEN', 'TARGET_VIEWER_TOKEN', 'TARGET_CLIENT_SECRET', 'TARGET_PASSWORD', 'TARGET_HEADERS']);
  const given: Record<string, string> = {};
  for (const { env: name } of FLAG_ENVIRONMENT) {
    const value = env[name]?.trim();
    if (value) given[name] = secret.has(name) ? REDACTED : value;
  }
  return given;
}

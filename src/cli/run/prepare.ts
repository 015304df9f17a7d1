/**
 * Everything `run` checks before it starts anything: flags → environment, the configuration as the
 * suites will read it, the specs (loaded, so a bad one fails here with one line), and `--only` ids.
 * Problems become a `UsageError` (exit 2) phrased in the flags the user typed.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CATALOGUE, systemOf, UnknownSystemError } from '../../systems/index.js';
import { ConfigError } from '../../config/config-error.js';
import { resolveRunConfig, type RunConfig } from '../../config/run-config.js';
import { BUILTIN_SPECS, findBuiltinSpec, loadSpec, type LoadedSpec } from '../../spec/index.js';
import { UsageError } from '../usage-error.js';
import { environmentFor, inFlagTerms, type RunFlags } from './flags.js';
import { prepareReportDir } from './report-dir.js';

type Env = Record<string, string | undefined>;

export interface PreparedRun {
  /** The full environment the suites run with (paths made absolute). */
  env: Env;
  /** The run configuration, resolved once (handed to the suites as is). */
  config: RunConfig;
  specs: LoadedSpec[];
}

/** A target needs the one spec it implements: from `--spec` or `CONFORMANCE_SPEC`. */
export function checkTargetHasSpec(flags: RunFlags, base: Env): void {
  if (flags.target !== undefined && !flags.spec && !base.CONFORMANCE_SPEC) {
    throw new UsageError('--target needs --spec <id>: the one spec the target implements (see `users-conformance specs`)');
  }
}

/** The run configuration of `env`, its mistakes phrased in the flags the user typed. */
export function resolveInFlagTerms(env: Env, flags: RunFlags): RunConfig {
  try {
    return resolveRunConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(inFlagTerms(error.message, flags));
    throw error;
  }
}

export async function prepareRun(flags: RunFlags, base: Env, cwd: string): Promise<PreparedRun> {
  checkTargetHasSpec(flags, base);
  const env = environmentFor(flags, base);
  // The suites run with the package folder as vitest's root: paths the user typed are relative to where they typed them.
  env.CONFORMANCE_REPORT_DIR = resolve(cwd, env.CONFORMANCE_REPORT_DIR?.trim() || 'reports');
  if (env.CONFORMANCE_SPEC?.trim()) env.CONFORMANCE_SPEC = env.CONFORMANCE_SPEC.split(',').map((s) => s.trim()).filter(Boolean).map((s) => specSource(s, cwd)).join(',');
  const config = resolveInFlagTerms(env, flags);
  if (flags.only?.every((id) => id.trim() === '')) throw new UsageError('--only needs at least one check id or prefix (see `users-conformance run --list`)');
  checkOnly(config.options.only ?? []);
  if (!flags.list) prepareReportDir(config.reportDir);
  const specs = await Promise.all(config.specIds.map((id) => loadSpec(id)));
  for (const spec of specs) {
    try {
      systemOf(spec);
    } catch (error) {
      if (error instanceof UnknownSystemError) throw new UsageError(error.message);
      throw error;
    }
  }
  checkOperations(config.options, specs, flags);
  return { env, config, specs };
}

/** Every `--operation` / `--skip-operation` id must be an operationId of a spec of the run. */
function checkOperations(options: Pick<RunConfig['options'], 'operations' | 'skipOperations'>, specs: readonly LoadedSpec[], flags: RunFlags): void {
  const known = new Set(specs.flatMap((spec) => [...spec.byId.keys()]));
  for (const [variable, ids] of [['CONFORMANCE_OPERATIONS', options.operations], ['CONFORMANCE_SKIP_OPERATIONS', options.skipOperations]] as const) {
    const unknown = (ids ?? []).filter((id) => !known.has(id));
    if (unknown.length === 0) continue;
    throw new UsageError(inFlagTerms(`${variable}: unknown operation id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}; valid: ${[...known].sort().join(', ')}`, flags));
  }
}

/** A built-in id as is; a URL as is; a file path made absolute, and an unknown name refused. */
function specSource(spec: string, cwd: string): string {
  if (findBuiltinSpec(spec) || /^https?:\/\//i.test(spec)) return spec;
  const path = isAbsolute(spec) ? spec : resolve(cwd, spec);
  if (!existsSync(path)) {
    throw new UsageError(`unknown spec "${spec}": not a built-in id (${BUILTIN_SPECS.map((s) => s.id).join(', ')}) and no such file`);
  }
  return path;
}

/** Every `--only` entry must name a check id or a prefix of ids (`auth` selects `auth.*`). */
function checkOnly(selected: readonly string[]): void {
  const ids = [...CATALOGUE.keys()];
  const unknown = selected.filter((s) => !ids.some((id) => id === s || id.startsWith(`${s}.`)));
  if (unknown.length > 0) {
    throw new UsageError(`--only: unknown check id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (see \`users-conformance run --list\`)`);
  }
}

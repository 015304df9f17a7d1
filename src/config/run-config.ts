/**
 * The run configuration, resolved once: from the environment (which the CLI's flags map to, see
 * `src/cli/run/flags.ts`) into one validated object with the run id and seed fixed. The CLI resolves
 * it and hands it to the suites through vitest's `provide`; `npm test` alone resolves it in the suites'
 * global setup. Nothing parses a variable twice.
 */
import { newRunId, resolveSeed } from '../generate/index.js';
import type { RunOptions, TargetCredentials } from '../engine/target.js';
import { configFromEnvironment } from './environment.js';
import type { Shard } from './shard.js';

export interface RunConfig {
  /** The server under test; undefined: the embedded reference servers. */
  targetUrl?: string;
  specIds: string[];
  credentials: TargetCredentials;
  /** Every option of the run, with its run id and seed. */
  options: RunOptions;
  reportDir: string;
  /** True when the caller already checked the target's setup (one authenticated read); the suites then do not repeat it. */
  preflighted?: boolean;
  /** This machine's share of the scenarios (`--shard i/n`); undefined: all of them. */
  shard?: Shard;
}

type Env = Record<string, string | undefined>;

/** Validates the environment (a ConfigError names the variable) and fixes the run id and seed. */
export function resolveRunConfig(env: Env = process.env): RunConfig {
  const parsed = configFromEnvironment(env);
  return {
    ...(parsed.targetUrl !== undefined ? { targetUrl: parsed.targetUrl } : {}),
    specIds: parsed.specIds,
    credentials: parsed.credentials,
    options: { ...parsed.options, runId: parsed.runId ?? newRunId(), seed: resolveSeed(parsed.seed) },
    reportDir: parsed.reportDir,
    ...(parsed.shard ? { shard: parsed.shard } : {}),
  };
}

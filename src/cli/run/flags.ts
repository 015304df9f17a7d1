/**
 * The `run` command's flags and the environment variables they stand for: the CLI hands its flags to
 * the vitest suites through the environment (`src/config/environment.ts` reads it), so every flag
 * has an environment equivalent and `TARGET_URL=… npm test` runs what `run --target …` runs.
 */
export interface RunFlags {
  target?: string;
  spec?: string;
  token?: string;
  viewerToken?: string;
  clientId?: string;
  clientSecret?: string;
  username?: string;
  password?: string;
  header?: string[];
  only?: string[];
  operation?: string[];
  skipOperation?: string[];
  maxFailures?: string;
  runs?: string;
  seed?: string;
  timeoutMs?: string;
  concurrency?: string;
  reportDir?: string;
  readOnly?: boolean;
  rateLimit?: string;
  baseline?: string;
  list?: boolean;
  shard?: string;
  /** A config file (`--config`); else users-conformance.config.json in the current directory. */
  config?: string;
  quiet?: boolean;
  /** `--color` true, `--no-color` false, neither undefined. */
  color?: boolean;
}

/** Flag (as typed) → environment variable, in `--help` order. */
export const FLAG_ENVIRONMENT: ReadonlyArray<{ flag: string; key: keyof RunFlags; env: string }> = [
  { flag: '--target', key: 'target', env: 'TARGET_URL' },
  { flag: '--spec', key: 'spec', env: 'CONFORMANCE_SPEC' },
  { flag: '--token', key: 'token', env: 'TARGET_TOKEN' },
  { flag: '--viewer-token', key: 'viewerToken', env: 'TARGET_VIEWER_TOKEN' },
  { flag: '--client-id', key: 'clientId', env: 'TARGET_CLIENT_ID' },
  { flag: '--client-secret', key: 'clientSecret', env: 'TARGET_CLIENT_SECRET' },
  { flag: '--username', key: 'username', env: 'TARGET_USERNAME' },
  { flag: '--password', key: 'password', env: 'TARGET_PASSWORD' },
  { flag: '--header', key: 'header', env: 'TARGET_HEADERS' },
  { flag: '--only', key: 'only', env: 'CONFORMANCE_ONLY' },
  { flag: '--operation', key: 'operation', env: 'CONFORMANCE_OPERATIONS' },
  { flag: '--skip-operation', key: 'skipOperation', env: 'CONFORMANCE_SKIP_OPERATIONS' },
  { flag: '--max-failures', key: 'maxFailures', env: 'CONFORMANCE_MAX_FAILURES' },
  { flag: '--runs', key: 'runs', env: 'CONFORMANCE_RUNS' },
  { flag: '--seed', key: 'seed', env: 'CONFORMANCE_SEED' },
  { flag: '--timeout-ms', key: 'timeoutMs', env: 'CONFORMANCE_TIMEOUT_MS' },
  { flag: '--concurrency', key: 'concurrency', env: 'CONFORMANCE_CONCURRENCY' },
  { flag: '--report-dir', key: 'reportDir', env: 'CONFORMANCE_REPORT_DIR' },
  { flag: '--read-only', key: 'readOnly', env: 'TARGET_READ_ONLY' },
  { flag: '--rate-limit', key: 'rateLimit', env: 'TARGET_RATE_LIMIT' },
  { flag: '--shard', key: 'shard', env: 'CONFORMANCE_SHARD' },
];

/**
 * Flags of the command line itself (not read by the suites), with their environment variables: in
 * `--help` and the README table after the suites' variables.
 */
export const CLI_FLAG_ENVIRONMENT: ReadonlyArray<{ flag: string; key: keyof RunFlags; env: string; meaning: string }> = [
  { flag: '--config', key: 'config', env: 'CONFORMANCE_CONFIG', meaning: 'settings file (JSON; schema: schemas/config.schema.json); default: users-conformance.config.json in the current directory, if any. Flags and environment variables win over it; it may not hold secrets' },
  { flag: '--quiet', key: 'quiet', env: 'CONFORMANCE_QUIET', meaning: '1/true: print only the verdict and the failures (no progress, table, warnings or paths)' },
  { flag: '--color / --no-color', key: 'color', env: 'FORCE_COLOR / NO_COLOR', meaning: 'colour the terminal output or not; default: only on a terminal. NO_COLOR (any value) turns it off, FORCE_COLOR (not 0) on; the flags win' },
];

type Env = Record<string, string | undefined>;

/** The environment for the suites: `base` with every given flag written over its variable. */
export function environmentFor(flags: RunFlags, base: Env): Env {
  const env: Env = { ...base };
  for (const { key, env: name } of FLAG_ENVIRONMENT) {
    const value = flags[key];
    if (value === undefined || value === false) continue;
    // Header values may hold commas: one header per line.
    if (key === 'header' && Array.isArray(value)) env[name] = value.join('\n');
    else env[name] = Array.isArray(value) ? value.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean).join(',') : value === true ? 'true' : value;
  }
  return env;
}

/**
 * Rewrites a configuration message in terms of flags: a variable the user set with a flag becomes
 * that flag ("CONFORMANCE_RUNS must be…" → "--runs must be…"); any other gets its flag in front
 * ("--client-secret (TARGET_CLIENT_SECRET)"), since it may have come from either.
 */
export function inFlagTerms(message: string, flags: RunFlags): string {
  let out = message;
  for (const { flag, key, env } of FLAG_ENVIRONMENT) {
    out = out.replace(new RegExp(`\\b${env}\\b`, 'g'), flags[key] !== undefined ? flag : `${flag} (${env})`);
  }
  return out;
}

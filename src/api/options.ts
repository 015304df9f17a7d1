/**
 * The options of `runConformance` and of the vitest project factory: the `run` command's flags as
 * typed values. They become the same flags, so they are validated by the same code with the same
 * messages (which name the flag: `--runs must be…`).
 */
import type { RunFlags } from '../cli/run/flags.js';

export interface ConformanceOptions {
  /** Base URL of the server under test; without it, the embedded reference server of each spec. */
  target?: string;
  /** Built-in spec id(s) (`runai-2.24`, `lenses-hq`…) or OpenAPI file paths; one with `target`. Default: all built-in specs. */
  spec?: string | readonly string[];
  /** Admin bearer token. */
  token?: string;
  /** Read-only bearer token (viewer checks are skipped without it). */
  viewerToken?: string;
  /** Run:ai application credentials (an admin token is minted from them). */
  clientId?: string;
  clientSecret?: string;
  /** A login for session checks (Lenses). */
  username?: string;
  password?: string;
  /** Extra request headers sent with every request, `Name: value` each (values are kept out of reports). */
  header?: readonly string[];
  /** Only these check ids or id prefixes. */
  only?: readonly string[];
  /** Only results on these operationIds count (flow-wide results always do). */
  operation?: readonly string[];
  /** Results on these operationIds are disabled. */
  skipOperation?: readonly string[];
  /** Stop starting scenarios after this many failed scenarios (the run is then incomplete). */
  maxFailures?: number;
  /** fast-check runs per property (default 25). */
  runs?: number;
  /** Seed of the generated data (the same seed replays the same run). */
  seed?: number;
  /** Per-request timeout in ms (default 10000). */
  timeoutMs?: number;
  /** Parallel requests where flows allow them (default 8). */
  concurrency?: number;
  /** Where results.json, index.html and junit.xml go (default `reports/`, relative to the working directory). */
  reportDir?: string;
  /** Only GET and login requests; checks that write are disabled. */
  readOnly?: boolean;
  /** At most this many requests per second, e.g. `20/s` or 20. */
  rateLimit?: string | number;
  /** Known failures (a baseline file): reported, not gating. */
  baseline?: string;
}

/** The options as the `run` command's flags. */
export function toRunFlags(options: ConformanceOptions): RunFlags {
  const text = (value: number | string | undefined) => (value === undefined ? undefined : String(value));
  const flags: RunFlags = {
    target: options.target,
    spec: options.spec === undefined ? undefined : [options.spec].flat().join(','),
    token: options.token,
    viewerToken: options.viewerToken,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    username: options.username,
    password: options.password,
    header: options.header === undefined ? undefined : [...options.header],
    only: options.only === undefined ? undefined : [...options.only],
    operation: options.operation === undefined ? undefined : [...options.operation],
    skipOperation: options.skipOperation === undefined ? undefined : [...options.skipOperation],
    maxFailures: text(options.maxFailures),
    runs: text(options.runs),
    seed: text(options.seed),
    timeoutMs: text(options.timeoutMs),
    concurrency: text(options.concurrency),
    reportDir: options.reportDir,
    readOnly: options.readOnly,
    rateLimit: typeof options.rateLimit === 'number' ? `${options.rateLimit}/s` : options.rateLimit,
    baseline: options.baseline,
  };
  return Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined)) as RunFlags;
}

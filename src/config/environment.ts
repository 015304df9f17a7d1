/**
 * The run configuration from environment variables: how `npm test` is pointed at a target, and how
 * the CLI hands its flags to the vitest suites (every flag has an environment equivalent).
 * Values are validated here, once, with messages that name the variable.
 */
import { BUILTIN_SPECS } from '../spec/index.js';
import { DEFAULT_RUN_OPTIONS, type RunOptions, type TargetCredentials } from '../engine/target.js';
import { ConfigError } from './config-error.js';
import { parseHeaders } from './headers.js';
import { parseShard, type Shard } from './shard.js';

/** Every variable the suites read, with what it means (for `--help` and the README). */
export const ENVIRONMENT_VARIABLES: Readonly<Record<string, string>> = {
  TARGET_URL: 'base URL of the server under test; unset = the embedded reference server',
  CONFORMANCE_SPEC: 'spec id or path (comma-separated ids allowed); unset = all four built-in specs',
  TARGET_TOKEN: 'admin bearer token',
  TARGET_VIEWER_TOKEN: 'read-only bearer token (viewer checks are skipped without it)',
  TARGET_CLIENT_ID: 'Run:ai application client id (an admin token is minted from it)',
  TARGET_CLIENT_SECRET: 'Run:ai application client secret',
  TARGET_USERNAME: 'a login for session checks (Lenses POST /api/v1/login)',
  TARGET_PASSWORD: 'the password of TARGET_USERNAME',
  TARGET_HEADERS: 'extra request headers, one "Name: value" per line, sent with every request (values are secrets)',
  TARGET_READ_ONLY: '1/true: send only GET and login requests; write checks are disabled',
  TARGET_RATE_LIMIT: 'requests per second, e.g. 20',
  CONFORMANCE_SEED: 'fast-check seed (replays a run exactly)',
  CONFORMANCE_RUNS: 'fast-check runs per property (default 25)',
  CONFORMANCE_ONLY: 'comma-separated check ids (or id prefixes such as "auth") to run',
  CONFORMANCE_OPERATIONS: 'comma-separated operationIds: results on other operations are disabled (flow-wide results stay)',
  CONFORMANCE_SKIP_OPERATIONS: 'comma-separated operationIds whose results are disabled',
  CONFORMANCE_MAX_FAILURES: 'stop starting scenarios after this many failed scenarios (vitest bail; `users-conformance run` only): the run is then incomplete',
  CONFORMANCE_TIMEOUT_MS: 'per-request timeout in ms (default 10000)',
  CONFORMANCE_CONCURRENCY: 'parallel requests where flows allow them (default 8)',
  CONFORMANCE_EMAIL_DOMAIN: 'domain of generated emails (default example.com; at most 74 characters)',
  CONFORMANCE_REPORT_DIR: 'where results.json, junit.xml and index.html are written (default reports/)',
  CONFORMANCE_RUN_ID: 'run id carried by created resources (default: random)',
  CONFORMANCE_SHARD: 'i/n: run the i-th of n even shares of the scenarios (one per CI machine, same seed); merge them with `users-conformance report --merge`',
};

export interface EnvironmentConfig {
  targetUrl?: string;
  specIds: string[];
  credentials: TargetCredentials;
  options: Omit<RunOptions, 'runId' | 'seed'>;
  seed?: number;
  runId?: string;
  reportDir: string;
  shard?: Shard;
}

type Env = Record<string, string | undefined>;

export function configFromEnvironment(env: Env = process.env): EnvironmentConfig {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === '' ? undefined : raw;
  };
  const targetUrl = value('TARGET_URL');
  if (targetUrl !== undefined) checkUrl(targetUrl);
  const specIds = value('CONFORMANCE_SPEC')?.split(',').map((s) => s.trim()).filter(Boolean) ?? BUILTIN_SPECS.map((s) => s.id);
  if (targetUrl !== undefined && specIds.length !== 1) {
    throw new ConfigError('TARGET_URL is set: choose the one spec it implements with CONFORMANCE_SPEC (e.g. runai-2.24)');
  }
  const runId = value('CONFORMANCE_RUN_ID');
  if (runId !== undefined && !/^[a-z][a-z0-9]{7}$/.test(runId)) throw new ConfigError(`CONFORMANCE_RUN_ID must be 8 lowercase letters/digits starting with a letter, got "${runId}"`);
  const clientId = value('TARGET_CLIENT_ID');
  const clientSecret = value('TARGET_CLIENT_SECRET');
  if (Boolean(clientId) !== Boolean(clientSecret)) throw new ConfigError('TARGET_CLIENT_ID and TARGET_CLIENT_SECRET go together: set both or neither');
  const rate = value('TARGET_RATE_LIMIT');
  const headers = parseHeaders('TARGET_HEADERS', value('TARGET_HEADERS'));
  return {
    targetUrl,
    specIds,
    credentials: {
      adminToken: value('TARGET_TOKEN'),
      viewerToken: value('TARGET_VIEWER_TOKEN'),
      clientId,
      clientSecret,
      username: value('TARGET_USERNAME'),
      password: value('TARGET_PASSWORD'),
      ...(headers ? { headers } : {}),
    },
    options: {
      readOnly: flag('TARGET_READ_ONLY', value('TARGET_READ_ONLY')),
      runs: integer('CONFORMANCE_RUNS', value('CONFORMANCE_RUNS'), DEFAULT_RUN_OPTIONS.runs, 1, 10_000),
      concurrency: integer('CONFORMANCE_CONCURRENCY', value('CONFORMANCE_CONCURRENCY'), DEFAULT_RUN_OPTIONS.concurrency, 1, 256),
      timeoutMs: integer('CONFORMANCE_TIMEOUT_MS', value('CONFORMANCE_TIMEOUT_MS'), DEFAULT_RUN_OPTIONS.timeoutMs, 100, 600_000),
      rateLimitPerSecond: rate === undefined ? undefined : positiveNumber('TARGET_RATE_LIMIT', rate.replace(/\/s$/, '')),
      only: list(value('CONFORMANCE_ONLY')),
      operations: list(value('CONFORMANCE_OPERATIONS')),
      skipOperations: list(value('CONFORMANCE_SKIP_OPERATIONS')),
      ...(value('CONFORMANCE_MAX_FAILURES') !== undefined ? { maxFailures: integer('CONFORMANCE_MAX_FAILURES', value('CONFORMANCE_MAX_FAILURES'), 0, 1, 1_000_000) } : {}),
      emailDomain: domain(value('CONFORMANCE_EMAIL_DOMAIN') ?? DEFAULT_RUN_OPTIONS.emailDomain),
    },
    seed: value('CONFORMANCE_SEED') === undefined ? undefined : integer('CONFORMANCE_SEED', value('CONFORMANCE_SEED'), 0, -(2 ** 31), 2 ** 31 - 1),
    runId,
    reportDir: value('CONFORMANCE_REPORT_DIR') ?? 'reports',
    ...(value('CONFORMANCE_SHARD') !== undefined ? { shard: parseShard('CONFORMANCE_SHARD', value('CONFORMANCE_SHARD')) } : {}),
  };
}

function list(raw: string | undefined): string[] | undefined {
  return raw?.split(',').map((s) => s.trim()).filter(Boolean);
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`TARGET_URL is not a URL: "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new ConfigError(`TARGET_URL must be http(s), got "${parsed.protocol}"`);
}

function flag(name: string, raw: string | undefined): boolean {
  if (raw === undefined) return false;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^-?\d+$/.test(raw)) throw new ConfigError(`${name} must be an integer, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function positiveNumber(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new ConfigError(`${name} must be a positive number (requests per second), got "${raw}"`);
  return n;
}

/**
 * The longest the email domain may be: the suites' longest address is a Lenses user name,
 * `uc-<run id>-<n>+o'hara@` (26 characters) and the domain, and Lenses names stop at 100 characters.
 * A longer domain would have a correct server refuse values the suite takes for valid.
 */
export const MAX_EMAIL_DOMAIN_LENGTH = 100 - "uc-abcdefgh-123456+o'hara@".length;

function domain(raw: string): string {
  const name = 'CONFORMANCE_EMAIL_DOMAIN';
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(raw) || raw.split('.').some((label) => label.length > 63)) {
    throw new ConfigError(`${name} is not a domain name: "${raw}"`);
  }
  if (raw.length > MAX_EMAIL_DOMAIN_LENGTH) {
    throw new ConfigError(`${name} is ${raw.length} characters long, at most ${MAX_EMAIL_DOMAIN_LENGTH}: the addresses built on it must fit the specs' name and email limits`);
  }
  return raw.toLowerCase();
}

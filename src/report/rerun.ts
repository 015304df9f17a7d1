/**
 * The command that reruns one check against the same target, spec and seed, built from what the
 * report records (its configuration has no secret: credentials appear as environment variable
 * references, `"$TARGET_TOKEN"`, that the user exports as for the original run). `--only` selects
 * the check and `--operation` its operation (a flow-wide result keeps every operation); the seed
 * regenerates the same data.
 */
import { shellQuote } from '../http/index.js';
import type { CheckRecord, RunReport } from './types.js';

/** Credential given in the run → its flag and what stands for its value (a variable for secrets). */
const CREDENTIAL_FLAGS: ReadonlyArray<{ key: string; flag: string; variable?: string }> = [
  { key: 'adminToken', flag: '--token', variable: 'TARGET_TOKEN' },
  { key: 'viewerToken', flag: '--viewer-token', variable: 'TARGET_VIEWER_TOKEN' },
  { key: 'clientId', flag: '--client-id' },
  { key: 'clientSecret', flag: '--client-secret', variable: 'TARGET_CLIENT_SECRET' },
  { key: 'username', flag: '--username' },
  { key: 'password', flag: '--password', variable: 'TARGET_PASSWORD' },
];

/** A suite error stands for a whole scenario: its rerun is the spec's, not one check's. */
const SCENARIO_ERROR = 'scenario.completed';

interface RecordedTarget {
  spec?: string;
  baseUrl?: string;
  auth?: unknown;
}

export function rerunCommand(report: Pick<RunReport, 'seed' | 'config' | 'target'>, record: Pick<CheckRecord, 'id' | 'spec'> & Partial<Pick<CheckRecord, 'operationId'>>): string {
  const config = report.config as { embedded?: boolean; targets?: RecordedTarget[]; options?: Record<string, unknown> };
  const target = config.embedded === false ? config.targets?.find((t) => t.spec === record.spec) : recordedBefore(config, report.target);
  const options = config.options ?? {};
  const env = typeof options.emailDomain === 'string' && options.emailDomain !== 'example.com' ? [`CONFORMANCE_EMAIL_DOMAIN=${shellQuote(options.emailDomain)}`] : [];
  const words = ['npx', 'users-conformance', 'run'];
  if (target?.baseUrl) words.push('--target', shellQuote(target.baseUrl));
  words.push('--spec', shellQuote(record.spec));
  if (target?.auth && typeof target.auth === 'object') {
    const given = target.auth as Record<string, unknown>;
    for (const { key, flag, variable } of CREDENTIAL_FLAGS) {
      const value = given[key];
      if (typeof value !== 'string') continue;
      words.push(flag, variable ? `"$${variable}"` : shellQuote(value));
    }
  }
  // Extra headers (a gateway key) are secrets: one variable holds them, one per line, as for the run.
  if (target?.auth && typeof (target.auth as Record<string, unknown>).headers === 'string') words.push('--header', '"$TARGET_HEADERS"');
  if (record.id !== SCENARIO_ERROR) words.push('--only', shellQuote(record.id));
  if (record.id !== SCENARIO_ERROR && record.operationId) words.push('--operation', shellQuote(record.operationId));
  words.push('--seed', String(report.seed));
  if (typeof options.runs === 'number') words.push('--runs', String(options.runs));
  if (options.readOnly === true) words.push('--read-only');
  if (typeof options.rateLimitPerSecond === 'number') words.push('--rate-limit', String(options.rateLimitPerSecond));
  return [...env, ...words].join(' ');
}

/** Results written before the configuration listed targets: the target URL, with the usual admin token. */
function recordedBefore(config: { embedded?: boolean }, target: string): RecordedTarget | undefined {
  if (config.embedded !== undefined || !/^https?:\/\//.test(target)) return undefined;
  return { baseUrl: target, auth: { adminToken: 'given' } };
}

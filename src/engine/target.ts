/**
 * Where a run points and as whom. Built from CLI flags or the environment (see `suites/` and
 * `src/cli`); secrets stay inside this object and the HTTP client, never in results.
 */
export interface TargetCredentials {
  /** Admin bearer token (`TARGET_TOKEN`). */
  adminToken?: string;
  /** Read-only bearer token (`TARGET_VIEWER_TOKEN`); viewer checks are skipped without it. */
  viewerToken?: string;
  /** Run:ai application credentials (`TARGET_CLIENT_ID` / `TARGET_CLIENT_SECRET`): an admin token is minted from them. */
  clientId?: string;
  clientSecret?: string;
  /** A login the suite may use for session checks (Lenses `POST /api/v1/login`): `TARGET_USERNAME` / `TARGET_PASSWORD`. */
  username?: string;
  password?: string;
  /** Extra headers sent with every request (`TARGET_HEADERS`), lower-cased name → value; the values are secrets. */
  headers?: Readonly<Record<string, string>>;
}

export interface TargetConfig {
  /** Spec id (built-in) or path the target is checked against. */
  specId: string;
  baseUrl: string;
  /** How reports name the target, e.g. `embedded reference server (http://127.0.0.1:4312)`. */
  label: string;
  credentials: TargetCredentials;
}

export interface RunOptions {
  /** Lowercase run id carried by every resource the run creates. */
  runId: string;
  /** fast-check seed of the run. */
  seed: number;
  /** Check ids to run (`--only`); all when undefined. */
  only?: readonly string[];
  /** Operation ids whose results count (`--operation`); all when undefined. Flow-wide results always count. */
  operations?: readonly string[];
  /** Operation ids whose results are disabled (`--skip-operation`). */
  skipOperations?: readonly string[];
  /**
   * Stop starting scenarios after this many failed ones (`--max-failures`; vitest's bail, so it counts
   * failed scenarios, not checks). The run is then incomplete.
   */
  maxFailures?: number;
  /** Send only safe requests (GET and login); write checks are disabled. */
  readOnly: boolean;
  /** fast-check runs per property (generated bodies, model-based sequences). */
  runs: number;
  /** Parallel requests where a flow allows them. */
  concurrency: number;
  timeoutMs: number;
  rateLimitPerSecond?: number;
  /** Domain of generated emails. */
  emailDomain: string;
}

export const DEFAULT_RUN_OPTIONS: Omit<RunOptions, 'runId' | 'seed'> = {
  readOnly: false,
  runs: 25,
  concurrency: 8,
  timeoutMs: 10_000,
  emailDomain: 'example.com',
};

/**
 * What the suites' global setup hands to the workers and the reporter (vitest `provide('conformance')`):
 * the run id, seed, options and resolved targets. Credentials are in it; they stay in memory.
 */
export interface ConformanceRunContext {
  runId: string;
  seed: number;
  options: RunOptions;
  targets: TargetConfig[];
  /** True when the targets are embedded reference servers started by global setup. */
  embedded: boolean;
  reportDir: string;
  /**
   * True in a `conformance()` project of someone else's vitest config, where no reporter of ours is
   * registered: the worker hands its outcomes to global setup's teardown, which writes the report.
   */
  reportInSetup?: boolean;
}

/**
 * The flow context: how scenarios talk to the target and record verdicts. Every response a scenario
 * receives goes through the response checks; every verdict is folded per (check, operation).
 */
import { definitionOf } from '../checks/catalogue/index.js';
import { responseChecksFor } from '../checks/response/index.js';
import type { CheckStatus, Reproduction } from '../checks/types.js';
import type { Verdict } from '../checks/verdict.js';
import { uniqueEmail, uniqueName, type GenerationContext } from '../generate/index.js';
import { expandPath, isSecretKey, serializeQuery, toCurl } from '../http/index.js';
import type { AuthChoice, HttpClient, HttpResponse } from '../http/types.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import type { Aggregator } from '././aggregate.js';
import { checkDisabledReason } from '././plan.js';
import type { ResourceTracker } from '././resources.js';
import type { RunOptions, TargetConfig } from '././target.js';

export interface CallInput {
  pathParams?: Record<string, string>;
  /** Typed query values, serialised by each parameter's style/explode. */
  query?: Record<string, unknown>;
  json?: unknown;
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Default: the admin credentials. */
  auth?: AuthChoice;
}

export interface FlowContext {
  readonly spec: LoadedSpec;
  readonly target: TargetConfig;
  readonly options: RunOptions;
  readonly scenario: string;
  readonly http: HttpClient;
  readonly resources: ResourceTracker;
  /** Generation context for src/generate (run id, email domain, unique fields). */
  generation(unique?: GenerationContext['unique']): GenerationContext;
  /** The operation with this id; throws when the spec lacks it (a scenario bug → `error`). */
  op(operationId: string): Operation;
  hasOperation(operationId: string): boolean;
  /** Sends a request for an operation. Every response goes through the response checks. */
  call(operationId: string, input?: CallInput): Promise<HttpResponse>;
  /**
   * Records one verdict about an operation. `evidence` is the reproduction: a check that judges state
   * names first the exchanges that set that state up (the create, earlier changes), in the order they
   * were sent, so its curl commands rebuild it. `generated` adds a fast-check replay (path, shrunk
   * counterexample) to a failure's reproduction.
   */
  check(id: string, operationId: string, verdict: Verdict | (() => Verdict), evidence?: readonly HttpResponse[], generated?: GeneratedEvidence): CheckStatus;
  /** Records that a check did not run, and why, on the operation it would have been recorded on. */
  skip(id: string, operationId: string, reason: string): void;
  /** False when configuration (`--only`, `--read-only`) turns the check off. */
  isEnabled(id: string): boolean;
  /** True when a read-only (viewer) token is configured. */
  readonly hasViewer: boolean;
  /** A fresh email / name carrying the run id, unique across scenarios of the run. */
  uniqueEmail(): string;
  uniqueName(): string;
  /**
   * Every email and name this scenario generates starts with this (`uc-<runid>-<slot>`), so a
   * `contains` filter on it finds exactly this scenario's resources, even with others running.
   */
  readonly scenarioPrefix: string;
}

/** How a generated input that broke a check replays: fast-check's path and the (shrunk) value. */
export interface GeneratedEvidence {
  path?: string;
  counterexample?: unknown;
}

export interface ContextParts {
  spec: LoadedSpec;
  target: TargetConfig;
  options: RunOptions;
  scenario: string;
  /** 10..99, distinct per scenario in a run, so generated names never collide across parallel scenarios. */
  slot: number;
  http: HttpClient;
  resources: ResourceTracker;
  aggregator: Aggregator;
  coverage: Map<string, Set<number>>;
}

/** Runs a check function; an exception becomes a verdict the recorder reports as a suite error. */
function safely(fn: () => Verdict): Verdict | (() => Verdict) {
  try {
    return fn();
  } catch (error) {
    return () => {
      throw error;
    };
  }
}

export function createFlowContext(parts: ContextParts): FlowContext {
  const { spec, target, options, http, aggregator, coverage } = parts;
  const responseChecks = responseChecksFor(spec);
  if (!Number.isInteger(parts.slot) || parts.slot < 10 || parts.slot > 99) throw new Error(`scenario slot must be 10..99, got ${parts.slot}`);
  let counter = 0;
  // Six digits, the first two the slot: `uc-<runid>-12` matches this scenario's names and no other's.
  const nextN = () => {
    if (++counter > 9999) throw new Error('a scenario created more than 9,999 resources');
    return parts.slot * 10_000 + counter;
  };

  const isEnabled = (id: string): boolean => checkDisabledReason(id, options) === undefined;

  const reproduction = (evidence: readonly HttpResponse[], generated?: GeneratedEvidence): Reproduction => {
    // A setup step a check also names as its own evidence is replayed once.
    const exchanges = [...new Set(evidence.map((r) => r.exchange))];
    return {
      exchanges,
      curl: exchanges.map((exchange) => toCurl(exchange.request)),
      seed: options.seed,
      ...(generated?.path !== undefined ? { path: generated.path } : {}),
      ...(generated && 'counterexample' in generated ? { counterexample: redactValue(http, generated.counterexample) } : {}),
    };
  };

  const record = (id: string, operationId: string, verdict: Verdict | (() => Verdict), evidence: readonly HttpResponse[], generated?: GeneratedEvidence): CheckStatus => {
    const definition = definitionOf(id);
    const off = checkDisabledReason(id, options);
    if (off) {
      aggregator.add(definition, operationId, { status: 'disabled', message: off });
      return 'disabled';
    }
    let outcome: Verdict;
    try {
      outcome = typeof verdict === 'function' ? verdict() : verdict;
    } catch (error) {
      const message = `suite error in check ${id}: ${error instanceof Error ? error.message : String(error)}`;
      aggregator.add(definition, operationId, { status: 'error', message, reproduction: reproduction(evidence) });
      return 'error';
    }
    if (outcome.outcome === 'pass') {
      aggregator.add(definition, operationId, { status: 'passed', message: `${operationId ?? id}: ok` });
      return 'passed';
    }
    if (outcome.outcome === 'skip') {
      aggregator.add(definition, operationId, { status: 'skipped', message: outcome.reason });
      return 'skipped';
    }
    const missing = unimplementedAuxiliary(spec, evidence);
    if (missing) {
      aggregator.add(definition, operationId, { status: 'skipped', message: missing });
      return 'skipped';
    }
    const cap = definition.level === 'MUST' ? outcome.cap ?? auxiliaryCap(spec, operationId) : undefined;
    const status = definition.level === 'MUST' && !cap ? 'failed' : 'warned';
    const level = cap ? { level: 'SHOULD' as const, levelNote: cap } : {};
    aggregator.add(definition, operationId, { status, message: http.redact(outcome.message), expected: outcome.expected, actual: outcome.actual, reproduction: reproduction(evidence, generated), ...level });
    return status;
  };

  const context: FlowContext = {
    spec,
    target,
    options,
    scenario: parts.scenario,
    http,
    resources: parts.resources,
    hasViewer: Boolean(target.credentials.viewerToken),
    generation: (unique) => ({ spec, runId: options.runId, emailDomain: options.emailDomain, unique }),
    op(operationId) {
      const operation = spec.byId.get(operationId);
      if (!operation) throw blame(new Error(`spec ${spec.id} has no operation "${operationId}"`), operationId);
      return operation;
    },
    hasOperation: (operationId) => spec.byId.has(operationId),
    call: (operationId, input = {}) => call(operationId, input).catch((error: unknown) => {
      throw blame(error, operationId);
    }),
    check: (id, operationId, verdict, evidence = [], generated) => record(id, operationId, verdict, evidence, generated),
    skip(id, operationId, reason) {
      record(id, operationId, { outcome: 'skip', reason }, []);
    },
    isEnabled,
    scenarioPrefix: `uc-${options.runId}-${parts.slot}`,
    uniqueEmail: () => uniqueEmail(options.runId, nextN(), options.emailDomain),
    uniqueName: () => uniqueName(options.runId, nextN()),
  };

  /** Builds the request from the spec, sends it, and runs the response checks on what came back. */
  async function call(operationId: string, input: CallInput): Promise<HttpResponse> {
    const operation = context.op(operationId);
    const queryParams = operation.parameters.filter((p) => p.in === 'query');
    const response = await http.send({
      method: operation.method.toUpperCase(),
      path: expandPath(operation.path, input.pathParams ?? {}),
      query: input.query ? serializeQuery(queryParams, input.query) : undefined,
      headers: input.headers,
      json: input.json,
      rawBody: input.rawBody,
      contentType: input.contentType,
      auth: input.auth ?? { kind: 'admin' },
      operationId,
    });
    if (response.status !== undefined) {
      let seen = coverage.get(operationId);
      if (!seen) coverage.set(operationId, (seen = new Set()));
      seen.add(response.status);
    }
    for (const { id, check } of responseChecks) {
      // A response check that does not apply to this response (no body documented, not an error…)
      // says nothing about the target: it is not recorded at all.
      const verdict = safely(() => check({ spec, operation, response }));
      if (typeof verdict === 'function' || verdict.outcome !== 'skip') record(id, operationId, verdict, [response]);
    }
    return response;
  }
  return context;
}

/**
 * Why a failure on this operation counts only as SHOULD: it is auxiliary (a login or a fixture helper
 * outside the seed), which the suite uses but does not certify.
 */
function auxiliaryCap(spec: LoadedSpec, operationId: string): string | undefined {
  const role = spec.byId.get(operationId)?.auxiliary;
  return role ? `${operationId} is an auxiliary ${role} operation outside the seed: the suite uses it, it does not certify it` : undefined;
}

/**
 * A failure whose evidence includes an auxiliary operation the server does not implement (405 or 501,
 * or 404 where the operation addresses no resource) says nothing about the contract: the check needed
 * a tool the server does not offer, so it is skipped with that reason.
 */
function unimplementedAuxiliary(spec: LoadedSpec, evidence: readonly HttpResponse[]): string | undefined {
  for (const response of evidence) {
    const operation = response.exchange.operationId === undefined ? undefined : spec.byId.get(response.exchange.operationId);
    if (!operation?.auxiliary || response.status === undefined) continue;
    const addressesNothing = !operation.parameters.some((p) => p.in === 'path');
    if (response.status === 405 || response.status === 501 || (response.status === 404 && addressesNothing)) {
      return `needs ${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}), an auxiliary operation outside the seed, which the server does not implement (answered ${response.status})`;
    }
  }
  return undefined;
}

/** The operation a suite error came from, when it was thrown while calling it (see {@link operationOfError}). */
const erroredOperations = new WeakMap<object, string>();

/** Remembers that `error` came from calling `operationId` (the first operation named wins); returns it, as an object. */
function blame(error: unknown, operationId: string): object {
  const thrown = typeof error === 'object' && error !== null ? error : new Error(String(error));
  if (!erroredOperations.has(thrown)) erroredOperations.set(thrown, operationId);
  return thrown;
}

/**
 * The operation that was being called when `error` was thrown (building or sending its request, or
 * looking it up in the spec); undefined when the error came from elsewhere in the scenario.
 */
export function operationOfError(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? erroredOperations.get(error) : undefined;
}

/**
 * A generated value as a report may show it: registered secrets replaced, and strings under secret
 * keys (`password`, `newPassword`…) hidden, keeping only their length (what a length defect needs).
 */
function redactValue(http: HttpClient, value: unknown): unknown {
  if (value === undefined) return undefined;
  const hidden = JSON.stringify(value, (key, inner: unknown) => (key !== '' && isSecretKey(key) && typeof inner === 'string' ? `[REDACTED:${key}, ${inner.length} characters]` : inner));
  const text = http.redact(hidden);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The flow context: how scenarios talk to the target and record verdicts. Every response a scenario
 * receives goes through the response checks; every verdict is folded per (check, operation).
 */
import type { AnyCheck } from '../checks/index.js';
import { RESPONSE_CHECKS, type ResponseCheck } from '../checks/response/index.js';
import { scenarioCompleted } from '../checks/suite.js';
import type { CheckStatus } from '../checks/types.js';
import type { Verdict } from '../checks/verdict.js';
import { uniqueEmail, uniqueName, type GenerationContext } from '../generate/index.js';
import { expandPath, serializeQuery } from '../http/index.js';
import type { AuthChoice, HttpClient, HttpResponse } from '../http/types.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import type { Aggregator } from './aggregate.js';
import { checkDisabledReason } from './plan.js';
import { nameNumbers } from './name-numbers.js';
import { createRecorder, type GeneratedEvidence } from './recorder.js';
import type { ResourceTracker } from './resources.js';
import type { SystemModule } from './system.js';
import type { RunOptions, TargetConfig } from './target.js';

export type { GeneratedEvidence } from './recorder.js';

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
  /** The system the spec describes: its fixtures, body rules and auxiliary operations. */
  readonly system: SystemModule;
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
  check(check: AnyCheck, operationId: string, verdict: Verdict | (() => Verdict), evidence?: readonly HttpResponse[], generated?: GeneratedEvidence): CheckStatus;
  /** Records that a check did not run, and why, on the operation it would have been recorded on. */
  skip(check: AnyCheck, operationId: string, reason: string): void;
  /** Records a suite error on one operation (`scenario.completed`), so the scenario can go on with the others. */
  error(operationId: string, error: unknown): void;
  /** False when configuration (`--only`, `--read-only`) turns the check off. */
  isEnabled(check: AnyCheck): boolean;
  /** True when a read-only (viewer) token is configured. */
  readonly hasViewer: boolean;
  /** Says how far a scenario that walks the spec's operations is (`done` of `total`), for live progress. */
  progress(done: number, total: number): void;
  /** A fresh email / name carrying the run id, unique across scenarios of the run. */
  uniqueEmail(): string;
  uniqueName(): string;
  /**
   * Every email and name this scenario generates starts with this (`uc-<runid>-<slot>`), so a
   * `contains` filter on it finds exactly this scenario's resources, even with others running.
   */
  readonly scenarioPrefix: string;
  /**
   * A context for part `index` (1..9) of a scenario split into independent parts run at once (a
   * model-based run): the same target, checks and resources, but names of its own, under
   * `<scenarioPrefix><index>`, so a `contains` filter on the part's prefix sees only the part's
   * resources. The scenario's own names stay under `<scenarioPrefix>0`.
   */
  part(index: number): FlowContext;
}

export interface ContextParts {
  spec: LoadedSpec;
  system: SystemModule;
  /** The checks the scenario declares: recording one it does not is a suite bug. */
  checks: readonly AnyCheck[];
  target: TargetConfig;
  options: RunOptions;
  scenario: string;
  /** 10..99, distinct per scenario in a run, so generated names never collide across parallel scenarios. */
  slot: number;
  /** Where a scenario's progress through the operations goes (the terminal's progress line). */
  onProgress?: (done: number, total: number) => void;
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
  const { spec, system, target, options, http, aggregator, coverage } = parts;
  const responseChecks: readonly ResponseCheck[] = [...RESPONSE_CHECKS, ...(system.responseChecks ?? [])];
  if (!Number.isInteger(parts.slot) || parts.slot < 10 || parts.slot > 99) throw new Error(`scenario slot must be 10..99, got ${parts.slot}`);
  const numbers = nameNumbers(parts.slot);
  const record = createRecorder({ spec, system, options, http, aggregator, scenario: parts.scenario, declared: new Set([...parts.checks, ...responseChecks, scenarioCompleted]) });

  const context: FlowContext = {
    spec,
    system,
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
    check: (check, operationId, verdict, evidence = [], generated) => record(check, operationId, verdict, evidence, generated),
    skip(check, operationId, reason) {
      record(check, operationId, { outcome: 'skip', reason }, []);
    },
    error(operationId, error) {
      record(scenarioCompleted, operationId, () => {
        throw error;
      }, []);
    },
    isEnabled: (check) => checkDisabledReason(check, options) === undefined,
    progress: (done, total) => parts.onProgress?.(done, total),
    scenarioPrefix: `uc-${options.runId}-${parts.slot}`,
    uniqueEmail: () => uniqueEmail(options.runId, numbers.next(), options.emailDomain),
    uniqueName: () => uniqueName(options.runId, numbers.next()),
    part(index) {
      if (!Number.isInteger(index) || index < 1 || index > 9) throw new Error(`a scenario part is 1..9, got ${index}`);
      return {
        ...context,
        scenarioPrefix: `${context.scenarioPrefix}${index}`,
        uniqueEmail: () => uniqueEmail(options.runId, numbers.part(index), options.emailDomain),
        uniqueName: () => uniqueName(options.runId, numbers.part(index)),
      };
    },
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
    for (const check of responseChecks) {
      // A response check that does not apply to this response (no body documented, not an error…)
      // says nothing about the target: it is not recorded at all.
      const verdict = safely(() => check.verify({ spec, operation, response }));
      if (typeof verdict === 'function' || verdict.outcome !== 'skip') record(check, operationId, verdict, [response]);
    }
    return response;
  }
  return context;
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


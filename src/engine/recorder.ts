/**
 * Recording verdicts: turns a check's verdict into a result at the right level (a failed SHOULD check
 * is `warned`; a failure on an auxiliary operation or on a guessed part of the contract counts as
 * SHOULD, with a note), folds repeats per (check, operation), and attaches the reproduction (the
 * exchanges, curl commands, seed, fast-check path and counterexample), redacted.
 */
import type { AnyCheck } from '../checks/index.js';
import type { CheckStatus, Reproduction } from '../checks/types.js';
import type { Verdict } from '../checks/verdict.js';
import { isSecretKey, toCurl } from '../http/index.js';
import type { HttpClient, HttpResponse } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import type { Aggregator } from './aggregate.js';
import { auxiliaryCap, unimplementedAuxiliary } from './levels.js';
import { checkDisabledReason, operationDisabledReason } from './plan.js';
import type { SystemModule } from './system.js';
import type { RunOptions } from './target.js';

/** How a generated input that broke a check replays: fast-check's path and the (shrunk) value. */
export interface GeneratedEvidence {
  path?: string;
  counterexample?: unknown;
}

export interface RecorderParts {
  spec: LoadedSpec;
  system: SystemModule;
  options: RunOptions;
  http: HttpClient;
  aggregator: Aggregator;
  /** The checks the scenario declares (and the response checks): recording another is a suite bug. */
  declared: ReadonlySet<AnyCheck>;
  scenario: string;
}

export type Record = (check: AnyCheck, operationId: string, verdict: Verdict | (() => Verdict), evidence: readonly HttpResponse[], generated?: GeneratedEvidence) => CheckStatus;

export function createRecorder(parts: RecorderParts): Record {
  const { spec, system, options, http, aggregator } = parts;
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

  return (check, operationId, verdict, evidence, generated) => {
    if (!parts.declared.has(check)) throw new Error(`scenario ${parts.scenario} records ${check.id}, which it does not declare in its checks`);
    const off = checkDisabledReason(check, options) ?? operationDisabledReason(operationId, options);
    if (off) {
      aggregator.add(check, operationId, { status: 'disabled', message: off });
      return 'disabled';
    }
    const exchanges = evidence.map((r) => r.exchange);
    let outcome: Verdict;
    try {
      outcome = typeof verdict === 'function' ? verdict() : verdict;
    } catch (error) {
      const message = `suite error in check ${check.id}: ${error instanceof Error ? error.message : String(error)}`;
      aggregator.add(check, operationId, { status: 'error', message, reproduction: reproduction(evidence) }, exchanges);
      return 'error';
    }
    if (outcome.outcome === 'pass') {
      aggregator.add(check, operationId, { status: 'passed', message: outcome.note ? `${operationId}: ok (${outcome.note})` : `${operationId}: ok` }, exchanges);
      return 'passed';
    }
    if (outcome.outcome === 'skip') {
      aggregator.add(check, operationId, { status: 'skipped', message: outcome.reason }, exchanges);
      return 'skipped';
    }
    const missing = unimplementedAuxiliary(spec, system, evidence);
    if (missing) {
      aggregator.add(check, operationId, { status: 'skipped', message: missing }, exchanges);
      return 'skipped';
    }
    const cap = check.level === 'MUST' ? outcome.cap ?? auxiliaryCap(spec, system, operationId) : undefined;
    const status = check.level === 'MUST' && !cap ? 'failed' : 'warned';
    const level = cap ? { level: 'SHOULD' as const, levelNote: cap } : {};
    aggregator.add(check, operationId, { status, message: http.redact(outcome.message), expected: outcome.expected, actual: outcome.actual, reproduction: reproduction(evidence, generated), ...level }, exchanges);
    return status;
  };
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

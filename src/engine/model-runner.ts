/**
 * Model-based runs for any system. fast-check generates command sequences (`fc.commands`) and runs
 * each against a fresh in-memory model and the target (`fc.asyncModelRun`); an invariant is checked
 * after every command that changes state; every sequence is torn down, also after a failure. A
 * failure is shrunk to the shortest sequence and reported with what replays it: the seed, fast-check's
 * path and the commands' replay path (`fc.commands` needs all three to replay a sequence).
 */
import fc from 'fast-check';
import type { AnyCheck } from '../checks/index.js';
import { modelConsistent } from '../checks/concurrency.js';
import type { HttpResponse } from '../http/types.js';
import type { FlowContext } from './context.js';
import { describeSequence } from './model-sequence.js';

export { describeSequence } from './model-sequence.js';

/** Thrown by a command or the invariant when the target disagrees with the model: the target's fault. */
export class ModelMismatch extends Error {
  constructor(readonly operationId: string, message: string, readonly expected?: unknown, readonly actual?: unknown) {
    super(message);
    this.name = 'ModelMismatch';
  }
}

/** Thrown when a step cannot be judged (no response: timeout, refused connection). Not the target's fault. */
export class ModelInconclusive extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelInconclusive';
  }
}

/**
 * A command; `mutates` runs the invariant after it. `toString()` names it in reports: a comma in it must
 * be inside brackets (`()`, `[]`, `{}`) or a JSON string, where the sequence is not split.
 */
export interface ModelCommand<Model extends object, Real> extends fc.AsyncCommand<Model, Real> {
  readonly mutates?: boolean;
}

export interface ModelRunSpec<Model extends object, Real> {
  commands: fc.Arbitrary<ModelCommand<Model, Real>>[];
  /** Longest sequence generated. */
  maxCommands: number;
  /** A fresh model and handle on the target for one sequence. */
  setup(): Promise<{ model: Model; real: Real }>;
  /** Checked after every command with `mutates`; throws ModelMismatch when the target disagrees. */
  invariant?(model: Readonly<Model>, real: Real): Promise<void>;
  /** Removes what the sequence created; runs after every sequence, failed or not. */
  teardown(model: Model, real: Real): Promise<void>;
  /** The responses of a sequence: kept as the evidence of the failing one. */
  evidence(real: Real): readonly HttpResponse[];
  seed: number;
  /** Sequences to generate. */
  numRuns: number;
  /** No new sequence (or shrink attempt) starts after this long; default 60 s. */
  timeLimitMs?: number;
  /**
   * Shrink attempts that may reach the target after the first failure; default 200. Later attempts
   * count as passing without a request, so shrinking ends with the shortest failure found so far
   * (and resources with unique names cannot run out on a long shrink).
   */
  maxShrinkSequences?: number;
  /** Replays one reported failure instead of generating. */
  replay?: ModelReplay;
}

/** What replays a failure, as reported: fast-check's `path` and the commands' `replayPath`. */
export interface ModelReplay {
  path: string;
  replayPath?: string;
}

interface ReportBase {
  seed: number;
  /** Sequences run (up to and including the first failing one). */
  sequences: number;
  /** True when the time limit or the shrink budget stopped generation or shrinking early. */
  interrupted: boolean;
}

export type ModelRunReport =
  | (ReportBase & { outcome: 'passed' })
  | (ReportBase & { outcome: 'inconclusive'; reason: string })
  | (ReportBase & {
      outcome: 'mismatch';
      mismatch: ModelMismatch;
      /** The shrunk sequence, as the commands name themselves. */
      commands: string[];
      path: string;
      replayPath?: string;
      shrinks: number;
      evidence: readonly HttpResponse[];
    });

/** The command sequences of a run, as fast-check generates them (the same arbitrary for a run and its parts). */
export function modelCommands<Model extends object, Real>(spec: ModelRunSpec<Model, Real>): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real>>> {
  return fc.commands(spec.commands.map((arb) => arb.map((command) => withInvariant(command, spec))), {
    maxCommands: spec.maxCommands,
    ...(spec.replay?.replayPath ? { replayPath: spec.replay.replayPath } : {}),
  });
}

/** Runs one sequence on a fresh model and tears it down; throws what the sequence threw, with its evidence attached. */
export async function runSequence<Model extends object, Real>(spec: ModelRunSpec<Model, Real>, sequence: Iterable<fc.AsyncCommand<Model, Real>>): Promise<void> {
  const { model, real } = await spec.setup();
  try {
    await fc.asyncModelRun(() => ({ model, real }), sequence);
  } catch (error) {
    evidenceOf.set(error as object, spec.evidence(real));
    throw error;
  } finally {
    await spec.teardown(model, real);
  }
}

/** The responses of the sequence that threw an error (see runSequence). */
const evidenceOf = new WeakMap<object, readonly HttpResponse[]>();

/** Runs the sequences. Resolves with the outcome; rethrows anything that is neither a mismatch nor inconclusive (a suite bug). */
export async function runModel<Model extends object, Real>(spec: ModelRunSpec<Model, Real>): Promise<ModelRunReport> {
  let failingEvidence: readonly HttpResponse[] = [];
  let failures = 0;
  let shrinkBudget = spec.maxShrinkSequences ?? 200;
  const property = fc.asyncProperty(modelCommands(spec), async (sequence) => {
    if (failures > 0 && shrinkBudget-- <= 0) return;
    try {
      await runSequence(spec, sequence);
    } catch (error) {
      // The last failing sequence is the one fast-check reports (each shrink that still fails replaces it).
      failingEvidence = evidenceOf.get(error as object) ?? [];
      failures++;
      throw error;
    }
  });
  const details = await fc.check(property, {
    seed: spec.seed,
    numRuns: spec.numRuns,
    interruptAfterTimeLimit: spec.timeLimitMs ?? 60_000,
    ...(spec.replay ? { path: spec.replay.path } : {}),
  });
  const base: ReportBase = { seed: details.seed, sequences: details.numRuns, interrupted: details.interrupted || shrinkBudget < 0 };
  if (!details.failed) {
    return details.numRuns > 0 ? { ...base, outcome: 'passed' } : { ...base, outcome: 'inconclusive', reason: 'the time limit ended the run before any sequence completed' };
  }
  const error = details.errorInstance;
  if (error instanceof ModelInconclusive) return { ...base, outcome: 'inconclusive', reason: error.message };
  if (!(error instanceof ModelMismatch)) throw error instanceof Error ? error : new Error(String(error));
  const { commands: shrunk, replayPath } = describeSequence(details.counterexample?.[0]);
  return { ...base, outcome: 'mismatch', mismatch: error, commands: shrunk, path: details.counterexamplePath ?? '', replayPath, shrinks: details.numShrinks, evidence: failingEvidence };
}

/** The evidence runSequence attached to an error it rethrew. */
export function sequenceEvidence(error: unknown): readonly HttpResponse[] {
  return typeof error === 'object' && error !== null ? evidenceOf.get(error) ?? [] : [];
}

function withInvariant<Model extends object, Real>(command: ModelCommand<Model, Real>, spec: ModelRunSpec<Model, Real>): ModelCommand<Model, Real> {
  const invariant = spec.invariant;
  if (!invariant || !command.mutates) return command;
  return {
    mutates: true,
    check: (model) => command.check(model),
    run: async (model, real) => {
      await command.run(model, real);
      await invariant(model, real);
    },
    toString: () => command.toString(),
  };
}

/**
 * Records a report as `model.consistent`: passed on every operation the commands used, failed on the
 * operation that disagreed (with the shrunk sequence, seed and replay path), or skipped with the reason
 * on `main` (the operation every sequence relies on, e.g. the create).
 */
export function recordModelReport(ctx: FlowContext, report: ModelRunReport, operations: readonly string[], main: string, check: AnyCheck = modelConsistent): void {
  if (report.outcome === 'passed') {
    for (const operationId of operations) ctx.check(check, operationId, modelConsistent.verify(undefined, ''));
    return;
  }
  if (report.outcome === 'inconclusive') return ctx.skip(check, main, `model-based run inconclusive: ${report.reason}`);
  const { mismatch, commands, path, replayPath, seed } = report;
  const replay = `seed ${seed}, path "${path}"${replayPath ? `, replayPath "${replayPath}"` : ''}`;
  ctx.check(check, mismatch.operationId, modelConsistent.verify(mismatch, `[${commands.join(', ')}]; ${replay}`), report.evidence, {
    path,
    counterexample: { commands, ...(replayPath ? { replayPath } : {}) },
  });
}

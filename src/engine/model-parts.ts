/**
 * A model-based run split in parts run at once: one chain of sequences would hold the whole run
 * (every sequence waits for the one before), while sequences on disjoint resources do not depend on
 * each other. The run's sequences are exactly those of one fast-check run of the seed; part p runs
 * sequences p, p + parts, p + 2 × parts… in turn, with a context whose names are its own
 * (`FlowContext.part`), so parts cannot see each other's users. The first failing sequence in the
 * run's order is then shrunk as fast-check would have (a replay of its path), so the report, its
 * seed and its path are those of the unsplit run.
 */
import fc from 'fast-check';
import { branches } from './chains.js';
import type { FlowContext } from './context.js';
import { describeSequence, ModelInconclusive, ModelMismatch, modelCommands, runModel, runSequence, sequenceEvidence, type ModelRunReport, type ModelRunSpec } from './model-runner.js';

/** What one part is given to build its run from. */
export interface ModelPart {
  /** 1-based. */
  index: number;
  /** The part's context: its own names and prefix. */
  ctx: FlowContext;
}

interface Failure<Model extends object, Real> {
  index: number;
  error: unknown;
  sequence: unknown;
  spec: ModelRunSpec<Model, Real>;
}

/** Sequence indexes of part `p` (0-based) of `parts`, out of `total`. */
export function partIndexes(p: number, parts: number, total: number): number[] {
  return Array.from({ length: total }, (_, i) => i).filter((i) => i % parts === p);
}

/**
 * Runs `spec(part).numRuns` sequences of `spec(part).seed` in `parts` parts at once; resolves with
 * one report, as `runModel` would give for the whole run.
 */
export async function runModelInParts<Model extends object, Real>(ctx: FlowContext, parts: number, build: (part: ModelPart) => ModelRunSpec<Model, Real>): Promise<ModelRunReport> {
  const specs = Array.from({ length: Math.max(1, parts) }, (_, p) => build({ index: p + 1, ctx: ctx.part(p + 1) }));
  const { seed, numRuns } = specs[0]!;
  const deadline = performance.now() + (specs[0]!.timeLimitMs ?? 60_000);
  const found = await branches(specs.map((spec, p) => () => firstFailure(spec, partIndexes(p, specs.length, numRuns), deadline)));
  // The first failure in the run's order, whichever part found it first in time.
  const failure = found.flatMap((f) => f.failure ?? []).sort((a, b) => a.index - b.index)[0];
  const interrupted = found.some((f) => f.interrupted);
  const done = found.reduce((sum, f) => sum + f.done, 0);
  if (failure === undefined && done === 0) return { seed, sequences: 0, interrupted, outcome: 'inconclusive', reason: 'the time limit ended the run before any sequence completed' };
  if (failure === undefined) return { seed, sequences: done, interrupted, outcome: 'passed' };
  const base = { seed, sequences: failure.index + 1, interrupted };
  if (failure.error instanceof ModelInconclusive) return { ...base, outcome: 'inconclusive', reason: failure.error.message };
  if (!(failure.error instanceof ModelMismatch)) throw failure.error instanceof Error ? failure.error : new Error(String(failure.error));
  // Shrink from the failing run, as fast-check does after a failure: a replay of its path.
  const shrunk = await runModel({ ...failure.spec, replay: { path: String(failure.index) } });
  if (shrunk.outcome === 'mismatch') return { ...shrunk, sequences: failure.index + 1, interrupted: shrunk.interrupted || interrupted };
  // The replay did not fail again (a flaky target): report the failure as first seen, unshrunk.
  const { commands, replayPath } = describeSequence(failure.sequence);
  return { ...base, outcome: 'mismatch', mismatch: failure.error, commands, path: String(failure.index), replayPath, shrinks: 0, evidence: sequenceEvidence(failure.error) };
}

/** Runs the part's sequences in turn until one fails or the time limit passes. */
async function firstFailure<Model extends object, Real>(spec: ModelRunSpec<Model, Real>, indexes: readonly number[], deadline: number): Promise<{ failure?: Failure<Model, Real>; interrupted: boolean; done: number }> {
  const sequences = fc.sample(modelCommands(spec), { seed: spec.seed, numRuns: spec.numRuns });
  let done = 0;
  for (const index of indexes) {
    if (performance.now() > deadline) return { interrupted: true, done };
    const sequence = sequences[index]!;
    try {
      await runSequence(spec, sequence);
      done++;
    } catch (error) {
      return { failure: { index, error, sequence: String(sequence), spec }, interrupted: false, done };
    }
  }
  return { interrupted: false, done };
}

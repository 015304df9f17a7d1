/**
 * The shared model-based runner against an in-memory fake target: passes when the fake agrees, shrinks
 * a disagreement to the shortest sequence, replays it from (seed, path, replayPath), tears every
 * sequence down, keeps suite bugs apart from target faults, and records reports as model.consistent.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { FlowContext } from '../../../src/engine/context.js';
import { describeSequence, ModelInconclusive, ModelMismatch, recordModelReport, runModel, type ModelCommand, type ModelRunReport, type ModelRunSpec } from '../../../src/engine/model-runner.js';
import type { HttpResponse } from '../../../src/http/types.js';

interface Model { keys: number[] }
/** The fake target: a set that, when `buggy`, forgets to delete once it holds two keys or more. */
interface Real { store: Set<number>; log: string[]; buggy: boolean; next: number }
type Cmd = ModelCommand<Model, Real>;

const add: Cmd = {
  mutates: true,
  check: () => true,
  async run(model, real) {
    const key = real.next++;
    real.store.add(key);
    real.log.push(`add ${key}`);
    model.keys.push(key);
  },
  toString: () => 'add',
};
const remove = fc.nat({ max: 2 }).map((index): Cmd => ({
  mutates: true,
  check: (model) => index < model.keys.length,
  async run(model, real) {
    const key = model.keys[index]!;
    if (!(real.buggy && real.store.size >= 2)) real.store.delete(key);
    real.log.push(`remove ${key}`);
    model.keys.splice(index, 1);
  },
  toString: () => `remove(#${index})`,
}));
const list: Cmd = { check: () => true, run: async (model, real) => agree(model, real), toString: () => 'list' };

async function agree(model: Readonly<Model>, real: Real): Promise<void> {
  const held = [...real.store].sort((a, b) => a - b);
  const expected = [...model.keys].sort((a, b) => a - b);
  if (held.join() !== expected.join()) throw new ModelMismatch('listThings', `list: holds [${held}], expected [${expected}]`, expected, held);
}

function fakeSpec(buggy: boolean, overrides: Partial<ModelRunSpec<Model, Real>> = {}) {
  const calls = { setup: 0, teardown: 0, invariant: 0 };
  const spec: ModelRunSpec<Model, Real> = {
    commands: [fc.constant(add), remove, fc.constant(list)],
    maxCommands: 10,
    setup: async () => {
      calls.setup++;
      return { model: { keys: [] }, real: { store: new Set(), log: [], buggy, next: 0 } };
    },
    invariant: async (model, real) => {
      calls.invariant++;
      await agree(model, real);
    },
    teardown: async () => {
      calls.teardown++;
    },
    evidence: (real) => real.log.map((line) => ({ text: line }) as unknown as HttpResponse),
    seed: 7,
    numRuns: 20,
    ...overrides,
  };
  return { spec, calls };
}

describe('runModel', () => {
  it('passes when the target agrees, with one setup and one teardown per sequence', async () => {
    const { spec, calls } = fakeSpec(false);
    const report = await runModel(spec);
    expect(report).toMatchObject({ outcome: 'passed', seed: 7, sequences: 20, interrupted: false });
    expect(calls.setup).toBe(20);
    expect(calls.teardown).toBe(20);
    expect(calls.invariant).toBeGreaterThan(0);
  });

  it('shrinks a disagreement to the shortest sequence and keeps the failing sequence as evidence', async () => {
    const { spec, calls } = fakeSpec(true);
    const report = await runModel(spec);
    if (report.outcome !== 'mismatch') throw new Error(`expected a mismatch, got ${report.outcome}`);
    expect(report.commands).toEqual(['add', 'add', 'remove(#0)']);
    expect(report.mismatch.operationId).toBe('listThings');
    expect(report.mismatch.message).toBe('list: holds [0,1], expected [1]');
    expect(report.path).toMatch(/^\d+(:\d+)*$/);
    expect(report.replayPath).toBeTruthy();
    expect(report.shrinks).toBeGreaterThan(0);
    expect(report.evidence.map((r) => r.text)).toEqual(['add 0', 'add 1', 'remove 0']);
    expect(calls.teardown).toBe(calls.setup); // failing sequences are torn down too
  });

  it('replays a reported failure from its path and replayPath as the first sequence', async () => {
    const first = await runModel(fakeSpec(true).spec);
    if (first.outcome !== 'mismatch') throw new Error('expected a mismatch');
    const again = await runModel(fakeSpec(true, { replay: { path: first.path, replayPath: first.replayPath } }).spec);
    // The first sequence run is the failure itself; fast-check then only confirms it cannot shrink further.
    expect(again).toMatchObject({ outcome: 'mismatch', commands: first.commands, path: first.path, sequences: 1, shrinks: 0 });
  });

  it('is deterministic for a seed', async () => {
    const [a, b] = await Promise.all([runModel(fakeSpec(true).spec), runModel(fakeSpec(true).spec)]);
    expect(a).toMatchObject({ outcome: 'mismatch' });
    expect((b as { path: string }).path).toBe((a as { path: string }).path);
  });

  it('reports an unjudgeable step as inconclusive, and rethrows suite bugs', async () => {
    const stuck: Cmd = { check: () => true, run: async () => { throw new ModelInconclusive('listThings: no response (timeout)'); }, toString: () => 'stuck' };
    expect(await runModel(fakeSpec(false, { commands: [fc.constant(stuck)] }).spec)).toMatchObject({ outcome: 'inconclusive', reason: 'listThings: no response (timeout)' });
    const broken: Cmd = { check: () => true, run: async () => { throw new TypeError('cannot read properties of undefined'); }, toString: () => 'broken' };
    await expect(runModel(fakeSpec(false, { commands: [fc.constant(broken)] }).spec)).rejects.toThrow(TypeError);
  });
});

describe('describeSequence', () => {
  it('splits fast-check\'s text of a command sequence and its replay path', () => {
    expect(describeSequence('create,delete(#0),list /*replayPath="CDB:F"*/')).toEqual({ commands: ['create', 'delete(#0)', 'list'], replayPath: 'CDB:F' });
    expect(describeSequence('')).toEqual({ commands: [] });
    // Commas inside a command's brackets or JSON strings do not split it.
    expect(describeSequence('create(a new name, {}),patch(user 0, {"display_name":"a, b\\"c)","metadata":{"x":null}}),get(user 0) /*replayPath="A:B"*/')).toEqual({
      commands: ['create(a new name, {})', 'patch(user 0, {"display_name":"a, b\\"c)","metadata":{"x":null}})', 'get(user 0)'],
      replayPath: 'A:B',
    });
  });
});

describe('recordModelReport', () => {
  const fakeCtx = () => ({ check: vi.fn(), skip: vi.fn() });
  it('records a pass per operation, a failure with the replay, or a skip', () => {
    const base = { seed: 3, sequences: 2, interrupted: false };
    let ctx = fakeCtx();
    recordModelReport(ctx as unknown as FlowContext, { ...base, outcome: 'passed' }, ['a', 'b'], 'a');
    expect(ctx.check.mock.calls.map((c) => [c[0].id, c[1], c[2].outcome])).toEqual([['model.consistent', 'a', 'pass'], ['model.consistent', 'b', 'pass']]);

    ctx = fakeCtx();
    const mismatch: ModelRunReport = { ...base, outcome: 'mismatch', mismatch: new ModelMismatch('get_users', 'list: still holds deleted #0', [], ['x']), commands: ['create', 'delete(#0)'], path: '4:2', replayPath: 'CDB:F', shrinks: 3, evidence: [] };
    recordModelReport(ctx as unknown as FlowContext, mismatch, ['a'], 'a');
    const [id, op, verdict, evidence, generated] = ctx.check.mock.calls[0]!;
    expect([id.id, op, evidence]).toEqual(['model.consistent', 'get_users', []]);
    expect(verdict.message).toBe('list: still holds deleted #0 (after [create, delete(#0)]; seed 3, path "4:2", replayPath "CDB:F")');
    expect(generated).toEqual({ path: '4:2', counterexample: { commands: ['create', 'delete(#0)'], replayPath: 'CDB:F' } });

    ctx = fakeCtx();
    recordModelReport(ctx as unknown as FlowContext, { ...base, outcome: 'inconclusive', reason: 'no response' }, ['a', 'b'], 'create');
    // One skip, on the operation the sequences rely on: every record names an operation.
    expect(ctx.skip.mock.calls.map((c) => [c[0].id, c[1], c[2]])).toEqual([['model.consistent', 'create', 'model-based run inconclusive: no response']]);
  });
});

describe('shrink budget', () => {
  it('stops reaching the target after the budget, keeping the shortest failure found so far', async () => {
    const { spec, calls } = fakeSpec(true, { maxShrinkSequences: 1 });
    const report = await runModel(spec);
    expect(report).toMatchObject({ outcome: 'mismatch', interrupted: true });
    const firstFailure = (await runModel(fakeSpec(true, { maxShrinkSequences: 0 }).spec)) as { commands: string[]; sequences: number };
    expect(calls.setup).toBe(firstFailure.sequences + 1);
    expect((report as { commands: string[] }).commands.length).toBeLessThanOrEqual(firstFailure.commands.length);
  });
});

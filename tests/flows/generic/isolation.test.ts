/**
 * What goes wrong with one operation costs that operation only: a schema the generators cannot handle
 * skips the operation's checks with a reason naming the operation and the place; any other exception
 * is a suite error recorded on that operation; the other operations go on.
 */
import { describe, expect, it, vi } from 'vitest';
import type { FlowContext } from '../../../src/engine/context.js';
import { GenerationError, UnsupportedPatternError } from '../../../src/generate/index.js';
import { stringMatching } from '../../../src/generate/matching.js';
import { forEachInOrder } from '../../../src/scenarios/operations.js';
import type { Operation } from '../../../src/spec/index.js';
import { CATALOGUE } from '../../../src/systems/index.js';

const op = (operationId: string): Operation => ({ operationId, method: 'post', path: `/${operationId}`, tags: [], deprecated: false, parameters: [], responses: [], security: [], extensions: {} });

describe('forEachInOrder', () => {
  it('skips an operation whose schema cannot be generated, records other exceptions on their operation, and goes on', async () => {
    const ctx = { skip: vi.fn(), error: vi.fn(), progress: vi.fn() };
    const ran: string[] = [];
    const check = CATALOGUE.get('negative.invalid-body-rejected')!;
    await forEachInOrder(ctx as unknown as FlowContext, [op('a'), op('b'), op('c')], [check], async (operation) => {
      if (operation.operationId === 'a') throw new GenerationError('cannot generate a valid array at /tags: uniqueItems needs 2 distinct items');
      if (operation.operationId === 'b') throw new TypeError('boom');
      ran.push(operation.operationId);
    });
    expect(ran).toEqual(['c']);
    expect(ctx.skip).toHaveBeenCalledWith(check, 'a', 'not exercised: a: cannot generate a valid array at /tags: uniqueItems needs 2 distinct items');
    expect(ctx.error).toHaveBeenCalledTimes(1);
    expect(ctx.error.mock.calls[0]![0]).toBe('b');
    // Every operation counts as done for the progress line, whatever became of it.
    expect(ctx.progress.mock.calls.map(([done, total]) => `${done}/${total}`)).toEqual(['1/3', '2/3', '3/3']);
  });
});

describe('patterns fast-check cannot build', () => {
  it('are retried without word boundaries and lookarounds, and values still match the real pattern', () => {
    const uuidList = /^\b(?:[0-9a-f]{8}-[0-9a-f]{4})(?:,(?:[0-9a-f]{8}-[0-9a-f]{4}))*\b$/;
    const arbitrary = stringMatching(uuidList);
    const fc = { sample: (a: typeof arbitrary) => import('fast-check').then((m) => m.default.sample(a, { numRuns: 50, seed: 1 })) };
    return fc.sample(arbitrary).then((values) => {
      expect(values.length).toBe(50);
      for (const value of values) expect(value).toMatch(uuidList);
    });
  });

  it('name the pattern when even that fails', () => {
    expect(() => stringMatching(/^(a)\1$/)).toThrow(UnsupportedPatternError);
    expect(() => stringMatching(/^(a)\1$/)).toThrow(/cannot generate strings for the pattern \/\^\(a\)\\1\$\//);
  });
});

/**
 * Every example of a property is tried, however small the run's `runs` (fast-check counts examples
 * within numRuns; the edge cases every run must cover would otherwise be cut off).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../../src/http/types.js';
import { checkProperty } from '../../../src/scenarios/property.js';

describe('checkProperty', () => {
  it('tries all examples, then `runs` generated values', async () => {
    const seen: number[] = [];
    const response = { status: 201 } as HttpResponse;
    await checkProperty(fc.integer({ min: 0, max: 99 }), async (value) => {
      seen.push(value);
      return { verdict: { outcome: 'pass' }, response, sent: value };
    }, { seed: 1, runs: 1, shrinkBudget: 0, shrinkMs: 100, examples: [1000, 1001, 1002] });
    expect(seen.slice(0, 3)).toEqual([1000, 1001, 1002]);
    expect(seen).toHaveLength(4);
  });
});

import { describe, expect, it } from 'vitest';
import { nameNumbers } from '../../../src/engine/name-numbers.js';
import { partIndexes } from '../../../src/engine/model-parts.js';
import { kindRuns, type TrackedResource } from '../../../src/engine/resources.js';

describe('a scenario split in parts', () => {
  it('shares the sequences out in turn, each exactly once', () => {
    expect([0, 1, 2].map((p) => partIndexes(p, 3, 9))).toEqual([[0, 3, 6], [1, 4, 7], [2, 5, 8]]);
    expect([0, 1, 2, 3].flatMap((p) => partIndexes(p, 4, 13)).sort((a, b) => a - b)).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it("numbers each part's names under a prefix of its own, apart from the scenario's", () => {
    const numbers = nameNumbers(12);
    expect(numbers.next()).toBe(120001);
    expect([numbers.part(1), numbers.part(1), numbers.part(3)]).toEqual([121001, 121002, 123001]);
    expect(numbers.next()).toBe(120002);
    expect(() => numbers.part(10)).toThrow(/1\.\.9/);
  });
});

describe('cleanup batches', () => {
  it('groups consecutive resources of one kind, keeping the order', () => {
    const r = (kind: string, id: string) => ({ kind, id, label: id, remove: async () => true }) as TrackedResource;
    const runs = kindRuns([r('user', 'a'), r('user', 'b'), r('group', 'g'), r('user', 'c')]);
    expect(runs.map((run) => run.map((x) => x.id))).toEqual([['a', 'b'], ['g'], ['c']]);
  });
});

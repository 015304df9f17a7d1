import { describe, expect, it } from 'vitest';
import { branches, compareOrderKeys, inChain, orderKey, requestSent } from '../../../src/engine/chains.js';
import { createAggregator } from '../../../src/engine/aggregate.js';
import type { CheckDefinition } from '../../../src/checks/types.js';

/** A request that takes `ms` and reports its depth. */
async function request(ms: number, depths: number[]): Promise<void> {
  const sent = requestSent();
  await new Promise((resolve) => setTimeout(resolve, ms));
  depths.push(sent.place.depth);
  sent.done();
}

describe('request chains', () => {
  it('a chain counts its requests in turn; branches start at the fork and the chain goes on from the deepest', async () => {
    const depths: number[] = [];
    await inChain('s', async () => {
      await request(1, depths); // 1
      await branches([
        async () => { await request(5, depths); await request(1, depths); }, // 2, 3
        async () => { await request(1, depths); }, // 2
      ]);
      await request(1, depths); // 4
    });
    expect(depths.sort()).toEqual([1, 2, 2, 3, 4]);
  });

  it('requests sent together from one chain are siblings, not a chain', async () => {
    const depths: number[] = [];
    await inChain('s', () => Promise.all([request(3, depths), request(1, depths), request(2, depths)]));
    expect(depths).toEqual([1, 1, 1]);
  });

  it('order keys follow program order, whatever order the branches end in', async () => {
    const keys: [string, readonly number[]][] = [];
    await inChain('s', async () => {
      keys.push(['first', orderKey()]);
      await branches([10, 1].map((ms, i) => async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        keys.push([`branch ${i}`, orderKey()]);
      }));
      keys.push(['last', orderKey()]);
    });
    expect(keys.map(([name]) => name)).toEqual(['first', 'branch 1', 'branch 0', 'last']);
    expect([...keys].sort((a, b) => compareOrderKeys(a[1], b[1])).map(([name]) => name)).toEqual(['first', 'branch 0', 'branch 1', 'last']);
  });

  it('results are folded in program order: the same results, in the same order, whichever branch records first', async () => {
    const check = (id: string) => ({ id, level: 'MUST' }) as CheckDefinition;
    const results = async (delays: number[]) => {
      const aggregator = createAggregator();
      await inChain('s', () => branches(delays.map((ms, i) => async () => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        aggregator.add(check(`c${i % 2}`), 'op', { status: i === 0 ? 'passed' : 'failed', message: `branch ${i}` });
      })));
      return aggregator.results('spec', 's').map((r) => [r.checkId, r.status, r.message]);
    };
    const early = await results([1, 20, 40]);
    const late = await results([40, 20, 1]);
    expect(late).toEqual(early);
    expect(early).toEqual([['c0', 'failed', 'branch 2 [1 of 2 times]'], ['c1', 'failed', 'branch 1']]);
  });
});

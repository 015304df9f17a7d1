import { describe, expect, it } from 'vitest';
import { priorityLimit } from '../../src/http/priority-limit.js';

describe('priorityLimit', () => {
  it('never runs more than the limit at once, and gives a free slot to the highest priority, then the earliest', async () => {
    const limit = priorityLimit(2);
    const started: string[] = [];
    let running = 0;
    let most = 0;
    const task = (name: string) => async () => {
      started.push(name);
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    await Promise.all([limit(0, task('a')), limit(0, task('b')), limit(0, task('c')), limit(5, task('d')), limit(5, task('e')), limit(1, task('f'))]);
    expect(most).toBe(2);
    expect(started).toEqual(['a', 'b', 'd', 'e', 'f', 'c']);
  });

  it('passes a task failure on and frees its slot', async () => {
    const limit = priorityLimit(1);
    await expect(limit(0, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limit(0, async () => 'next')).resolves.toBe('next');
    expect(limit.active).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createResourceTracker } from '../../../src/engine/resources.js';

describe('resource tracking and cleanup', () => {
  it('removes what is still alive in reverse order, and reports what it could not remove', async () => {
    const tracker = createResourceTracker();
    const removed: string[] = [];
    tracker.add({ kind: 'user', id: 'a', label: 'uc-x-1', remove: async () => (removed.push('a'), true) });
    tracker.add({ kind: 'user', id: 'b', label: 'uc-x-2', remove: async () => (removed.push('b'), false) });
    tracker.add({ kind: 'group', id: 'g', label: 'uc-x-3', remove: async () => { throw new Error('connection reset'); } });
    tracker.add({ kind: 'user', id: 'c', label: 'uc-x-4', remove: async () => (removed.push('c'), true) });
    tracker.markRemoved('user', 'c');
    tracker.add({ kind: 'user', id: 'a', label: 'uc-x-1', remove: async () => true }); // a repeat is ignored
    expect(tracker.alive('user').map((r) => r.id)).toEqual(['a', 'b']);
    const summary = await tracker.cleanup();
    expect(removed).toEqual(['b', 'a']);
    expect(summary).toEqual({
      created: 4,
      deleted: 2,
      leftover: [
        { kind: 'group', id: 'g', label: 'uc-x-3', reason: 'connection reset' },
        { kind: 'user', id: 'b', label: 'uc-x-2', reason: 'the target still has it after the delete' },
      ],
    });
  });
});

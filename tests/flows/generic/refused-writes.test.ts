/**
 * The refused-write watch: judges the resource only after requests that were all refused, takes the
 * state after an accepted request as the new baseline, watches only resources the scenario created
 * (never the caller's own account), and makes two writes to one resource take turns.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { FlowContext } from '../../../src/engine/context.js';
import type { HttpResponse } from '../../../src/http/types.js';
import { watchResource } from '../../../src/scenarios/refused-writes.js';
import { loadSpec, type LoadedSpec } from '../../../src/spec/index.js';

let spec: LoadedSpec;
beforeAll(async () => {
  spec = await loadSpec('lenses-hq');
});

const response = (status: number, json?: unknown) => ({ status, json, headers: {}, exchange: {} }) as unknown as HttpResponse;

/** A scenario context whose reads return `state.user`, and which owns the user `ann`. */
function fakeContext(state: { user: Record<string, unknown> }) {
  const check = vi.fn();
  const ctx = {
    spec,
    isEnabled: () => true,
    resources: { owns: (id: string) => id === 'ann' },
    call: vi.fn(async () => response(200, structuredClone(state.user))),
    check,
  } as unknown as FlowContext;
  return { ctx, check };
}

const verdicts = (check: ReturnType<typeof vi.fn>) => check.mock.calls.map((call) => (call[2] as { outcome: string }).outcome);

describe('the refused-write watch', () => {
  it('fails when refused requests changed the resource, and judges the next case from the changed state', async () => {
    const state = { user: { name: 'ann', display_name: 'Ann' } };
    const { ctx, check } = fakeContext(state);
    const watch = (await watchResource(ctx, spec.byId.get('updateUser')!, { name: 'ann' }))!;
    watch.note(response(400));
    state.user.display_name = 'Bob';
    await watch.settle('a bad body');
    watch.note(response(400));
    await watch.settle('another bad body');
    watch.release();
    expect(verdicts(check)).toEqual(['fail', 'pass']);
    expect(check.mock.calls[0]![2]).toMatchObject({ message: expect.stringContaining('the resource changed (display_name)'), expected: { display_name: 'Ann' }, actual: { display_name: 'Bob' } });
  });

  it('does not judge after an accepted request, and reads the resource afresh', async () => {
    const state = { user: { name: 'ann', display_name: 'Ann' } };
    const { ctx, check } = fakeContext(state);
    const watch = (await watchResource(ctx, spec.byId.get('updateUser')!, { name: 'ann' }))!;
    watch.note(response(400));
    watch.note(response(200));
    state.user.display_name = 'Bob';
    await watch.settle('a lenient body');
    watch.note(response(422));
    await watch.settle('a bad body');
    watch.release();
    expect(verdicts(check)).toEqual(['pass']);
  });

  it('watches only what the scenario created, never the caller, never reads', async () => {
    const { ctx } = fakeContext({ user: { name: 'ann' } });
    expect(await watchResource(ctx, spec.byId.get('updateUser')!, { name: 'someone-else' })).toBeUndefined();
    expect(await watchResource(ctx, spec.byId.get('getUser')!, { name: 'ann' })).toBeUndefined();
    expect(await watchResource(ctx, spec.byId.get('updateCurrentUserSettings')!, {})).toBeUndefined();
  });

  it('lets two write operations on one resource take turns', async () => {
    const { ctx } = fakeContext({ user: { name: 'ann' } });
    const first = (await watchResource(ctx, spec.byId.get('updateUser')!, { name: 'ann' }))!;
    let secondStarted = false;
    const second = watchResource(ctx, spec.byId.get('setUserGroups')!, { name: 'ann' }).then((w) => {
      secondStarted = true;
      return w;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(secondStarted).toBe(false);
    first.release();
    (await second)!.release();
    expect(secondStarted).toBe(true);
  });
});

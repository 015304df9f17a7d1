/** Capability-aware judgement: what /ServiceProviderConfig declares decides whether a feature's failure is skipped, a MUST or capped at SHOULD. */
import { describe, expect, it } from 'vitest';
import { fail } from '../../../src/checks/verdict.js';
import type { FlowContext } from '../../../src/engine/context.js';
import type { HttpResponse } from '../../../src/http/types.js';
import { readCapabilities } from '../../../src/systems/scim/capabilities.js';

/** Just enough of a flow context: the configuration operation answers `status` with `body`. */
function context(status: number | undefined, body?: unknown): FlowContext {
  const response = { status, json: body } as HttpResponse;
  return { hasOperation: () => status !== undefined, call: async () => response } as unknown as FlowContext;
}
const broken = fail('filter ignored');

describe('SCIM capabilities', () => {
  it('skip a feature declared unsupported, with the declaration as the reason', async () => {
    const caps = await readCapabilities(context(200, { filter: { supported: false }, patch: { supported: true } }));
    expect(caps.unsupported('filter')).toMatch(/filter\.supported = false/);
    expect(caps.judge('filter', broken)).toMatchObject({ outcome: 'skip' });
    expect(caps.unsupported('patch')).toBeUndefined();
  });

  it('keep a declared feature that does not work a full failure', async () => {
    const caps = await readCapabilities(context(200, { filter: { supported: true } }));
    expect(caps.judge('filter', broken)).toEqual(broken);
  });

  it('cap the failure at SHOULD when the configuration cannot be read', async () => {
    for (const caps of [await readCapabilities(context(500, {})), await readCapabilities(context(undefined))]) {
      expect(caps.supports('filter')).toBeUndefined();
      expect(caps.judge('filter', broken)).toMatchObject({ outcome: 'fail', cap: expect.stringMatching(/unknown/) });
    }
  });
});

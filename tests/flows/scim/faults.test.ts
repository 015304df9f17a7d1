/**
 * Every harmful SCIM fault of the reference catalogue is caught by a MUST check that fails on one of
 * the fault's operations. The SCIM scenarios catch all but the auth fault and the unenforced-schema
 * fault, which belong to the generic auth and negative scenarios (the fault matrix runs every scenario).
 */
import { describe, expect, it } from 'vitest';
import { FAULTS } from '../../../src/reference/index.js';
import { SCIM } from '../../../src/systems/scim/index.js';
import { describeResult, runScim } from './harness.js';

/** Fault → the generic check that catches it. */
const GENERIC: Record<string, string> = { 'scim-any-token-accepted': 'auth.invalid-token', 'scim-empty-username-accepted': 'negative.invalid-body-rejected' };
const GENERIC_FAULTS = Object.keys(GENERIC);
const faults = FAULTS.filter((f) => !f.benign && f.specs.includes('scim-2.0'));

describe('SCIM scenarios catch the reference faults', () => {
  it('leave only the auth and unenforced-schema faults to the generic scenarios', () => {
    expect(faults.filter((f) => GENERIC_FAULTS.includes(f.id)).map((f) => f.id).sort()).toEqual([...GENERIC_FAULTS].sort());
  });

  for (const fault of faults.filter((f) => !GENERIC_FAULTS.includes(f.id))) {
    it(`catch ${fault.id} (${fault.operations.join(', ')})`, async () => {
      const run = await runScim({ fault: fault.id, scenarios: SCIM.scenarios });
      try {
        const caught = run.results.filter((r) => r.status === 'failed' && r.level === 'MUST' && r.operationId !== undefined && fault.operations.includes(r.operationId));
        expect(caught.length, `no MUST failure on ${fault.operations.join(', ')}; results:\n${run.results.filter((r) => r.status !== 'passed').map(describeResult).join('\n')}`).toBeGreaterThan(0);
        expect(run.results.filter((r) => r.status === 'error').map(describeResult)).toEqual([]);
        expect(run.outcomes.flatMap((o) => o.cleanup.leftover).concat(run.sweep.leftover)).toEqual([]);
      } finally {
        await run.server.close();
      }
    });
  }

  for (const [fault, check] of Object.entries(GENERIC)) {
    it(`catch ${fault} with the generic scenarios (${check})`, async () => {
      const run = await runScim({ fault });
      try {
        expect(run.results.some((r) => r.status === 'failed' && r.checkId === check)).toBe(true);
      } finally {
        await run.server.close();
      }
    });
  }
});

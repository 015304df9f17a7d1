/**
 * Every non-benign Lenses fault of the reference catalogue whose operations the Lenses scenarios
 * exercise is caught by at least one MUST check that fails on one of the fault's operations (or, for
 * a fault of an auxiliary operation, by the SHOULD check its exception names). The
 * auth faults belong to the generic auth scenario (missing, invalid and viewer tokens), which these
 * scenarios do not send, and the refused-write faults to the generic negative and auth scenarios
 * (negative.refused-write-unchanged), and the tighter-limit fault to the negative scenario's boundary
 * examples (negative.valid-body-accepted); the fault matrix runs every scenario on them.
 */
import { describe, expect, it } from 'vitest';
import { SHOULD_ONLY_FAULTS } from '../../../src/proof/exceptions.js';
import { FAULTS } from '../../../src/reference/index.js';
import { describeResult, runLenses } from './harness.js';

const GENERIC_FAULTS = ['lenses-list-without-auth', 'lenses-any-token-accepted', 'lenses-viewer-can-patch', 'lenses-viewer-write-applied-then-403', 'lenses-update-partial-before-400', 'lenses-display-name-max-100', 'lenses-patch-moves-created-at'];
const faults = FAULTS.filter((f) => !f.benign && f.specs.includes('lenses-hq'));

describe('Lenses HQ scenarios catch the reference faults', () => {
  it('leave only the auth, refused-write, tighter-limit and creation-record faults to the generic scenarios', () => {
    expect(faults.filter((f) => GENERIC_FAULTS.includes(f.id)).map((f) => f.id).sort()).toEqual([...GENERIC_FAULTS].sort());
  });

  for (const fault of faults.filter((f) => !GENERIC_FAULTS.includes(f.id))) {
    it(`catch ${fault.id} (${fault.operations.join(', ')})`, async () => {
      const run = await runLenses({ fault: fault.id, options: { runs: 10 } });
      try {
        // A fault only an auxiliary operation shows is caught by its SHOULD check (src/proof/exceptions.ts).
        const exception = SHOULD_ONLY_FAULTS[fault.id];
        const caught = run.results.filter((r) => (exception ? r.status === 'warned' && r.checkId === exception.check : r.status === 'failed' && r.level === 'MUST')
          && r.operationId !== undefined && fault.operations.includes(r.operationId));
        expect(caught.length, `no MUST failure on ${fault.operations.join(', ')}; results:\n${run.results.filter((r) => r.status !== 'passed').map(describeResult).join('\n')}`).toBeGreaterThan(0);
        expect(run.results.filter((r) => r.status === 'error').map(describeResult)).toEqual([]);
        // Also the checks skipped after the fault broke a step name the operation they are about.
        expect(run.results.filter((r) => r.operationId === undefined).map(describeResult)).toEqual([]);
        expect(run.outcomes.flatMap((o) => o.cleanup.leftover).concat(run.sweep.leftover)).toEqual([]);
      } finally {
        await run.server.close();
      }
    });
  }
});

/**
 * Every benign variant of the reference server (valid behaviour a correct suite must accept) leaves the
 * generic scenarios and the k8s lifecycles with no MUST check failed and nothing broken, on every spec
 * it applies to. SHOULD warnings are allowed: a variant reads a silence of the contract another way,
 * which is what SHOULD checks report (the correct-server test allows none). Fewer generated runs than
 * the default keep this quick; the correct-server test runs the default count.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types.js';
import { FAULTS } from '../../../src/reference/index.js';
import { describeResult, leftovers, SPECS, withRun } from './harness.js';

/** What no benign variant may cause: a failed (MUST) check or a suite error. */
const mustProblems = (results: readonly CheckResult[]) => results.filter((r) => r.status === 'failed' || r.status === 'error');

describe('generic scenarios accept every benign variant', () => {
  for (const variant of FAULTS.filter((f) => f.benign)) {
    for (const spec of SPECS.filter((s) => variant.specs.includes(s))) {
      it(`${variant.id} on ${spec}`, async () => {
        await withRun({ spec, fault: variant.id, options: { runs: 5 } }, (run) => {
          expect(mustProblems(run.results).map(describeResult)).toEqual([]);
          expect(leftovers(run)).toEqual([]);
        });
      });
    }
  }

  it('a target refusing temporary-password logins makes me/password unavailable, with the reason', async () => {
    await withRun({ spec: 'runai-2.24', fault: 'benign-runai-temp-password-login-refused', options: { runs: 5 } }, (run) => {
      const skipped = run.results.filter((r) => r.operationId === 'change_user_password' && r.status === 'skipped' && r.scenario === 'generic.per-operation');
      expect(skipped.map((r) => r.message)).toEqual([expect.stringMatching(/^not exercised: change_user_password acts as the calling user, and the target refused a password grant .*grant_token answered 400/)]);
    });
  });
});

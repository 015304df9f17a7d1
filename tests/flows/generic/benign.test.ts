/**
 * Benign variants of the reference server (valid behaviour a correct suite must accept) and the
 * generic scenarios.
 *
 * That every benign variant leaves every scenario (the generic ones and the k8s lifecycles among them)
 * with no MUST check failed, no suite error and nothing left behind, on every spec it applies to, is
 * asserted by the fault-detection matrix (tests/faults/fault-matrix.test.ts: a benign row's false
 * alarms are every finding but a SHOULD warning, and its leftovers must be 0), with the same seed
 * (20261122) and the same 5 generated runs. This file ran those same scenarios on every variant a
 * second time; it keeps what the matrix does not show.
 */
import { describe, expect, it } from 'vitest';
import { withRun } from './harness.js';

describe('generic scenarios on a benign variant', () => {
  it('a target refusing temporary-password logins makes me/password unavailable, with the reason', async () => {
    await withRun({ spec: 'runai-2.24', fault: 'benign-runai-temp-password-login-refused', options: { runs: 5 } }, (run) => {
      const skipped = run.results.filter((r) => r.operationId === 'change_user_password' && r.status === 'skipped' && r.scenario === 'generic.per-operation');
      expect(skipped.map((r) => r.message)).toEqual([expect.stringMatching(/^not exercised: change_user_password acts as the calling user, and the target refused a password grant .*grant_token answered 400/)]);
    });
  });
});

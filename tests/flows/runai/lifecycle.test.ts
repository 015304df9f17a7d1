/**
 * Reproductions of the Run:ai lifecycle's stateful checks: the exchanges that set up the state a check
 * judges (the create, the user's login, the change or reset before) come first, in the order they were
 * sent, each once, redacted, so the curl commands replay the failure on their own.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/checks/types.js';
import { runaiLifecycle } from '../../../src/systems/runai/lifecycle.js';
import { runTarget } from '../../../src/engine/run.js';
import type { RunOptions } from '../../../src/engine/target.js';
import { startReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { systemOf } from '../../../src/systems/index.js';

const OPTIONS: RunOptions = { runId: 'lifecyab', seed: 20261122, readOnly: false, runs: 5, concurrency: 8, timeoutMs: 10_000, emailDomain: 'example.com' };

async function lifecycleOn(fault: string, specId = 'runai-2.24'): Promise<CheckResult[]> {
  const server = await startReferenceServer({ spec: specId, fault });
  try {
    const spec = await loadSpec(specId);
    const outcome = await runTarget({
      spec,
      system: systemOf(spec),
      target: { specId, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken } },
      options: OPTIONS,
      scenarios: [runaiLifecycle],
    });
    return outcome.outcomes.flatMap((o) => o.results);
  } finally {
    await server.close();
  }
}

const failure = (results: CheckResult[], checkId: string, operationId: string) => {
  const result = results.find((r) => r.checkId === checkId && r.operationId === operationId && r.status === 'failed');
  expect(result, `${checkId} on ${operationId} did not fail`).toBeDefined();
  const { exchanges, curl } = result!.reproduction!;
  expect(curl).toHaveLength(exchanges.length);
  expect(new Set(exchanges).size).toBe(exchanges.length);
  const started = exchanges.map((e) => e.startedAt);
  expect(started).toEqual([...started].sort());
  return result!;
};
const steps = (result: CheckResult) => result.reproduction!.exchanges.map((e) => `${e.operationId} ${e.request.method}`);

describe('reproductions of the Run:ai lifecycle checks', () => {
  it('the wrong-current-password check starts with the create and the login that gave the user its token', async () => {
    const results = await lifecycleOn('runai-wrong-current-password-accepted');
    const failed = failure(results, 'runai.wrong-current-password-refused', 'change_user_password');
    expect(steps(failed)).toEqual(['create_user POST', 'grant_token POST', 'change_user_password POST']);
    const [create, login, change] = failed.reproduction!.exchanges;
    expect(create!.response!.body).toContain('"tempPassword":"[REDACTED:');
    // The login sends the temp password the create answered, and its token authenticates the change.
    expect(JSON.parse(login!.request.body!)).toMatchObject({ grantType: 'password', password: '[REDACTED:temp-password]' });
    expect(change!.request.headers.authorization).toBe('Bearer [REDACTED:user-token]');
    // The wrong current password is hidden by its key only (no shell variable: any wrong value reproduces
    // the check); the new one is a secret under a name of its own.
    const sent = JSON.parse(change!.request.body!) as { currentPassword: string; newPassword: string };
    expect(sent.currentPassword).toBe('[REDACTED:currentPassword]');
    expect(sent.newPassword).toBe('[REDACTED:attempted-new-password]');
    expect(failed.reproduction!.curl[2]!).toContain('"newPassword":"\'"$SECRET_ATTEMPTED_NEW_PASSWORD"\'"');
    expect(failed.reproduction!.curl.join('\n')).not.toContain('$SECRET_PASSWORD');
  });

  it('the old password after a reset: the create, the login, the change that set it, the reset, the login refused', async () => {
    const results = await lifecycleOn('runai-reset-keeps-old-password');
    const failed = failure(results, 'runai.old-password-refused', 'reset_user_password');
    expect(steps(failed)).toEqual(['create_user POST', 'grant_token POST', 'change_user_password POST', 'reset_user_password POST', 'grant_token POST']);
    // Distinct passwords, distinct shell variables: the temp password logs in and is changed to the new one, which the last login sends.
    const passwords = failed.reproduction!.curl.map((c) => [...c.matchAll(/"\$(SECRET_[A-Z_]+)"/g)].map((m) => m[1]).filter((v) => v !== 'SECRET_USER_TOKEN'));
    expect(passwords).toEqual([[], ['SECRET_TEMP_PASSWORD'], ['SECRET_TEMP_PASSWORD', 'SECRET_NEW_PASSWORD'], [], ['SECRET_NEW_PASSWORD']]);
  });

  it("a logout that revokes another user's token: that user's create, login and first probe, the logout, the probes after", async () => {
    const results = await lifecycleOn('runai-logout-revokes-every-user');
    const failed = failure(results, 'runai.others-credentials-untouched', 'logout_user');
    expect(failed.level).toBe('MUST');
    expect(steps(failed)).toEqual(['create_user POST', 'grant_token POST', 'get_user_by_id GET', 'logout_user POST', 'get_user_by_id GET', 'grant_token POST']);
    const exchanges = failed.reproduction!.exchanges;
    // The other user's token has a name of its own: the reproduction logs it in, then uses it.
    expect(exchanges[2]!.request.headers.authorization).toBe('Bearer [REDACTED:bystander-token]');
    expect(failed.message).toMatch(/another user's token got status 401, expected 200/);
    // The reset and the change before the logout did not touch the other user.
    expect(results.filter((r) => r.checkId === 'runai.others-credentials-untouched' && r.operationId !== 'logout_user').map((r) => r.status)).toEqual(['passed', 'passed']);
  });

  it('a password accepted after the reset is named apart from the create\'s temp password', async () => {
    const results = await lifecycleOn('runai-tokens-survive-logout');
    const warned = results.find((r) => r.checkId === 'runai.logout-revokes-tokens' && r.status === 'warned');
    expect(warned, 'logout-revokes-tokens did not warn').toBeDefined();
    // The token in use came from the login after the reset: the reproduction logs in with the reset's password.
    expect(steps(warned!)).toEqual(['create_user POST', 'reset_user_password POST', 'grant_token POST', 'logout_user POST', 'get_user_by_id GET']);
    expect(warned!.reproduction!.curl[2]).toContain('"$SECRET_RESET_TEMP_PASSWORD"');
    expect(warned!.reproduction!.curl[4]).toContain('Bearer \'"$SECRET_RESET_USER_TOKEN"');
  });

  it('use-after-delete and gone-from-list start with the create and the delete', async () => {
    const readable = await lifecycleOn('runai-deleted-still-readable');
    expect(steps(failure(readable, 'lifecycle.use-after-delete', 'get_user_by_id'))).toEqual(['create_user POST', 'delete_user_by_id DELETE', 'get_user_by_id GET']);
    const listed = await lifecycleOn('runai-deleted-still-listed');
    expect(steps(failure(listed, 'lifecycle.gone-from-list', 'get_users'))).toEqual(['create_user POST', 'delete_user_by_id DELETE', 'get_users GET']);
  });

  it('delete-only-target names both creates before the delete', async () => {
    const results = await lifecycleOn('runai-delete-removes-next-user');
    expect(steps(failure(results, 'lifecycle.delete-only-target', 'delete_user_by_id'))).toEqual(['create_user POST', 'create_user POST', 'delete_user_by_id DELETE', 'get_user_by_id GET']);
  });
});

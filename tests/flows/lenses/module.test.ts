/**
 * The Lenses HQ module's support for the rest of the suite: fixtures for the generic scenarios, body
 * rules, the end-of-run sweep; and how the scenarios behave without a login, in read-only mode and
 * when the model-based run finds a disagreement.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAggregator } from '../../../src/engine/aggregate.js';
import { createTargetClient } from '../../../src/engine/client.js';
import { createFlowContext } from '../../../src/engine/context.js';
import { LENSES } from '../../../src/systems/lenses/index.js';
import { lensesMe } from '../../../src/systems/lenses/me.js';
import { lensesModel } from '../../../src/systems/lenses/model/index.js';
import { createResourceTracker } from '../../../src/engine/resources.js';
import { runTarget } from '../../../src/engine/run.js';
import type { TargetConfig } from '../../../src/engine/target.js';
import { startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { adminGet, credentialsOf, describeResult, OPTIONS, problems, runLenses } from './harness.js';

const servers: RunningReferenceServer[] = [];
const clients: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function contextFor(login = true) {
  const server = await startReferenceServer({ spec: 'lenses-hq' });
  servers.push(server);
  const spec = await loadSpec('lenses-hq');
  const target: TargetConfig = { specId: spec.id, baseUrl: server.url, label: 'reference', credentials: credentialsOf(server, login) };
  const http = createTargetClient(target, spec, LENSES, OPTIONS);
  clients.push(http);
  const resources = createResourceTracker();
  const ctx = createFlowContext({ spec, system: LENSES, checks: LENSES.checks, target, options: OPTIONS, scenario: 'fixtures', slot: 90, http, resources, aggregator: createAggregator(), coverage: new Map() });
  return { server, spec, http, ctx, resources };
}

const adminFetch = (server: RunningReferenceServer, method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

const names = async (server: RunningReferenceServer, path: string) => ((await adminGet(server, path)) as { items: { name: string }[] }).items.map((i) => i.name);

describe('Lenses fixtures for the generic scenarios', () => {
  it('address run-owned users and groups (separate ones for deletes), give known-good bodies and a session of their own', async () => {
    const { server, spec, ctx, resources } = await contextFor();
    const fixtures = await LENSES.prepareFixtures(ctx);
    const op = (id: string) => spec.byId.get(id)!;
    const user = fixtures.pathParams(op('getUser'))!.name!;
    const doomed = fixtures.pathParams(op('deleteUser'))!.name!;
    const group = fixtures.pathParams(op('updateGroup'))!.name!;
    const doomedGroup = fixtures.pathParams(op('deleteGroup'))!.name!;
    for (const name of [user, doomed, group, doomedGroup]) expect(name.startsWith(ctx.scenarioPrefix)).toBe(true);
    expect(new Set([user, doomed]).size).toBe(2);
    expect(new Set([group, doomedGroup]).size).toBe(2);
    for (const id of ['updateUser', 'updateUserProfile', 'setUserGroups']) expect(fixtures.pathParams(op(id))).toEqual({ name: user });
    expect(fixtures.pathParams(op('listUsers'))).toEqual({});
    expect(await names(server, '/api/v1/users')).toEqual(expect.arrayContaining([user, doomed]));
    expect(await names(server, '/api/v1/groups')).toEqual(expect.arrayContaining([group, doomedGroup]));

    expect(fixtures.body!(op('login'))).toEqual({ username: server.adminUsername, password: server.adminPassword });
    expect(fixtures.body!(op('updateCurrentUserSettings'))).toEqual({});
    expect(fixtures.body!(op('setUserGroups'))).toEqual({ add_to_groups: [group] });
    expect(fixtures.auth!(op('deleteCurrentUserSessions'))).toMatchObject({ kind: 'cookie', name: 'session_id' });
    expect(fixtures.auth!(op('getUser'))).toBeUndefined();
    for (const operation of spec.operations) expect(fixtures.unavailable!(operation), operation.operationId).toBeUndefined();

    const cleanup = await resources.cleanup();
    expect(cleanup).toEqual({ created: 4, deleted: 4, leftover: [] });
    expect((await names(server, '/api/v1/users')).filter((n) => n.startsWith('uc-'))).toEqual([]);
    expect((await names(server, '/api/v1/groups')).filter((n) => n.startsWith('uc-'))).toEqual([]);
  });

  it('never offer deleteCurrentUserSessions or login without a configured login', async () => {
    const { spec, ctx, resources } = await contextFor(false);
    const fixtures = await LENSES.prepareFixtures(ctx);
    expect(fixtures.unavailable!(spec.byId.get('deleteCurrentUserSessions')!)).toMatch(/ends every session of the calling user.*no login is configured/);
    expect(fixtures.unavailable!(spec.byId.get('login')!)).toMatch(/no login configured/);
    expect(fixtures.auth!(spec.byId.get('deleteCurrentUserSessions')!)).toBeUndefined();
    expect(fixtures.body!(spec.byId.get('login')!)).toBeUndefined();
    await resources.cleanup();
  });
});

describe('Lenses body rules', () => {
  it('track users and groups a generated create made, so cleanup removes them', async () => {
    const { server, ctx, resources } = await contextFor();
    const user = await ctx.call('createUser', { json: { name: ctx.uniqueName() } });
    LENSES.bodyRules.createUser!.trackCreated!(ctx, user, { name: (user.json as { name: string }).name });
    const group = await ctx.call('createGroup', { json: { name: ctx.uniqueName() } });
    LENSES.bodyRules.createGroup!.trackCreated!(ctx, group, { name: (group.json as { name: string }).name });
    const refused = await ctx.call('createUser', { json: { name: 'x'.repeat(101) } });
    LENSES.bodyRules.createUser!.trackCreated!(ctx, refused, { name: 'x'.repeat(101) });
    expect(LENSES.bodyRules.createUser).toMatchObject({ acceptsAnyValid: true, unique: { '/name': 'name' } });
    expect(LENSES.bodyRules.updateCurrentUserSettings?.acceptsAnyValid).toBeFalsy();
    expect(await resources.cleanup()).toEqual({ created: 2, deleted: 2, leftover: [] });
    expect((await names(server, '/api/v1/users')).filter((n) => n.startsWith('uc-'))).toEqual([]);
  });
});

describe('Lenses sweep', () => {
  it('removes users, groups and settings keys of the run and nothing else', async () => {
    const { server, spec, http } = await contextFor();
    const mine = (n: number) => `uc-${OPTIONS.runId}-${n}`;
    for (const name of [mine(1), mine(2), 'uc-otherrun-1']) expect((await adminFetch(server, 'POST', '/api/v1/users', { name })).status).toBe(201);
    expect((await adminFetch(server, 'POST', '/api/v1/groups', { name: mine(3) })).status).toBe(201);
    await adminFetch(server, 'PATCH', '/api/v1/users/me/settings', { [mine(4)]: 'x', theme: 'dark' });
    const before = { users: await names(server, '/api/v1/users'), groups: await names(server, '/api/v1/groups') };

    const swept = await LENSES.sweep(http, spec, OPTIONS.runId);
    expect(swept).toMatchObject({ deleted: 4, leftover: [] });
    expect(await names(server, '/api/v1/users')).toEqual(before.users.filter((n) => ![mine(1), mine(2)].includes(n)));
    expect(await names(server, '/api/v1/groups')).toEqual(before.groups.filter((n) => n !== mine(3)));
    expect(await adminGet(server, '/api/v1/users/me/settings')).toEqual({ theme: 'dark' });
    expect(await LENSES.sweep(http, spec, OPTIONS.runId)).toMatchObject({ deleted: 0, leftover: [] });
  });
});

describe('Lenses scenarios in other configurations', () => {
  it('skip the login checks with the reason when no login is configured', async () => {
    const run = await runLenses({ scenarios: [lensesMe], login: false });
    try {
      expect(problems(run.results).map(describeResult)).toEqual([]);
      // Each skip names the operation the check is about, as its runs do.
      const skippedOn = { 'lenses.login-sets-cookie': 'login', 'lenses.session-authenticates': 'getCurrentUser', 'lenses.me-is-caller': 'getCurrentUser', 'lenses.sessions-deleted': 'deleteCurrentUserSessions' };
      for (const [id, operationId] of Object.entries(skippedOn)) {
        const result = run.results.find((r) => r.checkId === id)!;
        expect(result, id).toMatchObject({ status: 'skipped', operationId, message: 'no login configured (TARGET_USERNAME / TARGET_PASSWORD)' });
      }
      expect(run.results.filter((r) => r.operationId === undefined).map(describeResult)).toEqual([]);
      expect(run.results.find((r) => r.checkId === 'lenses.login-bad-credentials-refused')?.status).toBe('passed');
    } finally {
      await run.server.close();
    }
  });

  it('in read-only mode change nothing, and still check me, settings and the login', async () => {
    const server = await startReferenceServer({ spec: 'lenses-hq' });
    servers.push(server);
    const snapshot = async () => [await adminGet(server, '/api/v1/users'), await adminGet(server, '/api/v1/groups'), await adminGet(server, '/api/v1/users/me/settings')];
    const before = await snapshot();
    const spec = await loadSpec('lenses-hq');
    const outcome = await runTarget({ spec, system: LENSES, target: { specId: spec.id, baseUrl: server.url, label: 'reference', credentials: credentialsOf(server) }, options: { ...OPTIONS, readOnly: true }, scenarios: LENSES.scenarios });
    const results = outcome.outcomes.flatMap((o) => o.results);
    expect(problems(results).map(describeResult)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    const status = (id: string) => results.find((r) => r.checkId === id)?.status;
    for (const id of ['lenses.me-is-caller', 'lenses.session-authenticates', 'lenses.login-sets-cookie', 'lenses.settings-readable']) expect(status(id), id).toBe('passed');
    for (const id of ['lenses.settings-merge', 'lenses.sessions-deleted', 'lenses.metadata-patch', 'model.consistent']) expect(status(id), id).toBe('disabled');
  });

  it('report a model disagreement on a field as expected vs got, after commands that show the bodies they sent', async () => {
    const run = await runLenses({ fault: 'lenses-patch-resets-absent-fields', scenarios: [lensesModel], options: { runs: 10 } });
    try {
      const failed = run.results.find((r) => r.checkId === 'model.consistent' && r.status === 'failed')!;
      expect(failed.operationId).toBe('updateUser');
      expect(failed.message).toMatch(/^patch\(user \d, \{.*\}\): (display_name|metadata\.\w+|profile\.\w+|groups): expected .+, got .+ \(after \[/);
      const commands = (failed.reproduction!.counterexample as { commands: string[] }).commands;
      for (const command of commands) expect(command).toMatch(/^(create|patch|profile|groups)\([^,]+, \{.*\}\)$|^(get|delete)\([^,]+\)$/);
      expect(failed.message).toContain(`(after [${commands.join(', ')}]; seed 20261122`);
    } finally {
      await run.server.close();
    }
  });

  it('report a model disagreement with the shrunk sequence, seed, replay path and the requests', async () => {
    const run = await runLenses({ fault: 'lenses-deleted-still-readable', scenarios: [lensesModel], options: { runs: 10 } });
    try {
      const failed = run.results.find((r) => r.checkId === 'model.consistent' && r.status === 'failed')!;
      expect(failed.message).toMatch(/getUser after delete\(user \d\): status 200, the model expects a 4xx \(after \[.*delete\(user \d\)\]; seed 20261122, path "[\d:]+", replayPath "[^"]+"\)/);
      expect(failed.operationId).toBe('deleteUser');
      expect(failed.reproduction?.path).toMatch(/^[\d:]+$/);
      expect(failed.reproduction?.counterexample).toMatchObject({ commands: expect.arrayContaining([expect.stringMatching(/^delete/)]) });
      expect(failed.reproduction?.exchanges.length).toBeGreaterThan(0);
      expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
    } finally {
      await run.server.close();
    }
  });
});

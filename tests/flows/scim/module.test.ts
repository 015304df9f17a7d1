/**
 * The SCIM module's support for the rest of the suite: recognising a SCIM document, reading a create
 * back at its item path, the end-of-run sweep, and read-only mode.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTargetClient } from '../../../src/engine/client.js';
import { startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { readBackOperation } from '../../../src/scenarios/read-back.js';
import { loadSpec, loadSpecFromDocument } from '../../../src/spec/index.js';
import { SCIM } from '../../../src/systems/scim/index.js';
import { systemOf } from '../../../src/systems/index.js';
import { describeResult, OPTIONS, problems, runScim } from './harness.js';

const servers: RunningReferenceServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const adminFetch = (server: RunningReferenceServer, method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/scim+json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const names = async (server: RunningReferenceServer, path: string, attr: string) =>
  ((await (await adminFetch(server, 'GET', path)).json()) as { Resources: Record<string, string>[] }).Resources.map((r) => r[attr]);

describe('SCIM module', () => {
  it('recognises a SCIM document that does not declare its system', async () => {
    const spec = await loadSpec('scim-2.0');
    const { 'x-conformance-system': _declared, ...undeclared } = spec.document as Record<string, unknown>;
    expect(systemOf(await loadSpecFromDocument(undeclared, 'undeclared-scim'))).toBe(SCIM);
  });

  it('reads a create back at the created item, not from the collection list', async () => {
    const spec = await loadSpec('scim-2.0');
    expect(readBackOperation(spec, spec.byId.get('createUser')!)).toMatchObject({ read: { operationId: 'getUser' }, param: 'id' });
    expect(readBackOperation(spec, spec.byId.get('replaceGroup')!)).toMatchObject({ read: { operationId: 'getGroup' } });
  });

  it('sweeps the users and groups of the run, and nothing else', async () => {
    const server = await startReferenceServer({ spec: 'scim-2.0' });
    servers.push(server);
    const spec = await loadSpec('scim-2.0');
    const http = createTargetClient({ specId: spec.id, baseUrl: server.url, label: 'reference', credentials: { adminToken: server.adminToken } }, spec, SCIM, OPTIONS);
    const mine = (n: number) => `uc-${OPTIONS.runId}-${n}`;
    for (const userName of [mine(1), mine(2).toUpperCase(), 'uc-otherrun-1']) expect((await adminFetch(server, 'POST', '/Users', { userName })).status).toBe(201);
    expect((await adminFetch(server, 'POST', '/Groups', { displayName: mine(3) })).status).toBe(201);
    const before = { users: await names(server, '/Users', 'userName'), groups: await names(server, '/Groups', 'displayName') };
    expect(await SCIM.sweep(http, spec, OPTIONS.runId)).toMatchObject({ deleted: 3, leftover: [] });
    expect(await names(server, '/Users', 'userName')).toEqual(before.users.filter((n) => ![mine(1), mine(2).toUpperCase()].includes(n)));
    expect(await names(server, '/Groups', 'displayName')).toEqual(before.groups.filter((n) => n !== mine(3)));
    expect(await SCIM.sweep(http, spec, OPTIONS.runId)).toMatchObject({ deleted: 0, leftover: [] });
    await http.close?.();
  });

  it('runs read-only without a failure, against the users and groups that exist', async () => {
    const run = await runScim({ options: { readOnly: true } });
    try {
      expect(problems(run.results).map(describeResult)).toEqual([]);
      expect(run.results.some((r) => r.status === 'passed' && r.operationId === 'getUser')).toBe(true);
    } finally {
      await run.server.close();
    }
  });
});

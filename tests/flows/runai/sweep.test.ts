import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/index.js';
import type { HttpClient } from '../../../src/http/types.js';
import { sweepRunai } from '../../../src/systems/runai/sweep.js';
import { startReferenceServer, type RunningReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';

describe('the Run:ai end-of-run sweep', () => {
  let server: RunningReferenceServer;
  let http: HttpClient;
  beforeAll(async () => {
    server = await startReferenceServer({ spec: 'runai-2.19' });
    http = createHttpClient({ baseUrl: server.url, credentials: { adminToken: server.adminToken } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  const send = (method: string, path: string, json?: unknown) => http.send({ method, path, json, auth: { kind: 'admin' } });
  const names = async (path: string, field: string) => ((await send('GET', path)).json as Array<Record<string, string>>).map((u) => u[field]);

  it('removes the users, k8s users and k8s groups carrying the run id, and nothing else', async () => {
    const before = { users: await names('/api/v1/users', 'username'), groups: await names('/v1/k8s/groups', 'userId') };
    await send('POST', '/api/v1/users', { email: 'uc-sweeprun-100001@example.com' });
    await send('POST', '/v1/k8s/users', { email: 'uc-sweeprun-100002@example.com', password: 'Uc!secret-1', roles: ['viewer'] });
    await send('POST', '/v1/k8s/groups', { username: 'uc-sweeprun-100003', userId: 'uc-sweeprun-100003', email: '', password: 'Uc!secret-2', roles: ['viewer'] });
    await send('POST', '/api/v1/users', { email: 'uc-otherrun-100001@example.com' });

    const result = await sweepRunai(http, await loadSpec('runai-2.19'), 'sweeprun');

    expect(result).toMatchObject({ deleted: 3, leftover: [] });
    // Each kind listed again after its deletes: nothing of the run's is left. A k8s user is also a
    // user, so the users' sweep already removed it and the k8s users' list found none.
    expect(result.verified?.map((v) => [v.kind, v.before.length, v.after])).toEqual([['user', 2, []], ['k8s-user', 0, []], ['k8s-group', 1, []]]);
    expect(await names('/api/v1/users', 'username')).toEqual([...before.users, 'uc-otherrun-100001@example.com']);
    expect(await names('/v1/k8s/groups', 'userId')).toEqual(before.groups);
  });

  it('reports what a delete said it removed but the list still shows', async () => {
    const created = (await send('POST', '/api/v1/users', { email: 'uc-liarrun1-100001@example.com' })).json as { id: string };
    // Between the sweep's delete and its second list, the server "forgets" the delete: a lying DELETE.
    const liar: HttpClient = { ...http, send: (request) => (request.method === 'DELETE' ? http.send({ ...request, method: 'GET' }).then((r) => ({ ...r, status: 204 })) : http.send(request)) };
    const result = await sweepRunai(liar, await loadSpec('runai-2.19'), 'liarrun1');
    expect(result.deleted).toBe(0);
    // The k8s users' list shows the same user, and its delete lies too.
    expect(result.leftover).toEqual([
      { kind: 'user', id: created.id, label: 'uc-liarrun1-100001@example.com', reason: 'still listed after delete_user_by_id answered 204' },
      { kind: 'k8s-user', id: created.id, label: 'uc-liarrun1-100001@example.com', reason: 'still listed after deleteUserById answered 204' },
    ]);
    expect(result.verified?.[0]).toEqual({ kind: 'user', before: [created.id], after: [created.id] });
    await send('DELETE', `/api/v1/users/${created.id}`);
  });

  it('is not misled by a filter that finds nothing: the full list, when it comes whole, decides', async () => {
    await send('POST', '/api/v1/users', { email: 'uc-filtrun1-100001@example.com' });
    const blindFilter: HttpClient = { ...http, send: (request) => http.send(request).then((r) => (request.query?.filterBy ? { ...r, json: [] } : r)) };
    const result = await sweepRunai(blindFilter, await loadSpec('runai-2.24'), 'filtrun1');
    expect(result).toMatchObject({ deleted: 1, leftover: [] });
    expect(await names('/api/v1/users', 'username')).not.toContain('uc-filtrun1-100001@example.com');
  });
});

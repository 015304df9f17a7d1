/**
 * Bad input never yields a 500: malformed JSON, oversized or mislabelled bodies, unknown routes and
 * methods, in each system's error schema; concurrent duplicate creates; prompt shutdown; bad options.
 */
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer } from '../../src/reference/index.js';
import { startClient, unique, type ReferenceClient } from './client.js';

/** `unsupported`: the refusal of an undeclared media type, 415 only where the operation documents it. */
const SYSTEMS = [
  { spec: 'runai-2.24', create: 'create_user', body: () => ({ email: `${unique()}@example.com` }), errorPointer: '#/components/schemas/Error', unsupported: 400 },
  { spec: 'lenses-hq', create: 'createUser', body: () => ({ name: unique() }), errorPointer: '#/components/schemas/hq_Error', unsupported: 415 },
] as const;

describe.each(SYSTEMS)('$spec transport errors', ({ spec, create, body, errorPointer, unsupported }) => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec });
  });
  afterAll(() => c.server.close());

  /** A raw request; the answer must be a JSON error in the system's schema with the status echoed. */
  const expectError = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json');
    const error = (await response.json()) as { code?: number; status?: number };
    expect(c.spec.validators.schema(errorPointer, 'response', error)).toEqual({ valid: true });
    expect(error.code ?? error.status).toBe(status);
    return error;
  };
  const auth = () => ({ authorization: `Bearer ${c.server.adminToken}` });
  const post = (body: string | Buffer, contentType = 'application/json') =>
    fetch(`${c.server.url}/api/v1/users`, { method: 'POST', headers: { ...auth(), 'content-type': contentType }, body });

  it('answers malformed JSON with 400', async () => {
    await expectError(await post('{"name": '), 400);
    await expectError(await post('[1, 2'), 400);
  });

  it('refuses a media type the operation does not declare, even a +json one', async () => {
    await expectError(await post(JSON.stringify(body()), 'text/plain'), unsupported);
    await expectError(await post('name=x', 'application/x-www-form-urlencoded'), unsupported);
    await expectError(await post(JSON.stringify(body()), 'application/merge-patch+json'), unsupported);
    await expectError(await post(JSON.stringify(body()), 'application/problem+json'), unsupported);
    expect((await post(JSON.stringify(body()), 'Application/JSON; charset=utf-8')).status).toBe(201);
  });

  it('answers an empty body where one is required with 400', async () => {
    await expectError(await fetch(`${c.server.url}/api/v1/users`, { method: 'POST', headers: auth() }), 400);
  });

  it('answers a body over 1 MiB with 413 and keeps serving', async () => {
    await expectError(await post(Buffer.alloc(1024 * 1024 + 1, 'a')), 413);
    expect((await c.call(create, { body: body() })).status).toBe(201);
  });

  it('answers unknown routes with 404 and wrong methods with 405 and Allow', async () => {
    await expectError(await fetch(`${c.server.url}/api/v1/nothing`, { headers: auth() }), 404);
    await expectError(await fetch(`${c.server.url}/api/v1/users/`, { headers: auth() }), 404);
    const wrong = await fetch(`${c.server.url}/api/v1/users`, { method: 'PUT', headers: auth() });
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    await expectError(wrong, 405);
    const me = await fetch(`${c.server.url}/api/v1/users/${spec === 'lenses-hq' ? 'me' : 'count'}`, { method: 'DELETE', headers: auth() });
    expect(me.headers.get('allow')).toBe('GET');
    await expectError(me, 405);
  });

  it('reads a target starting with // as a path, never as a host', async () => {
    const known = spec === 'lenses-hq' ? '/api/v1/users/me' : '/api/v1/users/count';
    const hosted = await expectError(await fetch(`${c.server.url}//evil.example${known}`, { headers: auth() }), 404);
    expect(JSON.stringify(hosted)).toContain(`//evil.example${known}`);
    const doubled = await expectError(await fetch(`${c.server.url}//api/v1/users`, { headers: auth() }), 404);
    expect(JSON.stringify(doubled)).toContain('no operation at //api/v1/users');
  });

  it('answers a malformed percent-encoding in the path with 400', async () => {
    await expectError(await fetch(`${c.server.url}/api/v1/users/%E0%A4%A`, { headers: auth() }), 400);
  });

  it('lets exactly one of many concurrent creates of the same user succeed', async () => {
    const same = body();
    const results = await Promise.all(Array.from({ length: 8 }, () => c.send(create, { body: same })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('creates many different users concurrently, all listed', async () => {
    const bodies = Array.from({ length: 10 }, () => body());
    const results = await Promise.all(bodies.map((b) => c.call(create, { body: b })));
    expect(results.every((r) => r.status === 201)).toBe(true);
    const listed = JSON.stringify((await c.call(spec === 'lenses-hq' ? 'listUsers' : 'get_users')).body);
    for (const b of bodies) expect(listed).toContain(Object.values(b)[0]);
  });
});

describe('server lifecycle and options', () => {
  it('closes promptly even with idle keep-alive connections', async () => {
    const server = await startReferenceServer({ spec: 'lenses-hq' });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${server.url}/api/v1/users`, { agent: new Agent({ keepAlive: true }), headers: { authorization: `Bearer ${server.adminToken}` } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
    const started = Date.now();
    await server.close();
    // Waiting for the idle connection would take Node's 5 s keep-alive timeout.
    expect(Date.now() - started).toBeLessThan(3_000);
    await expect(fetch(`${server.url}/api/v1/users`)).rejects.toThrow();
  });

  it('uses the configured credentials', async () => {
    const server = await startReferenceServer({ spec: 'runai-2.19', adminToken: 'admin-secret', viewerToken: 'viewer-secret', clientId: 'app', clientSecret: 'app-secret', preexistingUsers: 0 });
    try {
      const list = await fetch(`${server.url}/api/v1/users`, { headers: { authorization: 'Bearer admin-secret' } });
      expect(await list.json()).toEqual([]);
      const viewer = await fetch(`${server.url}/api/v1/users`, { method: 'POST', headers: { authorization: 'Bearer viewer-secret', 'content-type': 'application/json' }, body: '{"email":"a@example.com"}' });
      expect(viewer.status).toBe(403);
      const token = await fetch(`${server.url}/api/v1/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grantType: 'app_token', appID: 'app', appSecret: 'app-secret' }) });
      expect(token.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('rejects unknown faults, faults of another system and bad options with clear messages', async () => {
    await expect(startReferenceServer({ spec: 'runai-2.24', fault: 'no-such-fault' })).rejects.toThrow(/unknown fault "no-such-fault"/);
    await expect(startReferenceServer({ spec: 'lenses-hq', fault: 'runai-create-returns-200' })).rejects.toThrow(/does not apply to spec lenses-hq/);
    await expect(startReferenceServer({ spec: 'runai-2.18', fault: 'runai-search-ignored' })).rejects.toThrow(/does not apply/);
    await expect(startReferenceServer({ spec: 'runai-2.24', port: 70000 })).rejects.toThrow(/port must be an integer/);
    await expect(startReferenceServer({ spec: 'runai-2.24', adminToken: '' })).rejects.toThrow(/token must be a non-empty/);
  });

  it('reports a port in use', async () => {
    const first = await startReferenceServer({ spec: 'runai-2.24' });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startReferenceServer({ spec: 'runai-2.24', port })).rejects.toThrow(/cannot listen on 127.0.0.1:\d+: EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { jwtExpiry, MissingCredentialError, TokenMintError } from '../../src/http/index.js';
import { testClient } from './clients.js';
import { json, startServer } from './test-server.js';

/** A server that accepts only the tokens in `valid` (or any) and records which token each request carried. */
async function tokenServer(valid: Set<string> | 'any') {
  const target = await startServer((req, res) => {
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    if (!token || (valid !== 'any' && !valid.has(token))) return json(res, 401, { code: 401, message: 'unauthorized' });
    json(res, 200, { ok: true });
  });
  const tokensSeen = () => target.requests.map((r) => r.headers.authorization?.replace(/^Bearer /, ''));
  return { target, tokensSeen };
}

function jwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none' })}.${part(payload)}.sig`;
}

const admin = { method: 'GET', path: '/api/v1/users', auth: { kind: 'admin' } } as const;

describe('admin tokens', () => {
  it('uses a static admin token and never retries a 401 with it', async () => {
    const { target, tokensSeen } = await tokenServer(new Set());
    const client = testClient({ baseUrl: target.url, credentials: { adminToken: 'static-admin-token' } });
    const res = await client.send(admin);
    expect(res.status).toBe(401);
    expect(tokensSeen()).toEqual(['static-admin-token']);
    expect(res.exchange.attempts).toBe(1);
  });

  it('mints lazily, and again before expiry (less than 60 s left), never sending an expired token', async () => {
    let clock = 1_000_000;
    let minted = 0;
    const valid = new Set<string>();
    const { target, tokensSeen } = await tokenServer(valid);
    const client = testClient({
      baseUrl: target.url,
      now: () => clock,
      credentials: {
        mintAdminToken: async () => {
          const token = `minted-token-${++minted}`;
          valid.add(token);
          return { token, expiresAt: clock + 10 * 60_000 };
        },
      },
    });
    expect(minted).toBe(0);
    expect((await client.send(admin)).status).toBe(200);
    clock += 5 * 60_000;
    expect((await client.send(admin)).status).toBe(200);
    expect(minted).toBe(1);
    clock += 4 * 60_000 + 30_000; // 30 s of validity left
    expect((await client.send(admin)).status).toBe(200);
    expect(minted).toBe(2);
    expect(tokensSeen()).toEqual(['minted-token-1', 'minted-token-1', 'minted-token-2']);
  });

  it('reads the expiry from the JWT exp claim when the mint gives none', async () => {
    let clock = Date.UTC(2030, 0, 1);
    const tokens: string[] = [];
    const { target } = await tokenServer('any');
    const client = testClient({
      baseUrl: target.url,
      now: () => clock,
      credentials: {
        mintAdminToken: async () => {
          const token = jwt({ sub: 'app', exp: clock / 1000 + 3600, n: tokens.length });
          tokens.push(token);
          return { token };
        },
      },
    });
    expect(jwtExpiry(jwt({ exp: 1700000000 }))).toBe(1700000000_000);
    expect(jwtExpiry('not-a-jwt')).toBeUndefined();
    await client.send(admin);
    clock += 3600_000 - 120_000;
    await client.send(admin);
    expect(tokens).toHaveLength(1);
    clock += 61_000;
    await client.send(admin);
    expect(tokens).toHaveLength(2);
  });

  it('refreshes a short-lived token at half its lifetime, not on every request', async () => {
    let clock = 0;
    let minted = 0;
    const { target } = await tokenServer('any');
    const client = testClient({
      baseUrl: target.url,
      now: () => clock,
      credentials: { mintAdminToken: async () => ({ token: `short-lived-${++minted}`, expiresAt: clock + 30_000 }) },
    });
    await client.send(admin);
    clock += 10_000;
    await client.send(admin);
    expect(minted).toBe(1);
    clock += 6_000;
    await client.send(admin);
    expect(minted).toBe(2);
  });

  it('after a 401, re-mints once and resends once', async () => {
    let minted = 0;
    const valid = new Set<string>();
    const { target, tokensSeen } = await tokenServer(valid);
    const client = testClient({
      baseUrl: target.url,
      credentials: {
        mintAdminToken: async () => {
          const token = `minted-token-${++minted}`;
          if (minted > 1) valid.add(token); // the first token is revoked server-side
          return { token };
        },
      },
    });
    const res = await client.send(admin);
    expect(res.status).toBe(200);
    expect(minted).toBe(2);
    expect(tokensSeen()).toEqual(['minted-token-1', 'minted-token-2']);
    expect(res.exchange.attempts).toBe(2);
    expect(res.exchange.retries).toEqual([{ reason: 'token-refreshed', status: 401, waitedMs: 0 }]);
  });

  it('returns the second 401 when the fresh token is refused too', async () => {
    let minted = 0;
    const { target } = await tokenServer(new Set());
    const client = testClient({ baseUrl: target.url, credentials: { mintAdminToken: async () => ({ token: `refused-token-${++minted}` }) } });
    const res = await client.send(admin);
    expect(res.status).toBe(401);
    expect(minted).toBe(2);
    expect(target.requests).toHaveLength(2);
  });

  it('concurrent requests share one mint, and concurrent 401s share one re-mint', async () => {
    let minted = 0;
    const valid = new Set<string>();
    const { target } = await tokenServer(valid);
    const client = testClient({
      baseUrl: target.url,
      credentials: {
        mintAdminToken: async () => {
          await sleep(50);
          const token = `shared-token-${++minted}`;
          valid.add(token);
          return { token };
        },
      },
    });
    const first = await Promise.all(Array.from({ length: 10 }, () => client.send(admin)));
    expect(first.every((r) => r.status === 200)).toBe(true);
    expect(minted).toBe(1);
    valid.clear(); // the server revokes the token
    const second = await Promise.all(Array.from({ length: 10 }, () => client.send(admin)));
    expect(second.every((r) => r.status === 200)).toBe(true);
    expect(minted).toBe(2);
  });

  it('mints through the client itself (a login operation) without deadlocking at concurrency 1', async () => {
    const target = await startServer((req, res, received) => {
      if (req.url === '/api/v1/token') {
        const body = JSON.parse(received.body) as { clientSecret?: string };
        return body.clientSecret === 'client-secret-value' ? json(res, 200, { accessToken: 'login-minted-token' }) : json(res, 401, {});
      }
      json(res, req.headers.authorization === 'Bearer login-minted-token' ? 200 : 401, {});
    });
    const client = testClient({
      baseUrl: target.url,
      maxConcurrency: 1,
      secrets: { 'client-secret': 'client-secret-value' },
      credentials: {
        mintAdminToken: async () => {
          const login = await client.send({
            method: 'POST',
            path: '/api/v1/token',
            json: { grantType: 'client_credentials', clientId: 'app', clientSecret: 'client-secret-value' },
            auth: { kind: 'none' },
          });
          return { token: (login.json as { accessToken: string }).accessToken };
        },
      },
    });
    const results = await Promise.all([client.send(admin), client.send(admin)]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(results[0]!.exchange.request.headers.authorization).toBe('Bearer [REDACTED:admin-token]');
  });

  it('a failing mint is a TokenMintError, and the next request tries again', async () => {
    let calls = 0;
    const { target } = await tokenServer(new Set(['second-try-token']));
    const client = testClient({
      baseUrl: target.url,
      credentials: {
        mintAdminToken: async () => {
          if (++calls === 1) throw new Error('login refused with 401');
          return { token: 'second-try-token' };
        },
      },
    });
    await expect(client.send(admin)).rejects.toThrow(TokenMintError);
    await expect(client.send(admin)).resolves.toMatchObject({ status: 200 });
  });
});

describe('other auth choices', () => {
  it('viewer or admin without credentials throw MissingCredentialError', async () => {
    const client = testClient({ baseUrl: 'http://127.0.0.1:9' });
    const viewer = client.send({ method: 'POST', path: '/', auth: { kind: 'viewer' } });
    await expect(viewer).rejects.toBeInstanceOf(MissingCredentialError);
    await expect(viewer).rejects.toMatchObject({ credential: 'viewer' });
    await expect(client.send(admin)).rejects.toMatchObject({ name: 'MissingCredentialError', credential: 'admin' });
  });

  it('none sends no credentials; viewer, bearer, cookie and invalid send theirs', async () => {
    const target = await startServer((_req, res) => json(res, 200, {}));
    const client = testClient({ baseUrl: target.url, credentials: { viewerToken: 'viewer-token-value' } });
    await client.send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    await client.send({ method: 'GET', path: '/', auth: { kind: 'viewer' } });
    await client.send({ method: 'GET', path: '/', auth: { kind: 'bearer', token: 'user-token-value' } });
    await client.send({ method: 'GET', path: '/', auth: { kind: 'cookie', name: 'session_id', value: 'session-value' } });
    const invalid = await client.send({ method: 'GET', path: '/', auth: { kind: 'invalid', value: 'not-a-real-token' } });
    const seen = target.requests.map((r) => [r.headers.authorization, r.headers.cookie]);
    expect(seen).toEqual([
      [undefined, undefined],
      ['Bearer viewer-token-value', undefined],
      ['Bearer user-token-value', undefined],
      [undefined, 'session_id=session-value'],
      ['Bearer not-a-real-token', undefined],
    ]);
    // A deliberately invalid credential is no secret: the reproduction shows it.
    expect(invalid.exchange.request.headers.authorization).toBe('Bearer not-a-real-token');
  });
});

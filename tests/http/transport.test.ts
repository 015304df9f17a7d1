import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/http/index.js';
import { testClient } from './clients.js';
import { json, refusedUrl, startServer } from './test-server.js';

describe('transport failures are reported, never thrown', () => {
  it('a server that never sends headers times out within the limit', async () => {
    const target = await startServer(() => {});
    const client = testClient({ baseUrl: target.url, timeoutMs: 300 });
    const started = performance.now();
    const res = await client.send({ method: 'GET', path: '/hang', auth: { kind: 'none' } });
    const elapsed = performance.now() - started;
    expect(res.exchange.transportError?.kind).toBe('timeout');
    expect(res.status).toBeUndefined();
    expect(res.exchange.response).toBeUndefined();
    expect(elapsed).toBeGreaterThanOrEqual(250);
    // Well under the 10 s default, with room for a busy machine's scheduling delays.
    expect(elapsed).toBeLessThan(5_000);
  });

  it('a body that never ends times out, keeping what arrived for the transcript', async () => {
    const target = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
    });
    const client = testClient({ baseUrl: target.url, timeoutMs: 300 });
    const started = performance.now();
    const res = await client.send({ method: 'GET', path: '/slow-body', auth: { kind: 'none' } });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(res.exchange.transportError?.kind).toBe('timeout');
    expect(res.status).toBeUndefined();
    expect(res.json).toBeUndefined();
    expect(res.exchange.response?.status).toBe(200);
    expect(res.exchange.response?.body).toBe('{"partial":');
  });

  it('a per-request timeout overrides the default', async () => {
    const target = await startServer(() => {});
    const client = testClient({ baseUrl: target.url, timeoutMs: 10_000 });
    const res = await client.send({ method: 'GET', path: '/hang', auth: { kind: 'none' }, timeoutMs: 200 });
    expect(res.exchange.transportError?.kind).toBe('timeout');
    expect(res.exchange.durationMs).toBeLessThan(5_000);
  });

  it('a connection reset mid-body is a connection-reset', async () => {
    const target = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"users":[', () => setTimeout(() => req.socket.resetAndDestroy(), 20));
    });
    const client = testClient({ baseUrl: target.url });
    const res = await client.send({ method: 'GET', path: '/reset', auth: { kind: 'none' } });
    expect(res.exchange.transportError?.kind).toBe('connection-reset');
    expect(res.status).toBeUndefined();
    expect(res.exchange.response?.body).toBe('{"users":[');
  });

  it('a refused connection is a connection-refused', async () => {
    const client = testClient({ baseUrl: await refusedUrl() });
    const res = await client.send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.exchange.transportError?.kind).toBe('connection-refused');
    expect(res.exchange.transportError?.message).toMatch(/ECONNREFUSED/);
    expect(res.status).toBeUndefined();
  });

  it('a 20 MiB body stops at the cap: body-too-large, reading abandoned, transcript kept small', async () => {
    let serverFinished = false;
    const target = await startServer(async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.on('finish', () => (serverFinished = true));
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let sent = 0; sent < 20 * 1024 * 1024 && !res.destroyed; sent += chunk.length) {
        if (!res.write(chunk)) {
          await new Promise<void>((resolve) => {
            const done = () => {
              res.off('drain', done).off('close', done);
              resolve();
            };
            res.on('drain', done).on('close', done);
          });
        }
      }
      res.end();
    });
    const client = testClient({ baseUrl: target.url });
    const res = await client.send({ method: 'GET', path: '/huge', auth: { kind: 'none' } });
    expect(res.exchange.transportError?.kind).toBe('body-too-large');
    expect(res.status).toBeUndefined();
    expect(res.text).toBeUndefined();
    const recorded = res.exchange.response!;
    expect(recorded.status).toBe(200);
    expect(recorded.bodyBytes).toBeGreaterThan(8 * 1024 * 1024);
    // Reading stopped at the cap (plus at most the chunk that crossed it), not at 20 MiB.
    expect(recorded.bodyBytes).toBeLessThan(9 * 1024 * 1024);
    expect(recorded.bodyTruncated).toBe(true);
    expect(Buffer.byteLength(recorded.body)).toBe(16 * 1024);
    expect(serverFinished).toBe(false);
  });

  it('a custom body cap applies', async () => {
    const target = await startServer((_req, res) => json(res, 200, { data: 'x'.repeat(5000) }));
    const client = testClient({ baseUrl: target.url, maxBodyBytes: 1000, transcriptBodyLimit: 100 });
    const res = await client.send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.exchange.transportError?.kind).toBe('body-too-large');
    expect(res.exchange.response?.body).toHaveLength(100);
  });
});

describe('bodies as received', () => {
  it('malformed JSON labelled application/json: jsonError, the text kept', async () => {
    const target = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"id": "1",');
    });
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(200);
    expect(res.json).toBeUndefined();
    expect(res.jsonError).toMatch(/not valid JSON/);
    expect(res.text).toBe('{"id": "1",');
    expect(res.exchange.transportError).toBeUndefined();
  });

  it('JSON under a wrong content type is still parsed; the content type is reported as sent', async () => {
    const target = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('{"id":"1"}');
    });
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.json).toEqual({ id: '1' });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.exchange.response?.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('an HTML body is not JSON', async () => {
    const target = await startServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end('<h1>Internal error</h1>');
    });
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(500);
    expect(res.json).toBeUndefined();
    expect(res.jsonError).toBeDefined();
  });

  it('invalid UTF-8 is flagged, not JSON, and decoded with replacement characters', async () => {
    const target = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    });
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.status).toBe(200);
    expect(res.json).toBeUndefined();
    expect(res.jsonError).toMatch(/UTF-8/);
    expect(res.text).toContain('\uFFFD');
    expect(res.exchange.response?.invalidUtf8).toBe(true);
  });

  it('an empty 204 has no JSON and no JSON error', async () => {
    const target = await startServer((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const res = await testClient({ baseUrl: target.url }).send({ method: 'DELETE', path: '/users/1', auth: { kind: 'none' } });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.json).toBeUndefined();
    expect(res.jsonError).toBeUndefined();
    expect(res.exchange.response).toMatchObject({ status: 204, body: '', bodyBytes: 0, bodyTruncated: false });
  });

  it('a JSON null body parses to null', async () => {
    const target = await startServer((_req, res) => json(res, 200, null));
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    expect(res.json).toBeNull();
    expect(res.jsonError).toBeUndefined();
  });

  it('a 302 is returned as is, never followed', async () => {
    const target = await startServer((req, res) => {
      if (req.url === '/elsewhere') return json(res, 200, { followed: true });
      res.writeHead(302, { location: '/elsewhere' });
      res.end();
    });
    const res = await testClient({ baseUrl: target.url }).send({ method: 'GET', path: '/start', auth: { kind: 'none' } });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/elsewhere');
    expect(target.requests.map((r) => r.url)).toEqual(['/start']);
  });
});

describe('requests as sent', () => {
  it('keeps the base URL path prefix, appends the query, sends JSON with its content type and the user agent', async () => {
    const target = await startServer((_req, res) => json(res, 201, { id: '1' }));
    const client = testClient({ baseUrl: `${target.url}/api-base/` });
    expect(client.baseUrl).toBe(`${target.url}/api-base`);
    const res = await client.send({
      method: 'POST',
      path: '/api/v1/users',
      query: { filterBy: 'username=@a b,isLocal==true', tag: ['x', 'y'] },
      json: { email: 'a@example.com' },
      auth: { kind: 'none' },
      operationId: 'create_user',
    });
    const seen = target.requests[0]!;
    expect(seen.url).toBe('/api-base/api/v1/users?filterBy=username%3D%40a%20b,isLocal%3D%3Dtrue&tag=x&tag=y');
    expect(seen.headers['content-type']).toBe('application/json');
    expect(seen.headers['user-agent']).toMatch(/^users-conformance\/\d+\.\d+\.\d+/);
    expect(JSON.parse(seen.body)).toEqual({ email: 'a@example.com' });
    expect(res.exchange.request.url).toBe(`${target.url}${seen.url}`);
    expect(res.exchange.operationId).toBe('create_user');
    expect(res.exchange.request.body).toBe('{"email":"a@example.com"}');
  });

  it('sends raw bodies and content types as given, and leaves dot segments alone', async () => {
    const target = await startServer((_req, res) => json(res, 400, { code: 400 }));
    const client = testClient({ baseUrl: target.url });
    await client.send({ method: 'POST', path: '/users/..', rawBody: '{"broken":', contentType: 'text/plain', auth: { kind: 'none' } });
    expect(target.requests[0]).toMatchObject({ url: '/users/..', body: '{"broken":' });
    expect(target.requests[0]!.headers['content-type']).toBe('text/plain');
  });

  it('reuses connections (keep-alive) and calls onExchange for every exchange', async () => {
    const target = await startServer((_req, res) => json(res, 200, {}));
    let connections = 0;
    target.server.on('connection', () => connections++);
    const seen: string[] = [];
    const client = testClient({ baseUrl: target.url, onExchange: (e) => seen.push(e.request.url) });
    for (let i = 0; i < 10; i++) await client.send({ method: 'GET', path: `/n/${i}`, auth: { kind: 'none' } });
    // undici may open a second connection while the first is being released; never one per request.
    expect(connections).toBeLessThanOrEqual(2);
    expect(seen).toEqual([...Array(10).keys()].map((i) => `${target.url}/n/${i}`));
  });

  it('keeps at most maxConcurrency requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const held: Array<() => void> = [];
    // Answers only once two requests are in flight (or after 2 s, if a second never comes), and then
    // some event-loop turns late, so that a third request the client should not have sent would be
    // seen: a fixed 50 ms delay answered the first before the second was read on a stalled loop.
    const release = async () => {
      for (let turn = 0; turn < 50; turn++) await new Promise((resolve) => setImmediate(resolve));
      for (const answer of held.splice(0)) answer();
    };
    const target = await startServer((_req, res) => {
      peak = Math.max(peak, ++inFlight);
      held.push(() => {
        inFlight--;
        json(res, 200, {});
      });
      if (inFlight === 2) void release();
      else setTimeout(() => void (held.length > 0 && inFlight < 2 && release()), 2_000).unref();
    });
    const client = testClient({ baseUrl: target.url, maxConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => client.send({ method: 'GET', path: '/', auth: { kind: 'none' } })));
    expect(peak).toBe(2);
  });

  it('rejects invalid options and requests with clear errors', async () => {
    expect(() => createHttpClient({ baseUrl: 'ftp://example.com' })).toThrow(/only http:\/\/ and https:\/\//);
    expect(() => createHttpClient({ baseUrl: 'not a url' })).toThrow(/invalid base URL "not a url"/);
    expect(() => createHttpClient({ baseUrl: 'http://h/?q=1' })).toThrow(/query string/);
    expect(() => createHttpClient({ baseUrl: 'http://u:p@h/' })).toThrow(/credentials/);
    expect(() => createHttpClient({ baseUrl: 'http://h', timeoutMs: 0 })).toThrow(/timeoutMs must be a positive number/);
    expect(() => createHttpClient({ baseUrl: 'http://h', maxConcurrency: 1.5 })).toThrow(/maxConcurrency must be a positive integer, got 1.5/);
    expect(() => createHttpClient({ baseUrl: 'http://h', rateLimitPerSecond: -1 })).toThrow(/rateLimitPerSecond must be a positive number/);
    const client = testClient({ baseUrl: 'http://127.0.0.1:9' });
    await expect(client.send({ method: 'POST', path: '/', json: {}, rawBody: 'x', auth: { kind: 'none' } })).rejects.toThrow(/not both/);
    await expect(client.send({ method: 'GET', path: '/', headers: { 'x-bad': 'a\nb' }, auth: { kind: 'none' } })).rejects.toThrow(/invalid request GET/);
    await expect(client.send({ method: 'GET', path: '/users/a b', auth: { kind: 'none' } })).rejects.toThrow(/invalid request GET \/users\/a b/);
  });

  it('refuses to send after close()', async () => {
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9' });
    await client.close();
    await expect(client.send({ method: 'GET', path: '/', auth: { kind: 'none' } })).rejects.toThrow(/after close/);
  });
});

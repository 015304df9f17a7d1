/**
 * Robust against bad servers: a target that hangs, resets connections, sends malformed JSON, huge or
 * mislabelled bodies, or redirects must never crash the suite. Every scenario still finishes within
 * its timeouts, the target is blamed (failed checks), and nothing is reported as a suite error.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTarget } from '../../src/engine/run.js';
import { loadSpec } from '../../src/spec/index.js';
import { scenariosFor, systemOf } from '../../src/systems/index.js';

type Mode = 'hang' | 'reset' | 'malformed-json' | 'html' | 'huge' | 'redirect' | 'empty-200' | 'wrong-shapes' | 'deep-json' | 'secret-bomb' | 'rate-limited' | 'control-chars';
const MODES: Mode[] = ['hang', 'reset', 'malformed-json', 'html', 'huge', 'redirect', 'empty-200', 'wrong-shapes', 'deep-json', 'secret-bomb', 'rate-limited', 'control-chars'];

/** 10,000 nested arrays (20 KB): deep enough to overflow any recursive walk or JSON.stringify. */
const DEEP_JSON = '['.repeat(10_000) + ']'.repeat(10_000);
/** 5,000 values under a secret key, sharing their first characters (each response registers or looks up every one). */
const SECRET_BOMB = JSON.stringify({ users: Array.from({ length: 5_000 }, (_, i) => ({ token: `user${String(i).padStart(8, '0')}` })) });

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const mode = req.url!.split('/')[1] as Mode;
    req.resume();
    switch (mode) {
      case 'hang': return; // never answers
      case 'reset': return req.socket.destroy();
      case 'malformed-json': res.writeHead(200, { 'content-type': 'application/json' }); return res.end('{"id": "abc", "username": ');
      case 'html': res.writeHead(502, { 'content-type': 'text/html' }); return res.end('<html><body><script>alert(1)</script>Bad gateway</body></html>');
      case 'huge': {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(1 << 20, 'a');
        let sent = 0;
        const pump = () => { while (sent < 40 && res.write(chunk)) sent++; if (sent < 40) res.once('drain', pump); else res.end(); };
        return pump();
      }
      case 'redirect': res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' }); return res.end();
      case 'empty-200': res.writeHead(200); return res.end();
      case 'deep-json': res.writeHead(200, { 'content-type': 'application/json' }); return res.end(DEEP_JSON);
      case 'secret-bomb': res.writeHead(200, { 'content-type': 'application/json' }); return res.end(SECRET_BOMB);
      case 'rate-limited': res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '3600' }); return res.end('{}');
      case 'control-chars': res.writeHead(400, { 'content-type': 'text/plain' }); return res.end('\x1b[2J\x1b[31mcleared\x1b[0m\x07');
      case 'wrong-shapes': res.writeHead(201, { 'content-type': 'application/json' }); return res.end(JSON.stringify({ id: 42, items: 'none', accessToken: 7, tempPassword: null, count: 'many', name: ['x'] }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe.each(['runai-2.19', 'lenses-hq'])('%s against a hostile target', (specId) => {
  it.each(MODES)('%s: every scenario finishes, blames the target, and the suite never breaks', async (mode) => {
    const spec = await loadSpec(specId);
    const started = performance.now();
    const out = await runTarget({
      spec,
      system: systemOf(spec),
      scenarios: scenariosFor(spec),
      target: { specId, baseUrl: `${base}/${mode}`, label: mode, credentials: { adminToken: 'admin-token-for-a-hostile-target', viewerToken: 'viewer-token-for-a-hostile-target', username: 'admin', password: 'not-a-real-password' } },
      options: { runId: 'hostile1', seed: 3, readOnly: false, runs: 2, concurrency: 4, timeoutMs: 150, emailDomain: 'example.com' },
      parallel: 8,
    });
    const results = out.outcomes.flatMap((o) => o.results);
    expect(results.filter((r) => r.status === 'error').map((r) => r.message)).toEqual([]);
    expect(results.some((r) => r.status === 'failed')).toBe(true);
    // A run takes 0.5-12 s under load (150 ms per request that hangs); a hang would never end.
    // Ceilings for a loaded machine, not waits.
    expect(performance.now() - started).toBeLessThan(150_000);
  }, 180_000);
});

// `--header 'Name: value'`: sent with every request to the target, its value kept out of every
// report file and message; malformed headers are a usage error that never shows the value.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeaders } from '../../src/config/headers.js';
import { redactHeaders } from '../../src/http/redact.js';
import { createSecretStore } from '../../src/http/secret-store.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { loadSpec } from '../../src/spec/index.js';
import { mintRunaiAdminToken } from '../../src/systems/runai/login.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, inProcess } from './cli-process.js';

const TOKEN = 'uc-header-flag-token-61b0e3d9';
const GATEWAY_KEY = 'gw-key-7f3a9c21e0d4';

let dir: string;
let server: RunningReferenceServer;
let proxy: { url: string; seen: IncomingHttpHeaders[]; close(): Promise<void> };

/** Forwards to `upstream` and keeps the headers of every request it saw. */
async function recordingProxy(upstream: string): Promise<typeof proxy> {
  const seen: IncomingHttpHeaders[] = [];
  const http = createServer(async (req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = { ...req.headers };
    delete headers.host;
    const answer = await request(`${upstream}${req.url}`, { method: req.method as 'GET', headers: headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined });
    res.writeHead(answer.statusCode, answer.headers as Record<string, string>).end(Buffer.from(await answer.body.arrayBuffer()));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise((resolve) => { http.closeAllConnections(); http.close(() => resolve()); }) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-cli-header-'));
  server = await startReferenceServer({ spec: 'runai-2.24', adminToken: TOKEN });
  proxy = await recordingProxy(server.url);
});
afterAll(async () => {
  await Promise.all([proxy?.close(), server?.close()]);
  await rm(dir, { recursive: true, force: true });
});

describe('parseHeaders', () => {
  it('reads one "Name: value" per line, names lower-cased, values kept whole (commas, semicolons)', () => {
    expect(parseHeaders('TARGET_HEADERS', 'X-Tenant: acme\n\nX-Api-Key: a,b;c')).toEqual({ 'x-tenant': 'acme', 'x-api-key': 'a,b;c' });
    expect(parseHeaders('TARGET_HEADERS', '  ')).toBeUndefined();
  });

  it('refuses malformed and reserved headers without showing a value', () => {
    expect(() => parseHeaders('TARGET_HEADERS', 'secret-without-colon')).toThrow('TARGET_HEADERS: header 1 of 1 is not "Name: value" (no ":")');
    expect(() => parseHeaders('TARGET_HEADERS', 'Bad Name: v4lue')).toThrow('has no valid header name');
    expect(() => parseHeaders('TARGET_HEADERS', 'X-Empty:')).toThrow('X-Empty needs a value');
    expect(() => parseHeaders('TARGET_HEADERS', 'Authorization: Bearer abc')).toThrow('Authorization is set by users-conformance itself');
    expect(() => parseHeaders('TARGET_HEADERS', 'X-A: 1\nx-a: 2')).toThrow('x-a is given twice');
    try {
      parseHeaders('TARGET_HEADERS', 'secret-without-colon');
    } catch (error) {
      expect(String(error)).not.toContain('secret-without-colon');
    }
  });

  it('is a usage error by its flag', async () => {
    const result = await inProcess(['run', '--spec', 'runai-2.24', '--header', 'X-Ok: fine', '--header', 'no-colon-s3cret', '--list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^users-conformance: --header: header 2 of 2 is not "Name: value"/);
    expect(result.stderr).not.toContain('no-colon-s3cret');
  });
});

describe('Run:ai token minting with --header', () => {
  it('sends the extra headers with the client-credentials login too', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const login = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ accessToken: 'minted-token', expiresIn: 60 })));
    });
    await new Promise<void>((resolve) => login.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(login.address() as AddressInfo).port}`;
      const minted = await mintRunaiAdminToken(url, await loadSpec('runai-2.24'), 'app', 'app-secret', 5_000, { 'x-gateway-key': GATEWAY_KEY });
      expect(minted.token).toBe('minted-token');
      expect(seen.map((headers) => headers['x-gateway-key'])).toEqual([GATEWAY_KEY]);
    } finally {
      await new Promise<void>((resolve) => login.close(() => resolve()));
    }
  });
});

describe('a run with --header', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it('sends it with every request and keeps its value out of every report file and the output', async () => {
    const out = join(dir, 'with-header');
    const result = await cli(['run', '--target', proxy.url, '--spec', 'runai-2.24', '--token', TOKEN, '--header', `X-Gateway-Key: ${GATEWAY_KEY}`, '--only', 'lifecycle', '--report-dir', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(proxy.seen.length).toBeGreaterThan(5);
    expect(proxy.seen.filter((headers) => headers['x-gateway-key'] !== GATEWAY_KEY)).toEqual([]);
    const files = await readdir(out);
    expect(files).toContain('results.json');
    for (const name of files) expect(await readFile(join(out, name), 'utf8'), name).not.toContain(GATEWAY_KEY);
    expect(result.stdout + result.stderr).not.toContain(GATEWAY_KEY);
    const results = await readFile(join(out, 'results.json'), 'utf8');
    // The names are recorded (a rerun must send them again), as `--header "$TARGET_HEADERS"`.
    expect(JSON.parse(results).config.targets[0].auth.headers).toBe('x-gateway-key');
  });

  it('is hidden in transcripts whatever its length, by name', () => {
    const recorded = redactHeaders({ 'x-tenant': 'ab', accept: 'application/json' }, createSecretStore(), { hidden: new Set(['x-tenant']) });
    expect(recorded).toEqual({ 'x-tenant': '[REDACTED:header-x-tenant]', accept: 'application/json' });
  });
});

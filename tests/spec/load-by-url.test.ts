/**
 * Loading by URL: staging servers on localhost and private hosts are allowed, a refused connection
 * is named as such, and a failed download leaves no timer holding the process.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinSpecPath, loadSpec, SpecLoadError } from '../../src/spec/index.js';
import { closedPort } from '../cli/cli-process.js';

const YAML = readFileSync(new URL('./fixtures/petstore.yaml', import.meta.url), 'utf8');
const JSON_SPEC = readFileSync(builtinSpecPath('runai-2.24')!, 'utf8');

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/openapi.json') res.writeHead(200, { 'content-type': 'application/json' }).end(JSON_SPEC);
    else if (req.url === '/openapi.yaml') res.writeHead(200, { 'content-type': 'application/yaml' }).end(YAML);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('loading a spec by URL', () => {
  it('reads JSON from a server on 127.0.0.1', async () => {
    const spec = await loadSpec(`http://127.0.0.1:${port}/openapi.json`, { fresh: true });
    expect(spec.system).toBe('runai');
    expect(spec.byId.has('create_user')).toBe(true);
  });

  it('reads YAML from a server named localhost', async () => {
    const spec = await loadSpec(`http://localhost:${port}/openapi.yaml`, { fresh: true });
    expect(spec.byId.get('getPet')!.path).toBe('/pets/{petId}');
  });

  it('names an HTTP error status', async () => {
    const error = (await loadSpec(`http://127.0.0.1:${port}/missing.json`).catch((e: unknown) => e)) as SpecLoadError;
    expect(error).toBeInstanceOf(SpecLoadError);
    expect(error.message).toBe('HTTP 404 Not Found');
  });

  it('names a refused connection with its host and port', async () => {
    const free = await closedPort();
    const error = (await loadSpec(`http://localhost:${free}/openapi.json`).catch((e: unknown) => e)) as SpecLoadError;
    expect(error.describe()).toBe(`http://localhost:${free}/openapi.json: connection refused (ECONNREFUSED localhost:${free})`);
  });

  it('a failed download leaves nothing that keeps the process alive', async () => {
    const free = await closedPort();
    const index = fileURLToPath(new URL('../../src/spec/index.ts', import.meta.url));
    // The child times itself from the failure to its exit, so the seconds it spends starting (tsx,
    // imports) on a busy machine do not count: only what the failed download left running does.
    const script = `import(${JSON.stringify(index)}).then((m) => m.loadSpec('http://127.0.0.1:${free}/x.json')).catch((e) => {
      const failedAt = performance.now();
      process.on('exit', () => console.log(JSON.stringify({ message: e.message, exitAfterMs: performance.now() - failedAt })));
    });`;
    // A hang is a timer left behind: the child is killed after 120 s (a ceiling for a loaded machine, not a wait).
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', '-e', script], { cwd: fileURLToPath(new URL('../..', import.meta.url)), timeout: 120_000 }, (error, out) => (error ? reject(error) : resolve(out))),
    );
    const { message, exitAfterMs } = JSON.parse(stdout) as { message: string; exitAfterMs: number };
    expect(message).toBe(`connection refused (ECONNREFUSED 127.0.0.1:${free})`);
    // The library's reader kept a 60 s timer after a failed request; a 10 s one would still fail this.
    expect(exitAfterMs).toBeLessThan(5_000);
  }, 150_000);
});

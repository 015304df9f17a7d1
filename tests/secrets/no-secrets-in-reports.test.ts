/**
 * Secrets stay secret, end to end: a full run (every scenario) through the CLI against a faulty
 * target, so that failures carry transcripts of logins, password changes and resets. Every token,
 * cookie and password that crossed the wire (collected by a proxy) must be absent from every file
 * the run writes and from its terminal output.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli } from '../cli/cli-process.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';

const CASES = [
  // Failures in password flows: their transcripts hold temp passwords, new passwords and user tokens.
  { spec: 'runai-2.24', fault: 'runai-reset-keeps-old-password' },
  // Failures in login/session flows: transcripts hold the admin password and session cookies.
  { spec: 'lenses-hq', fault: 'lenses-sessions-not-deleted' },
];

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'uc-secrets-'))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe.each(CASES)('$spec with $fault', ({ spec, fault }) => {
  let server: RunningReferenceServer;
  let proxy: RecordingProxy;
  beforeAll(async () => {
    server = await startReferenceServer({ spec, fault });
    proxy = await startRecordingProxy(server.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
  });

  it('leaves no token, cookie or password in any report file or output', async () => {
    const out = join(dir, spec);
    const result = await cli(['run', '--target', proxy.url, '--spec', spec, '--report-dir', out, '--runs', '3'], {
      env: { TARGET_TOKEN: server.adminToken, TARGET_VIEWER_TOKEN: server.viewerToken, TARGET_USERNAME: server.adminUsername, TARGET_PASSWORD: server.adminPassword },
    });
    expect(result.code).toBe(1);
    const files = await readdir(out);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'junit.xml', 'results.json', 'results.sarif']));
    const written = (await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')))).join('\n') + result.stdout + result.stderr;
    // The run really recorded transcripts of the flows that carry secrets.
    expect(written).toContain('[REDACTED');
    for (const secret of [server.adminToken, server.viewerToken, server.adminPassword, ...proxy.secrets]) {
      expect(written.includes(secret), `a secret (${secret.slice(0, 4)}…, ${secret.length} chars) appears in the run's output`).toBe(false);
      expect(written.includes(encodeURIComponent(secret))).toBe(false);
    }
    expect(proxy.secrets.size).toBeGreaterThan(5);
  }, CHILD_PROCESS_TIMEOUT_MS);
});

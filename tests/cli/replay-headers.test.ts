// `replay --header` / `sweep --header` (TARGET_HEADERS): a recorded `[REDACTED:header-<name>]` is
// filled with the value given, the header goes with requests that did not record it, a missing one
// is named with the flag to give, and a malformed header exits 2 without echoing its value.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toResultsJson } from '../../src/report/index.js';
import { fixtureReport } from '../report/fixture.js';
import { prepareRequest } from '../../src/cli/replay/prepare-request.js';
import { inProcess } from './cli-process.js';

const request = (headers: Record<string, string>) => ({ method: 'GET', url: 'https://t.example.test/api/v1/users', headers });
const same = (url: string) => url;

describe('replayed requests with extra headers', () => {
  it('fills a redacted header value from --header and adds given headers the record lacks', () => {
    const credentials = { 'admin-token': 'tok', 'header-x-gateway-key': 'gw-1', 'header-x-tenant': 'acme' };
    const prepared = prepareRequest(request({ authorization: 'Bearer [REDACTED:admin-token]', 'x-gateway-key': '[REDACTED:header-x-gateway-key]' }), credentials, same, new Map());
    expect(prepared).toEqual({ ok: true, method: 'GET', url: 'https://t.example.test/api/v1/users', headers: { authorization: 'Bearer tok', 'x-gateway-key': 'gw-1', 'x-tenant': 'acme' } });
  });

  it('names the --header a recorded request needs when it was not given', () => {
    const prepared = prepareRequest(request({ 'x-gateway-key': '[REDACTED:header-x-gateway-key]' }), {}, same, new Map());
    expect(prepared).toEqual({ ok: false, reason: "needs --header 'x-gateway-key: …' (TARGET_HEADERS)" });
  });

  it.each([['replay'], ['sweep']])('%s: a malformed --header exits 2 in one line, its value not shown', async (command) => {
    const dir = await mkdtemp(join(tmpdir(), 'uc-replay-headers-'));
    try {
      const results = join(dir, 'results.json');
      await writeFile(results, JSON.stringify(toResultsJson(fixtureReport())));
      const result = await inProcess([command, results, '--target', 'http://127.0.0.1:9', '--token', 't', '--header', 'Authorization: secret-value-93c1']);
      expect(result.code).toBe(2);
      expect(result.stderr.trim()).toBe('users-conformance: --header: Authorization is set by users-conformance itself (credentials have their own flags)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

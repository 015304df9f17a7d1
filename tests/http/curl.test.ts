import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlVariables, toCurl, type RecordedRequest } from '../../src/http/index.js';
import { testClient } from './clients.js';
import { json, startServer } from './test-server.js';

/** Runs a curl command in bash with `curl` replaced by a function that prints its arguments. */
function curlArguments(command: string, env: Record<string, string>): string[] {
  const script = `curl() { printf '%s\\0' "$@"; }\n${command}`;
  const out = execFileSync('bash', ['--norc', '--noprofile', '-c', script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const request: RecordedRequest = {
  method: 'POST',
  url: "http://127.0.0.1:8080/api/v1/users?filterBy=username%3D%40o'brien,isLocal%3D%3Dtrue&x=$HOME",
  headers: {
    authorization: 'Bearer [REDACTED:admin-token]',
    'content-type': 'application/json',
    cookie: 'session_id=[REDACTED:session_id]; theme=[REDACTED:theme]',
  },
  body: '{"email":"o\'brien@example.com","note":"$(rm -rf /) `x` \\"q\\"","password":"[REDACTED:tempPassword]"}',
};

describe('toCurl', () => {
  it('gives a command that passes exactly the recorded request to curl, with secrets from the environment', () => {
    const command = toCurl(request);
    expect(command).not.toMatch(/\s-L(\s|$)|--location/);
    const env = { TARGET_TOKEN: 'admin secret', SECRET_SESSION_ID: 's1', SECRET_THEME: 'dark', SECRET_TEMPPASSWORD: 'p"w' };
    expect(curlVariables(request).sort()).toEqual(Object.keys(env).sort());
    expect(curlArguments(command, env)).toEqual([
      '-sS',
      '-i',
      '-X',
      'POST',
      request.url,
      '-H',
      'authorization: Bearer admin secret',
      '-H',
      'content-type: application/json',
      '-H',
      'cookie: session_id=s1; theme=dark',
      '--data-raw',
      request.body!.replace('[REDACTED:tempPassword]', 'p"w'),
    ]);
  });

  it('maps the viewer token to TARGET_VIEWER_TOKEN, uses --head for HEAD, and lays out one argument per line on request', () => {
    const head = { method: 'HEAD', url: 'http://h/x', headers: { authorization: 'Bearer [REDACTED:viewer-token]' } };
    const command = toCurl(head, { multiline: true });
    expect(command.split('\n')).toHaveLength(2);
    expect(curlArguments(command, { TARGET_VIEWER_TOKEN: 'v' })).toEqual(['-sS', '-i', '--head', 'http://h/x', '-H', 'authorization: Bearer v']);
  });

  it('reproduces the URL, token and body of an exchange recorded by the client', async () => {
    const target = await startServer((_req, res) => json(res, 201, {}));
    const client = testClient({ baseUrl: target.url, credentials: { adminToken: 'the-admin-token' } });
    const res = await client.send({ method: 'PUT', path: '/api/v1/users/a%20b', query: { q: ['1', '2'] }, json: { a: "it's" }, auth: { kind: 'admin' } });
    const args = curlArguments(toCurl(res.exchange.request), { TARGET_TOKEN: 'the-admin-token' });
    expect(args).toContain(`${target.url}/api/v1/users/a%20b?q=1&q=2`);
    expect(args).toContain('authorization: Bearer the-admin-token');
    expect(args.at(-1)).toBe(`{"a":"it's"}`);
  });

  it('writes URLs and headers as people type them: plain, or in single quotes, never backslash-escaped', () => {
    const plain = toCurl({ method: 'GET', url: 'http://127.0.0.1:8080/api/v1/users', headers: { authorization: 'Bearer [REDACTED:admin-token]' } });
    expect(plain).toBe(`curl -sS -i -X GET http://127.0.0.1:8080/api/v1/users -H 'authorization: Bearer '"$TARGET_TOKEN"`);
    const query = toCurl({ method: 'GET', url: 'http://h:1/api/v1/users?offset=0&limit=5', headers: {} });
    expect(query).toBe(`curl -sS -i -X GET 'http://h:1/api/v1/users?offset=0&limit=5'`);
    expect(curlArguments(query, {})).toEqual(['-sS', '-i', '-X', 'GET', 'http://h:1/api/v1/users?offset=0&limit=5']);
  });
});

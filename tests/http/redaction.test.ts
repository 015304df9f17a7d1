import { describe, expect, it } from 'vitest';
import { createSecretStore, redactBody, redactHeaders, toCurl, type Exchange } from '../../src/http/index.js';
import { learnSecrets, recordBody } from '../../src/http/record.js';
import { testClient } from './clients.js';
import { json, startServer } from './test-server.js';

const ADMIN_TOKEN = 'eyJhbGciOi.admin-token-value.sig';
const CLIENT_SECRET = 'client-secret-value-42';
const TEMP_PASSWORD = 'Tmp-P@ss w/rd&"9f8e'; // characters that get percent-encoded and JSON-escaped
const USER_TOKEN = 'user-access-token-abcdef';
const REFRESH_TOKEN = 'user-refresh-token-123456';
const SESSION = 'sess-7c1d2e3f4a5b';
const SECRETS = [ADMIN_TOKEN, CLIENT_SECRET, TEMP_PASSWORD, USER_TOKEN, REFRESH_TOKEN, SESSION];
const spellings = (secret: string) => [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];

/** A server that hands out and echoes secrets the way user-management APIs do. */
async function leakyServer() {
  return startServer((req, res, received) => {
    if (req.url === '/api/v1/users' && req.method === 'POST') return json(res, 201, { id: 'u1', tempPassword: TEMP_PASSWORD });
    if (req.url === '/api/v1/token') return json(res, 200, { accessToken: USER_TOKEN, refreshToken: REFRESH_TOKEN, idToken: 'x' });
    if (req.url === '/api/v1/login') {
      res.writeHead(204, { 'set-cookie': [`session_id=${SESSION}; Path=/; HttpOnly`, 'theme=dark'] });
      return res.end();
    }
    // Echo everything back, as a careless error handler would.
    json(res, 400, { message: `bad request: ${req.url} ${received.body}`, headers: req.headers });
  });
}

describe('redaction of recorded exchanges', () => {
  it('no token, temp password, client secret or session cookie appears in any exchange or curl string', async () => {
    const target = await leakyServer();
    const exchanges: Exchange[] = [];
    const client = testClient({
      baseUrl: target.url,
      credentials: { adminToken: ADMIN_TOKEN },
      secrets: { 'client-secret': CLIENT_SECRET },
      onExchange: (e) => exchanges.push(e),
    });
    const created = await client.send({ method: 'POST', path: '/api/v1/users', json: { email: 'a@example.com' }, auth: { kind: 'admin' } });
    // The flows still see the real value.
    expect((created.json as { tempPassword: string }).tempPassword).toBe(TEMP_PASSWORD);
    const login = await client.send({
      method: 'POST',
      path: '/api/v1/token',
      json: { grantType: 'password', clientID: 'cli', username: 'a@example.com', password: TEMP_PASSWORD, clientSecret: CLIENT_SECRET },
      auth: { kind: 'none' },
    });
    expect((login.json as { accessToken: string }).accessToken).toBe(USER_TOKEN);
    const session = await client.send({ method: 'POST', path: '/api/v1/login', json: { username: 'a', password: 'short' }, auth: { kind: 'none' } });
    expect(session.cookies).toEqual({ session_id: SESSION, theme: 'dark' });
    // Secrets echoed back in a URL, a body and headers, after they were learnt from responses.
    await client.send({
      method: 'POST',
      path: `/echo/${encodeURIComponent(TEMP_PASSWORD)}`,
      query: { token: USER_TOKEN, note: TEMP_PASSWORD },
      rawBody: `refresh=${REFRESH_TOKEN}&pw=${TEMP_PASSWORD}`,
      contentType: 'text/plain',
      auth: { kind: 'bearer', token: USER_TOKEN },
    });
    await client.send({ method: 'GET', path: '/echo', auth: { kind: 'cookie', name: 'session_id', value: SESSION } });
    await client.send({ method: 'GET', path: '/echo', headers: { 'x-client-secret': CLIENT_SECRET }, auth: { kind: 'admin' } });

    const recorded = JSON.stringify(exchanges) + exchanges.map((e) => toCurl(e.request)).join('\n');
    for (const secret of SECRETS) for (const spelling of spellings(secret)) expect(recorded).not.toContain(spelling);
    expect(recorded).not.toContain('"password":"short"');
    expect(client.redact(`the password is ${TEMP_PASSWORD}`)).toBe('the password is [REDACTED:tempPassword]');

    // What is hidden stays readable: schemes, cookie names, attributes, the names of the secrets.
    const [create, token, cookie] = exchanges;
    expect(create!.request.headers.authorization).toBe('Bearer [REDACTED:admin-token]');
    expect(create!.response!.body).toBe('{"id":"u1","tempPassword":"[REDACTED:tempPassword]"}');
    expect(JSON.parse(token!.request.body!)).toMatchObject({ password: '[REDACTED:tempPassword]', clientSecret: '[REDACTED:client-secret]' });
    expect(JSON.parse(token!.response!.body)).toEqual({
      accessToken: '[REDACTED:accessToken]',
      refreshToken: '[REDACTED:refreshToken]',
      idToken: '[REDACTED:idToken]',
    });
    expect(cookie!.response!.headers['set-cookie']).toBe('session_id=[REDACTED:session_id]; Path=/; HttpOnly\ntheme=[REDACTED:theme]');
    expect(exchanges[4]!.request.headers.cookie).toBe('session_id=[REDACTED:session_id]');
  });

  it('keeps only the transcript limit of a body, redacted before it is cut', async () => {
    const filler = 'x'.repeat(40_000);
    const target = await startServer((_req, res) => json(res, 200, { filler, tempPassword: TEMP_PASSWORD }));
    const exchanges: Exchange[] = [];
    const client = testClient({ baseUrl: target.url, transcriptBodyLimit: 1024, onExchange: (e) => exchanges.push(e) });
    await client.send({ method: 'GET', path: '/', auth: { kind: 'none' } });
    await client.send({ method: 'GET', path: `/again?pw=${encodeURIComponent(TEMP_PASSWORD)}`, auth: { kind: 'none' } });
    expect(exchanges[0]!.response).toMatchObject({ bodyTruncated: true, bodyBytes: Buffer.byteLength(JSON.stringify({ filler, tempPassword: TEMP_PASSWORD })) });
    expect(exchanges[0]!.response!.body).toHaveLength(1024);
    // Learnt from the first (truncated) body, hidden in the second request's URL.
    expect(exchanges[1]!.request.url).toMatch(/\/again\?pw=\[REDACTED:tempPassword\]$/);
  });
});

describe('redactors', () => {
  it('hide a secret that crosses the transcript cut, and keep the truncation flag', () => {
    const store = createSecretStore();
    store.add('crossing-secret-value', 'admin-token');
    const text = `${'a'.repeat(90)}crossing-secret-value${'b'.repeat(50)}`;
    const kept = recordBody(text, 'text/plain', store, 100);
    expect(kept).toEqual({ text: `${'a'.repeat(90)}[REDACTED:`, truncated: true });
    expect(recordBody('short', undefined, store, 100)).toEqual({ text: 'short', truncated: false });
  });

  it('learn only long values from responses: an echoed "string" must not redact every later "string"', () => {
    const store = createSecretStore();
    const response = { status: 400, headers: {}, text: '', invalidUtf8: false, receivedBytes: 0 };
    learnSecrets({ ...response, json: { password: 'string', tempPassword: 'Long-Temp-Pass-1' } }, store);
    expect(store.replaceAll('type string, was Long-Temp-Pass-1')).toBe('type string, was [REDACTED:tempPassword]');
  });

  it('hide secret JSON members in bodies cut short or malformed', () => {
    const store = createSecretStore();
    expect(redactBody('{"user":"a","tempPassword":"abc', undefined, store)).toBe('{"user":"a","tempPassword":"[REDACTED:tempPassword]');
    expect(redactBody('{"PASSWORD" : "x\\"y", "n": 1', undefined, store)).toBe('{"PASSWORD" : "[REDACTED:PASSWORD]", "n": 1');
    expect(redactBody('grant_type=password&password=p%40ss&client_secret=s', 'application/x-www-form-urlencoded', store)).toBe(
      'grant_type=password&password=[REDACTED:password]&client_secret=[REDACTED:client_secret]',
    );
  });

  it('do not register secrets shorter than 4 characters, which would shred transcripts', () => {
    const store = createSecretStore();
    store.add('abc', 'short');
    store.add('abcd', 'long-enough');
    expect(store.replaceAll('abc abcd')).toBe('abc [REDACTED:long-enough]');
  });

  it('prefer the explicit name of a secret over a detected one, and replace longer secrets whole', () => {
    const store = createSecretStore();
    store.add('token-value-1', 'accessToken', 'detected');
    store.add('token-value-1', 'admin-token');
    store.add('token-value-1', 'accessToken', 'detected');
    store.add('token-value-10', 'other');
    expect(store.replaceAll('token-value-1 token-value-10')).toBe('[REDACTED:admin-token] [REDACTED:other]');
  });

  it('redact credentials in headers by name, keeping the scheme and cookie names', () => {
    const store = createSecretStore();
    store.add('known-token', 'admin-token');
    expect(
      redactHeaders(
        { Authorization: 'Bearer known-token', 'Proxy-Authorization': 'Basic dXNlcjpwYXNz', Cookie: 'a=1; b=2', 'x-echo': 'known-token' },
        store,
      ),
    ).toEqual({
      authorization: 'Bearer [REDACTED:admin-token]',
      'proxy-authorization': 'Basic [REDACTED:proxy-authorization]',
      cookie: 'a=[REDACTED:a]; b=[REDACTED:b]',
      'x-echo': '[REDACTED:admin-token]',
    });
  });
});

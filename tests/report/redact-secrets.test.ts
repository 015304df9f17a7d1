import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets, redactText } from '../../src/report/index.js';

const JWT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dGVzdC1zaWduYXR1cmU';

describe('redactText', () => {
  it('hides bearer tokens and JWTs anywhere in text', () => {
    expect(redactText('Authorization: Bearer 9f8e7d6c5b4a39281706')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText(`token ${JWT} accepted`)).toBe(`token ${REDACTED} accepted`);
    expect(redactText(`{"idToken":"x","note":"${JWT}"}`)).not.toContain('eyJ');
  });

  it('hides string values under secret-like keys in JSON text, also when the body was cut short', () => {
    expect(redactText('{"email":"a@b.c","tempPassword":"Abcd!234","needToChangePassword":true}')).toBe(
      `{"email":"a@b.c","tempPassword":"${REDACTED}","needToChangePassword":true}`,
    );
    expect(redactText('{\n  "access_token": "abc",\n  "client_secret": "xyz"\n}')).toBe(`{\n  "access_token": "${REDACTED}",\n  "client_secret": "${REDACTED}"\n}`);
    expect(redactText('{"id":"1","password":"hunter2 and more tex')).toBe(`{"id":"1","password":"${REDACTED}`);
    expect(redactText('{"password":"with \\"escaped\\" quotes"}')).toBe(`{"password":"${REDACTED}"}`);
  });

  it('hides secret form fields and query parameters', () => {
    expect(redactText('grant_type=password&username=u%40x&password=p4ss&client_id=cli')).toBe(`grant_type=password&username=u%40x&password=${REDACTED}&client_id=cli`);
    expect(redactText('GET https://x.test/cb?code=1&access_token=abc123')).toBe(`GET https://x.test/cb?code=1&access_token=${REDACTED}`);
  });

  it('keeps placeholders, shell variables and ordinary prose', () => {
    const kept = [
      'Authorization: Bearer [REDACTED:admin-token]',
      `curl -H 'Authorization: Bearer '"$TARGET_TOKEN" --data-raw '{"password":"'"$SECRET_PASSWORD"'"}'`,
      '{"tempPassword":"[REDACTED:tempPassword]"}',
      'request without a Bearer token answered 200',
      'Bearer authentication is required',
      '{"token_count":3,"resetPassword":false}',
    ];
    for (const text of kept) expect(redactText(text)).toBe(text);
  });
});

describe('redactSecrets', () => {
  it('replaces string values under secret-like keys and walks every string', () => {
    const input = {
      config: { token: 'abc', viewerToken: '[REDACTED]', clientSecret: 's3cret', concurrency: 4, needToChangePassword: true },
      headers: { authorization: 'Basic dXNlcjpwYXNz', cookie: 'session_id=abc123; theme=dark', 'set-cookie': 'session_id=zz9; Path=/; HttpOnly\nother=1; Max-Age=60' },
      messages: [`saw ${JWT}`],
      catalogue: { 'auth.missing-token': { title: 'No token, no access' } },
    };
    expect(redactSecrets(input)).toEqual({
      config: { token: REDACTED, viewerToken: '[REDACTED]', clientSecret: REDACTED, concurrency: 4, needToChangePassword: true },
      headers: {
        authorization: `Basic ${REDACTED}`,
        cookie: `session_id=${REDACTED}; theme=${REDACTED}`,
        'set-cookie': `session_id=${REDACTED}; Path=/; HttpOnly\nother=${REDACTED}; Max-Age=60`,
      },
      messages: [`saw ${REDACTED}`],
      // A check id that mentions "token" is a key of an object, not a secret.
      catalogue: { 'auth.missing-token': { title: 'No token, no access' } },
    });
  });

  it('does not modify its input', () => {
    const input = { token: 'abc' };
    redactSecrets(input);
    expect(input.token).toBe('abc');
  });
});

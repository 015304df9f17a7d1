/**
 * A bearer token no server issued: JWT-shaped (so a server that only decodes it, or only checks its
 * shape, accepts it), with a plausible payload and a random signature. Never derived from a real token,
 * so nothing secret leaks into the transcripts where it is shown.
 */
import { randomBytes } from 'node:crypto';

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function forgedToken(subject: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const payload = encode({ sub: subject, preferred_username: subject, iat: nowSeconds, exp: nowSeconds + 3600 });
  return `${header}.${payload}.${randomBytes(32).toString('base64url')}`;
}

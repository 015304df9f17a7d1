/**
 * JWT-shaped bearer tokens (HS256). Written by hand on node:crypto because the reference server only
 * signs and checks its own tokens with one fixed header: a JWT library would add a dependency for a
 * dozen lines. The shape matters to clients: they read `exp` to refresh before expiry (FACTS A6).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
  /** The principal: a user id, or `admin` / `viewer`. */
  sub: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
  iat: number;
  /** Unique token id: revocation is per token id. */
  jti: string;
  /** `access` or `refresh`. */
  typ: string;
}

const HEADER = encode({ alg: 'HS256', typ: 'JWT' });

export function signToken(claims: TokenClaims, key: Buffer): string {
  const body = `${HEADER}.${encode(claims)}`;
  return `${body}.${signature(body, key)}`;
}

/** The claims of a token this key signed, or undefined (bad shape or signature; expiry is the caller's). */
export function readToken(token: string, key: Buffer): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return undefined;
  const expected = Buffer.from(signature(`${parts[0]}.${parts[1]}`, key));
  const given = Buffer.from(parts[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as TokenClaims;
    return typeof claims.sub === 'string' && typeof claims.exp === 'number' && typeof claims.jti === 'string' ? claims : undefined;
  } catch {
    return undefined;
  }
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signature(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

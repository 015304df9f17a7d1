/**
 * Bearer tokens of one server: fixed ones (the admin and viewer tokens from the options) and minted
 * JWTs (logins, client credentials, refresh), each revocable per principal (Run:ai logout).
 */
import { randomBytes } from 'node:crypto';
import { newId } from '../random.js';
import { readToken, signToken } from './jwt.js';

/**
 * Who a request acts as. `admin` and `viewer` are the configured tokens' owners; `user` a local user;
 * `app` a Run:ai application (client credentials): admin rights under its own identity.
 */
export interface Principal {
  kind: 'admin' | 'viewer' | 'user' | 'app';
  /** User id (Run:ai), user name (Lenses), the client id (an application), or `admin` / `viewer`. */
  id: string;
  /** Shown as `createdBy`, and how `me` finds its user. */
  name: string;
  /** Set on principals that authenticated with a session cookie rather than a bearer token. */
  viaSession?: true;
}

export type TokenType = 'access' | 'refresh';

export interface TokenService {
  /** Makes a fixed token string (from the options) stand for a principal; it never expires. */
  register(token: string, principal: Principal): void;
  mint(principal: Principal, type?: TokenType, ttlSeconds?: number): { token: string; expiresIn: number };
  /** The principal of a valid token of that type (known, unexpired, not revoked), else undefined. */
  resolve(token: string, type?: TokenType): Principal | undefined;
  /**
   * Revokes every token of a principal (of one type, when given), the fixed ones too: a token belongs
   * to its user, so a deleted user's tokens die with it, and a user later created with the same name
   * does not inherit them.
   */
  revokeAll(principalId: string, type?: TokenType): void;
}

/** A generated fixed token: JWT-shaped like the minted ones, valid for a year. */
export const FIXED_TOKEN_TTL_SECONDS = 365 * 24 * 3600;

export function createTokenService(defaultTtlSeconds: number): TokenService {
  // A fresh key per server: tokens of one server instance mean nothing to another.
  const key = randomBytes(32);
  const fixed = new Map<string, Principal>();
  // Expiry is kept in milliseconds here; the JWT's whole-second `exp` rounds down, so a client never
  // believes a token lives longer than it does.
  const minted = new Map<string, { principal: Principal; type: TokenType; expiresAtMs: number }>();

  return {
    register(token, principal) {
      fixed.set(token, principal);
    },
    mint(principal, type = 'access', ttlSeconds = defaultTtlSeconds) {
      const now = Date.now();
      const jti = newId();
      const expiresAtMs = now + ttlSeconds * 1000;
      minted.set(jti, { principal, type, expiresAtMs });
      // `preferred_username` as Keycloak-issued Run:ai tokens carry it: clients can tell who they are.
      const claims = { sub: principal.id, preferred_username: principal.name, iat: Math.floor(now / 1000), exp: Math.floor(expiresAtMs / 1000), jti, typ: type };
      return { token: signToken(claims, key), expiresIn: ttlSeconds };
    },
    resolve(token, type = 'access') {
      const fixedPrincipal = type === 'access' ? fixed.get(token) : undefined;
      if (fixedPrincipal) return fixedPrincipal;
      const claims = readToken(token, key);
      const entry = claims && minted.get(claims.jti);
      if (!entry || entry.type !== type) return undefined;
      if (entry.expiresAtMs <= Date.now()) {
        minted.delete(claims.jti);
        return undefined;
      }
      return entry.principal;
    },
    revokeAll(principalId, type) {
      for (const [jti, entry] of minted) if (entry.principal.id === principalId && (!type || entry.type === type)) minted.delete(jti);
      if (type === 'refresh') return;
      for (const [token, principal] of fixed) if (principal.id === principalId) fixed.delete(token);
    },
  };
}

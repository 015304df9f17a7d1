/**
 * Turns an AuthChoice into request headers. Admin tokens are static or minted lazily, refreshed
 * before they expire and once after a 401, so a long CI run does not die of an expired token.
 */
import type { AuthChoice } from './types.js';

/** What the client may authenticate as. */
export interface Credentials {
  /** A static admin token (`TARGET_TOKEN`). */
  adminToken?: string;
  /** A read-only token (`TARGET_VIEWER_TOKEN`) for the 403 checks. */
  viewerToken?: string;
  /**
   * Mints an admin token (e.g. a client-credentials login). Called lazily, again when less than a
   * minute of validity remains, and once after a 401. `expiresAt` is epoch ms; when absent the JWT
   * `exp` claim is used, and a token with neither is kept until the server refuses it.
   */
  mintAdminToken?: () => Promise<{ token: string; expiresAt?: number }>;
}

/** The credential a request needs is not configured: callers report the check as skipped. */
export class MissingCredentialError extends Error {
  constructor(readonly credential: 'admin' | 'viewer') {
    super(
      credential === 'viewer'
        ? 'no viewer token configured (TARGET_VIEWER_TOKEN / --viewer-token)'
        : 'no admin credentials configured (TARGET_TOKEN, or TARGET_CLIENT_ID and TARGET_CLIENT_SECRET)',
    );
    this.name = 'MissingCredentialError';
  }
}

/** Minting an admin token failed (the login was refused, or returned no token). */
export class TokenMintError extends Error {
  constructor(cause: unknown) {
    super(`could not obtain an admin token: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'TokenMintError';
  }
}

/** Refresh this long before expiry (as the Run:ai Python client does), or at half-life for shorter-lived tokens. */
const REFRESH_MARGIN_MS = 60_000;

/** Epoch ms of a JWT's `exp` claim; undefined when the token is not a JWT or has no numeric `exp`. */
export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof payload.exp === 'number' && Number.isFinite(payload.exp) ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Headers for a choice, and the credential sent (to recognise it in a later 401). */
export interface ResolvedAuth {
  headers: Record<string, string>;
  credential?: string;
}

export interface AuthProvider {
  resolve(choice: AuthChoice): Promise<ResolvedAuth>;
  /** Whether a 401 on an admin request is worth one re-mint and resend. */
  readonly canRefreshAdmin: boolean;
  /** The server refused this admin token: drop it so the next admin request mints a new one. */
  adminTokenRefused(token: string): void;
}

interface MintedToken {
  token: string;
  refreshAt: number;
}

/**
 * Creates the provider. `register` is told every secret it sends (the client registers them for
 * redaction); `now` is injectable for tests.
 */
export function createAuthProvider(
  credentials: Credentials,
  register: (value: string, name: string) => void,
  now: () => number = Date.now,
): AuthProvider {
  if (credentials.adminToken) register(credentials.adminToken, 'admin-token');
  if (credentials.viewerToken) register(credentials.viewerToken, 'viewer-token');
  let current: MintedToken | undefined;
  let minting: Promise<MintedToken> | undefined;

  async function mint(mintAdminToken: NonNullable<Credentials['mintAdminToken']>): Promise<MintedToken> {
    const mintedAt = now();
    let result: { token: string; expiresAt?: number };
    try {
      result = await mintAdminToken();
    } catch (error) {
      throw new TokenMintError(error);
    }
    if (typeof result?.token !== 'string' || result.token === '') throw new TokenMintError('the login returned no token');
    register(result.token, 'admin-token');
    const expiresAt = result.expiresAt ?? jwtExpiry(result.token);
    const margin = expiresAt === undefined ? 0 : Math.max(0, Math.min(REFRESH_MARGIN_MS, (expiresAt - mintedAt) / 2));
    return { token: result.token, refreshAt: expiresAt === undefined ? Infinity : expiresAt - margin };
  }

  async function adminToken(): Promise<string> {
    if (credentials.adminToken) return credentials.adminToken;
    const mintAdminToken = credentials.mintAdminToken;
    if (!mintAdminToken) throw new MissingCredentialError('admin');
    if (current && now() < current.refreshAt) return current.token;
    // Concurrent requests share one in-flight mint.
    minting ??= mint(mintAdminToken).then(
      (token) => {
        current = token;
        minting = undefined;
        return token;
      },
      (error: unknown) => {
        minting = undefined;
        throw error;
      },
    );
    return (await minting).token;
  }

  return {
    canRefreshAdmin: !credentials.adminToken && credentials.mintAdminToken !== undefined,
    adminTokenRefused(token) {
      if (current?.token === token) current = undefined;
    },
    async resolve(choice): Promise<ResolvedAuth> {
      switch (choice.kind) {
        case 'none':
          return { headers: {} };
        case 'admin': {
          const token = await adminToken();
          return { headers: { authorization: `Bearer ${token}` }, credential: token };
        }
        case 'viewer':
          if (!credentials.viewerToken) throw new MissingCredentialError('viewer');
          return { headers: { authorization: `Bearer ${credentials.viewerToken}` }, credential: credentials.viewerToken };
        case 'bearer':
          register(choice.token, 'user-token');
          return { headers: { authorization: `Bearer ${choice.token}` }, credential: choice.token };
        case 'cookie':
          register(choice.value, choice.name);
          return { headers: { cookie: `${choice.name}=${choice.value}` }, credential: choice.value };
        case 'invalid':
          return { headers: { authorization: `Bearer ${choice.value}` } };
      }
    },
  };
}

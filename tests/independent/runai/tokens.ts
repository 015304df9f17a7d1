// Bearer tokens: HS256-signed JWTs (the spec's bearerFormat is JWT) plus opaque refresh tokens.
// Access JWTs are stateless until `exp`; refresh tokens live in memory and can be revoked.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

export const ACCESS_TTL_SECONDS = 36000; // the Keycloak-era sample response's expires_in

export interface Claims {
  iss: string;
  sub: string;
  aud: string;
  azp: string;
  typ: 'Bearer' | 'ID';
  principal_type: 'user' | 'app';
  preferred_username: string;
  email?: string;
  tenant_id: number;
  iat: number;
  exp: number;
  jti: string;
}

const b64 = (v: Buffer | string): string => Buffer.from(v).toString('base64url');

export class TokenService {
  private readonly key = randomBytes(32);
  private readonly refresh = new Map<string, { sub: string; clientId: string }>();

  constructor(private readonly issuer: string, private readonly tenantId: number) {}

  sign(
    sub: string,
    name: string,
    kind: 'user' | 'app',
    clientId: string,
    typ: 'Bearer' | 'ID' = 'Bearer',
  ): string {
    const now = Math.floor(Date.now() / 1000);
    const claims: Claims = {
      iss: this.issuer, sub, aud: 'runai', azp: clientId, typ, principal_type: kind,
      preferred_username: name, tenant_id: this.tenantId, iat: now,
      exp: now + ACCESS_TTL_SECONDS, jti: randomUUID(),
    };
    if (kind === 'user') claims.email = name;
    const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const body = b64(JSON.stringify(claims));
    return `${head}.${body}.${this.mac(`${head}.${body}`)}`;
  }

  /** Returns the claims of a valid, unexpired access token, or null. */
  verify(token: string): Claims | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [head, body, sig] = parts as [string, string, string];
    const want = Buffer.from(this.mac(`${head}.${body}`));
    const got = Buffer.from(sig);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
    let claims: Claims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims;
    } catch {
      return null;
    }
    if (claims.typ !== 'Bearer' || claims.exp <= Math.floor(Date.now() / 1000)) return null;
    return claims;
  }

  issueRefresh(sub: string, clientId: string): string {
    const t = randomBytes(32).toString('base64url');
    this.refresh.set(t, { sub, clientId });
    return t;
  }

  /** Refresh tokens rotate: a used one is gone. */
  useRefresh(token: string): { sub: string; clientId: string } | undefined {
    const hit = this.refresh.get(token);
    if (hit) this.refresh.delete(token);
    return hit;
  }

  /** Ends every session of a subject (logout, reset, delete). */
  revokeSessions(sub: string): void {
    for (const [t, v] of this.refresh) if (v.sub === sub) this.refresh.delete(t);
  }

  private mac(data: string): string {
    return createHmac('sha256', this.key).update(data).digest('base64url');
  }
}

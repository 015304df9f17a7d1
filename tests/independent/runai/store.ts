// In-memory tenant state: users, deprecated groups, one application, and the token service.
import { randomBytes, randomUUID } from 'node:crypto';
import { TokenService } from './tokens.js';
import type { AppRec, GroupRec, Principal, Role, UserRec, Version } from './types.js';

export const TENANT_ID = 1001; // the tenant id used throughout the vendor examples
export const SYSTEM_CREATOR = 'system'; // createdBy of the users that exist at start

/** A temp password: 16 characters, always mixing cases, digits and a symbol. */
export function tempPassword(): string {
  const pick = (set: string): string => set[randomBytes(1)[0]! % set.length]!;
  const core = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x');
  return `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}${pick('abcdefghijkmnpqrstuvwxyz')}${core}${pick('23456789')}!`;
}

export interface NewUser {
  email: string;
  password: string;
  temporary: boolean;
  roles: Role[];
  permitAllClusters?: boolean;
  permittedClusters?: string[];
}

export class Store {
  readonly users = new Map<string, UserRec>();
  readonly groups = new Map<string, GroupRec>();
  readonly app: AppRec;
  readonly tokens: TokenService;
  private seq = 0;

  constructor(readonly version: Version, issuer: string) {
    this.tokens = new TokenService(issuer, TENANT_ID);
    this.app = { id: 'independent-app', name: 'independent-app', secret: tempPassword(), roles: ['admin'] };
  }

  nextSeq(): number {
    return ++this.seq;
  }

  /** Emails identify users case-insensitively, as an identity provider's usernames do. */
  findByEmail(email: string): UserRec | undefined {
    const want = email.toLowerCase();
    for (const u of this.users.values()) if (u.email.toLowerCase() === want) return u;
    return undefined;
  }

  addUser(n: NewUser, by: Principal | null): UserRec {
    const now = new Date();
    const u: UserRec = {
      id: randomUUID(),
      seq: this.nextSeq(),
      email: n.email,
      password: n.password,
      temporary: n.temporary,
      roles: n.roles,
      entityType: 'regular-user',
      permitAllClusters: n.permitAllClusters ?? false,
      permittedClusters: n.permittedClusters ?? [],
      createdById: by?.id ?? SYSTEM_CREATOR,
      createdByName: by?.name ?? SYSTEM_CREATOR,
      createdAt: now,
      updatedAt: now,
      lastLogin: null,
    };
    this.users.set(u.id, u);
    return u;
  }

  deleteUser(id: string): void {
    this.users.delete(id);
    this.tokens.revokeSessions(id);
  }

  /** Resolves a token subject to a live principal; deleted users no longer authenticate. */
  principalOf(kind: 'user' | 'app', sub: string): Principal | null {
    if (kind === 'app') {
      return sub === this.app.id ? { kind, id: sub, name: this.app.name, roles: this.app.roles } : null;
    }
    const u = this.users.get(sub);
    return u ? { kind, id: u.id, name: u.email, roles: u.roles } : null;
  }

  userToken(u: UserRec): string {
    return this.tokens.sign(u.id, u.email, 'user', 'cli');
  }
}

// In-memory state: users, groups, bearer tokens and login sessions.
import { randomBytes, randomUUID, createHash, timingSafeEqual } from 'node:crypto';
import { defaultSettings, type Settings } from './settings.js';

export interface UserRec {
  id: string;
  name: string;
  displayName: string;
  createdAt: string;
  lastSeenAt?: string;
  profile: { fullName: string; emailAddress: string };
  isAdmin: boolean;
  metadata: Map<string, string>;
  passwordHash?: Buffer; // only built-in login users have one; API-created users are SSO-style
  settings: Settings;
}

export interface GroupRec {
  id: string;
  name: string;
  displayName: string;
  ssoName: string;
  description: string;
  createdAt: string;
  metadata: Map<string, string>;
  members: Set<string>; // user names
}

const hash = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
export const newSecret = (): string => randomBytes(24).toString('base64url');
export const now = (): string => new Date().toISOString();

export class Store {
  readonly users = new Map<string, UserRec>();
  readonly groups = new Map<string, GroupRec>();
  readonly tokens = new Map<string, string>(); // bearer token -> user name
  readonly sessions = new Map<string, string>(); // session_id cookie -> user name

  newUser(name: string, displayName: string, extra: Partial<UserRec> = {}): UserRec {
    const user: UserRec = {
      id: randomUUID(),
      name,
      displayName,
      createdAt: now(),
      profile: { fullName: '', emailAddress: '' },
      isAdmin: false,
      metadata: new Map(),
      settings: defaultSettings(),
      ...extra,
    };
    this.users.set(name, user);
    return user;
  }

  setPassword(user: UserRec, password: string): void {
    user.passwordHash = hash(password);
  }

  checkPassword(name: string, password: string): UserRec | undefined {
    const user = this.users.get(name);
    if (!user?.passwordHash) return undefined;
    return timingSafeEqual(user.passwordHash, hash(password)) ? user : undefined;
  }

  groupsOf(userName: string): GroupRec[] {
    return [...this.groups.values()].filter((g) => g.members.has(userName)).sort(byName);
  }

  // A deleted user disappears everywhere: memberships, sessions and tokens go with it.
  deleteUser(name: string): void {
    this.users.delete(name);
    for (const g of this.groups.values()) g.members.delete(name);
    for (const [k, v] of this.sessions) if (v === name) this.sessions.delete(k);
    for (const [k, v] of this.tokens) if (v === name) this.tokens.delete(k);
  }

  deleteSessionsOf(name: string): void {
    for (const [k, v] of this.sessions) if (v === name) this.sessions.delete(k);
  }
}

export const byName = <T extends { name: string }>(a: T, b: T): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

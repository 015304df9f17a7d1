// Wire shapes (FACTS B3, B6): hq_User, hq_CompactGroup and the full group.
import type { GroupRec, Store, UserRec } from './store.js';

// lrn format is undocumented; this follows the "lrn:<product>:<service>:<resource>" look of HQ examples.
const userLrn = (name: string): string => `lrn:hq:iam:user/${name}`;
const groupLrn = (name: string): string => `lrn:hq:iam:group/${name}`;

const metadataView = (m: Map<string, string>): Record<string, string> => Object.fromEntries(m);

export function compactGroupView(g: GroupRec): Record<string, unknown> {
  return {
    name: g.name,
    display_name: g.displayName,
    sso_name: g.ssoName,
    lrn: groupLrn(g.name),
    id: g.id,
    created_at: g.createdAt,
    description: g.description,
    user_count: g.members.size,
    sa_count: 0, // this server has no service accounts
    role_count: 0, // nor roles
    metadata: metadataView(g.metadata),
  };
}

const profileView = (u: UserRec): Record<string, string> => ({
  full_name: u.profile.fullName,
  email_address: u.profile.emailAddress,
});

export function userView(store: Store, u: UserRec): Record<string, unknown> {
  const view: Record<string, unknown> = {
    name: u.name,
    display_name: u.displayName,
    lrn: userLrn(u.name),
    id: u.id,
    created_at: u.createdAt,
    groups: store.groupsOf(u.name).map(compactGroupView),
    profile: profileView(u),
    is_admin: u.isAdmin,
    metadata: metadataView(u.metadata),
  };
  if (u.lastSeenAt) view.last_seen_at = u.lastSeenAt; // optional: omitted until the user is seen
  return view;
}

export function groupView(store: Store, g: GroupRec): Record<string, unknown> {
  const users = [...g.members]
    .map((n) => store.users.get(n))
    .filter((u): u is UserRec => u !== undefined)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((u) => ({
      name: u.name,
      display_name: u.displayName,
      lrn: userLrn(u.name),
      id: u.id,
      created_at: u.createdAt,
      profile: profileView(u),
      is_admin: u.isAdmin,
      metadata: metadataView(u.metadata),
    }));
  const { user_count: _u, sa_count: _s, role_count: _r, ...base } = compactGroupView(g);
  return { ...base, roles: [], users, service_accounts: [] };
}

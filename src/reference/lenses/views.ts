/** How stored Lenses users and groups look on the wire (`hq_User`, `hq_CompactGroup`, `hq_Group`). */
import { type LensesGroup, type LensesState, type LensesUser, membersOf } from './store.js';

export const userLrn = (name: string) => `lrn:hq:user/${name}`;
export const groupLrn = (name: string) => `lrn:hq:group/${name}`;

export function toHqUser(state: LensesState, user: LensesUser): Record<string, unknown> {
  return {
    name: user.name,
    display_name: user.display_name,
    lrn: userLrn(user.name),
    id: user.id,
    created_at: user.created_at,
    groups: [...user.groups].flatMap((name) => {
      const group = state.groups.get(name);
      return group ? [toCompactGroup(state, group)] : [];
    }),
    profile: { ...user.profile },
    is_admin: user.is_admin,
    metadata: { ...user.metadata },
  };
}

export function toCompactGroup(state: LensesState, group: LensesGroup): Record<string, unknown> {
  return {
    ...groupHeader(group),
    user_count: membersOf(state, group.name).length,
    sa_count: 0,
    role_count: group.roles.length,
    metadata: { ...group.metadata },
  };
}

/** The full group: roles (known only by name here), members, no service accounts. */
export function toHqGroup(state: LensesState, group: LensesGroup): Record<string, unknown> {
  return {
    ...groupHeader(group),
    roles: group.roles.map((name) => ({ name, display_name: name, lrn: `lrn:hq:role/${name}` })),
    users: membersOf(state, group.name).map((u) => ({
      name: u.name,
      display_name: u.display_name,
      lrn: userLrn(u.name),
      id: u.id,
      created_at: u.created_at,
      profile: { ...u.profile },
      is_admin: u.is_admin,
      metadata: { ...u.metadata },
    })),
    service_accounts: [],
  };
}

function groupHeader(group: LensesGroup) {
  return {
    name: group.name,
    display_name: group.display_name,
    sso_name: group.sso_name,
    lrn: groupLrn(group.name),
    id: group.id,
    created_at: group.created_at,
    description: group.description,
  };
}

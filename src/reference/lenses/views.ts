/** How stored Lenses users and groups look on the wire (`hq_User`, `hq_CompactGroup`, `hq_Group`). */
import type { Behaviour } from '../faults/behaviour.js';
import { type LensesGroup, type LensesState, type LensesUser, membersOf } from './store.js';

export const userLrn = (name: string) => `lrn:hq:user/${name}`;
export const groupLrn = (name: string) => `lrn:hq:group/${name}`;

/** What a view needs: the state, and the behaviour's choices of optional fields. */
export interface ViewContext {
  state: LensesState;
  behaviour: Pick<Behaviour, 'profileZeroValues' | 'emptyMetadataOmitted'>;
}

export function toHqUser(ctx: ViewContext, user: LensesUser): Record<string, unknown> {
  return {
    name: user.name,
    display_name: user.display_name,
    lrn: userLrn(user.name),
    id: user.id,
    created_at: user.created_at,
    groups: [...user.groups].flatMap((name) => {
      const group = ctx.state.groups.get(name);
      return group ? [toCompactGroup(ctx, group)] : [];
    }),
    ...(user.last_seen_at !== undefined && { last_seen_at: user.last_seen_at }),
    profile: profileOf(ctx, user),
    is_admin: user.is_admin,
    ...metadataOf(ctx, user.metadata),
  };
}

export function toCompactGroup(ctx: ViewContext, group: LensesGroup): Record<string, unknown> {
  return {
    ...groupHeader(group),
    user_count: membersOf(ctx.state, group.name).length,
    sa_count: 0,
    role_count: group.roles.length,
    ...metadataOf(ctx, group.metadata),
  };
}

/** The full group: roles (known only by name here), members, no service accounts. */
export function toHqGroup(ctx: ViewContext, group: LensesGroup): Record<string, unknown> {
  return {
    ...groupHeader(group),
    roles: group.roles.map((name) => ({ name, display_name: name, lrn: `lrn:hq:role/${name}` })),
    users: membersOf(ctx.state, group.name).map((u) => ({
      name: u.name,
      display_name: u.display_name,
      lrn: userLrn(u.name),
      id: u.id,
      created_at: u.created_at,
      profile: profileOf(ctx, u),
      is_admin: u.is_admin,
      ...metadataOf(ctx, u.metadata),
    })),
    service_accounts: [],
  };
}

/** Unset fields are left out, or sent as "" by a benign variant (a Go struct without omitempty). */
function profileOf(ctx: ViewContext, user: LensesUser): LensesUser['profile'] {
  return ctx.behaviour.profileZeroValues ? { full_name: '', email_address: '', ...user.profile } : { ...user.profile };
}

/** `metadata` is optional in hq_User and hq_CompactGroup: a benign variant leaves it out when empty. */
function metadataOf(ctx: ViewContext, metadata: Record<string, string>): { metadata?: Record<string, string> } {
  return ctx.behaviour.emptyMetadataOmitted && Object.keys(metadata).length === 0 ? {} : { metadata: { ...metadata } };
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

/**
 * How generated bodies behave on Lenses HQ operations.
 * - `createUser` must accept every schema-valid body: its one server-side rule, a unique name, is met
 *   with a run-id name (metadata limits are in the schema and its byte hints, which the generators keep).
 * - `updateUserProfile` too: two free strings, no state involved.
 * - `updateUser` not: metadata is capped at 50 keys per user in total, so a series of valid patches on
 *   one fixture user may rightly be refused once their keys add up.
 * - `setUserGroups`, `createGroup`, `updateGroup` not: they name groups, users and roles that must
 *   exist (the fixtures give a known-good groups body).
 * - `updateCurrentUserSettings` not, and the fixtures give `{}` as its body: a generated body would
 *   write arbitrary keys into the admin's own settings, which the run did not create.
 * - `login` needs real credentials (the fixtures give them).
 */
import type { HttpResponse } from '../../http/types.js';
import { asObject } from './checks/view.js';
import type { FlowContext } from '../../engine/context.js';
import type { BodyRule } from '../../engine/system.js';
import { OPS, trackByName, trackCreatedUser } from './users.js';

function trackCreatedGroup(ctx: FlowContext, response: HttpResponse, body: unknown): void {
  if (response.status === undefined || response.status < 200 || response.status >= 300) return;
  const name = asObject(response.json)?.name ?? asObject(body)?.name;
  if (typeof name === 'string' && name !== '') trackByName(ctx, 'group', OPS.removeGroup, name);
}

export const LENSES_BODY_RULES: Readonly<Record<string, BodyRule>> = {
  [OPS.create]: { acceptsAnyValid: true, unique: { '/name': 'name' }, uniqueSource: 'seed 003 POST /api/v1/users name: "Sets the unique name of the new user"', trackCreated: (ctx, response, body) => trackCreatedUser(ctx, response, asObject(body)?.name) },
  [OPS.profile]: { acceptsAnyValid: true },
  [OPS.createGroup]: { unique: { '/name': 'name' }, trackCreated: trackCreatedGroup },
};

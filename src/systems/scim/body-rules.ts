/**
 * How generated bodies behave on SCIM operations. None must accept every schema-valid body: a
 * generated userName or member id may be refused for reasons the schema cannot state (a member that
 * does not exist). Generated userNames and group displayNames carry the run id, so the sweep finds
 * whatever a generated create made.
 */
import type { BodyRule } from '../../engine/system.js';
import { OPS, track } from './ops.js';

export const SCIM_BODY_RULES: Readonly<Record<string, BodyRule>> = {
  [OPS.createUser]: { unique: { '/userName': 'name' }, trackCreated: (ctx, response) => track(ctx, 'user', response) },
  [OPS.replaceUser]: { unique: { '/userName': 'name' } },
  [OPS.createGroup]: { unique: { '/displayName': 'name' }, trackCreated: (ctx, response) => track(ctx, 'group', response) },
  [OPS.replaceGroup]: { unique: { '/displayName': 'name' } },
};

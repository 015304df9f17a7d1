/**
 * How generated bodies behave on Run:ai operations. Only `create_user` must accept every schema-valid
 * body (its one server-side rule, a unique email, is met with a run-id email). The deprecated k8s
 * creates are not: a schema-valid body with a random tenantId, userId or permittedClusters would be
 * refused by a real Run:ai, and reporting that would be a false alarm. `change_user_password` and
 * `grant_token` need real credentials (the fixtures give them), so they are not either; an accepted
 * password change is "tracked" by keeping the fixture's notion of the current password up to date.
 */
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import type { BodyRule } from '../../engine/system.js';
import { rememberPasswordChange } from './fixtures.js';
import { K8S_OPS, trackK8sGroup, trackK8sUser } from './k8s/resources.js';
import { OPS, trackUser } from './users.js';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

function trackCreatedUser(ctx: FlowContext, response: HttpResponse, body: unknown): void {
  const created = asObject(response.json);
  const id = text(created.id);
  if (!id) return;
  const tempPassword = text(created.tempPassword);
  if (tempPassword) ctx.http.addSecret(tempPassword, 'temp-password');
  trackUser(ctx, id, text(created.username) ?? text(asObject(body).email) ?? id);
}

function trackCreatedK8sUser(ctx: FlowContext, response: HttpResponse, body: unknown): void {
  const id = text(asObject(response.json).userId);
  if (id) trackK8sUser(ctx, id, text(asObject(body).email) ?? id);
}

function trackCreatedK8sGroup(ctx: FlowContext, response: HttpResponse, body: unknown): void {
  const name = text(asObject(body).username) ?? text(asObject(response.json).username) ?? text(asObject(response.json).userId);
  if (name) trackK8sGroup(ctx, name);
}

export const RUNAI_BODY_RULES: Readonly<Record<string, BodyRule>> = {
  [OPS.create]: { acceptsAnyValid: true, unique: { '/email': 'email' }, uniqueSource: 'seed 000/002 POST /api/v1/users: 409 "The specified resource already exists"', trackCreated: trackCreatedUser },
  [K8S_OPS.createUser]: { unique: { '/email': 'email' }, trackCreated: trackCreatedK8sUser },
  [K8S_OPS.createGroup]: { unique: { '/username': 'name' }, trackCreated: trackCreatedK8sGroup },
  [OPS.changePassword]: { trackCreated: (ctx, _response, body) => rememberPasswordChange(ctx, body) },
  // A generated email on an update must never be another user's.
  [K8S_OPS.updateUser]: { unique: { '/email': 'email' } },
};

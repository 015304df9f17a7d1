/**
 * Run:ai `/api/v1/users` building blocks for the scenarios: create a run-id user (tracked for
 * cleanup), list usernames, log in as a user. The operationIds are the seeds' own.
 */
import { randomBytes } from 'node:crypto';
import type { HttpResponse } from '../../http/types.js';
import type { Operation } from '../../spec/index.js';
import type { FlowContext } from '../../engine/context.js';

export const OPS = {
  list: 'get_users',
  create: 'create_user',
  count: 'count_users',
  get: 'get_user_by_id',
  remove: 'delete_user_by_id',
  logout: 'logout_user',
  reset: 'reset_user_password',
  changePassword: 'change_user_password',
  token: 'grant_token',
} as const;

export interface CreatedUser {
  id: string;
  email: string;
  tempPassword: string;
  response: HttpResponse;
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** Creates a user with a fresh run-id email. Returns undefined (with the response) when the target refused. */
export async function createUser(ctx: FlowContext, email = ctx.uniqueEmail()): Promise<{ user?: CreatedUser; response: HttpResponse }> {
  const response = await ctx.call(OPS.create, { json: { email, resetPassword: false } });
  const body = asObject(response.json);
  if (response.status === undefined || response.status >= 300 || typeof body.id !== 'string') return { response };
  trackUser(ctx, body.id, email);
  const tempPassword = typeof body.tempPassword === 'string' ? body.tempPassword : '';
  if (tempPassword) ctx.http.addSecret(tempPassword, 'temp-password');
  return { user: { id: body.id, email, tempPassword, response }, response };
}

/** Registers a user the run created (from any response that created one) for cleanup. */
export function trackUser(ctx: FlowContext, id: string, label: string): void {
  ctx.resources.add({
    kind: 'user',
    id,
    label,
    remove: async () => {
      const response = await ctx.http.send({ method: 'DELETE', path: `${pathOf(ctx, OPS.remove, id)}`, auth: { kind: 'admin' }, operationId: OPS.remove });
      return response.status === 204 || response.status === 404 || response.status === 200;
    },
  });
}

function pathOf(ctx: FlowContext, operationId: string, userId: string): string {
  return ctx.op(operationId).path.replace('{userId}', encodeURIComponent(userId));
}

/** The users a list response holds (the list is a bare array of User2). */
export function usersOf(response: HttpResponse): Json[] | undefined {
  return response.status === 200 && Array.isArray(response.json) ? (response.json as unknown[]).map(asObject) : undefined;
}

export function usernamesOf(response: HttpResponse): string[] | undefined {
  return usersOf(response)?.map((u) => String(u.username ?? ''));
}

export function idsOf(response: HttpResponse): string[] | undefined {
  return usersOf(response)?.map((u) => String(u.id ?? ''));
}

/** True when the spec's list operation takes this query parameter. */
export function listTakes(ctx: FlowContext, name: string): boolean {
  return ctx.op(OPS.list).parameters.some((p) => p.in === 'query' && p.name === name);
}

/** The password grant's body (DECISIONS: `{"grantType":"password","clientID":"cli",username,password}`). */
export function passwordGrantBody(username: string, password: string): Record<string, string> {
  return { grantType: 'password', clientID: 'cli', username, password };
}

/**
 * A password grant for a user. The token is registered as `tokenName`: a reproduction holding two
 * tokens names them apart.
 */
export async function passwordGrant(ctx: FlowContext, username: string, password: string, tokenName = 'user-token'): Promise<{ token?: string; response: HttpResponse }> {
  const response = await ctx.call(OPS.token, { auth: { kind: 'none' }, json: passwordGrantBody(username, password) });
  const token = asObject(response.json).accessToken;
  if (response.status !== 200 || typeof token !== 'string' || token === '') return { response };
  ctx.http.addSecret(token, tokenName);
  return { token, response };
}

/** A password that satisfies every Run:ai version's rules (2.24: 8..255) and common strength policies. */
const generatedPassword = (): string => `Uc!${randomBytes(9).toString('base64url')}9a`;

/**
 * A fresh password, registered as a secret under `name`: the placeholder (and the curl variable) a
 * reproduction shows for it, so name each password of a flow apart (`new-password`, `k8s-user-password`…).
 */
export function newPassword(ctx: FlowContext, name: string): string {
  const password = generatedPassword();
  ctx.http.addSecret(password, name);
  return password;
}

/**
 * A deliberately wrong password (a made-up current password): no secret, so it is not registered
 * (transcripts still hide it by its key, and any wrong value reproduces the check).
 */
export function wrongPassword(): string {
  return generatedPassword();
}

/** The users a list returned: records, usernames and ids (undefined when the list could not be read). */
export interface Listed {
  response: HttpResponse;
  users?: Json[];
  names?: string[];
}

/** Calls `get_users` with a query and reads the bare array it returns. */
export async function listUsers(ctx: FlowContext, query: Record<string, unknown> = {}): Promise<Listed> {
  const response = await ctx.call(OPS.list, { query });
  const users = usersOf(response);
  return { response, users, names: users?.map((u) => String(u.username ?? '')) };
}

/**
 * The list narrowed to usernames containing `text` (filterBy `username=@text`, 2.19+). Where the
 * spec has no filterBy (2.18) it is the whole list: callers narrow it themselves.
 */
export function containsQuery(ctx: FlowContext, text: string): Record<string, unknown> {
  return listTakes(ctx, 'filterBy') ? { filterBy: [`username=@${text}`] } : {};
}

/** The users list narrowed to one user by its username (the k8s list takes no filter: whole list). */
export function narrowRunaiList(list: Operation, read: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const takesFilter = list.parameters.some((p) => p.in === 'query' && p.name === 'filterBy');
  return takesFilter && typeof read.username === 'string' ? { filterBy: [`username=@${read.username}`] } : undefined;
}

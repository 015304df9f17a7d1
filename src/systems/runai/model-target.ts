/**
 * The Run:ai model of the model-based scenario and its handle on the target: what the run created
 * (in creation order, live or deleted), the responses of the current sequence, and the checks that
 * the target agrees with the model (list contents, count).
 */
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import type { CallInput } from '../../engine/context.js';
import { ModelInconclusive, ModelMismatch } from '../../engine/model-runner.js';
import { containsQuery, listTakes, OPS, usernamesOf } from './users.js';

export interface ModelUser {
  email: string;
  id: string;
  live: boolean;
  /** The password the user logs in with now (the create's or the last reset's temporary one). */
  password?: string;
}

/** What the target should hold of this sequence's users. */
export interface RunaiModel {
  users: ModelUser[];
}

export interface RunaiReal {
  ctx: FlowContext;
  /** Every response of the sequence, in order: the evidence when it fails. */
  responses: HttpResponse[];
  /** count_users of the scenario's prefix before the sequence (leftovers of earlier ones); undefined when not counted. */
  baseline?: number;
  /** Users the target created although it should not have (accepted duplicates): removed at teardown. */
  strays: string[];
  /** Operations called so far, across sequences: where a passing run is recorded. */
  exercised: Set<string>;
}

export const lower = (s: string): string => s.toLowerCase();

/** Sends a request of the sequence; a request without a response cannot be judged. */
export async function send(real: RunaiReal, operationId: string, input: CallInput): Promise<HttpResponse> {
  const response = await real.ctx.call(operationId, input);
  real.responses.push(response);
  real.exercised.add(operationId);
  if (response.status === undefined) throw new ModelInconclusive(`${operationId}: no response (${response.exchange.transportError?.kind ?? 'transport error'})`);
  return response;
}

/** Throws a mismatch unless the status is the expected one. */
export function expectStatus(operationId: string, response: HttpResponse, expected: number, what: string): void {
  if (response.status !== expected) throw new ModelMismatch(operationId, `${what}: status ${response.status}, expected ${expected}`, expected, response.status);
}

/** Counting needs count_users with filterBy (2.19+): the prefix filter keeps other scenarios' users out. */
export const canCount = (ctx: FlowContext): boolean =>
  ctx.hasOperation(OPS.count) && listTakes(ctx, 'filterBy') && ctx.op(OPS.count).parameters.some((p) => p.name === 'filterBy');

const countQuery = (ctx: FlowContext) => ({ filterBy: [`username=@${ctx.scenarioPrefix}`] });

/** A fresh sequence: an empty model, and the current count of the scenario's prefix as the baseline. */
export async function setupSequence(ctx: FlowContext, exercised: Set<string>): Promise<{ model: RunaiModel; real: RunaiReal }> {
  const real: RunaiReal = { ctx, responses: [], strays: [], exercised };
  if (canCount(ctx)) {
    const response = await send(real, OPS.count, { query: countQuery(ctx) });
    const count = (response.json as { count?: unknown } | undefined)?.count;
    // An unreadable count (schema.response reports it) leaves the count out of this sequence.
    if (response.status === 200 && typeof count === 'number') real.baseline = count;
  }
  return { model: { users: [] }, real };
}

/** The list narrowed to the scenario's prefix holds exactly the model's live users of this sequence. */
export async function verifyList(model: Readonly<RunaiModel>, real: RunaiReal): Promise<void> {
  const response = await send(real, OPS.list, { query: containsQuery(real.ctx, real.ctx.scenarioPrefix) });
  const names = usernamesOf(response);
  if (!names) throw new ModelMismatch(OPS.list, `list: status ${response.status}, expected 200 with an array of users`, 200, response.status);
  const index = (email: string) => `#${model.users.findIndex((u) => lower(u.email) === email)} (${email})`;
  const ours = new Set(model.users.map((u) => lower(u.email)));
  const seen = names.map(lower).filter((n) => ours.has(n));
  const live = model.users.filter((u) => u.live).map((u) => lower(u.email));
  const missing = live.filter((e) => !seen.includes(e));
  if (missing.length) throw new ModelMismatch(OPS.list, `list: missing ${missing.map(index).join(', ')}`, live, seen);
  const deleted = seen.filter((e) => !live.includes(e));
  if (deleted.length) throw new ModelMismatch(OPS.list, `list: still holds deleted ${[...new Set(deleted)].map(index).join(', ')}`, live, seen);
  const twice = [...new Set(seen.filter((e, i) => seen.indexOf(e) !== i))];
  if (twice.length) throw new ModelMismatch(OPS.list, `list: holds ${twice.map(index).join(', ')} twice`, live, seen);
}

/** count_users of the prefix is the baseline plus the model's live users. */
export async function verifyCount(model: Readonly<RunaiModel>, real: RunaiReal): Promise<void> {
  if (real.baseline === undefined) return;
  const response = await send(real, OPS.count, { query: countQuery(real.ctx) });
  expectStatus(OPS.count, response, 200, 'count');
  const count = (response.json as { count?: unknown } | undefined)?.count;
  if (typeof count !== 'number') return; // schema.response reports the malformed body
  const expected = real.baseline + model.users.filter((u) => u.live).length;
  if (count !== expected) throw new ModelMismatch(OPS.count, `count: ${count}, expected ${expected} (${real.baseline} before the sequence + ${expected - real.baseline} live)`, expected, count);
}

/** Every user of the sequence reads as the model says: 200 with its username while live, 404 once deleted. */
export async function verifyReads(model: Readonly<RunaiModel>, real: RunaiReal): Promise<void> {
  await firstRejection(model.users.map((user, index) => verifyRead(user, `get #${index} (${user.email}${user.live ? '' : ', deleted'})`, real)));
}

/** Waits for all; throws the first failure in the given order (not the first to arrive, which would depend on timing). */
async function firstRejection(checks: readonly Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(checks)).find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
}

export async function verifyRead(user: ModelUser, label: string, real: RunaiReal): Promise<void> {
  const response = await send(real, OPS.get, { pathParams: { userId: user.id } });
  expectStatus(OPS.get, response, user.live ? 200 : 404, label);
  if (!user.live) return;
  const body = response.json as { id?: unknown; username?: unknown } | undefined;
  if (body?.id !== user.id || lower(String(body?.username)) !== lower(user.email)) {
    throw new ModelMismatch(OPS.get, `${label}: returned ${String(body?.username)} (${String(body?.id)})`, { id: user.id, username: user.email }, body);
  }
}

/**
 * After every command that changes state: reads, the list, and the count where there is one. They
 * only read the state the command left, so they go out together (one round trip, not three).
 */
export async function verifyTarget(model: Readonly<RunaiModel>, real: RunaiReal): Promise<void> {
  await firstRejection([verifyReads(model, real), verifyList(model, real), verifyCount(model, real)]);
}

/** Deletes the sequence's live users and strays (not part of the evidence). */
export async function teardownSequence(model: RunaiModel, real: RunaiReal): Promise<void> {
  const ids = [...model.users.filter((u) => u.live).map((u) => u.id), ...real.strays];
  await Promise.all(ids.map(async (id) => {
    const response = await real.ctx.call(OPS.remove, { pathParams: { userId: id } });
    if (response.status !== undefined && ((response.status >= 200 && response.status < 300) || response.status === 404)) real.ctx.resources.markRemoved('user', id);
  }));
}

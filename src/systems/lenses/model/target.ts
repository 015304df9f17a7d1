/**
 * The target side of the Lenses model-based run: one sequence's names, groups and responses; sending
 * a request and judging its answer against the model; the first user every sequence starts with; and
 * the invariant checked after every change (the list). A disagreement throws `ModelMismatch`; a
 * request without a response throws `ModelInconclusive` (the runner reports it as skipped).
 */
import { userView } from '../checks/view.js';
import type { HttpResponse } from '../../../http/types.js';
import type { CallInput, FlowContext } from '../../../engine/context.js';
import { ModelInconclusive, ModelMismatch } from '../../../engine/model-runner.js';
import { listedNames, OPS, trackCreatedUser } from '../users.js';
import { describeDisagreement, disagreement, newModelUser, patchModelUser, type LensesModel, type ModelUser } from './state.js';

/** The target side of one sequence: its own fresh names, the run's groups, and every response. */
export interface ModelTarget {
  ctx: FlowContext;
  names: readonly string[];
  groups: readonly string[];
  log: HttpResponse[];
  /** Operations called so far, across sequences: where a passing run is recorded. */
  exercised: Set<string>;
  /**
   * Whether the target takes `metadata` on PATCH user (FACTS B5 only guesses it does), as the first
   * user of the sequence showed; the model applies metadata patches only then.
   */
  patchTakesMetadata?: boolean;
}

/** Sends a request of the sequence; one without a response cannot be judged (inconclusive). */
export async function send(real: ModelTarget, operationId: string, input: CallInput): Promise<HttpResponse> {
  const response = await real.ctx.call(operationId, input);
  real.log.push(response);
  real.exercised.add(operationId);
  if (response.status === undefined) throw new ModelInconclusive(`${operationId}: no response (${response.exchange.transportError?.kind ?? 'transport error'})`);
  return response;
}

/**
 * The status the model expects: exact codes, or `'4xx'` for a refusal whose code the contract does
 * not state (Lenses HQ documents only a default error: 404 and 409 are guesses, FACTS B4).
 */
export function expectStatus(operationId: string, what: string, response: HttpResponse, statuses: readonly number[] | '4xx'): void {
  const status = response.status!;
  if (statuses === '4xx' ? status >= 400 && status < 500 : statuses.includes(status)) return;
  const expected = statuses === '4xx' ? 'a 4xx' : statuses.join(' or ');
  throw new ModelMismatch(operationId, `${what}: status ${status}, the model expects ${expected}`, expected, status);
}

/** The user a body holds agrees with the model; else a mismatch saying which field, expected and got. */
export function expectAgreement(operationId: string, what: string, body: unknown, user: ModelUser, real: ModelTarget): void {
  const view = userView(body);
  if (!view) throw new ModelMismatch(operationId, `${what}: the body is not a user object`, 'a user object', body);
  const problem = disagreement(view, user, real.groups);
  if (problem) throw new ModelMismatch(operationId, `${what}: ${describeDisagreement(problem)}`, problem.expected, problem.actual);
}

/** A command as it prints: `patch(user 0, {"display_name":"x"})`, the body sent exactly, `{}` when empty. */
export function describeCommand(name: string, target: string, body: Record<string, unknown>): string {
  return `${name}(${target}, ${JSON.stringify(body)})`;
}

/** GET the user after a step: 200 and as modelled, or refused (a 4xx) when the model has no such user. */
export async function readBack(real: ModelTarget, model: LensesModel, name: string, operationId: string, step: string): Promise<void> {
  const response = await send(real, OPS.get, { pathParams: { name } });
  const user = model.users.get(name);
  const what = `getUser after ${step}`;
  expectStatus(operationId, what, response, user ? [200] : '4xx');
  if (user) expectAgreement(operationId, what, response.json, user, real);
}

/**
 * The start of every sequence: one live user (the first of the sequence's names) with metadata and a
 * full profile, so the commands that follow mostly act on a user that exists and has fields to keep.
 */
export async function createFirstUser(model: LensesModel, real: ModelTarget): Promise<void> {
  const name = real.names[0]!;
  const what = "the sequence's first user";
  const metadata = { team: 'first' };
  const created = await send(real, OPS.create, { json: { name, metadata } });
  trackCreatedUser(real.ctx, created, name);
  const user = newModelUser(name, undefined, metadata);
  expectStatus(OPS.create, `create of ${what}`, created, [201]);
  expectAgreement(OPS.create, `create of ${what}`, created.json, user, real);
  model.users.set(name, user);
  user.profile = { full_name: 'First User', email_address: 'first@example.com' };
  const profiled = await send(real, OPS.profile, { pathParams: { name }, json: user.profile });
  expectStatus(OPS.profile, `profile of ${what}`, profiled, [200]);
  expectAgreement(OPS.profile, `profile of ${what}`, profiled.json, user, real);
  await discoverPatchMetadata(model, real, name);
}

/**
 * Whether PATCH user takes metadata is a guess (FACTS B5): one PATCH with a new key, read back, says.
 * Taken, the model applies every later metadata patch (FACTS B3 semantics); ignored, none.
 */
async function discoverPatchMetadata(model: LensesModel, real: ModelTarget, name: string): Promise<void> {
  if (real.patchTakesMetadata !== undefined) return;
  const user = model.users.get(name)!;
  const json = { metadata: { probe: 'kept' } };
  // Named like a command, as it reads in a sequence: `patch(user 0, {"metadata":{"probe":"kept"}})`.
  const step = describeCommand('patch', 'user 0', json);
  const patched = await send(real, OPS.update, { pathParams: { name }, json });
  expectStatus(OPS.update, step, patched, [200]);
  const read = await send(real, OPS.get, { pathParams: { name } });
  expectStatus(OPS.get, `getUser after ${step}`, read, [200]);
  const taken = asObjectValue(read.json, 'metadata')?.probe === 'kept';
  real.patchTakesMetadata = taken;
  if (taken) patchModelUser(user, undefined, json.metadata);
  expectAgreement(OPS.update, step, patched.json, user, real);
  expectAgreement(OPS.update, `getUser after ${step}`, read.json, user, real);
}

const asObjectValue = (body: unknown, key: string): Record<string, unknown> | undefined => {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
};

/**
 * The invariant after every change: the list holds exactly the modelled users among the sequence's
 * names, each as modelled.
 */
export async function verifyList(model: Readonly<LensesModel>, real: ModelTarget): Promise<void> {
  const response = await send(real, OPS.list, {});
  expectStatus(OPS.list, 'listUsers', response, [200]);
  const listed = listedNames(response);
  if (!listed) throw new ModelMismatch(OPS.list, 'listUsers: the body has no items array of users', '{"items": [...]}', response.json);
  const mine = listed.filter((n) => real.names.includes(n)).sort();
  const expected = [...model.users.keys()].sort();
  if (mine.join('\n') !== expected.join('\n')) throw new ModelMismatch(OPS.list, `listUsers: the sequence's users are ${JSON.stringify(mine)}, the model has ${JSON.stringify(expected)}`, expected, mine);
  for (const item of (response.json as { items: unknown[] }).items) {
    const name = (item as { name?: unknown } | null)?.name;
    const user = typeof name === 'string' && real.names.includes(name) ? model.users.get(name) : undefined;
    if (user) expectAgreement(OPS.list, `listUsers entry ${name}`, item, user, real);
  }
}

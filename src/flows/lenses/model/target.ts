/**
 * The target side of the Lenses model-based run: one sequence's names, groups and responses; sending
 * a request and judging its answer against the model; the first user every sequence starts with; and
 * the invariant checked after every change (the list). A disagreement throws `ModelMismatch`; a
 * request without a response throws `ModelInconclusive` (the runner reports it as skipped).
 */
import { userView } from '../../../checks/lenses-view.js';
import type { HttpResponse } from '../../../http/types.js';
import type { CallInput, FlowContext } from '../../context.js';
import { ModelInconclusive, ModelMismatch } from '../../model-runner.js';
import { listedNames, OPS, trackCreatedUser } from '../users.js';
import { describeDisagreement, disagreement, newModelUser, type LensesModel, type ModelUser } from './state.js';

/** The target side of one sequence: its own fresh names, the run's groups, and every response. */
export interface ModelTarget {
  ctx: FlowContext;
  names: readonly string[];
  groups: readonly string[];
  log: HttpResponse[];
  /** Operations called so far, across sequences: where a passing run is recorded. */
  exercised: Set<string>;
}

/** Sends a request of the sequence; one without a response cannot be judged (inconclusive). */
export async function send(real: ModelTarget, operationId: string, input: CallInput): Promise<HttpResponse> {
  const response = await real.ctx.call(operationId, input);
  real.log.push(response);
  real.exercised.add(operationId);
  if (response.status === undefined) throw new ModelInconclusive(`${operationId}: no response (${response.exchange.transportError?.kind ?? 'transport error'})`);
  return response;
}

export function expectStatus(operationId: string, what: string, response: HttpResponse, statuses: readonly number[]): void {
  if (statuses.includes(response.status!)) return;
  throw new ModelMismatch(operationId, `${what}: status ${response.status}, the model expects ${statuses.join(' or ')}`, statuses.join(' or '), response.status);
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

/** GET the user after a step: 200 and as modelled, or 404 when the model has no such user. */
export async function readBack(real: ModelTarget, model: LensesModel, name: string, operationId: string, step: string): Promise<void> {
  const response = await send(real, OPS.get, { pathParams: { name } });
  const user = model.users.get(name);
  const what = `getUser after ${step}`;
  expectStatus(operationId, what, response, [user ? 200 : 404]);
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
}

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

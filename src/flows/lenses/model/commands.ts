/**
 * The commands of the Lenses model-based run: create / get / list / patch / profile / groups /
 * delete on a small pool of run-id names. Each sends its request, checks the answer against the
 * model, updates the model, and reads the user back (the target must agree after every step).
 * A disagreement throws `ModelMismatch` (the shared runner shrinks it to the shortest sequence).
 * Names in `toString()` carry no comma: the runner splits the printed sequence on commas.
 */
import { userView } from '../../../checks/lenses-view.js';
import type { HttpResponse } from '../../../http/types.js';
import type { CallInput, FlowContext } from '../../context.js';
import { ModelInconclusive, ModelMismatch, type ModelCommand } from '../../model-runner.js';
import { listedNames, OPS, trackCreatedUser } from '../users.js';
import { applyGroups, disagreement, newModelUser, patchModelUser, type LensesModel, type ModelUser } from './state.js';

/** The target side of one sequence: its own fresh names, the run's groups, and every response. */
export interface ModelTarget {
  ctx: FlowContext;
  names: readonly string[];
  groups: readonly string[];
  log: HttpResponse[];
  /** Operations called so far, across sequences: where a passing run is recorded. */
  exercised: Set<string>;
}

type Command = ModelCommand<LensesModel, ModelTarget>;
type Metadata = Record<string, string>;

/** Sends a request of the sequence; one without a response cannot be judged (inconclusive). */
async function send(real: ModelTarget, operationId: string, input: CallInput): Promise<HttpResponse> {
  const response = await real.ctx.call(operationId, input);
  real.log.push(response);
  real.exercised.add(operationId);
  if (response.status === undefined) throw new ModelInconclusive(`${operationId}: no response (${response.exchange.transportError?.kind ?? 'transport error'})`);
  return response;
}

function expectStatus(operationId: string, what: string, response: HttpResponse, statuses: readonly number[]): void {
  if (statuses.includes(response.status!)) return;
  throw new ModelMismatch(operationId, `${what}: status ${response.status}, the model expects ${statuses.join(' or ')}`, statuses.join(' or '), response.status);
}

function expectAgreement(operationId: string, what: string, body: unknown, user: ModelUser, real: ModelTarget): void {
  const view = userView(body);
  const problem = view ? disagreement(view, user, real.groups) : 'the body is not a user object';
  if (problem) throw new ModelMismatch(operationId, `${what}: ${problem}`, 'the modelled user', body);
}

/** `{"a":"x","b":null}` → `a="x" b=null`: readable, and free of the commas the runner splits on. */
export function describeFields(fields: Record<string, unknown>): string {
  return Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? `{${describeFields(v as Record<string, unknown>)}}` : JSON.stringify(v)}`).join(' ');
}

/** GET the user after a step: 200 and as modelled, or 404 when the model has no such user. */
async function readBack(real: ModelTarget, model: LensesModel, name: string, operationId: string, step: string): Promise<void> {
  const response = await send(real, OPS.get, { pathParams: { name } });
  const user = model.users.get(name);
  const what = `getUser after ${step}`;
  expectStatus(operationId, what, response, [user ? 200 : 404]);
  if (user) expectAgreement(operationId, what, response.json, user, real);
}

/**
 * Which user a command addresses: the `pick`-th of the users the model holds, or, when `missing` is
 * set (or none exists yet), a pool name the model does not hold. Resolved against the model at run
 * time, so most steps act on live users while replays stay deterministic.
 */
export interface Target {
  pick: number;
  missing: boolean;
}

function resolve(target: Target, model: LensesModel, real: ModelTarget): string {
  const existing = real.names.filter((n) => model.users.has(n));
  const absent = real.names.filter((n) => !model.users.has(n));
  const from = (target.missing || existing.length === 0) && absent.length > 0 ? absent : existing;
  return from[target.pick % from.length]!;
}

const describeTarget = (t: Target) => (t.missing ? 'a missing user' : `user ${t.pick}`);

abstract class UserCommand implements Command {
  /** Every command but get changes state: the runner checks the list invariant after it. */
  readonly mutates: boolean = true;
  constructor(readonly target: Target) {}
  check(): boolean {
    return true;
  }
  protected nameIn(model: LensesModel, real: ModelTarget): string {
    return resolve(this.target, model, real);
  }
  abstract run(model: LensesModel, real: ModelTarget): Promise<void>;
  abstract toString(): string;
}

/** Creates a new pool name, or with `duplicate` (when one exists) an existing one, which must be a 409. */
export class CreateCommand extends UserCommand {
  constructor(pick: number, readonly duplicate: boolean, readonly displayName: string | undefined, readonly metadata: Metadata | undefined) {
    super({ pick, missing: !duplicate });
  }
  async run(model: LensesModel, real: ModelTarget): Promise<void> {
    const name = this.nameIn(model, real);
    const json = { name, ...(this.displayName !== undefined && { display_name: this.displayName }), ...(this.metadata && { metadata: this.metadata }) };
    const response = await send(real, OPS.create, { json });
    trackCreatedUser(real.ctx, response, name);
    if (model.users.has(name)) {
      expectStatus(OPS.create, `${this} of an existing name`, response, [409]);
    } else {
      const user = newModelUser(name, this.displayName, this.metadata);
      expectStatus(OPS.create, String(this), response, [201]);
      expectAgreement(OPS.create, String(this), response.json, user, real);
      model.users.set(name, user);
    }
    await readBack(real, model, name, OPS.create, String(this));
  }
  toString(): string {
    const fields = describeFields({ ...(this.displayName !== undefined && { display_name: this.displayName }), ...(this.metadata && { metadata: this.metadata }) });
    return `create(${this.duplicate ? 'an existing name' : 'a new name'}${fields ? ` ${fields}` : ''})`;
  }
}

export class GetCommand extends UserCommand {
  override readonly mutates = false;
  async run(model: LensesModel, real: ModelTarget): Promise<void> {
    await readBack(real, model, this.nameIn(model, real), OPS.get, String(this));
  }
  toString(): string {
    return `get(${describeTarget(this.target)})`;
  }
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

/** PATCH a user, or its profile: 404 for a name the model does not hold, else 200 with the modelled user. */
abstract class EditCommand extends UserCommand {
  protected abstract readonly operationId: string;
  protected abstract body(): Record<string, unknown>;
  protected abstract apply(user: ModelUser): void;
  protected statuses: readonly number[] = [200];
  protected answersUser = true;
  async run(model: LensesModel, real: ModelTarget): Promise<void> {
    const name = this.nameIn(model, real);
    const response = await send(real, this.operationId, { pathParams: { name }, json: this.body() });
    const user = model.users.get(name);
    if (!user) {
      expectStatus(this.operationId, `${this} of a missing user`, response, [404]);
    } else {
      expectStatus(this.operationId, String(this), response, this.statuses);
      this.apply(user);
      if (this.answersUser) expectAgreement(this.operationId, String(this), response.json, user, real);
    }
    await readBack(real, model, name, this.operationId, String(this));
  }
}

export class PatchCommand extends EditCommand {
  protected readonly operationId = OPS.update;
  constructor(target: Target, readonly displayName: string | undefined, readonly metadata: Record<string, string | null> | undefined) {
    super(target);
  }
  protected body() {
    return { ...(this.displayName !== undefined && { display_name: this.displayName }), ...(this.metadata && { metadata: this.metadata }) };
  }
  protected apply(user: ModelUser): void {
    patchModelUser(user, this.displayName, this.metadata);
  }
  toString(): string {
    return `patch(${describeTarget(this.target)} ${describeFields(this.body())})`;
  }
}

export class ProfileCommand extends EditCommand {
  protected readonly operationId = OPS.profile;
  constructor(target: Target, readonly profile: ModelUser['profile']) {
    super(target);
  }
  protected body() {
    return { ...this.profile };
  }
  protected apply(user: ModelUser): void {
    user.profile = { ...user.profile, ...this.profile };
  }
  toString(): string {
    return `profile(${describeTarget(this.target)} ${describeFields(this.profile)})`;
  }
}

/** Group changes name the run's groups by position, so a replay maps them onto fresh groups. */
export class GroupsCommand extends EditCommand {
  protected readonly operationId = OPS.groups;
  protected override statuses = [200, 204];
  protected override answersUser = false;
  private names: string[] = [];
  constructor(target: Target, readonly change: { add?: number[]; remove?: number[]; set?: number[] }) {
    super(target);
  }
  private pick(indices: number[] | undefined): string[] | undefined {
    return indices?.map((i) => this.names[i % this.names.length]!);
  }
  override async run(model: LensesModel, real: ModelTarget): Promise<void> {
    this.names = [...real.groups];
    await super.run(model, real);
  }
  protected body() {
    const { add, remove, set } = this.change;
    return set ? { set_groups: this.pick(set) } : { add_to_groups: this.pick(add), remove_from_groups: this.pick(remove) };
  }
  protected apply(user: ModelUser): void {
    applyGroups(user, { add: this.pick(this.change.add), remove: this.pick(this.change.remove), set: this.pick(this.change.set) });
  }
  toString(): string {
    const { add, remove, set } = this.change;
    const g = (list: number[] | undefined) => `[${(list ?? []).map((i) => `g${i}`).join(' ')}]`;
    const who = describeTarget(this.target);
    return set ? `groups(${who} set=${g(set)})` : `groups(${who} add=${g(add)} remove=${g(remove)})`;
  }
}

export class DeleteCommand extends UserCommand {
  async run(model: LensesModel, real: ModelTarget): Promise<void> {
    const name = this.nameIn(model, real);
    const response = await send(real, OPS.remove, { pathParams: { name } });
    expectStatus(OPS.remove, model.users.has(name) ? String(this) : `${this} of a missing user`, response, [model.users.has(name) ? 204 : 404]);
    model.users.delete(name);
    await readBack(real, model, name, OPS.remove, String(this));
    // Only once the target confirmed it is gone: otherwise the cleanup still removes it.
    real.ctx.resources.markRemoved('user', name);
  }
  toString(): string {
    return `delete(${describeTarget(this.target)})`;
  }
}

/**
 * The commands of the Lenses model-based run: create / get / patch / profile / groups / delete on a
 * small pool of run-id names. Each sends its request, checks the answer against the model, updates
 * the model, and reads the user back (the target must agree after every step; `target.ts`).
 * `toString()` names a command unambiguously, its body as sent: `patch(user 0, {})`. (The runner splits
 * the printed sequence only on commas outside brackets and strings.)
 */
import type { ModelCommand } from '../../../engine/model-runner.js';
import { OPS, trackCreatedUser } from '../users.js';
import { applyGroups, newModelUser, patchModelUser, type LensesModel, type ModelUser } from './state.js';
import { describeCommand, expectAgreement, expectStatus, readBack, send, type ModelTarget } from './target.js';

type Command = ModelCommand<LensesModel, ModelTarget>;
type Metadata = Record<string, string>;

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

/** Creates a new pool name, or with `duplicate` (when one exists) an existing one, which must be refused (a 4xx; 409 is a guess). */
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
      expectStatus(OPS.create, `${this} of an existing name`, response, '4xx');
    } else {
      const user = newModelUser(name, this.displayName, this.metadata);
      expectStatus(OPS.create, String(this), response, [201]);
      expectAgreement(OPS.create, String(this), response.json, user, real);
      model.users.set(name, user);
    }
    await readBack(real, model, name, OPS.create, String(this));
  }
  toString(): string {
    const fields = { ...(this.displayName !== undefined && { display_name: this.displayName }), ...(this.metadata && { metadata: this.metadata }) };
    return describeCommand('create', this.duplicate ? 'an existing name' : 'a new name', fields);
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

/** PATCH a user, or its profile: refused (a 4xx) for a name the model does not hold, else 200 with the modelled user. */
abstract class EditCommand extends UserCommand {
  protected abstract readonly operationId: string;
  protected abstract body(): Record<string, unknown>;
  protected abstract apply(user: ModelUser, real: ModelTarget): void;
  protected statuses: readonly number[] = [200];
  protected answersUser = true;
  async run(model: LensesModel, real: ModelTarget): Promise<void> {
    const name = this.nameIn(model, real);
    const response = await send(real, this.operationId, { pathParams: { name }, json: this.body() });
    const user = model.users.get(name);
    if (!user) {
      expectStatus(this.operationId, `${this} of a missing user`, response, '4xx');
    } else {
      expectStatus(this.operationId, String(this), response, this.statuses);
      this.apply(user, real);
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
  protected apply(user: ModelUser, real: ModelTarget): void {
    patchModelUser(user, this.displayName, real.patchTakesMetadata ? this.metadata : undefined);
  }
  toString(): string {
    return describeCommand('patch', describeTarget(this.target), this.body());
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
    return describeCommand('profile', describeTarget(this.target), this.profile);
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
  /** The run's groups by position (`g0`…), as a replay maps them onto its own. */
  toString(): string {
    const { add, remove, set } = this.change;
    const g = (list: number[] | undefined) => (list ?? []).map((i) => `g${i}`);
    return describeCommand('groups', describeTarget(this.target), set ? { set_groups: g(set) } : { add_to_groups: g(add), remove_from_groups: g(remove) });
  }
}

export class DeleteCommand extends UserCommand {
  async run(model: LensesModel, real: ModelTarget): Promise<void> {
    const name = this.nameIn(model, real);
    const response = await send(real, OPS.remove, { pathParams: { name } });
    expectStatus(OPS.remove, model.users.has(name) ? String(this) : `${this} of a missing user`, response, model.users.has(name) ? [204] : '4xx');
    model.users.delete(name);
    await readBack(real, model, name, OPS.remove, String(this));
    // Only once the target confirmed it is gone: otherwise the cleanup still removes it.
    real.ctx.resources.markRemoved('user', name);
  }
  toString(): string {
    return `delete(${describeTarget(this.target)})`;
  }
}

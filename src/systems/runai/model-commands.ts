/**
 * The commands of the Run:ai model-based scenario: create, create again with a live user's email
 * (409), get, list, count, reset, logout, delete; after an accepted reset or delete, a login with the
 * password it ended must be refused. Each checks the target's answer against the model;
 * user commands address the sequence's users by creation index (`#0` is the first created).
 */
import fc from 'fast-check';
import { isSuccess } from '../../checks/expect-status.js';
import type { FlowContext } from '../../engine/context.js';
import { ModelMismatch, type ModelCommand } from '../../engine/model-runner.js';
import type { HttpResponse } from '../../http/types.js';
import { canCount, expectStatus, send, verifyCount, verifyList, verifyRead, type ModelUser, type RunaiModel, type RunaiReal } from './model-target.js';
import { OPS, passwordGrantBody, trackUser } from './users.js';

type Command = ModelCommand<RunaiModel, RunaiReal>;
type Act = (user: ModelUser, label: string, model: RunaiModel, real: RunaiReal) => Promise<void>;

/** Highest creation index a user command picks (sequences are short). */
const MAX_INDEX = 1;

const idOf = (json: unknown): string | undefined => {
  const id = (json as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

const create: Command = {
  mutates: true,
  check: () => true,
  async run(model, real) {
    const email = real.ctx.uniqueEmail();
    const response = await send(real, OPS.create, { json: { email, resetPassword: false } });
    const id = idOf(response.json);
    if (id && isSuccess(response)) trackUser(real.ctx, id, email);
    expectStatus(OPS.create, response, 201, `create ${email}`);
    if (!id) throw new ModelMismatch(OPS.create, `create ${email}: no id in the response`, 'an id', response.json);
    model.users.push({ email, id, live: true, password: tempPasswordOf(real, response) });
  },
  toString: () => 'create',
};

const list: Command = { check: () => true, run: (model, real) => verifyList(model, real), toString: () => 'list' };
const count: Command = { check: () => true, run: (model, real) => verifyCount(model, real), toString: () => 'count' };

/** A command on the user created `#index`-th in the sequence (only when there is one; `live` when it must exist). */
function onUser(name: string, act: Act, options: { mutates?: boolean; live?: boolean } = {}): fc.Arbitrary<Command> {
  return fc.nat({ max: MAX_INDEX }).map((index): Command => ({
    mutates: options.mutates,
    check: (model) => index < model.users.length && (!options.live || model.users[index]!.live),
    run: (model, real) => act(model.users[index]!, `${name} #${index} (${model.users[index]!.email}${model.users[index]!.live ? '' : ', deleted'})`, model, real),
    toString: () => `${name}(#${index})`,
  }));
}

const get: Act = (user, label, _model, real) => verifyRead(user, label, real);

const duplicate: Act = async (user, label, _model, real) => {
  const response = await send(real, OPS.create, { json: { email: user.email, resetPassword: false } });
  const id = idOf(response.json);
  if (id && id !== user.id && isSuccess(response)) {
    trackUser(real.ctx, id, user.email);
    real.strays.push(id);
  }
  expectStatus(OPS.create, response, 409, label);
};

/** The temporary password a create or reset answered, registered as a secret. */
function tempPasswordOf(real: RunaiReal, response: HttpResponse): string | undefined {
  const temp = (response.json as { tempPassword?: unknown } | undefined)?.tempPassword;
  if (typeof temp !== 'string' || temp === '') return undefined;
  real.ctx.http.addSecret(temp, 'temp-password');
  return temp;
}

/**
 * Reset and logout: 200 for a live user, 404 for a deleted one. An accepted reset retires the password
 * in use: a login with it right after must be refused.
 */
const simple = (operationId: string): Act => async (user, label, _model, real) => {
  const response = await send(real, operationId, { pathParams: { userId: user.id } });
  const temp = tempPasswordOf(real, response);
  expectStatus(operationId, response, user.live ? 200 : 404, label);
  if (operationId !== OPS.reset || !temp || !user.live) return;
  const replaced = user.password;
  user.password = temp;
  if (replaced) await refusedLogin(real, OPS.reset, `${label}: the password it replaced still logs in`, user.email, replaced);
};

/**
 * A login that must be refused, named after the event that should have ended the password (a reset,
 * a delete): the target answering it with a token is the event's failure. A 5xx is not a login and
 * is judged by server.no-5xx. Only where the spec has the (auxiliary) login.
 */
async function refusedLogin(real: RunaiReal, event: string, why: string, username: string, password: string): Promise<void> {
  if (!real.ctx.hasOperation(OPS.token)) return;
  const response = await send(real, OPS.token, { auth: { kind: 'none' }, json: passwordGrantBody(username, password) });
  if (isSuccess(response)) throw new ModelMismatch(event, `${why} (${OPS.token} answered ${response.status})`, 'a 4xx refusal', response.status);
}

const remove: Act = async (user, label, _model, real) => {
  const response = await send(real, OPS.remove, { pathParams: { userId: user.id } });
  expectStatus(OPS.remove, response, user.live ? 204 : 404, label);
  if (!user.live) return;
  user.live = false;
  real.ctx.resources.markRemoved('user', user.id);
  if (user.password) await refusedLogin(real, OPS.remove, `${label}: the deleted user's password still logs in`, user.email, user.password);
};

/**
 * The commands the spec supports. fast-check picks among the entries uniformly, so create, delete and
 * createDuplicate are listed more than once: short sequences then build up users and act on them.
 */
export function runaiCommands(ctx: FlowContext): fc.Arbitrary<Command>[] {
  const deleteUser = onUser('delete', remove, { mutates: true });
  const createDuplicate = onUser('createDuplicate', duplicate, { live: true });
  const commands = [fc.constant(create), fc.constant(create), fc.constant(create), deleteUser, deleteUser, createDuplicate, createDuplicate, fc.constant(list), onUser('get', get)];
  if (ctx.hasOperation(OPS.reset)) commands.push(onUser('reset', simple(OPS.reset)));
  if (ctx.hasOperation(OPS.logout)) commands.push(onUser('logout', simple(OPS.logout)));
  if (canCount(ctx)) commands.push(fc.constant(count));
  return commands;
}

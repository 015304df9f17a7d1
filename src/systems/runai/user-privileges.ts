/**
 * A user the suite created holds no role, so its token must not administer users: create one, reset,
 * log out or delete another (`runai.new-user-cannot-administer`). The attempts address a user created
 * for them alone, so a server that wrongly obeys harms nothing the other checks rely on; whatever
 * such a request creates is tracked, and a deleted target is noted.
 */
import { runaiNewUserCannotAdminister } from './checks/credentials.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import { createUser, OPS, trackUser, type CreatedUser } from './users.js';

/** Tries every user-administration operation with the user's own token; `setup` is how the token was obtained. */
export async function checkNoAdminRights(ctx: FlowContext, token: string, setup: readonly HttpResponse[]): Promise<void> {
  const auth = { kind: 'bearer', token } as const;
  const { user: target, response } = await createUser(ctx);
  const attempts: [string, () => Promise<HttpResponse>][] = [
    [OPS.create, () => ctx.call(OPS.create, { auth, json: { email: ctx.uniqueEmail(), resetPassword: false } })],
  ];
  if (target) {
    for (const op of [OPS.reset, OPS.logout, OPS.remove].filter((id) => ctx.hasOperation(id))) {
      attempts.push([op, () => ctx.call(op, { auth, pathParams: { userId: target.id } })]);
    }
  } else {
    for (const op of [OPS.reset, OPS.logout, OPS.remove]) ctx.skip(runaiNewUserCannotAdminister, op, `no user to address: ${OPS.create} answered ${response.status ?? 'nothing'}`);
  }
  // One after another: a delete that wrongly goes through would make the others' 404 say nothing.
  for (const [op, attempt] of attempts) {
    const answer = await attempt();
    obeyed(ctx, op, answer, target);
    ctx.check(runaiNewUserCannotAdminister, op, () => runaiNewUserCannotAdminister.verify(op, answer), [...setup, ...(target && op !== OPS.create ? [target.response] : []), answer]);
  }
}

/** Keeps cleanup right when the server obeyed: a created user is tracked, a deleted one noted. */
function obeyed(ctx: FlowContext, op: string, answer: HttpResponse, target: CreatedUser | undefined): void {
  if (answer.status === undefined || answer.status >= 300) return;
  const id = (answer.json as { id?: unknown } | undefined)?.id;
  if (op === OPS.create && typeof id === 'string') trackUser(ctx, id, id);
  if (op === OPS.remove && target) ctx.resources.markRemoved('user', target.id);
}

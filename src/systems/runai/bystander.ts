/**
 * A bystander: a second user the lifecycle logs in before it changes, resets and logs out the first,
 * and probes after each of those events (`runai.others-credentials-untouched`). Its token is probed
 * on its own record, and its password by a fresh login; the token's answer must stay what it was
 * before the events (a user without a role may rightly get 403 both times).
 */
import { runaiOthersCredentialsUntouched } from './checks/credentials.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import { OPS, passwordGrant, type CreatedUser } from './users.js';

export interface Bystander {
  user: CreatedUser;
  password: string;
  token: string;
  /** The create, the login and the first probe: how the bystander's credentials came to be. */
  setup: HttpResponse[];
  /** The token probe's answer before any event. */
  before: HttpResponse;
}

const probe = (ctx: FlowContext, b: Pick<Bystander, 'user' | 'token'>) => ctx.call(OPS.get, { pathParams: { userId: b.user.id }, auth: { kind: 'bearer', token: b.token } });

/** Logs the second user in; the reason when it cannot be a bystander (the check is then skipped). */
export async function enlistBystander(ctx: FlowContext, user: CreatedUser | undefined): Promise<Bystander | string> {
  if (!user) return 'the second user could not be created';
  const login = await passwordGrant(ctx, user.email, user.tempPassword, 'bystander-token');
  if (!login.token) return `the target refused a password grant for the second user (${OPS.token} answered ${login.response.status ?? 'nothing'})`;
  const before = await probe(ctx, { user, token: login.token });
  return { user, password: user.tempPassword, token: login.token, before, setup: [user.response, login.response, before] };
}

/** After `event` (recorded on `operationId`): the bystander's token answers as before, its password still logs in. */
export async function checkBystander(ctx: FlowContext, bystander: Bystander | string, operationId: string, event: HttpResponse, what: string): Promise<void> {
  if (typeof bystander === 'string') return ctx.skip(runaiOthersCredentialsUntouched, operationId, bystander);
  if (event.status === undefined || event.status >= 300) return ctx.skip(runaiOthersCredentialsUntouched, operationId, `${what} was not accepted (answered ${event.status ?? 'nothing'})`);
  const [after, login] = await Promise.all([probe(ctx, bystander), passwordGrant(ctx, bystander.user.email, bystander.password, 'bystander-token-2')]);
  ctx.check(runaiOthersCredentialsUntouched, operationId, () => runaiOthersCredentialsUntouched.verify(what, bystander.before, after, login.response), [...bystander.setup, event, after, login.response]);
}

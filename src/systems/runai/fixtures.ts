/**
 * Fixtures for the generic scenarios on Run:ai: a run-owned `/api/v1` user and its token (password
 * grant with the temporary password), and on 2.18/2.19 a `/v1/k8s` user and group. Generic scenarios
 * address these, so an operation that wrongly skips a check acts on the run's own data only.
 */
import type { HttpResponse } from '../../http/types.js';
import type { Operation } from '../../spec/index.js';
import type { FlowContext } from '../../engine/context.js';
import type { Fixtures } from '../../engine/system.js';
import { CHANGED_ROLES, createK8sGroup, createK8sUser, hasK8sGroups, hasK8sUsers, K8S_OPS, k8sGroupBody, k8sUserBody } from './k8s/resources.js';
import { createUser, newPassword, OPS, passwordGrant, passwordGrantBody } from './users.js';

/**
 * The fixture user's current password, per scenario: a password change the target accepts (also one
 * it should have refused) replaces it, so later requests still log in and still prove what they test.
 */
const PASSWORDS = new WeakMap<FlowContext, { current: string }>();

/** Called by the `change_user_password` body rule for every accepted change. */
export function rememberPasswordChange(ctx: FlowContext, body: unknown): void {
  const next = (body as { newPassword?: unknown } | undefined)?.newPassword;
  const state = PASSWORDS.get(ctx);
  if (state && typeof next === 'string') state.current = next;
}

const answered = (response: HttpResponse) => response.status ?? response.exchange.transportError?.kind ?? 'nothing';
const isK8s = (operation: Operation) => operation.path.startsWith('/v1/k8s/');

export async function prepareRunaiFixtures(ctx: FlowContext): Promise<Fixtures> {
  const [api, k8sUser, k8sGroup] = await Promise.all([
    createUser(ctx),
    hasK8sUsers(ctx) ? createK8sUser(ctx) : undefined,
    hasK8sGroups(ctx) ? createK8sGroup(ctx) : undefined,
  ]);
  const user = api.user;
  const login = user && ctx.hasOperation(OPS.changePassword) ? await passwordGrant(ctx, user.email, user.tempPassword) : undefined;
  const password = { current: user?.tempPassword ?? '' };
  PASSWORDS.set(ctx, password);

  const noUser = `no run-owned user to address: ${OPS.create} answered ${answered(api.response)}`;
  const noK8sUser = k8sUser && !k8sUser.user ? `no run-owned /v1/k8s user to address: ${K8S_OPS.createUser} answered ${answered(k8sUser.response)}` : undefined;
  const noGroup = k8sGroup && !k8sGroup.group ? `no run-owned /v1/k8s group to address: ${K8S_OPS.createGroup} answered ${answered(k8sGroup.response)}` : undefined;
  const noToken = login && !login.token
    ? `${OPS.changePassword} acts as the calling user, and the target refused a password grant for the run's new user (${OPS.token} answered ${answered(login.response)}; project decision: a real Run:ai may refuse temporary passwords), so there is no user token to call it with`
    : undefined;

  const pathValue = (operation: Operation, name: string): { value?: string; reason?: string } => {
    if (name === 'groupName') return { value: k8sGroup?.group?.name, reason: noGroup };
    if (name !== 'userId') return { reason: `no fixture for path parameter {${name}}` };
    return isK8s(operation) ? { value: k8sUser?.user?.id, reason: noK8sUser } : { value: user?.id, reason: noUser };
  };
  const pathNames = (operation: Operation) => operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);

  return {
    pathParams(operation) {
      const params: Record<string, string> = {};
      for (const name of pathNames(operation)) {
        const { value } = pathValue(operation, name);
        if (!value) return undefined;
        params[name] = value;
      }
      return params;
    },
    unavailable(operation) {
      for (const name of pathNames(operation)) {
        const { value, reason } = pathValue(operation, name);
        if (!value) return reason ?? noUser;
      }
      if (operation.operationId === OPS.changePassword) return user ? noToken : noUser;
      return undefined;
    },
    auth(operation) {
      return operation.operationId === OPS.changePassword && login?.token ? { kind: 'bearer', token: login.token } : undefined;
    },
    body(operation) {
      switch (operation.operationId) {
        case OPS.token:
          return user ? passwordGrantBody(user.email, password.current) : undefined;
        case OPS.changePassword:
          return user ? { currentPassword: password.current, newPassword: newPassword(ctx, 'new-password') } : undefined;
        case K8S_OPS.createUser:
          return k8sUserBody(ctx);
        case K8S_OPS.createGroup:
          return k8sGroupBody(ctx);
        // Updates change the roles (created with INITIAL_ROLES): a write that should have been refused shows in a read.
        case K8S_OPS.updateUser:
          return k8sUser?.user ? { email: k8sUser.user.email, roles: [...CHANGED_ROLES], permitAllClusters: false } : undefined;
        case K8S_OPS.updateGroup:
          return k8sGroup?.group ? { username: k8sGroup.group.name, roles: [...CHANGED_ROLES], permitAllClusters: false } : undefined;
        default:
          return undefined;
      }
    },
  };
}

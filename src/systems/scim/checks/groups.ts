/** Group membership (RFC 7643 §4.1.2 groups, §4.2 members): seen from both sides. */
import { defineCheck } from '../../../checks/define.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, type Verdict } from '../../../checks/verdict.js';
import type { HttpResponse } from '../../../http/types.js';
import { asObject } from '../ops.js';

const values = (body: unknown, attr: string): string[] => {
  const items = asObject(body)?.[attr];
  return Array.isArray(items) ? items.map((i) => asObject(i)?.value).filter((v): v is string => typeof v === 'string') : [];
};

/** `scim.group-membership`: a member of a group is listed in the group's members and the group in the user's groups. */
export const scimGroupMembership = defineCheck({
  id: 'scim.group-membership',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Membership shows on the group and on the user',
  why: 'RFC 7643 §4.2: members lists the group\'s members by id; §4.1.2: a user\'s groups lists the groups it belongs to, "either through direct membership, through nested groups, or dynamically calculated" (readOnly: membership is changed through the Group). After a group is created with a user as member, both reads must show it.',
  example: 'getUser of a member: groups does not list group 7f3a…',
  basis: 'standard',
  source: 'RFC 7643 §4.1.2 groups "A list of groups to which the user belongs"; §4.2 members "A list of members of the Group"',
}, (what: string, response: HttpResponse, attr: 'members' | 'groups', id: string, member: boolean): Verdict => {
  const status = expectStatus(response, [200], what);
  if (status.outcome !== 'pass') return status;
  const listed = values(response.json, attr);
  const message = `${what}: ${attr} ${member ? 'does not list' : 'still lists'} ${id}`;
  return expectThat(listed.includes(id) === member, message, member ? `${attr} with ${id}` : `no ${id}`, listed);
});

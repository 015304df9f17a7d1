/**
 * PATCH checks (RFC 7644 §3.5.2): each operation kind is judged by the resource read after it. A
 * PATCH answers 200 with the resource or 204 without a body; both are accepted.
 */
import { defineCheck } from '../../../checks/define.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { fail, pass, type Verdict } from '../../../checks/verdict.js';
import type { HttpResponse } from '../../../http/types.js';
import { asObject, type Obj } from '../ops.js';
import { firstMismatch } from './compare.js';

/** What a PATCH step must leave on the resource: attributes that now hold, and attributes (or values) that are gone. */
export interface PatchOutcome {
  /** What the request was, e.g. `remove emails[type eq "home"]`. */
  what: string;
  response: HttpResponse;
  /** The resource read after the PATCH (undefined when it could not be read). */
  after: unknown;
  holds?: Obj;
  absent?: readonly string[];
  /** Values of a multi-valued attribute that must be gone: attribute → predicate on an item. */
  gone?: { attr: string; item: (value: Obj) => boolean; label: string };
}

function judge(outcome: PatchOutcome): Verdict {
  const status = expectStatus(outcome.response, [200, 204], `patch ${outcome.what}`);
  if (status.outcome !== 'pass') return status;
  const after = asObject(outcome.after);
  if (!after) return fail(`patch ${outcome.what}: the resource could not be read back`, 'a 200 read', outcome.after);
  const miss = outcome.holds && firstMismatch(after, outcome.holds);
  if (miss) return fail(`patch ${outcome.what}: ${miss.field} is ${JSON.stringify(miss.actual)} afterwards, expected ${JSON.stringify(miss.expected)}`, miss.expected, miss.actual);
  const still = (outcome.absent ?? []).filter((a) => after[a] !== undefined);
  if (still.length > 0) return fail(`patch ${outcome.what}: ${still.join(', ')} still present afterwards`, `no ${still.join(', ')}`, after[still[0]!]);
  if (outcome.gone) {
    const values = Array.isArray(after[outcome.gone.attr]) ? (after[outcome.gone.attr] as unknown[]) : [];
    if (values.some((v) => outcome.gone!.item(asObject(v) ?? {}))) return fail(`patch ${outcome.what}: ${outcome.gone.label} still present`, `no ${outcome.gone.label}`, values);
  }
  return pass();
}

const patchCheck = (id: string, title: string, why: string, example: string, source: string) =>
  defineCheck({ id, level: 'MUST', category: 'lifecycle', title, why, example, basis: 'standard', source }, judge);

/** `scim.patch-add`: add, without a path (an object of attributes) and to a multi-valued attribute. */
export const scimPatchAdd = patchCheck(
  'scim.patch-add',
  'PATCH add sets attributes and appends values',
  'RFC 7644 §3.5.2.1: "add" without a path adds the attributes of its value object to the resource; with a multi-valued attribute as the path it adds the given values to the existing ones. The read after must show the new attributes and both the old and the new values, and nothing else lost.',
  'patch add emails [{type: "home"}]: emails is [{type:"home"}] afterwards, expected the work address to remain',
  'RFC 7644 §3.5.2.1 Add Operation: "If omitted, the target location is assumed to be the resource itself"; "If the target location specifies a multi-valued attribute, a new value is added to the attribute"',
);

/** `scim.patch-replace`: replace with a path, and of a value selected by a filter. */
export const scimPatchReplace = patchCheck(
  'scim.patch-replace',
  'PATCH replace changes the targeted values',
  'RFC 7644 §3.5.2.3: "replace" with a path replaces that attribute\'s value; with a value filter (emails[type eq "work"].value) it replaces the sub-attribute of the matching values only. The read after must show the new values.',
  'patch replace emails[type eq "work"].value: the work address is unchanged afterwards',
  'RFC 7644 §3.5.2.3 Replace Operation: "If the target location path specifies an attribute that does not exist, the service provider SHALL treat the operation as an add"; "…all matching record values SHALL be replaced"',
);

/** `scim.patch-remove`: remove an attribute, and only the values a filter selects. */
export const scimPatchRemove = patchCheck(
  'scim.patch-remove',
  'PATCH remove takes away exactly what the path selects',
  'RFC 7644 §3.5.2.2: "remove" with an attribute path removes the attribute; with a value filter on a multi-valued attribute (emails[type eq "home"]) it removes the matching values only, and the others remain.',
  'patch remove emails[type eq "home"]: emails is absent afterwards, expected the work address to remain',
  'RFC 7644 §3.5.2.2 Remove Operation: "If the target location is a multi-valued attribute and a complex filter is specified comparing a value, the values matched by the filter are removed"',
);

/** `scim.deactivate`: active false shows on the next read. */
export const scimDeactivate = patchCheck(
  'scim.deactivate',
  'Setting active to false deactivates the user',
  'RFC 7643 §4.1.1: active is the user\'s administrative status; a write of active=false (PATCH replace, or PUT where PATCH is not offered) must leave the user readable with active false (a deactivated user is not deleted).',
  'patch replace active=false: active is true afterwards',
  'RFC 7643 §4.1.1 active: "A Boolean value indicating the User\'s administrative status"',
);

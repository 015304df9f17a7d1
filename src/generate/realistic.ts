/**
 * Realistic strings for fields whose name or format says what they hold (emails, names, passwords,
 * ids…), so servers that check more than the schema (a plausible email, a non-empty name) are fed
 * plausible data. Callers still check every value against the schema and fall back to generic strings.
 *
 * Every email address is at `ctx.emailDomain` (default example.com, reserved by RFC 2606) or one of its
 * subdomains: a server that mails new users (Run:ai `notify`) must never reach a real inbox.
 */
import fc from 'fast-check';
import { fakerArbitrary } from './faker.js';
import { stringMatching } from './matching.js';
import type { Walk } from './walk.js';

const LOCAL_PART = /^[a-z0-9]{1,12}([._+-][a-z0-9]{1,8}){0,3}$/;

/** Email addresses at `domain`, from plain `jane.doe` to long ones that reach `maxLength` exactly. */
export function emailArbitrary(domain: string, maxLength = Infinity): fc.Arbitrary<string> {
  const variants: fc.WeightedArbitrary<string>[] = [
    { weight: 6, arbitrary: usernameArbitrary.map((u) => `${emailLocalPart(u)}@${domain}`) },
    { weight: 2, arbitrary: stringMatching(LOCAL_PART).map((local) => `${local}@${domain}`) },
  ];
  const longest = Math.min(maxLength, 254);
  if (longest >= domain.length + 20) variants.push({ weight: 1, arbitrary: fc.constant(longEmail(longest, domain)) });
  return fc.oneof(...variants);
}

function emailLocalPart(username: string): string {
  const local = username.toLowerCase().replace(/[^a-z0-9._+-]/g, '').replace(/[._+-]{2,}/g, '.').replace(/^[._+-]+|[._+-]+$/g, '');
  return local || 'user';
}

/**
 * People's names and user names, composed from faker's first and last names: faker's own
 * `person.fullName()` and `internet.username()` go through its template engine and cost ~20 µs each
 * (measured), a third of the benchmark's budget per payload.
 */
const personName = fakerArbitrary((f) => {
  const first = f.person.firstName();
  const last = f.person.lastName();
  return f.number.int(9) === 0 ? `${first} ${f.person.middleName()} ${last}` : `${first} ${last}`;
});
const usernameArbitrary = fakerArbitrary((f) => {
  const first = f.person.firstName();
  const last = f.person.lastName();
  switch (f.number.int(3)) {
    case 0: return `${first}.${last}`;
    case 1: return `${first}${f.number.int(99)}`;
    case 2: return `${first[0]}${last}`.toLowerCase();
    default: return `${first}_${last}${f.number.int(9)}`;
  }
});

/** An address of exactly `length` characters: a 64-character local part, then subdomain labels. */
export function longEmail(length: number, domain: string): string {
  let local = Math.min(64, length - domain.length - 1);
  let rest = length - local - 1 - domain.length;
  if (rest === 1) {
    local -= 1;
    rest += 1;
  }
  const labels: string[] = [];
  while (rest > 0) {
    const take = Math.min(64, rest === 65 ? 63 : rest); // label (≤ 63) plus its dot; never leave 1 over
    labels.push('d'.repeat(take - 1));
    rest -= take;
  }
  return `${'u'.repeat(local)}@${[...labels, domain].join('.')}`;
}

type Maker = (walk: Walk, maxLength: number) => fc.Arbitrary<string>;

/** By property name (case-insensitive, `_` and `-` ignored). First match wins. */
const BY_NAME: [RegExp, Maker][] = [
  [/email/, (walk, max) => emailArbitrary(walk.ctx.emailDomain ?? 'example.com', max)],
  [/password|secret/, (_walk, max) => fakerArbitrary((f) => f.internet.password({ length: Math.max(8, Math.min(max, 16)) }))],
  [/^(fullname|displayname|name|ssoname|createdby|firstname|lastname)$/, () => personName],
  [/^(username|user|login)$/, () => usernameArbitrary],
  [/^(description|title|summary|message)$/, () => fakerArbitrary((f) => f.lorem.sentence())],
  [/(^id$|id$)/, () => fc.uuid({ version: 4 })],
  [/^(search|query|q)$/, () => fakerArbitrary((f) => f.person.lastName().slice(0, 4).toLowerCase())],
];

/** A realistic string arbitrary for the field at `walk`, or undefined when its name says nothing. */
export function realisticString(walk: Walk, format: string | undefined, maxLength: number): fc.Arbitrary<string> | undefined {
  if (format === 'email' || format === 'idn-email') return BY_NAME[0]![1](walk, maxLength);
  if (!walk.name) return undefined;
  const key = walk.name.toLowerCase().replace(/[_-]/g, '');
  // A Lenses user name "often looks like an email address" (FACTS B5): names are people's names or emails.
  if (key === 'name' && !walk.wire) return fc.oneof(BY_NAME[2]![1](walk, maxLength), BY_NAME[0]![1](walk, maxLength));
  return BY_NAME.find(([re]) => re.test(key))?.[1](walk, maxLength);
}

/**
 * Boundary examples: exactly at each documented length bound, unique fields padded under the run's
 * prefix (emails in their domain, labels of at most 63 characters), every example valid by the schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlowContext } from '../../../src/engine/context.js';
import { boundaryExamples } from '../../../src/scenarios/boundary-examples.js';
import { loadSpec, type LoadedSpec } from '../../../src/spec/index.js';

let lenses: LoadedSpec;
let runai: LoadedSpec;
beforeAll(async () => {
  [lenses, runai] = await Promise.all([loadSpec('lenses-hq'), loadSpec('runai-2.24')]);
});

function context(spec: LoadedSpec): FlowContext {
  let n = 0;
  return { spec, options: { emailDomain: 'example.com' }, uniqueName: () => `uc-abcdefgh-${String(100001 + n++)}` } as unknown as FlowContext;
}

describe('boundary examples', () => {
  it('put each bounded Lenses create field exactly at its bounds, the unique name padded under the run prefix', () => {
    const base = { pathParams: {}, query: {}, headers: {}, mediaType: 'application/json', body: { name: 'uc-abcdefgh-100000' } };
    const bodies = boundaryExamples(context(lenses), lenses.byId.get('createUser')!, { unique: { '/name': 'name' } }, base).map((e) => e.body as Record<string, string>);
    const lengths = (key: string) => bodies.filter((b) => b[key] !== undefined && b[key] !== base.body[key as 'name']).map((b) => b[key]!.length);
    expect(lengths('display_name')).toEqual([1, 150]);
    expect(lengths('name')).toEqual([100]);
    expect(bodies.find((b) => b.name!.length === 100)!.name).toMatch(/^uc-abcdefgh-\d{6}x+$/);
    for (const body of bodies) expect(lenses.validators.requestBody('createUser', 'application/json', body)).toEqual({ valid: true });
  });

  it('make a Run:ai email of exactly 254 characters in the run’s email domain, labels of at most 63', () => {
    const base = { pathParams: {}, query: {}, headers: {}, mediaType: 'application/json', body: { email: 'uc-abcdefgh-100000@example.com' } };
    const emails = boundaryExamples(context(runai), runai.byId.get('create_user')!, { unique: { '/email': 'email' } }, base).map((e) => (e.body as { email: string }).email);
    const long = emails.find((e) => e.length === 254)!;
    expect(long).toMatch(/^uc-abcdefgh-\d{6}@(a{1,63}\.)+example\.com$/);
    // minLength 5 cannot hold a unique address: no example for it.
    expect(emails.filter((e) => e.length < 10)).toEqual([]);
  });
});

/** Invalid values under oneOf/anyOf: only a JSON type no branch allows, checked against the spec's validator. */
import { describe, expect, it } from 'vitest';
import { checkedInvalid } from './samples.js';
import { synthetic } from './synthetic.js';

describe('a value of a type no branch allows', () => {
  it('oneOf of a string and an integer', async () => {
    const s = await synthetic({ Body: { oneOf: [{ type: 'string', maxLength: 5 }, { type: 'integer', minimum: 0 }] } });
    expect(checkedInvalid(s).sort()).toEqual(['null-not-nullable@', 'wrong-type@']);
  });

  it('anyOf under a property, with a nullable branch (no null case then)', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['v'], properties: { v: { anyOf: [{ type: 'string', nullable: true }, { type: 'boolean' }] } } } });
    const cases = checkedInvalid(s);
    expect(cases).toContain('wrong-type@/v');
    expect(cases).not.toContain('null-not-nullable@/v');
  });

  it('oneOf of objects selected by a discriminator', async () => {
    const s = await synthetic({
      Cat: { type: 'object', required: ['kind', 'meow'], properties: { kind: { type: 'string' }, meow: { type: 'boolean' } } },
      Dog: { type: 'object', required: ['kind', 'bark'], properties: { kind: { type: 'string' }, bark: { type: 'boolean' } } },
      Body: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'kind' } },
    });
    expect(checkedInvalid(s)).toEqual(expect.arrayContaining(['wrong-type@', 'null-not-nullable@']));
  });

  it('the node\'s own type narrows the branches', async () => {
    const s = await synthetic({ Body: { type: 'string', oneOf: [{ maxLength: 2 }, { minLength: 5 }] } });
    expect(checkedInvalid(s)).toContain('wrong-type@');
  });
});

it('a branch that declares no type: no type is wrong for sure, so no case', async () => {
  const s = await synthetic({ Body: { oneOf: [{ type: 'string' }, { minimum: 3 }] } });
  expect(checkedInvalid(s)).toEqual([]);
});

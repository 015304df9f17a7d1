/** A discriminator validates against the branch its tag names, and rejects tags no branch has. */
import { describe, expect, it } from 'vitest';
import { loadSpecFromDocument } from '../../src/spec/index.js';
import { docWithSchema } from './helpers.js';

// Open schemas: a value can match both, which oneOf alone would reject.
const schemas = {
  Cat: { type: 'object', required: ['kind', 'meow'], properties: { kind: { type: 'string' }, meow: { type: 'boolean' } } },
  Dog: { type: 'object', required: ['kind', 'bark'], properties: { kind: { type: 'string' }, bark: { type: 'boolean' } } },
};
const branches = [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }];

async function check(schema: unknown, openapi = '3.0.3') {
  const spec = await loadSpecFromDocument(docWithSchema(schema, { openapi, components: { schemas } }));
  return (value: unknown) => spec.validators.responseBody('postThing', 200, 'application/json', value)!;
}

describe.each(['3.0.3', '3.1.0'])('discriminator (OpenAPI %s)', (openapi) => {
  it('implicit mapping: the tag names the schema, and only that branch is checked', async () => {
    const validate = await check({ oneOf: branches, discriminator: { propertyName: 'kind' } }, openapi);
    expect(validate({ kind: 'Dog', bark: true }).valid).toBe(true);
    expect(validate({ kind: 'Dog', meow: true, bark: true }).valid).toBe(true);
    expect(validate({ kind: 'Dog', meow: true })).toMatchObject({ valid: false, issues: expect.arrayContaining([expect.objectContaining({ pointer: '/bark', keyword: 'required' })]) });
  });

  it('an unknown or missing tag is rejected', async () => {
    const validate = await check({ oneOf: branches, discriminator: { propertyName: 'kind' } }, openapi);
    expect(validate({ kind: 'Bird', meow: true, bark: true })).toMatchObject({ valid: false, issues: expect.arrayContaining([expect.objectContaining({ pointer: '/kind', keyword: 'enum' })]) });
    expect(validate({ meow: true, bark: true }).valid).toBe(false);
    // A non-object fails the tag rule's type alone: no branch rule applies to it.
    expect(validate('Dog')).toMatchObject({ valid: false, issues: [{ pointer: '', keyword: 'type' }] });
  });

  it('an explicit mapping replaces the schema name for the schemas it maps', async () => {
    const validate = await check({ anyOf: branches, discriminator: { propertyName: 'kind', mapping: { dog: 'Dog' } } }, openapi);
    expect(validate({ kind: 'dog', bark: true, meow: true }).valid).toBe(true);
    expect(validate({ kind: 'Cat', meow: true }).valid).toBe(true);
    expect(validate({ kind: 'Dog', bark: true }).valid).toBe(false);
  });
});

it('without a discriminator, oneOf keeps its exactly-one meaning', async () => {
  const validate = await check({ oneOf: branches });
  expect(validate({ kind: 'Dog', bark: true }).valid).toBe(true);
  expect(validate({ kind: 'Dog', meow: true, bark: true })).toMatchObject({ valid: false, issues: expect.arrayContaining([expect.objectContaining({ keyword: 'oneOf' })]) });
});

it('an inline branch (no schema name a tag could select) leaves the oneOf as written', async () => {
  const validate = await check({ oneOf: [...branches, { type: 'object', required: ['kind', 'tweet'], properties: { kind: { type: 'string', enum: ['bird'] }, tweet: { type: 'boolean' } } }], discriminator: { propertyName: 'kind' } });
  expect(validate({ kind: 'bird', tweet: true }).valid).toBe(true);
  expect(validate({ kind: 'Dog', meow: true }).valid).toBe(false);
});

it('a discriminator on a base schema its subschemas extend with allOf validates without overflowing', async () => {
  const spec = await loadSpecFromDocument(docWithSchema({ $ref: '#/components/schemas/Pet' }, { components: { schemas: {
    Pet: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } }, discriminator: { propertyName: 'kind', mapping: { cat: 'Cat' } } },
    Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'object', required: ['meow'], properties: { meow: { type: 'boolean' } } }] },
  } } }));
  const validate = (v: unknown) => spec.validators.responseBody('postThing', 200, 'application/json', v)!;
  expect(validate({ kind: 'cat', meow: true }).valid).toBe(true);
  expect(validate({}).valid).toBe(false);
});

import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJsonBody } from '../../src/http/read-body.js';
import { findSecretValues } from '../../src/http/redact.js';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parseJsonBody', () => {
  it(`takes JSON up to ${MAX_JSON_DEPTH} levels deep and reports deeper bodies as too deep to check`, () => {
    expect(parseJsonBody(nested(MAX_JSON_DEPTH), false).json).toBeDefined();
    expect(parseJsonBody(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`, false).json).toBeDefined();
    for (const depth of [MAX_JSON_DEPTH + 1, 100_000]) {
      expect(parseJsonBody(nested(depth), false)).toEqual({ jsonError: `the body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep: too deep to check` });
    }
  });

  it('quotes a broken body with its control characters escaped', () => {
    const { jsonError } = parseJsonBody('\x1b[2J\x1b[31mA', false);
    expect(jsonError).toMatch(/^the body is not valid JSON: /);
    expect(jsonError).not.toMatch(/[\u0000-\u001f]/);
    expect(jsonError).toContain('\\u001b[2J');
  });
});

describe('findSecretValues', () => {
  it('finds values under secret keys in document order, however deep or wide the body', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(20_000)}{"token":"deep-secret-value"}${'}'.repeat(20_000)}`) as unknown;
    expect(findSecretValues(deep)).toEqual([{ name: 'token', value: 'deep-secret-value' }]);
    const wide = { users: Array.from({ length: 200_000 }, (_, i) => ({ token: `t${i}` })), password: 'last' };
    const found = findSecretValues(wide);
    expect(found).toHaveLength(200_001);
    expect(found[0]).toEqual({ name: 'token', value: 't0' });
    expect(found.at(-1)).toEqual({ name: 'password', value: 'last' });
  });
});

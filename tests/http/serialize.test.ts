import { describe, expect, it } from 'vitest';
import { buildQueryString, expandPath, serializeQuery } from '../../src/http/index.js';
import { loadSpec, type ParameterInfo } from '../../src/spec/index.js';

const param = (name: string, extra: Partial<ParameterInfo> = {}): ParameterInfo => ({
  name,
  in: 'query',
  required: false,
  style: 'form',
  explode: true,
  deprecated: false,
  schema: {},
  ...extra,
});

describe('serializeQuery', () => {
  it('form + explode true repeats the key for each array item', () => {
    expect(serializeQuery([param('roles')], { roles: ['admin', 'viewer'] })).toEqual({ roles: ['admin', 'viewer'] });
    expect(buildQueryString({ roles: ['admin', 'viewer'] })).toBe('roles=admin&roles=viewer');
  });

  it('form + explode false joins array items with commas (Run:ai filterBy, as the loaded spec declares it)', async () => {
    const spec = await loadSpec('runai-2.19');
    const params = spec.byId.get('get_users')!.parameters;
    const query = serializeQuery(params, { filterBy: ['username=@test', 'isLocal==false'], limit: 10, offset: 0 });
    expect(query).toEqual({ filterBy: 'username=@test,isLocal==false', limit: '10', offset: '0' });
    expect(buildQueryString(query)).toBe('filterBy=username%3D%40test,isLocal%3D%3Dfalse&limit=10&offset=0');
  });

  it('writes booleans, numbers and dates as strings and leaves out undefined and null', () => {
    const at = new Date('2024-09-24T00:00:00.000Z');
    expect(serializeQuery([], { a: true, b: 1.5, c: at, d: undefined, e: null, f: '' })).toEqual({
      a: 'true',
      b: '1.5',
      c: '2024-09-24T00:00:00.000Z',
      f: '',
    });
  });

  it('serialises objects per deepObject and form rules', () => {
    expect(serializeQuery([param('filter', { style: 'deepObject' })], { filter: { role: 'admin', meta: { team: 'a' } } })).toEqual({
      'filter[role]': 'admin',
      'filter[meta][team]': 'a',
    });
    expect(serializeQuery([param('color')], { color: { R: 100, G: 200 } })).toEqual({ R: '100', G: '200' });
    expect(serializeQuery([param('color', { explode: false })], { color: { R: 100, G: 200 } })).toEqual({ color: 'R,100,G,200' });
  });

  it('joins spaceDelimited and pipeDelimited arrays with their delimiters', () => {
    const params = [param('s', { style: 'spaceDelimited', explode: false }), param('p', { style: 'pipeDelimited', explode: false })];
    expect(serializeQuery(params, { s: ['a', 'b'], p: ['a', 'b'] })).toEqual({ s: 'a b', p: 'a|b' });
  });

  it('ignores values of path parameters and sends undeclared names as form + explode', () => {
    const params = [param('userId', { in: 'path', style: 'simple', explode: false })];
    expect(serializeQuery(params, { userId: 'abc', unknown: ['x', 'y'] })).toEqual({ unknown: ['x', 'y'] });
  });
});

describe('expandPath', () => {
  it('percent-encodes each value', () => {
    expect(expandPath('/api/v1/users/{userId}', { userId: 'a/b c?d' })).toBe('/api/v1/users/a%2Fb%20c%3Fd');
    expect(expandPath('/g/{group}/u/{id}', { group: 'ops', id: 42 })).toBe('/g/ops/u/42');
  });

  it('throws on a missing value: a programming error', () => {
    expect(() => expandPath('/api/v1/users/{userId}', {})).toThrow(/no value for path parameter "userId"/);
  });
});

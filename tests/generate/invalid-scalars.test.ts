/** Invalid strings for schemas whose valid values include null, and for formats without known-bad values. */
import { describe, expect, it } from 'vitest';
import { checkedInvalid } from './samples.js';
import { synthetic } from './synthetic.js';

describe('string violations of a nullable string', () => {
  it('format, OpenAPI 3.0 nullable', async () => {
    const s = await synthetic({ Body: { type: 'string', format: 'date-time', nullable: true } });
    expect(checkedInvalid(s)).toEqual(expect.arrayContaining(['format@', 'wrong-type@']));
  });

  it('pattern, OpenAPI 3.0 nullable', async () => {
    const s = await synthetic({ Body: { type: 'string', pattern: '^[a-z]{2,8}$', nullable: true } });
    expect(checkedInvalid(s)).toContain('pattern@');
  });

  it('format, OpenAPI 3.1 type [string, null]', async () => {
    const s = await synthetic({ Body: { type: ['string', 'null'], format: 'uuid' } }, '3.1.0');
    expect(checkedInvalid(s)).toContain('format@');
  });
});

it('a format with no list of known-bad values still gets format cases', async () => {
  const s = await synthetic({ Body: { type: 'string', format: 'byte' } });
  expect(checkedInvalid(s)).toContain('format@');
});

import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { configFromEnvironment, MAX_EMAIL_DOMAIN_LENGTH } from '../../src/config/environment.js';
import { uniqueName } from '../../src/generate/index.js';

const domainOf = (domain: string) => configFromEnvironment({ CONFORMANCE_EMAIL_DOMAIN: domain }).options.emailDomain;

describe('CONFORMANCE_EMAIL_DOMAIN', () => {
  it('is example.com by default, and lowercased when set', () => {
    expect(configFromEnvironment({}).options.emailDomain).toBe('example.com');
    expect(domainOf('Example.COM')).toBe('example.com');
  });

  it('may be as long as the longest address the suites build allows (a 100-character Lenses name)', () => {
    // A scenario's unique numbers have six digits (slot and counter: see flows/context.ts).
    expect(`${uniqueName('abcdefgh', 999_999)}+o'hara@`.length + MAX_EMAIL_DOMAIN_LENGTH).toBe(100);
    const longest = `${'a'.repeat(63)}.${'b'.repeat(MAX_EMAIL_DOMAIN_LENGTH - 68)}.com`;
    expect(longest).toHaveLength(MAX_EMAIL_DOMAIN_LENGTH);
    expect(domainOf(longest)).toBe(longest);
  });

  it('refuses a longer domain, a label over 63 characters and what is not a domain, naming the variable', () => {
    const tooLong = `${'a'.repeat(60)}.${'b'.repeat(MAX_EMAIL_DOMAIN_LENGTH - 64)}.com`;
    expect(tooLong).toHaveLength(MAX_EMAIL_DOMAIN_LENGTH + 1);
    expect(() => domainOf(tooLong)).toThrow(new ConfigError(`CONFORMANCE_EMAIL_DOMAIN is 75 characters long, at most 74: the addresses built on it must fit the specs' name and email limits`));
    expect(() => domainOf(`${'a'.repeat(64)}.com`)).toThrow(/CONFORMANCE_EMAIL_DOMAIN is not a domain name/);
    expect(() => domainOf('localhost')).toThrow(/CONFORMANCE_EMAIL_DOMAIN is not a domain name: "localhost"/);
  });
});

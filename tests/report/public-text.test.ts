// Catalogue texts in reports cite what a reader can look up (the vendor's API reference or
// documentation), never the project's working names (seed numbers, FACTS entries, DECISIONS, GUESS).
import { describe, expect, it } from 'vitest';
import { publicText } from '../../src/report/public-text.js';
import { CATALOGUE } from '../../src/systems/index.js';

const INTERNAL = /FACTS|DECISIONS|GUESS|\bseed 00\d|\bissue \d/;

describe('publicText', () => {
  it.each([
    ['seed 002, POST /api/v1/users: 201', 'the Run:ai 2.24 API reference, POST /api/v1/users: 201'],
    ['Seed 003 limits a user name', 'The Lenses HQ 6.1 API reference limits a user name'],
    ['seed 000/002 filterBy', 'the Run:ai 2.19 and 2.24 API reference filterBy'],
    ["outside seed 003's operations", "outside the Lenses HQ 6.1 API reference's operations"],
    ['FACTS A8: a token without enough role gets 403', 'the Run:ai documentation: a token without enough role gets 403'],
    ['FACTS B4 (GUESS): 400 validation', 'the Lenses HQ documentation (a guess): 400 validation'],
    ['FACTS A7/A10: which tokens', 'the Run:ai documentation: which tokens'],
    ['the code is a GUESS in FACTS B5, so', 'the code is a guess: the Lenses HQ documentation does not say, so'],
    ['which FACTS B5 only guesses it takes', 'which the suite only guesses it takes'],
    ["the seed's security", "the documentation's security"],
    ['the request schema of the seed (required', 'the request schema of the documentation (required'],
    ['zero-based is a GUESS)', 'zero-based is a guess)'],
  ])('%s', (internal, shown) => {
    expect(publicText(internal)).toBe(shown);
  });

  it('leaves a fast-check seed alone', () => {
    expect(publicText('refused (400), expected 201 (seed 42, path "3")')).toBe('refused (400), expected 201 (seed 42, path "3")');
  });

  it('leaves no internal reference in any catalogue title, why or source', () => {
    for (const check of CATALOGUE.values()) {
      for (const text of [check.title, check.why, check.provenance.source]) expect(publicText(text), check.id).not.toMatch(INTERNAL);
    }
  });
});

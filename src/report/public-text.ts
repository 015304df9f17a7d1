/**
 * Catalogue texts as report readers see them. The catalogue cites the project's own sources by their
 * working names: the seed documents by number (`seed 002`), vendor statements by their entry in the
 * project's facts file (`FACTS A8`), guesses in capitals. Readers of a report have neither file, so
 * the report names what they can look up: the vendor's API reference of that version (a seed) or its
 * documentation (a fact), and says "guess" in plain words. A fast-check seed (`seed 42`) is left alone.
 */

/** Seed document number → the documentation it is (see `x-conformance-seed` in specs/). */
const SEED_DOCUMENTS: Readonly<Record<string, string>> = {
  '000': 'Run:ai 2.19',
  '001': 'Run:ai 2.18',
  '002': 'Run:ai 2.24',
  '003': 'Lenses HQ 6.1',
};

/** Facts files' sections: A for Run:ai, B for Lenses HQ. */
const VENDOR: Readonly<Record<string, string>> = { A: 'Run:ai', B: 'Lenses HQ' };

function documents(numbers: string[]): string {
  const names = numbers.map((n) => SEED_DOCUMENTS[n] ?? `document ${n}`);
  // "Run:ai 2.19 and Run:ai 2.24" → "Run:ai 2.19 and 2.24".
  const [first, ...rest] = names;
  const vendor = first!.replace(/ [\d.]+$/, '');
  return [first, ...rest.map((name) => (name.startsWith(`${vendor} `) ? name.slice(vendor.length + 1) : name))].join(' and ');
}

const RULES: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/\b(S|s)eed (00[0-3])((?:\/00[0-3])*)('s)?/g, (_m, s, first, more, possessive) => `${s === 'S' ? 'The' : 'the'} ${documents([first!, ...(more ?? '').split('/').filter(Boolean)])} API reference${possessive ?? ''}`],
  [/\bthe seed's\b/g, () => "the documentation's"],
  [/\b(in|of) the seed\b/g, (_m, word) => `${word} the documentation`],
  [/\bthe seed (documents|statements|\(or)/g, (_m, next) => `the documentation ${next}`],
  [/\bseed examples\b/g, () => 'documented examples'],
  [/\bFACTS ([AB])\d+ only guesses\b/g, () => 'the suite only guesses'],
  [/\b(?:a )?GUESS in FACTS ([AB])\d+/g, (_m, vendor) => `a guess: the ${VENDOR[vendor!]} documentation does not say`],
  [/\bFACTS ([AB])\d+(?:\/[AB]?\d+)*(?: \(GUESS\))?/g, (m, vendor) => `the ${VENDOR[vendor!]} documentation${m.endsWith('(GUESS)') ? ' (a guess)' : ''}`],
  [/\bFACTS part ([AB])\b/g, (_m, vendor) => `the ${VENDOR[vendor!]} documentation`],
  [/\bGUESS\b/g, () => 'guess'],
];

/** `text` with the project's internal references replaced by sources a reader can look up. */
export function publicText(text: string): string {
  return RULES.reduce((out, [pattern, replace]) => out.replace(pattern, (...args) => replace(...(args.slice(0, -2) as string[]))), text);
}

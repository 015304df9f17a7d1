/**
 * Developer tool (never run by CI; tests/specs runs the same comparison when the seeds are beside the
 * repository): compare the rendered Redoc text of a seed with one of our specs, and print every place
 * where the spec says something else than the text.
 *
 *   npx tsx scripts/specs/check-redoc-seed.ts ../shared/seeds/001_*.txt specs/runai-2.18.json
 *
 * Exit code 1 when anything differs: the text wins over the vendor's generated document, so the spec
 * must follow it (and say so with an x-conformance-contract-note of kind seed-over-vendor).
 */
import { readFileSync } from 'node:fs';
import { compareWithDocument, parseRedocText } from './redoc-text.js';

const [textFile, specFile] = process.argv.slice(2);
if (!textFile || !specFile) {
  console.error('usage: check-redoc-seed.ts SEED_TEXT SPEC');
  process.exit(64);
}
const ops = parseRedocText(readFileSync(textFile, 'utf8'));
const diffs = compareWithDocument(ops, JSON.parse(readFileSync(specFile, 'utf8')) as Record<string, unknown>);
console.log(`${specFile} vs ${textFile}: ${ops.length} operations on the page, ${diffs.length} difference(s)`);
for (const d of diffs) console.log(`  ${d.where}: ${d.what}`);
process.exit(diffs.length ? 1 : 0);

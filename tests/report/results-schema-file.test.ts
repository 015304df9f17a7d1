// The JSON Schema shipped in the package (schemas/results.schema.json) is the one the reader uses,
// and a real results.json, as a run writes it, is valid against it for any draft-07 validator.
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { REPO } from '../cli/cli-process.js';
import { resultsSchemaFileText, toResultsJson } from '../../src/report/index.js';
import { fixtureReport } from './fixture.js';

const SCHEMA_FILE = `${REPO}schemas/results.schema.json`;

describe('schemas/results.schema.json', () => {
  it('is the schema results.json is read with (regenerate: node --import tsx scripts/results-schema.ts)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(resultsSchemaFileText());
  });

  it('is shipped in the package', async () => {
    const manifest = JSON.parse(await readFile(`${REPO}package.json`, 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('schemas/');
  });

  it('accepts what this version writes, and refuses a file without a verdict', async () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(await readFile(SCHEMA_FILE, 'utf8')));
    const results = JSON.parse(JSON.stringify(toResultsJson(fixtureReport())));
    expect(validate(results), JSON.stringify(validate.errors)).toBe(true);
    expect(results.formatVersion).toBe(1);
    delete results.verdict;
    expect(validate(results)).toBe(false);
  });
});

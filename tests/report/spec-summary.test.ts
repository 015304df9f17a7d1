/** What the report keeps of a loaded spec: its operations and its contract notes, as data results.json can hold. */
import { describe, expect, it } from 'vitest';
import { summarizeSpec } from '../../src/report/vitest/spec-summary.js';
import { resultsJsonSchema } from '../../src/report/index.js';
import { loadSpec } from '../../src/spec/index.js';
import { Ajv } from 'ajv';

describe('summarizeSpec', () => {
  it.each(['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq'])('%s: every contract note of the spec, in its order, valid for results.json', async (id) => {
    const spec = await loadSpec(id);
    const summary = summarizeSpec(spec);
    expect(summary.contractNotes).toEqual(spec.contractNotes.map(({ where, kind, text, operations, source }) => ({ where, kind, text, operations, source })));
    const validate = new Ajv({ strict: false }).compile(resultsJsonSchema.properties.specs.items);
    expect(validate(JSON.parse(JSON.stringify(summary))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('runai-2.18: the seed-over-vendor note on the group password, concerning createGroup', async () => {
    const summary = summarizeSpec(await loadSpec('runai-2.18'));
    expect(summary.contractNotes).toContainEqual(expect.objectContaining({
      where: '#/components/schemas/GroupCreationRequest', kind: 'seed-over-vendor', operations: ['createGroup'], source: 'spec',
    }));
  });

  it('runai-2.19: the loader\'s note on the group password', async () => {
    const summary = summarizeSpec(await loadSpec('runai-2.19'));
    expect(summary.contractNotes).toContainEqual(expect.objectContaining({
      where: '#/components/schemas/GroupCreationRequest/required', kind: 'document-defect', operations: ['createGroup'], source: 'loader',
    }));
  });
});

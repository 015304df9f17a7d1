/**
 * The catalogue as a whole: every check id has a why, an example and a function named after it;
 * every id a scenario can record is in the catalogue, and every catalogue entry is recorded by some
 * scenario (or by the response checks every scenario runs).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/checks/catalogue/index.js';
import { MUST_BASES } from '../../src/checks/types.js';
import { checkFunctionName } from '../../src/checks/catalogue/define.js';
import { RESPONSE_CHECKS } from '../../src/checks/response/index.js';
import { allScenarios } from '../../src/systems/index.js';

const CHECKS_DIR = fileURLToPath(new URL('../../src/checks/', import.meta.url));

async function exportedFunctions(): Promise<Set<string>> {
  const files = [
    ...readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts')).map((f) => `${CHECKS_DIR}${f}`),
    ...readdirSync(`${CHECKS_DIR}response`).filter((f) => f.endsWith('.ts')).map((f) => `${CHECKS_DIR}response/${f}`),
  ];
  const names = new Set<string>();
  for (const file of files) {
    for (const [name, value] of Object.entries(await import(file))) if (typeof value === 'function') names.add(name);
  }
  return names;
}

describe('the check catalogue', () => {
  it('describes every check: title, why, example, and MUST or SHOULD', () => {
    for (const definition of CATALOGUE.values()) {
      expect(definition.id, definition.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(['MUST', 'SHOULD'], definition.id).toContain(definition.level);
      expect(definition.title.length, definition.id).toBeGreaterThan(10);
      expect(definition.why.length, definition.id).toBeGreaterThan(80);
      expect(definition.example.length, definition.id).toBeGreaterThan(10);
    }
  });

  it('rests every MUST on the contract: a seed, a FACTS fact or a standard, never a guess, a decision or an auxiliary operation', () => {
    for (const definition of CATALOGUE.values()) {
      expect(definition.provenance.source.length, definition.id).toBeGreaterThan(15);
      if (definition.level === 'MUST') expect(MUST_BASES, `${definition.id} (${definition.provenance.basis})`).toContain(definition.provenance.basis);
    }
  });

  it('has a function named after every id (status.documented → statusDocumented)', async () => {
    const functions = await exportedFunctions();
    // scenario.completed is recorded by the scenario runner itself, not by a check function.
    const missing = [...CATALOGUE.keys()].filter((id) => id !== 'scenario.completed' && !functions.has(checkFunctionName(id)));
    expect(missing).toEqual([]);
  });

  it('knows every id a scenario records, and every id is recorded somewhere', () => {
    const recorded = new Set([...allScenarios().flatMap((s) => s.checks), ...RESPONSE_CHECKS.map((c) => c.id), 'scenario.completed']);
    expect([...recorded].filter((id) => !CATALOGUE.has(id))).toEqual([]);
    expect([...CATALOGUE.keys()].filter((id) => !recorded.has(id))).toEqual([]);
  });
});

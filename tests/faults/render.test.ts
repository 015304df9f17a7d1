/** fault-matrix.json round trip, the HTML section and page (escaped), and which matrix the report shows. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  classifyRow, FAULT_MATRIX_FILE, faultMatrixSections, faultMatrixTableRows, readFaultMatrixJsonSync, renderFaultMatrixPage,
  renderFaultMatrixSection, writeFaultMatrixJson, type FaultMatrix,
} from '../../src/proof/index.js';

const hostile = '<script>alert(1)</script>';
const checkout = { root: '/src/users-conformance', commit: 'a'.repeat(40) };

function sample(over: Partial<FaultMatrix> = {}): FaultMatrix {
  const finding = { checkId: 'runai.logout-revokes-tokens', level: 'SHOULD', status: 'warned', operationId: 'logout_user', scenario: 'runai.lifecycle', message: `token still valid ${hostile}` } as const;
  return {
    tool: 'users-conformance', version: '0.1.0', ...checkout, generatedAt: '2026-11-22T10:00:00.000Z', seed: 7, runs: 5, durationMs: 4200,
    rows: [
      classifyRow({}, 'runai-2.24', [], 900),
      classifyRow({ fault: { id: 'runai-tokens-survive-logout', description: `revokes nothing ${hostile}`, operations: ['logout_user'] } }, 'runai-2.24',
        [{ ...finding, spec: 'runai-2.24' }], 1500),
      classifyRow({ fault: { id: 'benign-runai-logout-refresh-only', description: 'refresh only', operations: [], benign: true } }, 'runai-2.24',
        [{ ...finding, spec: 'runai-2.24' }], 1200),
    ],
    ...over,
  };
}

describe('fault-matrix.json', () => {
  it('round-trips with its totals, and a file of another shape gets a clear error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fm-'));
    const path = await writeFaultMatrixJson(dir, sample());
    expect(JSON.parse(await readFile(path, 'utf8')).totals).toMatchObject({ faultRows: 1, shouldOnly: 1, cleanRows: 2, falseAlarms: 0, warnedRows: 1 });
    expect(readFaultMatrixJsonSync(path)).toEqual(sample());
    // A matrix written before benign warnings were listed apart reads back with none.
    const older = JSON.parse(await readFile(path, 'utf8'));
    for (const row of older.rows) delete row.warnings;
    await writeFile(path, JSON.stringify(older));
    expect(readFaultMatrixJsonSync(path).rows.map((r) => r.warnings)).toEqual([[], [], []]);
    await writeFile(path, JSON.stringify({ tool: 'users-conformance', rows: 'x' }));
    expect(() => readFaultMatrixJsonSync(path)).toThrow(/is not a fault matrix: .*must have required property/);
    await writeFile(path, '{');
    expect(() => readFaultMatrixJsonSync(path)).toThrow(/cannot be read as JSON/);
  });
});

describe('rendering', () => {
  it('the table says why a SHOULD-only fault has no MUST check, and lists a benign variant\'s warnings', () => {
    expect(faultMatrixTableRows(sample().rows)).toEqual([
      ['(correct server)', 'runai-2.24', '900', '', '', 'clean'],
      ['runai-tokens-survive-logout', 'runai-2.24', '1500', 'runai.logout-revokes-tokens@logout_user (SHOULD)', '',
        expect.stringMatching(/^SHOULD only \(contract silent: DECISIONS\.md, Run:ai, Logout: .*until they expire\."\)$/)],
      ['benign-runai-logout-refresh-only', 'runai-2.24', '1200', '', 'runai.logout-revokes-tokens@logout_user (SHOULD)', 'clean (1 SHOULD warning)'],
    ]);
  });

  it('the section and the page escape every value', () => {
    const section = renderFaultMatrixSection(sample());
    expect(section.title).toBe('Fault-detection matrix');
    expect(section.html).not.toContain('<script>');
    expect(section.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(section.html).toContain('SHOULD only (contract silent: DECISIONS.md, Run:ai, Logout:');
    expect(section.html).toContain('clean (1 SHOULD warning)');
    expect(section.html).toMatch(/<b>1<\/b> clean with SHOULD warnings/);
    const page = renderFaultMatrixPage(sample());
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toContain('<script');
    expect(page).toContain("default-src 'none'");
  });
});

describe('the report section', () => {
  it('is shown only for a valid matrix of the same checkout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fm-'));
    expect(faultMatrixSections(dir, checkout)).toEqual([]);
    await writeFaultMatrixJson(dir, sample());
    expect(faultMatrixSections(dir, checkout).map((s) => s.title)).toEqual(['Fault-detection matrix']);
    expect(faultMatrixSections(dir, { ...checkout, commit: 'b'.repeat(40) })).toEqual([]);
    expect(faultMatrixSections(dir, { ...checkout, root: '/elsewhere' })).toEqual([]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await writeFile(join(dir, FAULT_MATRIX_FILE), '[]');
    expect(faultMatrixSections(dir, checkout)).toEqual([]);
    expect(errors.mock.calls[0]?.[0]).toMatch(/fault matrix is left out of the report: .* is not a fault matrix/);
    errors.mockRestore();
  });
});

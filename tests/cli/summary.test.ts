// The terminal summary at the end of `run`: everything a CI log reader needs without opening the
// report — the failures, the warnings, the suite errors, and what was left on the target.
import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/cli/baseline/compare.js';
import { formatSummary } from '../../src/cli/run/summary.js';
import { fixtureReport } from '../report/fixture.js';

const files = { html: '/r/index.html', results: '/r/results.json', junit: '/r/junit.xml' };

describe('run summary', () => {
  it('lists the MUST failures, the warnings, the suite errors and the leftovers', () => {
    const report = fixtureReport();
    const text = formatSummary(report, compareWithBaseline(report, undefined), files);
    const warned = report.checks.filter((c) => c.status === 'warned');
    expect(warned.length).toBeGreaterThan(0);
    expect(text).toContain(`Warnings (SHOULD checks that failed; they do not fail the gate): ${warned.length}`);
    for (const w of warned) expect(text).toContain(`${w.spec}  ${w.operationId ?? '(flow-wide)'}  ${w.id}:`);
    expect(text).toMatch(/New MUST failures \(fail the gate\): \d+/);
    expect(text).toMatch(/Suite errors .*: \d+/);
    expect(text).toContain(`Cleanup: created ${report.cleanup.created}, deleted ${report.cleanup.deleted}, left over 1.`);
    expect(text).toContain(`  LEFT OVER  runai-2.24  user ${report.cleanup.leftover[0]!.id}: delete answered 500`);
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regenerateReport, ResultsFileError, toResultsJson, writeReport, writeResultsJson } from '../../src/report/index.js';
import { fixtureReport } from './fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-report-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeReport', () => {
  it('writes index.html, junit.xml and results.json into a new directory', async () => {
    const out = join(dir, 'reports', 'run-1');
    const files = await writeReport(out, fixtureReport(), { extraSections: [{ title: 'Extra', html: '<p>extra</p>' }] });
    expect(files).toEqual({ html: join(out, 'index.html'), junit: join(out, 'junit.xml'), results: join(out, 'results.json'), sarif: join(out, 'results.sarif') });
    expect((await readdir(out)).sort()).toEqual(['index.html', 'junit.xml', 'results.json', 'results.sarif']);
    expect(await readFile(files.html, 'utf8')).toContain('<p>extra</p>');
    expect(JSON.parse(await readFile(files.results, 'utf8')).verdict).toBe('fail');
  });
});

describe('regenerateReport', () => {
  it('rebuilds HTML and JUnit from the results.json of a run that was killed', async () => {
    const killed = fixtureReport({ complete: false, finishedAt: undefined });
    killed.checks = killed.checks.filter((check) => check.status !== 'failed').slice(0, 5);
    await writeResultsJson(dir, killed);
    const files = await regenerateReport(join(dir, 'results.json'));
    expect(files.report.verdict).toBe('no-verdict');
    expect(files.report.verdictReasons.map((r) => r.kind)).toEqual(['incomplete']);
    const page = await readFile(files.html, 'utf8');
    expect(page).toContain('NO VERDICT: the run could not judge the target');
    expect(page).toContain('the run did not finish');
    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(await readFile(files.junit, 'utf8'));
    expect(junit.testsuites.tests).toBe('5');
  });

  it('writes elsewhere when asked', async () => {
    await writeResultsJson(dir, fixtureReport());
    const other = join(dir, 'elsewhere');
    const files = await regenerateReport(join(dir, 'results.json'), other);
    expect(files.html).toBe(join(other, 'index.html'));
    expect((await readdir(other)).sort()).toEqual(['index.html', 'junit.xml', 'results.sarif']);
  });

  it('renders the same report from results.json as from the run report', async () => {
    await writeReport(dir, fixtureReport());
    const first = await readFile(join(dir, 'index.html'), 'utf8');
    await regenerateReport(join(dir, 'results.json'));
    expect(await readFile(join(dir, 'index.html'), 'utf8')).toBe(first);
  });

  it('fails with a clear error on a file that is not a results.json', async () => {
    const path = join(dir, 'results.json');
    await writeFile(path, JSON.stringify({ ...toResultsJson(fixtureReport()), checks: 'none' }));
    await expect(regenerateReport(path)).rejects.toThrow(new ResultsFileError(`${path} is not a users-conformance results.json: /checks: must be array`));
    expect(await readdir(dir)).toEqual(['results.json']);
  });
});

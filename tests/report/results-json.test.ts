import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readResultsJson,
  RESULTS_FORMAT_VERSION,
  ResultsFileError,
  toResultsJson,
  writeResultsJson,
  writeResultsJsonSync,
  type ResultsJson,
} from '../../src/report/index.js';
import { fixtureReport, RUNAI_CONTRACT_NOTES } from './fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-results-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('toResultsJson', () => {
  it("has the issue's fields, with error and disabled kept distinct", () => {
    const results = toResultsJson(fixtureReport());
    expect(Object.keys(results).slice(0, 9)).toEqual(['tool', 'formatVersion', 'version', 'commit', 'target', 'spec', 'seed', 'runId', 'startedAt']);
    expect(results).toMatchObject({
      tool: 'users-conformance', formatVersion: RESULTS_FORMAT_VERSION, version: '0.1.0', target: 'https://runai.example.test', spec: 'runai-2.24,lenses-hq', seed: 424242,
      startedAt: '2026-11-22T10:00:00.000Z', durationMs: 42_500,
      summary: { passed: 8, failed: 3, warned: 1, error: 1, skipped: 1, disabled: 1 },
      verdict: 'fail',
      verdictReasons: [
        { kind: 'must-failed', count: 3, message: '3 MUST checks failed' },
        { kind: 'suite-errors', count: 1, message: '1 suite error: the run did not judge what it stands for (users-conformance itself broke)' },
      ],
      cleanup: { created: 3, deleted: 2 },
    });
    expect(Object.keys(results).slice(12, 15)).toEqual(['summary', 'verdict', 'verdictReasons']);
    expect(results.cleanup.leftover).toHaveLength(1);
    expect(results.checks[1]).toMatchObject({ id: 'schema.response', level: 'MUST', operationId: 'create_user', status: 'failed' });
    expect(results.checks[1]!.reproduction!.curl).toHaveLength(1);
  });

  it('recomputes derived fields instead of trusting them', () => {
    const stale = { ...toResultsJson(fixtureReport()), verdict: 'pass', verdictReasons: [], summary: { passed: 99 } } as unknown as ResultsJson;
    const results = toResultsJson(stale);
    expect(results.verdict).toBe('fail');
    expect(results.verdictReasons).toHaveLength(2);
    expect(results.summary.passed).toBe(8);
  });

  it('says no-verdict, with the reasons, when nothing failed but the run cannot vouch for the target', () => {
    const report = fixtureReport();
    report.checks = report.checks.filter((c) => c.status !== 'failed').map((c) => (c.spec === 'lenses-hq' ? { ...c, status: 'disabled' as const } : c));
    expect(toResultsJson(report)).toMatchObject({
      verdict: 'no-verdict',
      verdictReasons: [
        { kind: 'suite-errors', count: 1 },
        { kind: 'nothing-judged', spec: 'lenses-hq', message: 'spec lenses-hq: nothing was judged (every check disabled)' },
      ],
    });
  });

  it('keeps each spec\'s contract notes', () => {
    const results = toResultsJson(fixtureReport());
    expect(results.specs[0]!.contractNotes).toEqual(RUNAI_CONTRACT_NOTES);
    expect(results.specs[1]).not.toHaveProperty('contractNotes');
  });

  it('keeps fields it does not know (written by a later version)', () => {
    const results = toResultsJson({ ...fixtureReport(), baseline: { known: 2 } } as never);
    expect(results).toHaveProperty('baseline', { known: 2 });
  });
});

describe('writeResultsJson / readResultsJson', () => {
  it('round-trips a report', async () => {
    const path = await writeResultsJson(join(dir, 'nested', 'reports'), fixtureReport());
    const read = await readResultsJson(path);
    expect(read).toEqual(JSON.parse(JSON.stringify(toResultsJson(fixtureReport()))));
    expect(read.specs[0]!.contractNotes).toHaveLength(RUNAI_CONTRACT_NOTES.length);
  });

  it('reads results of earlier versions, whose specs carry no contract notes, and notes of kinds it does not know', async () => {
    const results = toResultsJson(fixtureReport());
    for (const spec of results.specs) delete spec.contractNotes;
    const path = join(dir, 'old.json');
    await writeFile(path, JSON.stringify(results));
    expect((await readResultsJson(path)).specs[0]).not.toHaveProperty('contractNotes');
    expect(toResultsJson(fixtureReport()).specs[0]!.contractNotes!.map((n) => n.kind)).toContain('hunch');
  });

  it('leaves a valid file on disk at every moment of many concurrent writes, the last one winning', async () => {
    const base = fixtureReport();
    const writes: Promise<string>[] = [];
    let stop = false;
    // A reader polls the file while writes race: it must only ever see complete JSON.
    const poll = (async () => {
      let seen = 0;
      while (!stop) {
        try {
          const text = await readFile(join(dir, 'results.json'), 'utf8');
          JSON.parse(text);
          seen += 1;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      return seen;
    })();
    for (let i = 0; i < 60; i += 1) {
      writes.push(writeResultsJson(dir, { ...base, durationMs: i, checks: base.checks.slice(0, (i % base.checks.length) + 1) }));
    }
    await Promise.all(writes);
    stop = true;
    expect(await poll).toBeGreaterThan(0);
    const final = await readResultsJson(join(dir, 'results.json'));
    expect(final.durationMs).toBe(59);
    expect((await readdir(dir)).filter((name) => name !== 'results.json')).toEqual([]);
  });

  it('has a synchronous variant for exit handlers', async () => {
    const path = writeResultsJsonSync(dir, fixtureReport({ complete: false, finishedAt: undefined }));
    const read = await readResultsJson(path);
    expect(read.complete).toBe(false);
    expect(read.verdict).toBe('fail');
    expect(read.verdictReasons.map((r) => r.kind)).toEqual(['must-failed', 'incomplete', 'suite-errors']);
  });
});

describe('readResultsJson of a file written before verdicts had reasons', () => {
  it('reads the old `incomplete` verdict and computes the verdict and its reasons from the checks', async () => {
    const { verdictReasons: _reasons, ...old } = toResultsJson(fixtureReport({ complete: false, finishedAt: undefined, checks: fixtureReport().checks.slice(0, 1) }));
    await writeFile(join(dir, 'results.json'), JSON.stringify({ ...old, verdict: 'incomplete' }));
    const read = await readResultsJson(join(dir, 'results.json'));
    expect(read.verdict).toBe('no-verdict');
    expect(read.verdictReasons.map((r) => r.kind)).toEqual(['incomplete']);
  });

  it('rejects a verdict it does not know', async () => {
    await writeFile(join(dir, 'results.json'), JSON.stringify({ ...toResultsJson(fixtureReport()), verdict: 'green' }));
    await expect(readResultsJson(join(dir, 'results.json'))).rejects.toThrow('/verdict: must be equal to one of the allowed values ("pass", "fail", "no-verdict", "incomplete")');
  });
});

describe('readResultsJson rejects bad files with a clear message', () => {
  async function rejection(content: string | undefined, name = 'results.json'): Promise<ResultsFileError> {
    const path = join(dir, name);
    if (content !== undefined) await writeFile(path, content);
    const error = await readResultsJson(path).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResultsFileError);
    const message = (error as Error).message;
    expect(message).toContain(path);
    expect(message).not.toMatch(/\n\s+at /);
    return error as ResultsFileError;
  }

  it('missing file', async () => {
    expect((await rejection(undefined)).message).toBe(`cannot read ${join(dir, 'results.json')}: no such file`);
  });
  it('empty file', async () => {
    expect((await rejection('')).message).toMatch(/is not valid JSON: the file is empty/);
  });
  it('truncated JSON', async () => {
    const text = JSON.stringify(toResultsJson(fixtureReport()));
    expect((await rejection(text.slice(0, 200))).message).toMatch(/is not valid JSON: /);
  });
  it('JSON of another shape', async () => {
    expect((await rejection('[1,2,3]')).message).toMatch(/is not a users-conformance results.json: top level: must be object/);
    const message = (await rejection('{"tool":"other"}')).message;
    expect(message).toMatch(/: \/tool: must be equal to constant \("users-conformance"\); top level: missing properties 'version', 'target', 'spec', /);
  });
  it('a malformed contract note, pointing at it', async () => {
    const results = toResultsJson(fixtureReport());
    delete (results.specs[0]!.contractNotes![1] as { text?: string }).text;
    (results.specs[0]!.contractNotes![2] as { operations: unknown }).operations = 'grant_token';
    const message = (await rejection(JSON.stringify(results))).message;
    expect(message).toContain("/specs/0/contractNotes/1: missing property 'text'");
    expect(message).toContain('/specs/0/contractNotes/2/operations: must be array');
  });
  it('a check with an unknown status, pointing at it', async () => {
    const results = toResultsJson(fixtureReport());
    (results.checks[3] as { status: string }).status = 'exploded';
    delete (results.checks[5] as { message?: string }).message;
    const message = (await rejection(JSON.stringify(results))).message;
    expect(message).toContain('/checks/3/status: must be equal to one of the allowed values ("passed", "failed", "warned", "error", "skipped", "disabled")');
    expect(message).toContain("/checks/5: missing property 'message'");
  });
});

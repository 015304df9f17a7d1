// Sharding: `run --shard i/n` runs an even share of the scenarios (dealt round the shards category by
// category), and `report --merge` of the shards equals the unsharded run with the same seed: the same
// checks with the same statuses. Shards of different seeds are refused.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemsOfShard, parseShard } from '../../src/config/shard.js';
import { mergeReports, readResultsJson, toResultsJson, type CheckRecord, type ResultsJson } from '../../src/report/index.js';
import { fixtureReport } from '../report/fixture.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, inProcess } from './cli-process.js';

describe('shards', () => {
  it('parses i/n and refuses anything else, naming the variable', () => {
    expect(parseShard('CONFORMANCE_SHARD', ' 2/3 ')).toEqual({ index: 2, count: 3 });
    expect(parseShard('CONFORMANCE_SHARD', undefined)).toBeUndefined();
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '']) expect(() => parseShard('CONFORMANCE_SHARD', bad)).toThrow(/CONFORMANCE_SHARD must be i\/n/);
  });

  it('deals the items in turn: every item in exactly one shard, shares within one of each other', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    for (const count of [1, 2, 3, 5, 30]) {
      const shares = Array.from({ length: count }, (_, i) => itemsOfShard(items, { index: i + 1, count }));
      expect(shares.flat().sort((a, b) => a - b)).toEqual(items);
      const sizes = shares.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('merge exits as run would: 1 when a shard has a MUST failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uc-merge-'));
    try {
      const failing = toResultsJson(fixtureReport());
      const passing = { ...failing, checks: failing.checks.filter((c) => c.spec === 'lenses-hq') };
      await mkdir(join(dir, 'a'));
      await mkdir(join(dir, 'b'));
      await writeFile(join(dir, 'a', 'results.json'), JSON.stringify(passing));
      await writeFile(join(dir, 'b', 'results.json'), JSON.stringify(failing));
      const merged = await inProcess(['report', '--merge', join(dir, 'a'), join(dir, 'b'), '--out', join(dir, 'out')]);
      expect(merged.code).toBe(1);
      expect(merged.stdout).toMatch(/^FAIL: \d+ checks of runai-2\.24,lenses-hq merged from 2 shards$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('merge refuses shards of different seeds', () => {
    const a = toResultsJson(fixtureReport());
    const b = { ...a, seed: a.seed + 1 };
    expect(() => mergeReports([{ source: 'a', report: a }, { source: 'b', report: b }])).toThrow(/^b: seed \d+, but a has seed \d+: shards of one run share a seed/);
  });
});

describe('a two-shard run merged equals the unsharded run (lenses-hq, seed 7)', () => {
  let dir: string;
  const runs: Record<string, ResultsJson> = {};
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uc-shard-'));
    const base = ['run', '--spec', 'lenses-hq', '--seed', '7'];
    // One after the other: the machine is small, and the shards are meant for separate machines.
    for (const [name, extra] of [['s1', ['--shard', '1/2']], ['s2', ['--shard', '2/2']], ['all', []]] as const) {
      const result = await cli([...base, ...extra, '--report-dir', join(dir, name)]);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      if (name !== 'all') expect(result.stdout).toContain(`Shard ${name.slice(1)}/2: its share of the scenarios only`);
      runs[name] = await readResultsJson(join(dir, name, 'results.json'));
    }
    const merged = await cli(['report', '--merge', join(dir, 's1'), join(dir, 's2'), '--out', join(dir, 'merged')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^PASS: \d+ checks of lenses-hq merged from 2 shards$/m);
    runs.merged = await readResultsJson(join(dir, 'merged', 'results.json'));
  }, 4 * CHILD_PROCESS_TIMEOUT_MS);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const key = (c: CheckRecord) => [c.spec, c.id, c.operationId ?? '', c.scenario, c.status].join(' | ');
  const scenarios = (r: ResultsJson) => new Set(r.checks.map((c) => c.scenario));

  it('has the same checks with the same statuses, and the same verdict', async () => {
    expect(runs.merged!.checks.map(key).sort()).toEqual(runs.all!.checks.map(key).sort());
    expect(runs.merged!.summary).toEqual(runs.all!.summary);
    expect(runs.merged!.verdict).toBe('pass');
    expect(runs.merged!.seed).toBe(7);
    expect((await readdir(join(dir, 'merged'))).sort()).toEqual(['index.html', 'junit.xml', 'results.json', 'results.sarif']);
  });

  it('split the scenarios evenly between the shards, each in one shard only', () => {
    const [one, two] = [scenarios(runs.s1!), scenarios(runs.s2!)];
    expect([...one].filter((s) => two.has(s))).toEqual([]);
    expect(new Set([...one, ...two])).toEqual(scenarios(runs.all!));
    expect(Math.abs(one.size - two.size)).toBeLessThanOrEqual(1);
  });

  it('a shard with no scenario (more shards than scenarios) passes: its share is empty', { timeout: CHILD_PROCESS_TIMEOUT_MS }, async () => {
    const empty = await cli(['run', '--spec', 'lenses-hq', '--shard', '40/40', '--quiet', '--report-dir', join(dir, 'empty')]);
    expect(empty.code, empty.stdout + empty.stderr).toBe(0);
    expect(empty.stdout.trim()).toBe("Verdict: PASS (exit 0): this shard's share finished, no MUST check failed (`report --merge` judges the whole run).");
    expect((await readResultsJson(join(dir, 'empty', 'results.json'))).checks).toEqual([]);
  });

  it('a bad --shard and a folder without results.json exit 2 in one line', async () => {
    const bad = await inProcess(['run', '--spec', 'lenses-hq', '--shard', '3/2', '--list']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('users-conformance: --shard must be i/n with 1 ≤ i ≤ n (e.g. 1/3 for the first of three shards), got "3/2"');
    const missing = await inProcess(['report', '--merge', join(dir, 's1'), join(dir, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nowhere');
  });
});

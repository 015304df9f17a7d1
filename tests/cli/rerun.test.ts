// The command printed under each failure reruns that check against the same target, spec and seed:
// it names secrets by environment variable only, and the CLI accepts it as printed (checked with
// `--list`, which resolves everything a run does and sends nothing).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { rerunCommand, type RunReport } from '../../src/report/index.js';
import { fixtureReport } from '../report/fixture.js';
import { inProcess } from './cli-process.js';

/** The words bash makes of a command line, with the given environment. */
function words(command: string, env: Record<string, string>): string[] {
  const out = execFileSync('bash', ['--norc', '--noprofile', '-c', `printf '%s\\0' ${command}`], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

const embedded: Pick<RunReport, 'seed' | 'config' | 'target'> = {
  seed: 42,
  target: 'runai-2.24: embedded reference server (http://127.0.0.1:1)',
  config: { embedded: true, targets: [{ spec: 'runai-2.24', baseUrl: 'http://127.0.0.1:1' }], options: { runs: 25, readOnly: false } },
};

const remote: Pick<RunReport, 'seed' | 'config' | 'target'> = {
  seed: 7,
  target: 'https://runai.example.test',
  config: {
    embedded: false,
    targets: [{ spec: 'runai-2.24', baseUrl: 'https://runai.example.test', auth: { adminToken: '[REDACTED]', viewerToken: '[REDACTED]', clientId: 'ci-app', clientSecret: '[REDACTED]' } }],
    options: { runs: 50, readOnly: true, rateLimitPerSecond: 5, emailDomain: 'qa.example.org' },
  },
};

describe('rerunCommand', () => {
  it('on the embedded server: the spec, the check and the seed', () => {
    expect(rerunCommand(embedded, { id: 'status.documented', spec: 'runai-2.24' })).toBe('npx users-conformance run --spec runai-2.24 --only status.documented --seed 42 --runs 25');
  });

  it('against a target: its URL, credentials as variables, and the options that change what is sent', () => {
    const command = rerunCommand(remote, { id: 'auth.missing-token', spec: 'runai-2.24' });
    expect(command).toBe(
      'CONFORMANCE_EMAIL_DOMAIN=qa.example.org npx users-conformance run --target https://runai.example.test --spec runai-2.24 --token "$TARGET_TOKEN" --viewer-token "$TARGET_VIEWER_TOKEN" --client-id ci-app --client-secret "$TARGET_CLIENT_SECRET" --only auth.missing-token --seed 7 --runs 50 --read-only --rate-limit 5',
    );
    expect(words(command, { TARGET_TOKEN: 't0k', TARGET_VIEWER_TOKEN: 'v', TARGET_CLIENT_SECRET: 's' })).toContain('t0k');
  });

  it('reruns a whole scenario for a suite error, which no single check stands for', () => {
    expect(rerunCommand(embedded, { id: 'scenario.completed', spec: 'runai-2.24' })).not.toContain('--only');
  });

  it('reads results written before the configuration listed targets', () => {
    expect(rerunCommand(fixtureReport(), { id: 'schema.response', spec: 'runai-2.24' })).toBe('npx users-conformance run --target https://runai.example.test --spec runai-2.24 --token "$TARGET_TOKEN" --only schema.response --seed 424242');
  });

  it('is accepted by the CLI as printed, selecting only that check', async () => {
    const argv = words(rerunCommand(embedded, { id: 'lifecycle.create-succeeds', spec: 'runai-2.24' }), {}).slice(2);
    const listed = await inProcess([...argv, '--list']);
    expect(listed.code, listed.stderr).toBe(0);
    const selected = listed.stdout.split('\n').filter((line) => /lifecycle\.create-succeeds/.test(line));
    expect(selected.length).toBeGreaterThan(0);
    expect(listed.stdout).not.toMatch(/^\s*\S*\s*status\.documented\b.*\brun\b/m);
  });
});

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderJunit, type RunReport } from '../../src/report/index.js';
import { fixtureChecks, fixtureReport } from './fixture.js';

interface Testcase {
  classname: string;
  name: string;
  failure?: { message: string; '#text': string };
  error?: { message: string; '#text': string };
  skipped?: { message: string };
  'system-out'?: string;
}
interface Testsuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  testcase: Testcase[];
  properties: { property: Array<{ name: string; value: string }> };
}

function parse(xml: string): { testsuites: { tests: string; failures: string; errors: string; skipped: string; testsuite: Testsuite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml);
}

describe('renderJunit', () => {
  const xml = renderJunit(fixtureReport());
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;
  const cases = suites.flatMap((suite) => suite.testcase);

  it('has one testsuite per spec and one testcase per check record', () => {
    expect(suites.map((suite) => suite.name)).toEqual(['runai-2.24', 'lenses-hq']);
    expect(cases).toHaveLength(fixtureChecks().length);
    expect(suites[0]!.testcase).toHaveLength(fixtureChecks().filter((c) => c.spec === 'runai-2.24').length);
    expect(cases[0]).toMatchObject({ classname: 'runai-2.24.per-operation', name: 'status.documented (create_user)' });
    expect(cases[11]).toMatchObject({ classname: 'runai-2.24.model', name: 'model.sequence (flow-wide)' });
  });

  it('reports MUST failures as <failure> with the message, expected, actual, seed and curl', () => {
    const failures = cases.filter((c) => c.failure);
    expect(failures.map((c) => c.name)).toEqual(['schema.response (create_user)', 'auth.missing-token (delete_user_by_id)', 'model.sequence (flow-wide)']);
    const auth = failures[1]!.failure!;
    expect(auth.message).toBe('delete_user_by_id without a token answered 204, expected 401');
    expect(auth['#text']).toContain('Expected: {\n  "status": 401\n}');
    expect(auth['#text']).toContain('Actual: {\n  "status": 204\n}');
    expect(auth['#text']).toContain('Seed: 424242');
    expect(auth['#text']).toContain("curl -sS -X DELETE 'https://runai.example.test/api/v1/users/");
    expect(failures[2]!.failure!['#text']).toContain('fast-check path: 3:1:0');
    // Server-supplied markup survives as text, escaped by the XML library.
    expect(failures[0]!.failure!.message).toContain('<script>alert(1)</script>');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('reports suite errors as <error>, skipped and disabled as <skipped>, warnings as passing with a note', () => {
    const errors = cases.filter((c) => c.error);
    expect(errors.map((c) => c.name)).toEqual(['schema.error-body (reset_user_password)']);
    expect(errors[0]!.error!.message).toMatch(/^suite error in schema.error-body/);
    const skipped = cases.filter((c) => c.skipped);
    expect(skipped.map((c) => c.skipped!.message)).toEqual([
      'skipped: the target refused a password grant for a new user: Account is not fully set up',
      'disabled: disabled by --only status.documented,schema.response',
    ]);
    const warned = cases.find((c) => c.name === 'lifecycle.logout-revokes (logout_user)')!;
    expect(warned.failure).toBeUndefined();
    expect(warned['system-out']).toMatch(/^WARNING \(SHOULD, does not fail the gate\): logout_user answered 200/);
  });

  it('puts counts on the suites and the root', () => {
    expect(suites[0]).toMatchObject({ tests: '13', failures: '3', errors: '1', skipped: '2' });
    expect(suites[1]).toMatchObject({ tests: '2', failures: '0', errors: '0', skipped: '0' });
    expect(doc.testsuites).toMatchObject({ tests: '15', failures: '3', errors: '1', skipped: '2' });
    const properties = Object.fromEntries(suites[0]!.properties.property.map((p) => [p.name, p.value]));
    expect(properties).toMatchObject({ seed: '424242', runId: 'uc-7f3a', 'spec.version': '2.24', target: 'https://runai.example.test' });
  });

  it('stays well-formed with control characters in server text, and redacts secrets', () => {
    const report: RunReport = fixtureReport();
    report.checks[1] = { ...report.checks[1]!, message: 'bad \u0000\u001b[31m bytes; token Bearer abcdef0123456789xyz' };
    const out = renderJunit(report);
    expect(parse(out).testsuites.testsuite[0]!.testcase[1]!.failure!.message).toBe('bad \uFFFD\uFFFD[31m bytes; token Bearer [REDACTED]');
  });

  it('renders an empty run', () => {
    const empty = parse(renderJunit(fixtureReport({ checks: [], specs: [] })));
    expect(empty.testsuites).toMatchObject({ tests: '0', failures: '0' });
  });
});

describe('renderJunit of a run that could not start', () => {
  it('has one test case in error that says why, so CI shows the reason rather than "no tests"', () => {
    const doc = parse(renderJunit(fixtureReport({ checks: [], specs: [fixtureReport().specs[0]!], startError: 'cannot reach http://127.0.0.1:9: connect ECONNREFUSED' })));
    expect(doc.testsuites).toMatchObject({ tests: '1', failures: '0', errors: '1', skipped: '0' });
    const [suite] = doc.testsuites.testsuite;
    expect(suite).toMatchObject({ name: 'runai-2.24', tests: '1', errors: '1' });
    expect(suite!.testcase).toEqual([
      expect.objectContaining({ classname: 'users-conformance.start', name: 'the run starts', error: expect.objectContaining({ message: 'cannot reach http://127.0.0.1:9: connect ECONNREFUSED' }) }),
    ]);
  });
});

describe('renderJunit times', () => {
  it('gives each test case the time its check recorded, and each suite the sum', () => {
    const checks = fixtureChecks().map((check, i) => ({ ...check, durationMs: i === 0 ? 1234 : 10 }));
    const doc = parse(renderJunit(fixtureReport({ checks })));
    const times = doc.testsuites.testsuite.flatMap((suite) => suite.testcase.map((testcase) => (testcase as unknown as { time: string }).time));
    expect(times[0]).toBe('1.234');
    expect(times.slice(1).every((time) => time === '0.010')).toBe(true);
  });
});

import he from 'he';
import { describe, expect, it } from 'vitest';
import { renderHtml, type RunReport } from '../../src/report/index.js';
import { placeLabel } from '../../src/report/html/contract-notes.js';
import { ALERT_PAYLOAD, ATTRIBUTE_PAYLOAD, fixtureReport, SCRIPT_PAYLOAD } from './fixture.js';

/** A report whose message, response body and a response header all carry markup payloads. */
function hostileReport(): RunReport {
  const report = fixtureReport();
  const failed = report.checks[1]!;
  const exchange = failed.reproduction!.exchanges[0]!;
  exchange.response!.body = JSON.stringify({ message: ALERT_PAYLOAD, detail: ATTRIBUTE_PAYLOAD });
  exchange.response!.headers['x-reflected'] = ALERT_PAYLOAD;
  report.checks[6] = { ...report.checks[6]!, message: `answered ${ATTRIBUTE_PAYLOAD}` };
  report.target = `https://evil.example.test/${ALERT_PAYLOAD}`;
  report.catalogue['schema.response'] = { ...report.catalogue['schema.response']!, why: `why ${ATTRIBUTE_PAYLOAD}` };
  report.config = { note: SCRIPT_PAYLOAD };
  // A spec loaded from a hostile path or URL: its notes and places are data, like everything else.
  report.specs[0]!.contractNotes!.push({ where: `#/paths/${ALERT_PAYLOAD}`, kind: ATTRIBUTE_PAYLOAD, text: `note ${SCRIPT_PAYLOAD}`, operations: [ALERT_PAYLOAD] });
  return report;
}

describe('renderHtml escaping', () => {
  const page = renderHtml(hostileReport());

  it('never emits server-supplied markup raw', () => {
    for (const payload of [ALERT_PAYLOAD, SCRIPT_PAYLOAD, ATTRIBUTE_PAYLOAD, '<img', 'onerror="window', '"><img']) expect(page).not.toContain(payload);
    expect(page.match(/<script\b/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img\b/i);
  });

  it('shows the payloads as escaped text in the message, response body, header and catalogue', () => {
    const escapedAlert = '&lt;script&gt;alert(1)&lt;/script&gt;';
    expect(page).toContain(`x-reflected: ${escapedAlert}`);
    // Response body, pretty-printed as JSON, then escaped.
    expect(page).toContain(`&quot;message&quot;: &quot;${escapedAlert}&quot;`);
    expect(page).toContain('answered &quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=2;alert(2)&quot;&gt;');
    expect(page).toContain('why &quot;&gt;&lt;img src=x onerror=');
    expect(page).toContain(`https://evil.example.test/${escapedAlert}`);
  });

  it('embeds no report data as JSON in a script, and allows only its own script by hash', () => {
    expect(page).not.toMatch(/<script type="application\/json"/);
    const csp = he.decode(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '');
    expect(csp).toMatch(/default-src 'none'/);
    const scriptSrc = csp.split(';').map((directive) => directive.trim()).filter((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toHaveLength(1);
    expect(scriptSrc[0]).toMatch(/^script-src 'sha256-[A-Za-z0-9+/]+=*'$/);
  });
});

describe('renderHtml content', () => {
  const page = renderHtml(fixtureReport());

  it('is self-contained: no external stylesheets, scripts, images or frames', () => {
    expect(page).not.toMatch(/<link\b|<iframe\b|<img\b|<object\b|<embed\b|<[a-z]+\s[^>]*\bsrc=|@import|url\(/i);
    const hrefs = [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(/^#((r|chk|spec|extra)-[0-9-]+|failures)$/);
  });

  it('has the header facts, the verdict and the meter', () => {
    expect(page).toContain('FAIL: at least one MUST check failed');
    for (const fact of ['https://runai.example.test', 'runai-2.24', 'NVIDIA Run:ai 2.24', 'Lenses HQ 6.1', '0.1.0', '2f7fd01', '424242', 'uc-7f3a', '2026-11-22T10:00:42.500Z', '42.5 s']) {
      expect(page).toContain(fact);
    }
    for (const [status, n] of [['passed', 8], ['failed', 3], ['warned', 1], ['error', 1], ['skipped', 1], ['disabled', 1]] as const) {
      expect(page).toContain(`<li class="count-${status}"`);
      expect(page).toMatch(new RegExp(`${status} <b>${n}</b>`));
    }
    expect(page).toContain('1 check ended in a suite error');
    // The failure stands; the header still says what went unjudged.
    expect(page).toContain('<ul class="verdict-reasons" id="verdict-reasons"><li class="reason-must-failed">3 MUST checks failed</li><li class="reason-suite-errors">1 suite error: the run did not judge what it stands for');
    expect(page).toContain('&quot;token&quot;: &quot;[REDACTED]&quot;');
  });

  it('shows coverage: exercised operations and documented statuses observed', () => {
    expect(page).toContain('4 of 9 operations exercised; 5 of 57 documented response statuses observed.');
    expect(page).toContain('<span class="chip undocumented" title="observed, not documented">418</span>');
    // Lenses: 502 falls under `default`, 409 under `4XX`.
    expect(page).toContain('2 of 2 operations exercised; 4 of 5 documented response statuses observed.');
  });

  it('shows the why, where the rule comes from, the seed, the fast-check path and counterexample', () => {
    expect(page).toContain('The body must validate against the schema documented for its status and media type.');
    expect(page).toContain('Rule from (the seed document): the schema the seed documents for the status');
    expect(page).toContain('fast-check replay path: <code class="fc-path">3:1:0</code>');
    expect(page).toContain('create(uc-7f3a-2@conformance.example)');
  });

  it('says when a result counts below its catalogue level, and why', () => {
    const report = fixtureReport();
    const levelNote = 'grant_token is an auxiliary login operation outside the seed: the suite uses it, it does not certify it';
    report.checks.push({ id: 'status.documented', level: 'SHOULD', spec: 'runai-2.24', operationId: 'grant_token', scenario: 'per-operation', status: 'warned', message: 'grant_token: status 401 is not documented', levelNote });
    const shown = renderHtml(report);
    expect(shown).toContain('counts as SHOULD');
    expect(shown).toContain(levelNote);
  });

  it('says when the run did not finish', () => {
    const incomplete = renderHtml(fixtureReport({ complete: false, finishedAt: undefined, checks: fixtureReport().checks.filter((c) => c.status !== 'failed') }));
    expect(incomplete).toContain('<title>users-conformance: NO VERDICT ·');
    expect(incomplete).toContain('<p class="verdict v-no-verdict" id="verdict">NO VERDICT: the run could not judge the target</p>');
    expect(incomplete).toContain('<li class="reason-incomplete">the run did not finish (stopped, crashed or still running), so not every check was judged</li>');
    expect(incomplete).toContain('This run did not finish');
    expect(incomplete).toContain('<dd>not finished</dd>');
  });

  it('has no verdict when a finished run has suite errors and no MUST failure, and says why in the header', () => {
    const errored = renderHtml(fixtureReport({ checks: fixtureReport().checks.filter((c) => c.status !== 'failed') }));
    expect(errored).toContain('NO VERDICT: the run could not judge the target');
    expect(errored).toContain('<li class="reason-suite-errors">1 suite error: the run did not judge what it stands for (users-conformance itself broke)</li>');
    expect(errored).toContain('without a MUST failure the run has no verdict');
  });

  it('has no verdict when a spec had nothing judged, naming it', () => {
    const report = fixtureReport();
    report.checks = report.checks.filter((c) => c.status !== 'failed' && c.status !== 'error').map((c) => (c.spec === 'lenses-hq' ? { ...c, status: 'skipped' as const } : c));
    const page = renderHtml(report);
    expect(page).toContain('<li class="reason-nothing-judged">spec lenses-hq: nothing was judged (every check skipped)</li>');
  });

  it('passes only a run where every spec was judged', () => {
    const clean = renderHtml(fixtureReport({ checks: fixtureReport().checks.filter((c) => c.status !== 'failed' && c.status !== 'error') }));
    expect(clean).toContain('<p class="verdict v-pass" id="verdict">PASS: every spec was judged and no MUST check failed</p>');
    expect(clean).not.toContain('id="verdict-reasons"');
  });

  it('truncates long bodies with a note', () => {
    const report = fixtureReport();
    const response = report.checks[1]!.reproduction!.exchanges[0]!.response!;
    response.body = JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `user-${i}` })) });
    response.bodyTruncated = true;
    response.bodyBytes = 1_234_567;
    const out = renderHtml(report);
    expect(out).toMatch(/truncated in this report: showing the first 8,000 of [\d,]+ characters/);
    expect(out).toContain('the client kept only the start of the body: 1,234,567 bytes were received');
  });

  it('appends extension sections with their own table-of-contents entry', () => {
    const out = renderHtml(fixtureReport(), { extraSections: [{ title: 'Fault-detection <matrix>', html: '<table class="faults"><tr><td>ok</td></tr></table>' }] });
    expect(out).toContain('<a href="#extra-0">Fault-detection &lt;matrix&gt;</a>');
    expect(out).toContain('<section class="extra" id="extra-0"><h2>Fault-detection &lt;matrix&gt;</h2><table class="faults">');
  });
});

describe('renderHtml contract notes', () => {
  const page = renderHtml(fixtureReport());
  /** The text of one spec's "Contract notes" section (markup removed, entities decoded). */
  const section = (html: string, specIndex: number): string | undefined => {
    const spec = new RegExp(`<section class="spec" id="spec-${specIndex}">([\\s\\S]*?)</section>\\n?(<section class="spec"|</main>)`).exec(html)?.[1] ?? '';
    const notes = /<h3>Contract notes<\/h3>([\s\S]*?)<h3>Checks<\/h3>/.exec(spec)?.[1];
    return notes === undefined ? undefined : he.decode(notes.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
  };

  it('shows each note of a spec with its kind, text, the operations it concerns and its place, between coverage and checks', () => {
    const text = section(page, 0)!;
    expect(text).toMatch(/^About the contract itself, not about the server under test: /);
    expect(text).toContain("documentation text over generated document The 2.24 reference page limits the email to 5 to 254 characters; the vendor's generated document has only the pattern. POST /api/v1/users · components › schemas › UserCreationRequest1 › properties › email");
    // More than four operations are counted, not listed.
    expect(text).toContain('defect of the document The document lists "reason" as required but never defines it. 6 operations · components › schemas › Error › required');
    expect(text).toContain("the suite's choice The suite calls this operation without a token. POST /api/v1/token · paths › /api/v1/token › post");
    // A kind this version does not know is shown as written; a note on the whole document says so.
    expect(text).toContain('hunch A kind of a later version. the whole document');
    expect(page.indexOf('<h3>Coverage</h3>')).toBeLessThan(page.indexOf('<h3>Contract notes</h3>'));
  });

  it('has no section for a spec without notes, nor for results of a version that did not record them', () => {
    expect(section(page, 1)).toBeUndefined();
    const old = fixtureReport();
    delete old.specs[0]!.contractNotes;
    expect(renderHtml(old)).not.toContain('Contract notes');
  });

  it('writes plain text: no Markdown backticks, none of the project\'s internal words', () => {
    const text = section(page, 0)!;
    expect(text).not.toContain('`');
    expect(text).not.toMatch(/DECISIONS|FACTS|\bissues?\b|\bseed\b/i);
  });

  it('escapes note text, kind, place and operations', () => {
    const hostile = renderHtml(hostileReport());
    expect(hostile).toContain('note &lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(hostile).toContain('class="contract-note cn-other"');
  });

  it('reads a place as a path of names', () => {
    expect(placeLabel('#/paths/~1api~1v1~1users~1{name}~1groups/put/responses/204')).toBe('paths › /api/v1/users/{name}/groups › put › responses › 204');
    expect(placeLabel('#/components/schemas/A%20B/x~0y')).toBe('components › schemas › A B › x~y');
    expect(placeLabel('#')).toBe('the whole document');
  });
});

describe('renderHtml secret safety net', () => {
  it('redacts bearer tokens, JWTs and password/token values that slipped through upstream', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
    const report = fixtureReport();
    const exchange = report.checks[1]!.reproduction!.exchanges[0]!;
    exchange.request.headers.authorization = 'Bearer s3cr3t-admin-token-value';
    exchange.request.headers.cookie = 'session_id=0f9e8d7c6b5a';
    exchange.response!.body = JSON.stringify({ accessToken: jwt, tempPassword: 'Tmp!Pass123', user: { password: 'hunter22' } });
    report.checks[6] = { ...report.checks[6]!, message: `token ${jwt} was accepted` };
    report.config = { clientSecret: 'abc-unredacted-secret', timeoutMs: 1000 };
    const page = renderHtml(report);
    for (const secret of ['s3cr3t-admin-token-value', '0f9e8d7c6b5a', jwt, 'eyJhbGciOiJIUzI1NiJ9', 'Tmp!Pass123', 'hunter22', 'abc-unredacted-secret']) {
      expect(page).not.toContain(secret);
    }
    expect(page).toContain('authorization: Bearer [REDACTED]');
    expect(page).toContain('cookie: session_id=[REDACTED]');
    expect(page).toContain('&quot;password&quot;: &quot;[REDACTED]&quot;');
    expect(page).toContain('token [REDACTED] was accepted');
  });
});

/**
 * Opens a rendered report in headless Chromium (Debian's `chromium`, driven by playwright-core) from
 * disk: the matrix renders, a failed cell leads to its detail, filters and the search box hide and
 * show rows and are kept in the URL, the page is complete without JavaScript, and script payloads
 * returned by a server do not execute.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COLOURS } from '../../src/report/html/style.js';
import { renderHtml } from '../../src/report/index.js';
import { fixtureReport, SCRIPT_PAYLOAD } from './fixture.js';

// The callbacks passed to evaluate() run in the page. The project's tsconfig has no DOM lib (it is
// Node code), so the few browser globals they use are declared here, for this file only.
declare const window: { __pwned?: unknown };
interface Element { id: string; textContent: string | null; getBoundingClientRect(): { top: number; bottom: number } }
declare const document: { images: { length: number }; scripts: { length: number }; querySelectorAll(selector: string): Iterable<Element>; querySelector(selector: string): Element | null; getElementById(id: string): Element | null };
declare const location: { hash: string };
interface HTMLElement { hidden: boolean; offsetParent: unknown }
declare function getComputedStyle(element: unknown): { backgroundColor: string };
declare function alert(message: string): void;

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let work: string;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    // Never skip silently: CI must run this test.
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does this)`);
  }
  work = await mkdtemp(join(tmpdir(), 'uc-browser-'));
  const file = join(work, 'index.html');
  await writeFile(file, renderHtml(fixtureReport()));
  // A fresh profile directory per run (playwright passes it as --user-data-dir).
  context = await chromium.launchPersistentContext(join(work, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith('file://')) foreignRequests.push(request.url());
  });
  await page.goto(pathToFileURL(file).href);
}, 30_000);

afterAll(async () => {
  await context?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('HTML report in headless Chromium', () => {
  it('renders the matrix with one cell per operation and check, coloured by result', async () => {
    const report = fixtureReport();
    const records = report.checks.filter((check) => check.spec === 'runai-2.24');
    const rows = report.specs[0]!.operations.length + (records.some((r) => r.operationId === undefined) ? 1 : 0);
    const columns = new Set(records.map((r) => r.id)).size;
    const matrix = page.locator('#spec-0 table.matrix');
    await expect(matrix.locator('tbody tr').count()).resolves.toBe(rows);
    await expect(matrix.locator('td.cell').count()).resolves.toBe(rows * columns);
    const filled = new Set(records.map((r) => `${r.operationId}|${r.id}`)).size;
    await expect(matrix.locator('td.cell:not(.none)').count()).resolves.toBe(filled);
    await expect(matrix.locator('td.cell.st-failed').count()).resolves.toBe(3);

    const colour = (selector: string) => matrix.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    await expect(colour('td.cell.st-failed')).resolves.toBe(rgb(STATUS_COLOURS.failed));
    await expect(colour('td.cell.st-passed')).resolves.toBe(rgb(STATUS_COLOURS.passed));
    await expect(colour('td.cell.st-warned')).resolves.toBe(rgb(STATUS_COLOURS.warned));
    await expect(colour('td.cell.st-error')).resolves.toBe(rgb(STATUS_COLOURS.error));
  });

  it('shows a failure’s detail when its matrix cell is clicked', async () => {
    const row = page.locator('#r-6');
    const expected = row.locator('pre.expected');
    await expect(expected.isVisible()).resolves.toBe(false);
    // The auth.missing-token × delete_user_by_id cell: worst status failed, links to record 6.
    const cell = page.locator('#spec-0 table.matrix td.cell.st-failed a[href="#r-6"]');
    await cell.click();
    // The hash changes at once; the report opens the detail on the hashchange event, a moment later.
    await page.waitForFunction(() => location.hash === '#r-6');
    await expected.waitFor({ state: 'visible', timeout: 5_000 });
    await expect(expected.innerText()).resolves.toContain('"status": 401');
    await expect(row.locator('pre.actual').innerText()).resolves.toContain('"status": 204');
    await expect(row.locator('pre.curl').innerText()).resolves.toMatch(/^curl -sS -X DELETE 'https:\/\/runai\.example\.test\/api\/v1\/users\//);
    await expect(row.locator('code.seed').innerText()).resolves.toBe('424242');
    await expect(row.evaluate((el) => el.classList.contains('focus'))).resolves.toBe(true);
  });

  it('hides and shows rows with the result and level filters, passed results collapsed to one row per check', async () => {
    const checks = fixtureReport().checks;
    // One row per check for its passed results; a row per other result.
    const passedRows = new Set(checks.filter((c) => c.status === 'passed').map((c) => `${c.spec}|${c.id}`)).size;
    const mustRows = new Set(checks.filter((c) => c.status === 'passed' && c.level === 'MUST').map((c) => `${c.spec}|${c.id}`)).size + checks.filter((c) => c.status !== 'passed' && c.level === 'MUST').length;
    const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as unknown as { offsetParent: unknown }).offsetParent !== null).length);
    await expect(visible('tr.rec.st-passed')).resolves.toBe(passedRows);
    await page.locator('input[data-filter="st-passed"]').uncheck();
    await expect(visible('tr.rec.st-passed')).resolves.toBe(0);
    await expect(visible('tr.rec.st-failed')).resolves.toBe(3);
    // A check section with only passed results disappears with them.
    await expect(visible('section.check')).resolves.toBeLessThan(await page.locator('section.check').count());
    await page.locator('input[data-filter="st-passed"]').check();
    await expect(visible('tr.rec.st-passed')).resolves.toBe(passedRows);

    await page.locator('input[data-filter="lv-SHOULD"]').uncheck();
    await expect(visible('tr.rec.lv-SHOULD')).resolves.toBe(0);
    await expect(visible('tr.rec.lv-MUST')).resolves.toBe(mustRows);
    await page.locator('input[data-filter="lv-SHOULD"]').check();
    await expect(visible('tr.rec.lv-SHOULD')).resolves.toBe(1);
  });

  it('keeps the filters in the URL: a reload shows the same view', async () => {
    await page.locator('input[data-filter="st-passed"]').uncheck();
    await expect(page.evaluate(() => location.hash)).resolves.toMatch(/^#(r-\d+&)?hide=st-passed$/);
    await page.reload();
    await expect(page.locator('input[data-filter="st-passed"]').isChecked()).resolves.toBe(false);
    await expect(page.locator('tr.rec.st-passed').first().isVisible()).resolves.toBe(false);
    await page.locator('input[data-filter="st-passed"]').check();
    await expect(page.evaluate(() => location.hash)).resolves.not.toContain('hide=');
  });

  it('searches rows and failure groups by text, and keeps the search in the URL across a reload', async () => {
    const visible = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as unknown as HTMLElement).offsetParent !== null).length);
    await page.goto(page.url().split('#')[0]!);
    const search = page.locator('#search');
    await expect(search.isVisible()).resolves.toBe(true);
    const allRecords = await visible('tr.rec');
    // An operation id: its failure groups and result rows stay, every other row goes.
    await search.fill('delete_user_by_id');
    await page.waitForFunction(() => location.hash.includes('q=delete_user_by_id'));
    await expect(visible('tr.rec')).resolves.toBeLessThan(allRecords);
    await expect(visible('#r-6')).resolves.toBe(1);
    const groups = await page.locator('#failures tr.group').evaluateAll((els) => els.filter((el) => (el as unknown as HTMLElement).offsetParent !== null).map((el) => el.textContent ?? ''));
    expect(groups.length).toBeGreaterThan(0);
    for (const text of groups) expect(text).toContain('delete_user_by_id');
    await expect(page.locator('#search-count').innerText()).resolves.toMatch(/^\d+ matching rows?$/);
    // A check id matches its heading: all its rows stay.
    await search.fill('auth.missing-token');
    await page.waitForFunction(() => location.hash.includes('q=auth.missing-token'));
    await expect(visible('section.check')).resolves.toBe(1);
    // Kept with the filters: a reload restores both.
    await page.locator('input[data-filter="st-passed"]').uncheck();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#hide=st-passed&q=auth.missing-token');
    await page.reload();
    await expect(search.inputValue()).resolves.toBe('auth.missing-token');
    await expect(page.locator('input[data-filter="st-passed"]').isChecked()).resolves.toBe(false);
    await expect(visible('section.check')).resolves.toBe(1);
    await expect(visible('tr.rec.st-passed')).resolves.toBe(0);
    // Text nothing carries hides everything; clearing the box brings every row back.
    await search.fill('no-such-text-anywhere');
    await page.waitForFunction(() => document.querySelector('#search-count')!.textContent === '0 matching rows');
    await expect(visible('tr.rec')).resolves.toBe(0);
    await page.locator('input[data-filter="st-passed"]').check();
    await search.fill('');
    await page.waitForFunction(() => location.hash === '');
    await expect(visible('tr.rec')).resolves.toBe(allRecords);
  });

  it('opens on the failures, grouped, each linking to evidence that the sticky bar does not hide', async () => {
    const order = await page.evaluate(() => [...document.querySelectorAll('main > section')].map((el) => el.id));
    expect(order[0]).toBe('failures');
    const groups = page.locator('#failures tr.group');
    await expect(groups.count()).resolves.toBe(5);
    // The last group's evidence is far down the page: following it scrolls.
    const evidence = groups.last().locator('a', { hasText: 'evidence' });
    const target = (await evidence.getAttribute('href'))!.slice(1);
    await evidence.click();
    await page.locator(`#${target} .detail-body`).waitFor({ state: 'visible', timeout: 5_000 });
    const [barBottom, rowTop] = await page.evaluate((id) => [document.querySelector('nav.toolbar')!.getBoundingClientRect().bottom, document.getElementById(id)!.getBoundingClientRect().top], target);
    expect(rowTop).toBeGreaterThanOrEqual(barBottom);
  });

  it('has a Copy button beside every rerun command and curl line, and no raw Markdown in texts', async () => {
    const button = page.locator('#failures tr.group').first().locator('button.copy');
    await expect(page.locator('#failures tr.group').first().locator('code.command').innerText()).resolves.toMatch(/^npx users-conformance run --target https:\/\/runai\.example\.test --spec runai-2\.24 --token "\$TARGET_TOKEN" --only [a-z.-]+ (--operation [a-z_]+ )?--seed 424242$/);
    await button.click();
    await page.waitForFunction(() => document.querySelector('#failures button.copy')!.textContent === 'Copied');
    await expect(page.locator('pre.curl + button.copy').count()).resolves.toBe(await page.locator('pre.curl').count());
    const prose = await page.locator('p.why, p.provenance, li.contract-note').allInnerTexts();
    expect(prose.join('\n')).not.toContain('`');
  });

  it('following a link to a filtered-out result turns its filter back on', async () => {
    await page.locator('input[data-filter="st-failed"]').uncheck();
    await expect(page.locator('#r-11').isVisible()).resolves.toBe(false);
    await page.locator('#spec-0 table.matrix a[href="#r-11"]').click();
    // The report answers the hashchange event, which fires after the click returns: wait for it.
    await page.locator('#r-11 code.fc-path').waitFor({ state: 'visible', timeout: 5_000 });
    await expect(page.locator('input[data-filter="st-failed"]').isChecked()).resolves.toBe(true);
  });

  it('does not execute scripts returned by the server, and shows them as text', async () => {
    await expect(page.evaluate(() => window.__pwned)).resolves.toBeUndefined();
    await expect(page.evaluate(() => document.images.length)).resolves.toBe(0);
    await expect(page.evaluate(() => document.scripts.length)).resolves.toBe(1);
    await page.locator('#r-1 details.detail > summary').click();
    await expect(page.locator('#r-1 .exchange .res pre').innerText()).resolves.toContain(`"displayName": "${SCRIPT_PAYLOAD}"`);
    await expect(page.locator('#r-1 .exchange .res pre').innerText()).resolves.toContain('x-evil: "><img src=x onerror=');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('would have noticed a dialog (the listener works)', async () => {
    await Promise.all([page.waitForEvent('dialog'), page.evaluate(() => setTimeout(() => alert('probe'), 0))]);
    expect(dialogs).toEqual(['probe']);
  });
});

describe('HTML report without JavaScript', () => {
  it('shows every result, no control that needs the script, and details that open by themselves', async () => {
    const noJs = await chromium.launchPersistentContext(join(work, 'profile-nojs'), { executablePath: CHROMIUM, headless: true, args: ARGS, javaScriptEnabled: false });
    try {
      const plain = noJs.pages()[0] ?? (await noJs.newPage());
      await plain.goto(pathToFileURL(join(work, 'index.html')).href);
      const checks = fixtureReport().checks;
      const rows = new Set(checks.filter((c) => c.status === 'passed').map((c) => `${c.spec}|${c.id}`)).size + checks.filter((c) => c.status !== 'passed').length;
      const visible = (selector: string) => plain.locator(selector).evaluateAll((els) => els.filter((el) => (el as unknown as HTMLElement).offsetParent !== null).length);
      await expect(visible('tr.rec')).resolves.toBe(rows);
      await expect(visible('#failures tr.group')).resolves.toBe(5);
      for (const control of ['#search', 'input[data-filter]', 'button.copy']) await expect(visible(control)).resolves.toBe(0);
      await expect(plain.locator('nav.toolbar .no-js').isVisible()).resolves.toBe(true);
      // The evidence link is a plain anchor; the detail opens with its <details> summary.
      await plain.locator('#failures tr.group').first().locator('a', { hasText: 'evidence' }).click();
      const target = (await plain.locator('#failures tr.group').first().locator('a', { hasText: 'evidence' }).getAttribute('href'))!;
      await plain.locator(`${target} details.detail > summary`).click();
      await expect(plain.locator(`${target} pre.rerun`).isVisible()).resolves.toBe(true);
      await expect(plain.locator(`${target} pre.rerun`).innerText()).resolves.toMatch(/^npx users-conformance run /);
    } finally {
      await noJs.close();
    }
  }, 30_000);
});

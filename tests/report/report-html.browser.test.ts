import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { runNights } from '../helpers/nightly-runs.js';
import { briefingReport, sampleReport } from './sample-report.js';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  dir = await mkdtemp(join(tmpdir(), 'report-html-'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('renderHtml in a real browser', () => {
  it('renderHtml(report) renders charts and warnings with no script, dialog, console error or network request', async () => {
    const file = join(dir, 'report.html');
    await writeFile(file, renderHtml(sampleReport()), 'utf8');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (/^(file|about|data):/.test(url)) return route.continue();
      problems.push(`request: ${url}`);
      return route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    // Hover and click everything that could carry an injected handler.
    for (const selector of ['.title', '.reason', '.example', 'td', 'summary']) {
      for (const el of await page.locator(selector).all()) await el.hover({ force: true, timeout: 2000 }).catch(() => undefined);
    }
    await page.locator('summary').first().click();

    expect(await page.locator('#chart-heat svg rect.bar').count()).toBe(2);
    expect(await page.locator('#chart-volume svg polyline.series-line').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#chart-rising svg circle').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#warnings li.warning').count()).toBe(3);
    expect(await page.locator('#headline').isVisible()).toBe(true);
    const box = await page.locator('#chart-heat svg').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#warnings li.warning.level-red .title').innerText()).toContain('<script>alert(1)</script>');
    expect(await page.locator('[onerror],[onmouseover],[onclick],[href],[src]').count()).toBe(0);

    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: join('test-artifacts', 'report.png'), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });
  it('renderHtml(report) reads top-down: headline above the charts above the warnings, the rest folded away', async () => {
    const report = briefingReport();
    const file = join(dir, 'briefing.html');
    await writeFile(file, renderHtml(report), 'utf8');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const top = async (selector: string): Promise<number> => (await page.locator(selector).boundingBox())?.y ?? -1;
    const order = await Promise.all(['#headline', '#chart-volume', '#chart-heat', '#warnings', '#issues', '#rising-terms', '#topics', '#summary'].map(top));
    expect(order.every((y) => y >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));

    expect(await page.locator('#warnings li.warning').count()).toBe(report.warnings.length);
    const continuing = page.locator('#warnings details.continuing li.warning').first();
    expect(await continuing.isVisible()).toBe(false);
    await page.locator('#warnings details.continuing > summary').click();
    expect(await continuing.isVisible()).toBe(true);
    expect(await page.locator('#warnings details.period li[data-warning="W-8"]').isVisible()).toBe(false);
    expect(await page.locator('#warnings > ol li.warning').count()).toBe(4);
    await page.close();
  });
});

describe('report.html of the 14th nightly run with --state, in a real browser', () => {
  it('charts the 14 nights: tickets per night, rising terms with their band, TOP issues per night, each with more than one point', async () => {
    const nights = await runNights(dir, { n: 2800, days: 14, seed: 4 });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(pathToFileURL(join(nights.outs[13]!, 'report.html')).href, { waitUntil: 'load' });
    expect(await page.locator('#chart-volume svg circle').count()).toBe(14);
    expect(await page.locator('#chart-volume svg polyline.series-line').count()).toBe(1);
    expect(await page.locator('#chart-rising svg polyline.series-line').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#chart-rising svg circle').count()).toBeGreaterThan(14);
    expect(await page.locator('#chart-rising svg polygon.series-band').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#chart-issues svg polyline.series-line').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#chart-issues svg circle').count()).toBeGreaterThan(14);
    for (const id of ['#chart-volume', '#chart-rising', '#chart-issues']) expect((await page.locator(`${id} svg`).boundingBox())?.width ?? 0).toBeGreaterThan(300);
    expect(await page.locator('#headline .card .sub').first().innerText()).toContain('较上期');
    expect(await page.locator('#issues td.trend').count()).toBeGreaterThan(0);
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: join('test-artifacts', 'report-history.png'), fullPage: true });
    await page.close();
  }, 240_000);
});

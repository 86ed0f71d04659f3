// Renders a JSON report as the HTML report, opens it in Chromium, prints its load time and takes a screenshot.
// Usage: npm run build && node bench/html-report.mjs report.json out.png [--full-page]
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [input, png] = process.argv.slice(2);
if (!input || !png) {
  console.error('usage: node bench/html-report.mjs report.json out.png [--full-page]');
  process.exit(2);
}
const { formatHtml } = await import('../dist/report/html.js');
const report = JSON.parse(readFileSync(input, 'utf8'));
let t = performance.now();
const html = formatHtml(report);
const formatMs = performance.now() - t;
const file = path.join(os.tmpdir(), `loccheck-report-${process.pid}.html`);
writeFileSync(file, html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(e.message));
t = performance.now();
await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
await page.waitForFunction(`performance.getEntriesByName('loccheck-rendered').length > 0`, undefined, { timeout: 60_000 });
const loadMs = performance.now() - t;
const rendered = await page.evaluate(() => performance.getEntriesByName('loccheck-rendered')[0].startTime);
await page.screenshot({ path: png, fullPage: process.argv.includes('--full-page') });
await browser.close();
console.log(
  `${report.findings.length} findings · HTML ${(statSync(file).size / 1e6).toFixed(1)} MB built in ${formatMs.toFixed(0)} ms · ` +
    `load + first render ${loadMs.toFixed(0)} ms (render mark at ${rendered.toFixed(0)} ms after navigation start) · ` +
    `console errors: ${errors.length}`,
);
if (errors.length > 0) process.exit(1);

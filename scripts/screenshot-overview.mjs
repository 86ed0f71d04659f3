// Screenshots of the HTML report's overview for docs/screenshots/: desktop (1280 wide) and phone (390 wide).
// Usage: node scripts/screenshot-overview.mjs <report.html> [out-dir]   (Debian's Chromium at /usr/bin/chromium)
// The report is made with `node bin/loccheck.js .cache/corpus --format html -o /tmp/sfb.html --fail-on never`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [report, outDir = 'docs/screenshots'] = process.argv.slice(2);
if (!report) {
  console.error('usage: node scripts/screenshot-overview.mjs <report.html> [out-dir]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [name, width, height, scale, maxHeight] of [
    ['overview-desktop.png', 1280, 900, 1, 2400],
    ['overview-phone.png', 390, 844, 2, 2600],
  ]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    await page.goto(pathToFileURL(path.resolve(report)).href, { waitUntil: 'load' });
    await page.waitForFunction("performance.getEntriesByName('loccheck-rendered').length > 0", undefined, { timeout: 60_000 });
    // The page as it opens: header, filters and the overview (matrix, locales behind, worst articles), at most maxHeight.
    const bottom = await page.evaluate("Math.ceil(document.querySelector('#worst').closest('.card').getBoundingClientRect().bottom + window.scrollY + 12)");
    const file = path.join(outDir, name);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(bottom, maxHeight) } });
    const overflow = await page.evaluate('document.documentElement.scrollWidth');
    console.log(`${file}: ${width}×${Math.min(bottom, maxHeight)} (document ${overflow} px wide)`);
    await page.close();
  }
} finally {
  await browser.close();
}

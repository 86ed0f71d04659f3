// A real Chromium for HTML report tests: open a page from file://, wait for its first render, collect errors and dialogs.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';

/** Debian's package; CI installs it with `apt-get install chromium`. */
export const CHROMIUM = '/usr/bin/chromium';
/** CI sets LOCCHECK_REQUIRE_BROWSER=1: there a missing Chromium fails the browser tests instead of skipping them. */
export const hasChromium = existsSync(CHROMIUM) || process.env['LOCCHECK_REQUIRE_BROWSER'] === '1';
/** The `performance.mark` the HTML report's script sets after its first render. */
export const RENDERED = 'loccheck-rendered';

export interface OpenedPage {
  page: Page;
  /** Console errors (CSP violations land here too) and uncaught page errors. */
  errors: string[];
  /** Messages of alert/confirm/prompt dialogs, which are dismissed. */
  dialogs: string[];
  file: string;
}

/** One browser and one temp folder per test file; `close()` in afterAll. */
export function browserSession(): { open: (html: string, name: string) => Promise<OpenedPage>; close: () => Promise<void> } {
  let browser: Browser | undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loccheck-browser-'));
  return {
    async open(html, name) {
      browser ??= await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      const file = path.join(dir, name);
      writeFileSync(file, html);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const dialogs: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // The report's script marks its first render; if it never runs (a CSP hash mismatch, a syntax error) say why
      // now instead of letting the first locator time out.
      await page.waitForFunction(`performance.getEntriesByName('${RENDERED}').length > 0`, undefined, { timeout: 10_000 }).catch(() => {
        throw new Error(`the page script did not render ${name}: ${errors.join(' | ') || 'no error reported'}`);
      });
      return { page, errors, dialogs, file };
    },
    async close() {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `test-results/<name>` under the repository (git-ignored), created on demand. */
export function resultPath(repo: string, name: string): string {
  const dir = path.join(repo, 'test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

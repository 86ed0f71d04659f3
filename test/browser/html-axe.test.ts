// Accessibility of the HTML report: axe-core run in Chromium on the seeds' report (overview and every finding
// expanded) and on a larger overview with titled families; no violation of any rule axe runs by default.
// In-page code is passed to page.evaluate as strings: the project compiles without the DOM library.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Category, Finding, Report } from '../../src/model.js';
import { SEVERITIES } from '../../src/model.js';
import { formatHtml } from '../../src/report/html.js';
import { lint } from '../../src/run.js';
import { CHROMIUM, browserSession, hasChromium } from '../helpers/browser.js';
import { finding, reportOf } from '../helpers/finding.js';
import { REPO, SEEDS } from '../helpers/seeds.js';

const TIMEOUT = 120_000;

/** axe-core's browser build (a devDependency); missing, the test is skipped, unless CI requires the browser tests. */
function axeSource(): string | undefined {
  try {
    return readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  } catch {
    if (process.env['LOCCHECK_REQUIRE_BROWSER'] === '1') throw new Error('axe-core is missing: run npm ci');
    return undefined;
  }
}
const AXE = hasChromium ? axeSource() : undefined;
if (hasChromium && !AXE) console.warn('axe tests skipped: axe-core is not installed (npm ci)');

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe's violations on the page as it is now, one line per rule and node, to read in a failed expectation. */
async function violations(page: Page): Promise<string[]> {
  // The page's CSP allows only its own script's hash, so axe is evaluated through the DevTools protocol instead of a
  // <script> tag (addScriptTag is refused by the CSP, as it should be).
  if ((await page.evaluate<string>('typeof axe')) === 'undefined') await page.evaluate(AXE as string);
  const { found, passed } = await page.evaluate<{ found: Violation[]; passed: string[] }>(`axe.run(document).then((r) => ({
    found: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })),
    passed: r.passes.map((p) => p.id),
  }))`);
  // axe did look: the rules that matter for this page passed (or are among the violations).
  for (const rule of ['color-contrast', 'label', 'button-name', 'document-title', 'landmark-one-main']) expect([...passed, ...found.map((v) => v.id)]).toContain(rule);
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}: ${n.failureSummary}`));
}

/** Families with and without titles, three locales, every severity, a source finding, a fix: the overview filled. */
function overview(): Report {
  const locales = ['de-DE', 'fr-FR', 'ja-JP'];
  const findings = Array.from({ length: 120 }, (_, i) =>
    finding({
      path: `${locales[i % 3]}/area/article-${i % 12}.md`,
      locale: locales[i % 3] as string,
      family: `guid-${i % 12}`,
      line: 3 + i,
      column: 1,
      ruleId: ['fact-mismatch', 'stale-link', 'source-drift', 'missing-segment'][i % 4] as string,
      category: (['fact', 'link', 'drift', 'structure'] as const)[i % 4] as Category,
      messageId: ['changed', 'older', 'behind', 'missing'][i % 4] as string,
      severity: SEVERITIES[i % 3] as Finding['severity'],
      origin: i % 9 === 0 ? 'source' : 'translation',
      message: `Finding ${i}: "8.3" became "8,3".`,
      actual: '8,3',
      expected: '8.3',
      segment: { source: 'Install update 8.3.', target: 'Installieren Sie Update 8,3.' },
    }),
  );
  const titles = Object.fromEntries(Array.from({ length: 6 }, (_, f) => [`guid-${f}`, `Article ${f}`]));
  return { ...reportOf(findings, { summary: { locales, families: 12 } }), familyTitles: titles };
}

describe.skipIf(!hasChromium || !AXE)(`HTML report accessibility, axe-core in Chromium (${CHROMIUM})`, () => {
  const session = browserSession();
  afterAll(() => session.close());

  it(
    "the seeds' report: no axe violation as opened, with every finding expanded, and filtered to nothing",
    async () => {
      const { report } = await lint({ inputs: SEEDS, cwd: REPO });
      const { page, errors } = await session.open(formatHtml(report), 'axe-seeds.html');
      expect(await violations(page)).toEqual([]);
      await page.click('#expand-all');
      expect(await violations(page)).toEqual([]);
      await page.fill('#f-path', 'no-such-file');
      await expect.poll(async () => page.locator('#count').getAttribute('data-shown')).toBe('0');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'the overview of twelve families in three locales (titles, matrix, locales behind, worst articles): no axe violation',
    async () => {
      const { page, errors } = await session.open(formatHtml(overview()), 'axe-overview.html');
      expect(await violations(page)).toEqual([]);
      await page.click('#worst button[data-sort="error"]');
      await page.click('#expand-all');
      expect(await violations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});

// The HTML report in a real Chromium from file://: no error under its CSP, working filters, inert payloads, 20k findings.
// In-page code is passed to page.evaluate as strings: the project compiles without the DOM library.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Category, Finding, Report } from '../../src/model.js';
import { SEVERITIES } from '../../src/model.js';
import { formatHtml } from '../../src/report/html.js';
import { lint } from '../../src/run.js';
import { CHROMIUM, browserSession, hasChromium, resultPath } from '../helpers/browser.js';
import { finding } from '../helpers/finding.js';
import { SEEDS } from '../helpers/seeds.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 60_000;

if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (Debian: apt-get install chromium)`);

const shown = async (page: Page): Promise<number> => Number(await page.locator('#count').getAttribute('data-shown'));
const count = (findings: readonly Finding[], keep: (f: Finding) => boolean): number => findings.filter(keep).length;

function summaryOf(findings: readonly Finding[], extra: Partial<Report['summary']> = {}): Report['summary'] {
  const by = (key: (f: Finding) => string): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const f of findings) out[key(f)] = (out[key(f)] ?? 0) + 1;
    return out;
  };
  return {
    files: new Set(findings.map((f) => f.path)).size,
    locales: [...new Set(findings.map((f) => f.locale))].sort(),
    families: new Set(findings.map((f) => f.family)).size,
    segments: findings.length,
    tables: 0,
    findings: { error: count(findings, (f) => f.severity === 'error'), warning: count(findings, (f) => f.severity === 'warning'), info: count(findings, (f) => f.severity === 'info') },
    byRule: by((f) => f.ruleId),
    byLocale: by((f) => f.locale),
    durationMs: 1,
    ...extra,
  };
}

describe.skipIf(!hasChromium)(`HTML report in Chromium (${CHROMIUM})`, () => {
  const session = browserSession();
  afterAll(() => session.close());

  it(
    'the seeds report: no error, counts, filters, side-by-side segment with marks',
    async () => {
      const { report } = await lint({ inputs: SEEDS, cwd: REPO });
      const all = report.findings;
      const { page, errors, dialogs } = await session.open(formatHtml(report), 'seeds.html');

      expect(await shown(page)).toBe(all.length);
      expect(await page.locator('#count').textContent()).toBe(`${all.length} of ${all.length} findings shown`);
      // One family, under the auto-open threshold: every finding is rendered.
      expect(await page.locator('details.family').count()).toBe(1);
      expect(await page.locator('article.finding').count()).toBe(all.length);

      // Check filter: exactly that check's findings.
      await page.selectOption('#f-rule', 'merge-conflict-marker');
      expect(await shown(page)).toBe(2);
      expect(count(all, (f) => f.ruleId === 'merge-conflict-marker')).toBe(2);
      expect(await page.locator('article.finding').count()).toBe(2);
      expect(await page.locator('#count').textContent()).toBe(`2 of ${all.length} findings shown`);
      await page.click('#f-reset');
      expect(await shown(page)).toBe(all.length);

      // Locale filter.
      await page.selectOption('#f-locale', 'pt-BR');
      const ptBR = count(all, (f) => f.locale === 'pt-BR');
      expect(ptBR).toBeGreaterThan(0);
      expect(await shown(page)).toBe(ptBR);
      expect(new Set(await page.locator('article.finding .f-head .loc').allTextContents())).toEqual(new Set(['pt-BR']));
      await page.click('#f-reset');

      // Path text filter (debounced), case-insensitive.
      await page.fill('#f-path', '001_4B8C');
      const inFile = count(all, (f) => f.path.includes('001_4b8c'));
      expect(inFile).toBeGreaterThan(0);
      await expect.poll(() => shown(page)).toBe(inFile);
      await page.fill('#f-path', 'no such path');
      await expect.poll(() => shown(page)).toBe(0);
      expect(await page.locator('#families').textContent()).toBe('No finding matches the filters.');
      await page.click('#f-reset');

      // Severity checkbox and a summary-table count that sets the check filter.
      await page.uncheck('#f-sev-error');
      expect(await shown(page)).toBe(count(all, (f) => f.severity !== 'error'));
      await page.click('#f-reset');
      await page.click('button[data-filter="rule"][data-value="fact-mismatch"]');
      expect(await page.locator('#f-rule').inputValue()).toBe('fact-mismatch');
      expect(await shown(page)).toBe(count(all, (f) => f.ruleId === 'fact-mismatch'));
      await page.click('#f-reset');

      // The 8,3 finding: target and source side by side, the differing tokens marked.
      const f83 = page.locator('article.finding', { hasText: 'The version "8.3" became "8,3"' });
      expect(await f83.count()).toBe(1);
      expect(await f83.locator('.where').textContent()).toBe('fixtures/seeds/002_793b926295e176e2.txt:54:185');
      const sides = f83.locator('.seg .side');
      expect(await sides.count()).toBe(2);
      expect(await sides.nth(0).locator('.lbl').textContent()).toBe('Translation (pt-BR)');
      expect(await sides.nth(0).locator('mark.act').allTextContents()).toEqual(['8,3']);
      expect(await sides.nth(1).locator('.lbl').textContent()).toBe('English source');
      expect(await sides.nth(1).locator('mark.exp').allTextContents()).toEqual(['8.3']);
      expect(await f83.locator('a.rule').getAttribute('href')).toBe('https://github.com/loccheck/loccheck/blob/main/docs/checks/fact-mismatch.md');
      // Two columns side by side, not stacked.
      const [left, right] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
      expect(left && right && left.x < right.x && Math.abs(left.y - right.y) < 1).toBe(true);

      // A finding with related places shows their locale, place and text.
      const withRelated = all.find((f) => f.related.some((r) => r.target !== undefined)) as Finding;
      const rel = withRelated.related.find((r) => r.target !== undefined);
      const relNode = page.locator('.rel', { hasText: `${rel?.path}:${rel?.line}` }).first();
      expect(await relNode.locator('.tag').textContent()).toBe(rel?.locale);
      expect(await relNode.locator('.txt').textContent()).toBe(rel?.target);

      // Collapse and reopen the family: rows come back.
      await page.click('#collapse-all');
      expect(await page.locator('details.family[open]').count()).toBe(0);
      await page.click('#expand-all');
      expect(await page.locator('details.family[open] article.finding').count()).toBe(all.length);

      await page.screenshot({ path: resultPath(REPO, 'html-seeds.png'), fullPage: true });
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'article strings are inert: no script runs, no markup, no javascript: link, the payloads read as text',
    async () => {
      const evil = (field: string): string =>
        `${field} <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1;alert(1)"> </script><script>window.__pwned=1</script> <style>body{display:none}</style> <!-- <svg onload=alert(1)> ]]>`;
      const related = [
        { path: evil('rel-path'), locale: evil('rel-locale'), line: 3, column: 2, message: evil('rel-message'), target: evil('rel-target') },
        { path: evil('rel-path2'), locale: 'de-DE', line: 4, message: evil('rel-message2') },
      ];
      const findings: Finding[] = [
        finding({
          path: evil('path'),
          locale: evil('locale'),
          family: evil('family'),
          line: 1,
          column: 1,
          ruleId: evil('rule'),
          category: evil('category') as Category,
          severity: 'error',
          message: evil('message'),
          actual: evil('actual'),
          expected: evil('expected'),
          segment: { source: `${evil('source')} ${evil('expected')}`, target: `${evil('target')} ${evil('actual')}` },
          related,
          docsUrl: 'javascript:alert(1)',
        }),
        finding({
          path: evil('path-b'),
          family: evil('family-b'),
          line: 2,
          column: 1,
          ruleId: 'fact-mismatch',
          severity: 'warning',
          message: evil('message-b'),
          docsUrl: 'JavaScript:window.__pwned=1',
        }),
        finding({ path: 'ok.md', line: 3, column: 1, ruleId: 'x', severity: 'info', message: 'plain', docsUrl: ' javascript:alert(1)' }),
      ];
      const report: Report = {
        reportVersion: evil('version'),
        tool: { name: 'loccheck', version: evil('tool') },
        summary: summaryOf(findings),
        findings,
        notes: [evil('note')],
      };
      const { page, errors, dialogs } = await session.open(formatHtml(report), 'inert.html');
      const pwned = (): Promise<unknown> => page.evaluate<unknown>('window.__pwned');

      expect(await pwned()).toBeUndefined();
      await page.click('#expand-all');
      await page.locator('article.finding').nth(2).waitFor();
      // Use every control once more with payload values: the payload locale from the summary table.
      await page.locator('button[data-filter="locale"]').last().click();
      expect(await page.locator('#f-locale').inputValue()).toBe(evil('locale'));
      expect(await shown(page)).toBe(1);
      await page.click('#f-reset');
      await page.click('#expand-all');
      expect(await page.locator('article.finding').count()).toBe(3);
      expect(await pwned()).toBeUndefined();
      expect(dialogs).toEqual([]);

      // Nothing from the data became markup.
      expect(
        await page.evaluate<unknown>(`({
          scripts: document.scripts.length,
          styles: document.querySelectorAll('style').length,
          imgs: document.querySelectorAll('img, svg[onload], iframe, object, embed').length,
          handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
          // Only http(s) links, and the overview's links to a filtered view of this same page (a #fragment).
          badLinks: [...document.querySelectorAll('a')].filter((a) => !/^https?:$/.test(a.protocol) && !(a.getAttribute('href') || '').startsWith('#')).length,
          bodyDisplay: getComputedStyle(document.body).display,
          comments: document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT).nextNode() ? 1 : 0,
        })`),
      ).toEqual({ scripts: 2, styles: 1, imgs: 0, handlers: 0, badLinks: 0, bodyDisplay: 'block', comments: 0 });
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

      // Every field reads as the payload text.
      const text = async (selector: string, n = 0): Promise<string> => (await page.locator(selector).nth(n).textContent()) ?? '';
      const a = page.locator('article.finding', { hasText: evil('message') });
      expect(await a.locator('.msg').textContent()).toBe(evil('message'));
      expect(await a.locator('.rule').textContent()).toBe(evil('rule'));
      expect(await a.locator('.rule').evaluate((e) => e.tagName)).toBe('SPAN');
      expect(await a.locator('.f-head .where').textContent()).toBe(`${evil('path')}:1:1`);
      expect(await a.locator('dd.exp').textContent()).toBe(evil('expected'));
      expect(await a.locator('dd.act').textContent()).toBe(evil('actual'));
      expect(await a.locator('.seg .side .txt').nth(0).textContent()).toBe(`${evil('target')} ${evil('actual')}`);
      expect(await a.locator('.seg .side .txt').nth(1).textContent()).toBe(`${evil('source')} ${evil('expected')}`);
      expect(await a.locator('mark.act').allTextContents()).toEqual([evil('actual')]);
      expect(await a.locator('mark.exp').allTextContents()).toEqual([evil('expected')]);
      expect(await a.locator('.rel .rmsg').allTextContents()).toEqual([evil('rel-message'), evil('rel-message2')]);
      expect(await a.locator('.rel .txt').allTextContents()).toEqual([evil('rel-target')]);
      expect(await a.locator('.rel .where').nth(0).textContent()).toBe(`${evil('rel-path')}:3:2`);
      expect(await a.locator('.rel .tag').nth(0).textContent()).toBe(evil('rel-locale'));
      expect((await page.locator('.fam-key').allTextContents()).sort()).toEqual([evil('family'), evil('family-b'), 'a.md'].sort());
      expect(await text('.notes li')).toBe(evil('note'));
      expect(await text('header .meta')).toContain(evil('tool'));
      expect(await page.getByText(evil('message-b'), { exact: true }).count()).toBe(1);
      expect(await page.locator('#f-locale option').allTextContents()).toContain(`${evil('locale')} (1)`);

      await page.screenshot({ path: resultPath(REPO, 'html-inert.png'), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'an empty report: no error, no filters, says so',
    async () => {
      const report: Report = { reportVersion: '1.0', tool: { name: 'loccheck', version: '0.1.0' }, summary: summaryOf([]), findings: [], notes: [] };
      const { page, errors } = await session.open(formatHtml(report), 'empty.html');
      expect(await page.locator('#no-findings').textContent()).toBe('No findings.');
      expect(await page.locator('#filters').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'scale: 20,000 findings in 3,000 families load and render fast, filters stay exact',
    async () => {
      const LOCALES = ['de-DE', 'es-ES', 'fr-FR', 'ja-JP', 'pt-BR', 'zh-CN'];
      const CHECKS: [string, Category][] = [
        ['fact-mismatch', 'fact'],
        ['stale-link', 'link'],
        ['broken-link', 'link'],
        ['missing-segment', 'structure'],
        ['source-drift', 'drift'],
      ];
      const findings: Finding[] = [];
      for (let i = 0; i < 20_000; i++) {
        const fam = i % 3_000;
        const locale = LOCALES[Math.floor(i / 3_000) % LOCALES.length] as string;
        const [ruleId, category] = CHECKS[Math.floor(i / 7) % CHECKS.length] as [string, Category];
        const v = `${(i % 97) + 1}.${i % 10}`;
        findings.push(
          finding({
            path: `${locale}/Teams/area-${fam % 40}/article-${fam}.md`,
            locale,
            family: `teams/area-${fam % 40}/article-${fam}.md`,
            line: 10 + (i % 300),
            column: 1 + (i % 80),
            ruleId,
            category,
            severity: SEVERITIES[i % 3] as Finding['severity'],
            message: `The version "${v}" became "${v.replace('.', ',')}" in the translation (finding ${i}).`,
            actual: v.replace('.', ','),
            expected: v,
            segment: {
              source: `Install update ${v} of Skype for Business Server before you move users to Microsoft Teams (step ${i}).`,
              target: `Installieren Sie Update ${v.replace('.', ',')} von Skype for Business Server, bevor Sie Benutzer verschieben (Schritt ${i}).`,
            },
            related:
              i % 4 === 0
                ? [{ path: `fr-FR/Teams/area-${fam % 40}/article-${fam}.md`, locale: 'fr-FR', line: 12, column: 3, message: 'the same segment', target: `Installez la mise à jour ${v} (étape ${i}).` }]
                : [],
            docsUrl: `https://github.com/loccheck/loccheck/blob/main/docs/checks/${ruleId}.md`,
          }),
        );
      }
      const report: Report = { reportVersion: '1.0', tool: { name: 'loccheck', version: '0.1.0' }, summary: summaryOf(findings), findings, notes: [] };
      expect(report.summary.families).toBe(3_000);
      const formatStart = performance.now();
      const html = formatHtml(report);
      const formatMs = performance.now() - formatStart;

      const started = performance.now();
      const { page, errors } = await session.open(html, 'big.html');
      await page.waitForSelector('#count[data-shown]');
      const wallMs = performance.now() - started;
      // Milliseconds since navigation start, measured by the page itself.
      const timing = await page.evaluate<{ rendered: number; load: number }>(`({
        rendered: performance.getEntriesByName('loccheck-rendered')[0]?.startTime ?? -1,
        load: performance.getEntriesByType('navigation')[0].loadEventEnd,
      })`);
      console.log(
        `20,000 findings / 3,000 families: ${(html.length / 1e6).toFixed(1)} MB HTML, formatHtml ${formatMs.toFixed(0)} ms; ` +
          `in Chromium first render at ${timing.rendered.toFixed(0)} ms, load event end ${timing.load.toFixed(0)} ms, wall (new page → count shown) ${wallMs.toFixed(0)} ms`,
      );
      expect(timing.rendered).toBeGreaterThan(0);
      expect(wallMs).toBeLessThan(5_000);

      expect(await shown(page)).toBe(20_000);
      expect(await page.locator('#count').textContent()).toBe('20,000 of 20,000 findings shown');
      // Lazy: one page of collapsed families, no finding rows yet.
      expect(await page.locator('details.family').count()).toBe(200);
      expect(await page.locator('article.finding').count()).toBe(0);
      expect(await page.locator('#page-info').textContent()).toBe('200 of 3,000 families listed');
      await page.click('#more');
      expect(await page.locator('details.family').count()).toBe(400);

      await page.selectOption('#f-locale', 'ja-JP');
      expect(await shown(page)).toBe(count(findings, (f) => f.locale === 'ja-JP'));
      await page.selectOption('#f-rule', 'stale-link');
      const jaStale = count(findings, (f) => f.locale === 'ja-JP' && f.ruleId === 'stale-link');
      expect(await shown(page)).toBe(jaStale);
      await page.click('#f-reset');
      await page.fill('#f-path', 'area-7/');
      await expect.poll(() => shown(page)).toBe(count(findings, (f) => f.path.toLowerCase().includes('area-7/')));
      await page.click('#f-reset');
      expect(await shown(page)).toBe(20_000);

      // Opening a family renders its rows on demand.
      await page.locator('details.family > summary').first().click();
      await page.locator('details.family').first().locator('article.finding').first().waitFor();
      const expandStart = performance.now();
      await page.click('#expand-all');
      await page.locator('details.family').nth(199).locator('article.finding').first().waitFor();
      console.log(`expand all (200 families, ${await page.locator('article.finding').count()} rows): ${(performance.now() - expandStart).toFixed(0)} ms`);
      await page.click('#collapse-all');
      await page.evaluate('window.scrollTo(0, 0)');

      await page.screenshot({ path: resultPath(REPO, 'html-20k.png'), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'a fixable finding says so in the detail view: a "fixable" tag and the old text and its replacement',
    async () => {
      const { report } = await lint({ inputs: SEEDS, cwd: REPO });
      const fixable = report.findings.filter((f) => f.fix);
      expect(fixable.length).toBeGreaterThan(0);
      const { page, errors } = await session.open(formatHtml(report), 'fixable.html');
      await page.click('#expand-all');
      expect(await page.locator('article.finding .tag.fixable').count()).toBe(fixable.length);
      expect(await page.locator('article.finding dl.fix').count()).toBe(fixable.length);
      const first = fixable[0] as Finding;
      const node = page.locator('article.finding', { has: page.locator('.tag.fixable') }).first();
      expect(await node.locator('dl.fix dt').textContent()).toBe(`--fix (${first.fix?.type})`);
      expect(await node.locator('dl.fix del').textContent()).toBe(first.fix?.old);
      expect(await node.locator('dl.fix ins').textContent()).toBe(first.fix?.text);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});

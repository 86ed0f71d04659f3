// The HTML report's overview in Chromium: matrix, worst articles, locales behind, filters in the URL, sorting, 390 px,
// and the speed of a filter, a sort and a shared URL on 50,000 findings.
// In-page code is passed to page.evaluate as strings: the project compiles without the DOM library.
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Category, Finding, Report } from '../../src/model.js';
import { SEVERITIES } from '../../src/model.js';
import { formatHtml } from '../../src/report/html.js';
import { lint } from '../../src/run.js';
import { CHROMIUM, RENDERED, browserSession, hasChromium, resultPath } from '../helpers/browser.js';
import { finding, reportOf } from '../helpers/finding.js';
import { REPO, SEEDS } from '../helpers/seeds.js';

const TIMEOUT = 120_000;
const shown = async (page: Page): Promise<number> => Number(await page.locator('#count').getAttribute('data-shown'));
const count = (findings: readonly Finding[], keep: (f: Finding) => boolean): number => findings.filter(keep).length;
const hashParams = async (page: Page): Promise<Record<string, string>> =>
  Object.fromEntries(new URLSearchParams(((await page.evaluate<string>('location.hash')) ?? '').slice(1)));

/** A second page on the same file with this fragment, once its script has rendered. */
async function openAt(page: Page, file: string, hash: string): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await other.goto(pathToFileURL(file).href + hash, { waitUntil: 'load' });
  await other.waitForFunction(`performance.getEntriesByName('${RENDERED}').length > 0`);
  return other;
}

const LOCALES = ['de-DE', 'es-ES', 'fr-FR', 'ja-JP', 'pt-BR', 'zh-CN'];
const CHECKS: [string, Category, string][] = [
  ['fact-mismatch', 'fact', 'changed'],
  ['stale-link', 'link', 'older'],
  ['broken-link', 'link', 'missing-file'],
  ['missing-segment', 'structure', 'missing'],
  ['source-drift', 'drift', 'behind'],
  ['missing-article', 'structure', 'missing'],
];

/** `n` findings over `families` families, six locales, six checks, a seventh from the English; some titled families. */
function synthetic(n: number, families: number): Report {
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const fam = (i * 7919) % families;
    const locale = LOCALES[i % LOCALES.length] as string;
    const [ruleId, category, messageId] = CHECKS[(i >> 2) % CHECKS.length] as [string, Category, string];
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
        messageId,
        severity: SEVERITIES[(i * 31 + fam) % 3] as Finding['severity'],
        origin: i % 7 === 0 ? 'source' : 'translation',
        message: `The version "${v}" became "${v.replace('.', ',')}" in the translation (finding ${i}).`,
        actual: v.replace('.', ','),
        expected: v,
        segment: { source: `Install update ${v} (step ${i}).`, target: `Installieren Sie Update ${v.replace('.', ',')} (Schritt ${i}).` },
      }),
    );
  }
  const titles: Record<string, string> = {};
  for (let f = 0; f < families; f += 3) titles[`teams/area-${f % 40}/article-${f}.md`] = `Article number ${f}`;
  return { ...reportOf(findings, { summary: { locales: LOCALES, families } }), familyTitles: titles };
}

if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing (Debian: apt-get install chromium)`);

describe.skipIf(!hasChromium)(`HTML overview in Chromium (${CHROMIUM})`, () => {
  const session = browserSession();
  afterAll(() => session.close());

  it(
    'the seeds: titles instead of GUIDs, a matrix whose cells filter, summary tables that follow the filters',
    async () => {
      const { report } = await lint({ inputs: SEEDS, cwd: REPO });
      const all = report.findings;
      const { page, errors } = await session.open(formatHtml(report), 'overview-seeds.html');
      // File mode: the family is an ms.assetid; the page shows the article's title above it.
      // The first file's (path order) title: seed 000, zh-CN.
      expect(report.familyTitles).toEqual({ [all[0]?.family as string]: '\u6570\u636e\u96c6\u505a\u6cd5' });
      expect(await page.locator('.fam-title').first().textContent()).toBe(report.familyTitles?.[all[0]?.family as string]);
      expect(await page.locator('#worst tbody tr').count()).toBe(1);
      expect(await page.locator('#worst tbody td.title a').textContent()).toBe(report.familyTitles?.[all[0]?.family as string]);
      expect(await page.locator('#worst tbody td.title .key').textContent()).toBe(all[0]?.family);

      // The matrix: a row per check, a column per locale; the fact-mismatch × pt-BR cell filters the detail.
      const header = await page.locator('#matrix thead th').allTextContents();
      expect(header).toEqual(['Check', ...report.summary.locales, 'Total']);
      const cell = page.locator('#matrix a[title="fact-mismatch in pt-BR: translation"]');
      const n = count(all, (f) => f.ruleId === 'fact-mismatch' && f.locale === 'pt-BR' && f.origin === 'translation');
      expect(await cell.textContent()).toBe(String(n));
      await cell.click();
      expect(await shown(page)).toBe(n);
      expect(await hashParams(page)).toEqual({ rule: 'fact-mismatch', loc: 'pt-BR', origin: 'translation' });
      expect(await page.locator('#f-rule').inputValue()).toBe('fact-mismatch');
      // The summary tables now count only those findings.
      expect(await page.locator('#t-check tr').count()).toBe(1);
      expect(await page.locator('#t-locale tr th').allTextContents()).toEqual(['pt-BR']);
      expect(await page.locator('#t-sev button[data-filter]').allTextContents()).toEqual(
        SEVERITIES.filter((s) => count(all, (f) => f.ruleId === 'fact-mismatch' && f.locale === 'pt-BR' && f.origin === 'translation' && f.severity === s) > 0).map(
          (s) => String(count(all, (f) => f.ruleId === 'fact-mismatch' && f.locale === 'pt-BR' && f.origin === 'translation' && f.severity === s)),
        ),
      );
      // Back: the previous (unfiltered) view.
      await page.goBack();
      await expect.poll(() => shown(page)).toBe(all.length);

      // Which locale is behind: source-drift per locale.
      const rows = await page.locator('#behind tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      const esBehind = count(all, (f) => f.locale === 'es-ES' && f.ruleId === 'source-drift' && f.messageId === 'behind');
      expect(rows.find((r) => r[0] === 'es-ES')?.[3]).toBe(String(esBehind));
      expect(rows.map((r) => r[0]).sort()).toEqual([...report.summary.locales].sort());
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'the URL holds the filter state: a view set by the controls opens the same in another tab, back to the defaults',
    async () => {
      const report = synthetic(3_000, 400);
      const all = report.findings;
      const { page, errors, file } = await session.open(formatHtml(report), 'overview-url.html');
      expect(await page.evaluate<string>('location.hash')).toBe('');
      await page.selectOption('#f-locale', 'ja-JP');
      await page.selectOption('#f-origin', 'source');
      await page.uncheck('#f-sev-info');
      await page.fill('#f-path', 'area-3');
      await expect.poll(() => hashParams(page)).toEqual({ loc: 'ja-JP', origin: 'source', sev: 'error,warning', q: 'area-3' });
      await page.click('#worst button[data-sort="error"]');
      await page.click('#worst button[data-sort="error"]');
      const params = await hashParams(page);
      expect(params).toEqual({ loc: 'ja-JP', origin: 'source', sev: 'error,warning', q: 'area-3', sort: 'error', dir: 'asc' });
      const keep = (f: Finding): boolean => f.locale === 'ja-JP' && f.origin === 'source' && f.severity !== 'info' && f.path.includes('area-3');
      expect(count(all, keep)).toBeGreaterThan(10);
      expect(await shown(page)).toBe(count(all, keep));
      const order = await page.locator('#worst tbody td.title a').allTextContents();
      expect(await page.locator('#share').getAttribute('href')).toBe(await page.evaluate<string>('location.hash'));

      // Restored on load, with the same order of articles.
      const other = await openAt(page, file, (await page.evaluate<string>('location.hash')) as string);
      expect(await other.locator('#f-locale').inputValue()).toBe('ja-JP');
      expect(await other.locator('#f-origin').inputValue()).toBe('source');
      expect(await other.locator('#f-sev-info').isChecked()).toBe(false);
      expect(await other.locator('#f-path').inputValue()).toBe('area-3');
      expect(await other.locator('#f-sort').inputValue()).toBe('error');
      expect(await shown(other)).toBe(count(all, keep));
      expect(await other.locator('#worst tbody td.title a').allTextContents()).toEqual(order);
      expect(await other.locator('#worst th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');

      // One article (a link of the worst-articles table) and back to everything with Reset: the address empties.
      await other.locator('#worst tbody td.title a').first().click();
      const fam = (await hashParams(other))['fam'] as string;
      expect(fam).toMatch(/^teams\//);
      expect(await shown(other)).toBe(count(all, (f) => keep(f) && f.family === fam));
      expect(await other.locator('#f-fam-chip').isVisible()).toBe(true);
      await other.click('#f-reset');
      expect(await other.evaluate<string>('location.hash')).toBe('');
      expect(await shown(other)).toBe(all.length);
      // A hand-edited address with a value the report lacks selects nothing rather than everything.
      await other.evaluate(`location.hash = '#rule=no-such-check'`);
      await expect.poll(() => shown(other)).toBe(0);
      expect(await other.locator('#f-rule').inputValue()).toBe('no-such-check');
      await other.close();
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    'at 390 px nothing overflows the viewport: wide tables scroll inside their card',
    async () => {
      const { report } = await lint({ inputs: SEEDS, cwd: REPO });
      for (const [name, r] of [['seeds', report], ['synthetic', synthetic(2_000, 300)]] as const) {
        const { page, errors } = await session.open(formatHtml(r), `phone-${name}.html`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.click('#expand-all');
        const widths = await page.evaluate<{ doc: number; body: number; wide: string[] }>(`({
          doc: document.documentElement.scrollWidth,
          body: document.body.scrollWidth,
          wide: [...document.querySelectorAll('body *')].filter((e) => {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.right <= 391) return false;
            // Inside a scrolling container is fine.
            for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return false; }
            return true;
          }).slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)),
        })`);
        expect(widths.wide).toEqual([]);
        expect(widths.doc).toBeLessThanOrEqual(390);
        await page.screenshot({ path: resultPath(REPO, `html-phone-${name}.png`) });
        expect(errors).toEqual([]);
        await page.close();
      }
    },
    TIMEOUT,
  );

  it(
    'speed: on 50,000 findings a filter, a sort and a shared URL each apply within 1 s',
    async () => {
      const report = synthetic(50_000, 8_000);
      const all = report.findings;
      const html = formatHtml(report);
      const { page, errors, file } = await session.open(html, 'overview-50k.html');
      expect(await shown(page)).toBe(50_000);
      // Each action measured in the page, from the event to the end of the synchronous re-render plus a forced layout.
      const timed = (action: string): Promise<number> =>
        page.evaluate<number>(`(() => { const t0 = performance.now(); ${action}; void document.body.offsetHeight; return performance.now() - t0; })()`);
      const filterMs = await timed(`const s = document.getElementById('f-locale'); s.value = 'ja-JP'; s.dispatchEvent(new Event('change'))`);
      expect(await shown(page)).toBe(count(all, (f) => f.locale === 'ja-JP'));
      const sortMs = await timed(`document.querySelector('#worst button[data-sort="warning"]').click()`);
      expect((await hashParams(page))['sort']).toBe('warning');
      const warnings = await page.locator('#worst tbody tr td:nth-child(4)').allTextContents();
      expect(warnings.map(Number)).toEqual([...warnings.map(Number)].sort((a, b) => b - a));
      // A shared URL pasted into the open page (hashchange) …
      const hash = '#rule=stale-link&loc=de-DE&origin=translation&sev=error,warning&sort=score';
      const hashMs = await page.evaluate<number>(`new Promise((done) => {
        const t0 = performance.now();
        window.addEventListener('hashchange', () => { void document.body.offsetHeight; done(performance.now() - t0); }, { once: true });
        location.hash = '${hash}';
      })`);
      const keep = (f: Finding): boolean => f.ruleId === 'stale-link' && f.locale === 'de-DE' && f.origin === 'translation' && f.severity !== 'info';
      expect(await shown(page)).toBe(count(all, keep));
      // … and opened in a new tab: the script's own time to apply it, and the time from navigation start.
      const other = await openAt(page, file, hash);
      const load = await other.evaluate<{ apply: number; rendered: number }>(`({
        apply: window.loccheckApplyMs,
        rendered: performance.getEntriesByName('${RENDERED}')[0].startTime,
      })`);
      expect(await shown(other)).toBe(count(all, keep));
      console.log(
        `50,000 findings / 8,000 families, ${(html.length / 1e6).toFixed(1)} MB: filter ${filterMs.toFixed(0)} ms, sort ${sortMs.toFixed(0)} ms, ` +
          `shared URL in the open page ${hashMs.toFixed(0)} ms, in a new tab: state applied and rendered in ${load.apply.toFixed(0)} ms ` +
          `(first render ${load.rendered.toFixed(0)} ms after navigation start, HTML and JSON parsing included)`,
      );
      expect(filterMs).toBeLessThan(1_000);
      expect(sortMs).toBeLessThan(1_000);
      expect(hashMs).toBeLessThan(1_000);
      expect(load.apply).toBeLessThan(1_000);
      expect(load.rendered).toBeLessThan(10_000);
      await other.screenshot({ path: resultPath(REPO, 'html-50k-shared.png') });
      await other.close();
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});

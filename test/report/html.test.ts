// HTML reporter: one inert page; every string that comes from an article is escaped.
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { escapeHtml, formatHtml } from '../../src/report/html.js';
import { finding } from '../helpers/finding.js';

const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';

const findings: Finding[] = [
  finding({
    path: 'zh-CN/a.md',
    line: 80,
    column: 67,
    ruleId: 'merge-conflict-marker',
    severity: 'error',
    message: `Merge conflict near ${SCRIPT}`,
    actual: `<<<<<<< 标头 ${ATTR}`,
  }),
  finding({
    path: `fr-FR/${ATTR}.md`,
    locale: 'fr-FR',
    line: 12,
    column: 3,
    ruleId: 'fact-mismatch',
    category: 'fact',
    severity: 'warning',
    message: `The value ${ATTR} is changed.`,
    actual: SCRIPT,
    expected: `x & y ${ATTR}`,
    related: [{ path: `en-US/${SCRIPT}.md`, locale: 'en-US', line: 11, message: `source ${ATTR}` }],
    docsUrl: 'javascript:alert(1)',
  }),
  finding({
    path: 'zh-CN/a.md',
    line: 108,
    column: 31,
    ruleId: 'merge-conflict-marker',
    severity: 'error',
    message: 'Merge conflict left in the article (lines 108–117): resolve it and remove the markers.',
  }),
];

const report: Report = {
  reportVersion: '1.0',
  tool: { name: 'loccheck', version: '9.9.9' },
  summary: {
    files: 3,
    locales: ['en-US', 'fr-FR', 'zh-CN'],
    families: 1,
    segments: 42,
    tables: 2,
    findings: { error: 2, warning: 1, info: 0 },
    byRule: { 'merge-conflict-marker': 2, 'fact-mismatch': 1 },
    byLocale: { 'zh-CN': 2, 'fr-FR': 1 },
    durationMs: 17,
  },
  findings,
  notes: [`skipped ${SCRIPT}`],
};

function elements(node: Nodes, out: Element[] = []): Element[] {
  if (node.type === 'element') out.push(node);
  if ('children' in node) for (const child of node.children) elements(child as Nodes, out);
  return out;
}
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((c) => textOf(c as Nodes)).join('') : '';
}

describe('formatHtml', () => {
  const html = formatHtml(report);
  const tree: Root = fromHtml(html);
  const all = elements(tree);

  it('escapes article strings: the payloads appear only escaped', () => {
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<script');
    expect(html).not.toContain(ATTR);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('x &amp; y');
  });

  it('parses into a page with no script, no img, no event handler attribute and no javascript: link', () => {
    expect(all.filter((e) => e.tagName === 'script' || e.tagName === 'img' || e.tagName === 'iframe')).toEqual([]);
    for (const e of all) {
      for (const name of Object.keys(e.properties)) expect(name.toLowerCase().startsWith('on'), `${e.tagName} ${name}`).toBe(false);
      const href = e.properties['href'];
      if (href !== undefined) expect(String(href)).toMatch(/^https:\/\//);
    }
    expect(all.filter((e) => e.tagName === 'a').map((e) => String(e.properties['href']))).toEqual([
      'https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md',
      'https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md',
    ]);
  });

  it('the payloads survive as text a reader can see', () => {
    const text = textOf(tree);
    expect(text).toContain(`Merge conflict near ${SCRIPT}`);
    expect(text).toContain(`actual: <<<<<<< 标头 ${ATTR}`);
    expect(text).toContain(`The value ${ATTR} is changed.`);
    expect(text).toContain(`fr-FR/${ATTR}.md`);
    expect(text).toContain(`↳ en-US/${SCRIPT}.md:11 (en-US) source ${ATTR}`);
    expect(text).toContain(`note: skipped ${SCRIPT}`);
  });

  it('has a Content-Security-Policy meta tag that forbids scripts and network', () => {
    const csp = all.filter((e) => e.tagName === 'meta' && String(e.properties['httpEquiv']).toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    const content = String(csp[0]?.properties['content']);
    expect(content).toMatch(/^default-src 'none'/);
    expect(content).not.toContain('script-src');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });

  it('shows the summary counts', () => {
    const summary = all.find((e) => e.tagName === 'div' && (e.properties['className'] as string[] | undefined)?.includes('summary'));
    expect(summary).toBeDefined();
    const spans = elements(summary as Element)
      .filter((e) => e.tagName === 'span')
      .map((e) => textOf(e));
    // Counts only: the page writes "1 families" / "1 warnings" today (no singular), which is wording, not data.
    expect(spans).toEqual([
      '3 files',
      '3 locales (en-US, fr-FR, zh-CN)',
      expect.stringMatching(/^1 famil(y|ies)$/),
      '42 segments',
      '2 errors',
      expect.stringMatching(/^1 warnings?$/),
      '0 info',
    ]);
  });

  it('one section per file, findings of a file together, each row with line:col and severity', () => {
    const sections = all.filter((e) => e.tagName === 'section');
    expect(sections.map((s) => textOf(elements(s).find((e) => e.tagName === 'h2') as Element))).toEqual(['zh-CN/a.md', `fr-FR/${ATTR}.md`]);
    const rows = (s: Element): string[] =>
      elements(s)
        .filter((e) => e.tagName === 'tr')
        .map((tr) => `${String(tr.properties['dataSeverity'])} ${textOf(elements(tr).find((e) => e.tagName === 'td') as Element)}`);
    expect(rows(sections[0] as Element)).toEqual(['error 80:67', 'error 108:31']);
    expect(rows(sections[1] as Element)).toEqual(['warning 12:3']);
  });

  it('an empty report says so', () => {
    const empty = formatHtml({ ...report, findings: [], notes: [], summary: { ...report.summary, findings: { error: 0, warning: 0, info: 0 } } });
    expect(empty).toContain('<p>No findings.</p>');
    expect(empty).toContain('<span class="error">0 errors</span>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

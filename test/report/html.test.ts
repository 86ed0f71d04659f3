// HTML reporter as a string: strict CSP over its own code, article text only as escaped JSON or escaped HTML.
import { createHash } from 'node:crypto';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { ORIGINS, SEVERITIES } from '../../src/model.js';
import { escapeHtml, formatHtml, jsonForScript } from '../../src/report/html.js';
import { conflictFinding, finding } from '../helpers/finding.js';

const SCRIPT = '<script>alert(1)</script>';
const ATTR = '"><img src=x onerror=alert(1)>';
const CLOSE = '</script><script>alert(2)</script>';
const COMMENT = '<!-- <script>';

const findings: Finding[] = [
  conflictFinding({
    message: `Merge conflict near ${SCRIPT}`,
    actual: `<<<<<<< 标头 ${ATTR}`,
    segment: { source: `policy: <<<<<<< HEAD ${CLOSE}`, target: `策略： <<<<<<< 标头 ${ATTR}` },
  }),
  finding({
    path: `fr-FR/${ATTR}.md`,
    locale: `fr-FR${ATTR}`,
    family: `b${COMMENT}.md`,
    line: 12,
    column: 3,
    ruleId: 'fact-mismatch',
    category: 'fact',
    severity: 'warning',
    message: `The value ${ATTR} is changed.\u2028Line\u2029two`,
    actual: SCRIPT,
    expected: `x & y ${ATTR}`,
    related: [
      { path: `en-US/${SCRIPT}.md`, locale: 'en-US', line: 11, message: `source ${ATTR}` },
      { path: 'de-DE/b.md', locale: 'de-DE', line: 13, column: 4, message: 'the same', target: `Wert ${CLOSE}` },
    ],
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
  finding({
    path: 'de-DE/a.md',
    locale: 'de-DE',
    line: 5,
    column: 1,
    ruleId: 'source-drift',
    category: 'drift',
    severity: 'info',
    message: '3 of 10 segments are behind the current English.',
  }),
];

const report: Report = {
  reportVersion: '1.0',
  tool: { name: 'loccheck', version: '9.9.9' },
  summary: {
    files: 3,
    locales: ['de-DE', 'en-US', `fr-FR${ATTR}`, 'zh-CN'],
    families: 2,
    segments: 42,
    tables: 2,
    findings: { error: 2, warning: 1, info: 1 },
    byRule: { 'merge-conflict-marker': 2, 'fact-mismatch': 1, 'source-drift': 1 },
    byLocale: { 'zh-CN': 2, [`fr-FR${ATTR}`]: 1, 'de-DE': 1 },
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
const classes = (e: Element): string[] => (e.properties['className'] as string[] | undefined) ?? [];
const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('base64');

/** The data block as the page reads it, unpacked back into findings (documents the packed layout). */
interface Unpacked {
  family: string;
  path: string;
  locale: string;
  ruleId: string;
  category: string;
  severity: string;
  line: number;
  column: number;
  message: string;
  actual?: string;
  expected?: string;
  segment?: { source: string; target: string };
  docsUrl: string;
  messageId: string;
  related: { path: string; locale: string; line: number; column?: number; message: string; target?: string }[];
}
function unpack(json: string): Unpacked[] {
  const data = JSON.parse(json) as { v: number; s: string[]; f: (number | number[][])[][] };
  expect(data.v).toBe(2);
  const s = (i: number): string | undefined => (i >= 0 ? data.s[i] : undefined);
  return data.f.map((row) => {
    const n = row.slice(0, 17) as number[];
    const rel = (row[17] as number[][] | undefined) ?? [];
    const [source, target] = [s(n[11] as number), s(n[12] as number)];
    return {
      family: s(n[0] as number) as string,
      path: s(n[1] as number) as string,
      locale: s(n[2] as number) as string,
      ruleId: s(n[3] as number) as string,
      category: s(n[4] as number) as string,
      severity: SEVERITIES[n[5] as number] as string,
      line: n[6] as number,
      column: n[7] as number,
      message: s(n[8] as number) as string,
      ...(s(n[9] as number) !== undefined ? { actual: s(n[9] as number) } : {}),
      ...(s(n[10] as number) !== undefined ? { expected: s(n[10] as number) } : {}),
      ...(source !== undefined && target !== undefined ? { segment: { source, target } } : {}),
      docsUrl: s(n[13] as number) as string,
      origin: ORIGINS[n[14] as number] as string,
      ...(s(n[15] as number) !== undefined ? { evidence: s(n[15] as number) } : {}),
      messageId: s(n[16] as number) as string,
      related: rel.map(([path, locale, line, column, message, tgt]) => ({
        path: s(path as number) as string,
        locale: s(locale as number) as string,
        line: line as number,
        ...(column ? { column } : {}),
        message: s(message as number) as string,
        ...(s(tgt as number) !== undefined ? { target: s(tgt as number) } : {}),
      })),
    };
  });
}
const view = (f: Finding): Unpacked => {
  const { fingerprint: _f, endLine: _e, ...rest } = f;
  return { ...rest, related: f.related.map((r) => ({ ...r })) } as Unpacked;
};

describe('formatHtml', () => {
  const html = formatHtml(report);
  const tree: Root = fromHtml(html);
  const all = elements(tree);
  const scripts = all.filter((e) => e.tagName === 'script');
  const dataScript = scripts.find((e) => e.properties['id'] === 'loccheck-data') as Element;
  const codeScript = scripts.find((e) => e !== dataScript) as Element;
  const dataRaw = /<script type="application\/json" id="loccheck-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

  it('has exactly one inline script, one JSON data block and one style element, and loads nothing', () => {
    expect(scripts).toHaveLength(2);
    expect(dataScript.properties['type']).toBe('application/json');
    expect(codeScript.properties['type']).toBeUndefined();
    expect(codeScript.properties['src']).toBeUndefined();
    expect(all.filter((e) => e.tagName === 'style')).toHaveLength(1);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(all.filter((e) => ['img', 'iframe', 'link', 'object', 'embed', 'base', 'form'].includes(e.tagName))).toEqual([]);
    expect(all.filter((e) => e.properties['src'] !== undefined)).toEqual([]);
  });

  it('has a CSP meta tag whose hashes are those of the inline style and script, and nothing else is allowed', () => {
    const csp = all.filter((e) => e.tagName === 'meta' && String(e.properties['httpEquiv']).toLowerCase() === 'content-security-policy');
    expect(csp).toHaveLength(1);
    const content = String(csp[0]?.properties['content']);
    const style = textOf(all.find((e) => e.tagName === 'style') as Element);
    const code = textOf(codeScript);
    expect(content).toBe(
      `default-src 'none'; style-src 'sha256-${sha256(style)}'; script-src 'sha256-${sha256(code)}'; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    // The same content as raw text between the tags, which is what the browser hashes.
    expect(html).toContain(`<style>${style}</style>`);
    expect(html).toContain(`<script>${code}</script>`);
    // The CSP comes before any style or script, so it covers them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // Hashes over the exact bytes: the page's own code is ASCII so the file's decoding cannot change them.
    expect(style + code).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('the data block cannot end the script element: no raw <, >, & or line separators', () => {
    expect(dataRaw.length).toBeGreaterThan(0);
    expect(dataRaw).not.toMatch(/[<>&\u2028\u2029]/);
    expect(dataRaw.toLowerCase()).not.toContain('</script');
    expect(dataRaw).not.toContain('<!--');
    expect(dataRaw).toContain('\\u003c/script\\u003e');
    expect(dataRaw).toContain('\\u2028');
    // The parsed script element holds the whole block: nothing in it closed the element early.
    expect(textOf(dataScript)).toBe(dataRaw);
  });

  it('the data block holds every finding field intact, grouped by family', () => {
    const byFamily = [...findings].sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : 0));
    expect(unpack(dataRaw)).toEqual(byFamily.map(view));
  });

  it('repeated strings are written once', () => {
    const data = JSON.parse(dataRaw) as { s: string[] };
    expect(new Set(data.s).size).toBe(data.s.length);
    expect(data.s.filter((x) => x === 'zh-CN/a.md')).toHaveLength(1);
  });

  it('escapes article strings in the server-rendered parts: the payloads appear only escaped', () => {
    const outsideData = html.replace(dataRaw, '');
    for (const p of [SCRIPT, ATTR, CLOSE, COMMENT]) expect(outsideData).not.toContain(p);
    expect(outsideData).not.toContain('<img');
    expect(outsideData).toContain('skipped &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(outsideData).toContain('fr-FR&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('no event handler attribute, no javascript: link: only http(s) URLs become links', () => {
    for (const e of all) {
      for (const name of Object.keys(e.properties)) expect(name.toLowerCase().startsWith('on'), `${e.tagName} ${name}`).toBe(false);
      const href = e.properties['href'];
      if (href !== undefined) expect(String(href)).toMatch(/^https:\/\//);
    }
    expect(html).not.toMatch(/href="javascript:/i);
    // merge-conflict-marker and source-drift link to their docs; fact-mismatch's javascript: URL stays text.
    expect(all.filter((e) => e.tagName === 'a').map((e) => String(e.properties['href']))).toEqual([
      'https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md',
      'https://github.com/loccheck/loccheck/blob/main/docs/checks/source-drift.md',
    ]);
  });

  it('notes are shown at the top, as text', () => {
    const notes = all.find((e) => e.tagName === 'section' && classes(e).includes('notes')) as Element;
    expect(textOf(notes)).toContain(`skipped ${SCRIPT}`);
    expect(html.indexOf('class="notes"')).toBeLessThan(html.indexOf('class="overview"'));
  });

  it('the header shows version, files, families, segments and totals by severity', () => {
    const header = all.find((e) => e.tagName === 'header') as Element;
    expect(textOf(header)).toContain('loccheck 9.9.9');
    const stats = elements(header)
      .filter((e) => classes(e).includes('stat'))
      .map((e) => textOf(e));
    expect(stats).toEqual(['3 files', '2 families', '42 segments', '2 errors', '1 warning', '1 info']);
  });

  it('summary tables by check (with docs links), locale and severity, each with a bar chart', () => {
    const tables = all.filter((e) => e.tagName === 'table' && classes(e).includes('tally'));
    expect(tables).toHaveLength(3);
    const rows = (t: Element): string[][] =>
      elements(t)
        .filter((e) => e.tagName === 'tr' && elements(e).some((c) => c.tagName === 'svg'))
        .map((tr) => elements(tr).filter((c) => c.tagName === 'th' || c.tagName === 'td').map((c) => textOf(c)));
    const [byCheck, byLocale, bySeverity] = tables as [Element, Element, Element];
    expect(rows(byCheck)).toEqual([
      ['merge-conflict-marker', 'conflict', '2', '0', '0', '2', ''],
      ['fact-mismatch', 'fact', '0', '1', '0', '1', ''],
      ['source-drift', 'drift', '0', '0', '1', '1', ''],
    ]);
    expect(rows(byLocale)).toEqual([
      ['zh-CN', '2', '0', '0', '2', ''],
      ['de-DE', '0', '0', '1', '1', ''],
      [`fr-FR${ATTR}`, '0', '1', '0', '1', ''],
    ]);
    expect(rows(bySeverity)).toEqual([
      ['error', '2', ''],
      ['warning', '1', ''],
      ['info', '1', ''],
    ]);
    // Bars are scaled to the largest total: merge-conflict-marker's 2 errors fill the 160-unit bar at half of 4.
    const firstBar = elements(byCheck).find((e) => e.tagName === 'svg') as Element;
    expect(elements(firstBar).filter((e) => e.tagName === 'rect').map((e) => [classes(e)[0], e.properties['width']])).toEqual([
      ['b-track', '160'],
      ['b-error', '80.00'],
    ]);
  });

  it('filters: check, category, locale, severity and path controls, hidden until the script shows them', () => {
    const bar = all.find((e) => e.properties['id'] === 'filters') as Element;
    expect(bar.properties['hidden']).toBe(true);
    const select = (id: string): string[] =>
      elements(all.find((e) => e.properties['id'] === id) as Element)
        .filter((e) => e.tagName === 'option')
        .map((o) => String(o.properties['value']));
    expect(select('f-rule')).toEqual(['', 'fact-mismatch', 'merge-conflict-marker', 'source-drift']);
    expect(select('f-category')).toEqual(['', 'conflict', 'drift', 'fact']);
    expect(select('f-locale')).toEqual(['', 'de-DE', `fr-FR${ATTR}`, 'zh-CN']);
    const boxes = elements(bar).filter((e) => e.tagName === 'input' && e.properties['type'] === 'checkbox');
    expect(boxes.map((b) => [b.properties['id'], b.properties['checked']])).toEqual([
      ['f-sev-error', true],
      ['f-sev-warning', true],
      ['f-sev-info', true],
    ]);
    expect(all.some((e) => e.properties['id'] === 'f-path')).toBe(true);
    expect(all.some((e) => e.properties['id'] === 'count')).toBe(true);
  });

  it('has a noscript fallback', () => {
    const ns = all.find((e) => e.tagName === 'noscript');
    expect(ns).toBeDefined();
    expect(html).toMatch(/<noscript><p class="noscript">The overview and the list of findings need JavaScript/);
  });

  it('family titles travel in the data block as [family, title] string indexes, escaped like every string', () => {
    const titled = formatHtml({ ...report, familyTitles: { 'a.md': `Titre ${SCRIPT}`, 'not-in-report.md': 'x' } });
    const raw = /<script type="application\/json" id="loccheck-data">([\s\S]*?)<\/script>/.exec(titled)?.[1] ?? '';
    expect(raw).not.toMatch(/[<>]/);
    const data = JSON.parse(raw) as { s: string[]; t: [number, number][] };
    // Only families of the report's findings.
    expect(data.t.map(([f, t]) => [data.s[f], data.s[t]])).toEqual([['a.md', `Titre ${SCRIPT}`]]);
  });

  it('is deterministic', () => {
    expect(formatHtml(report)).toBe(html);
  });

  it('an empty report says so and has no filters', () => {
    const empty = formatHtml({ ...report, findings: [], notes: [], summary: { ...report.summary, findings: { error: 0, warning: 0, info: 0 } } });
    expect(empty).toContain('<p class="empty" id="no-findings">No findings.</p>');
    expect(empty).toContain('<span class="stat zero"><b>0</b> errors</span>');
    expect(empty).not.toContain('id="filters"');
    expect(empty).toContain('<script type="application/json" id="loccheck-data">{"v":2,"s":[],"f":[],"t":[]}</script>');
  });
});

describe('jsonForScript', () => {
  it('escapes what could end or bend a script element, and stays the same JSON', () => {
    const value = { a: '</script><!-- & > \u2028\u2029', b: ['<'] };
    const out = jsonForScript(value);
    expect(out).toBe('{"a":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u003e \\u2028\\u2029","b":["\\u003c"]}');
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

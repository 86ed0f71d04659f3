// Markdown reporter: totals and counts, a findings table whose cells article text cannot break out of, size-capped.
import type { Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { MARKDOWN_MAX_BYTES, MARKDOWN_MAX_FINDINGS, escapeCell, formatMarkdown } from '../../src/report/markdown.js';
import { conflictFinding, finding, mangledFinding, reportOf, unclosedFinding } from '../helpers/finding.js';

const report = (findings: Finding[], notes: string[] = []): Report =>
  reportOf(findings, { notes, summary: { locales: ['de-DE', 'fr-FR', 'zh-CN'], segments: 42 } });

const conflict = conflictFinding({ actual: '<<<<<<< 标头' });
const mangled = mangledFinding({ locale: 'fr-FR' });
const unclosed = unclosedFinding({ locale: 'de-DE' });

const parse = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md);
const tables = (root: Root): Table[] => root.children.filter((c): c is Table => c.type === 'table');
/** Cell content as node types and the text a reader sees (`<br>` as a line break). */
function cell(node: RootContent): { types: string[]; text: string } {
  if (node.type !== 'tableCell') throw new Error(node.type);
  return {
    types: node.children.map((c) => c.type),
    text: node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'html' && c.value === '<br>' ? '\n' : `[${c.type}]`)).join(''),
  };
}

describe('formatMarkdown', () => {
  it('writes the heading, totals, counts per check (linked) and per locale, then the findings, errors first', () => {
    expect(formatMarkdown(report([unclosed, mangled, conflict]))).toBe(
      [
        '## loccheck report',
        '',
        '**3 findings** (1 error, 1 warning, 1 info) in 3 files, 3 locales, 1 family, 42 segments.',
        '',
        '### By check',
        '',
        '| Check | Errors | Warnings | Info |',
        '|---|---:|---:|---:|',
        '| [fact-mismatch](https://github.com/loccheck/loccheck/blob/main/docs/checks/fact-mismatch.md) | 0 | 1 | 0 |',
        '| [front-matter](https://github.com/loccheck/loccheck/blob/main/docs/checks/front-matter.md) | 0 | 0 | 1 |',
        '| [merge-conflict-marker](https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md) | 1 | 0 | 0 |',
        '',
        '### By locale',
        '',
        '| Locale | Errors | Warnings | Info |',
        '|---|---:|---:|---:|',
        '| de-DE | 0 | 0 | 1 |',
        '| fr-FR | 0 | 1 | 0 |',
        '| zh-CN | 1 | 0 | 0 |',
        '',
        '### Findings',
        '',
        '| Severity | File:line | Check | Message |',
        '|---|---|---|---|',
        '| error | zh-CN/a.md:80 | merge-conflict-marker | Merge conflict left in the article (lines 80–87): resolve it and remove the markers. (found: "&lt;&lt;&lt;&lt;&lt;&lt;&lt; 标头") |',
        '| warning | fr-FR/a.md:12 | fact-mismatch | The number 1,024 is changed in the translation. (expected: "1 024"; found: "1 042") |',
        '| info | de-DE/b.md:1 | front-matter | Front matter is never closed. |',
        '',
      ].join('\n'),
    );
  });

  it('a clean run is the heading and one line; notes are listed', () => {
    expect(formatMarkdown(report([], ['skipped *symlink* <x>', '- a', '1. b']))).toBe(
      '## loccheck report\n\nNo findings in 3 files, 3 locales, 1 family, 42 segments.\n\nNotes:\n\n- skipped \\*symlink\\* &lt;x&gt;\n- \\- a\n- 1\\. b\n',
    );
    const notes = Array.from({ length: 23 }, (_, i) => `note ${i + 1}`);
    expect(formatMarkdown(report([], notes)).split('\n').slice(-4)).toEqual(['- note 19', '- note 20', '- and 3 more notes', '']);
  });

  it('article text in a cell stays text: no HTML, code, link, image, emphasis or extra column', () => {
    const hostile = 'a | b `code` <script>alert(1)</script> [x](javascript:alert(1)) ![i](x.png) **bold** _it_ ~~s~~ $x$ &amp; \\| end\nline two\r\nthree';
    const f = finding({ path: 'zh-CN/a|b_<c>.md', locale: 'x|<y>', line: 7, column: 1, ruleId: 'front-matter', severity: 'error', message: hostile });
    const md = formatMarkdown(report([f]));
    expect(md).not.toContain('<script>');
    const [byCheck, byLocale, list] = tables(parse(md));
    expect(byLocale?.children[1]?.children.map((c) => cell(c).text)).toEqual(['x|<y>', '1', '0', '0']);
    expect(byCheck?.children).toHaveLength(2);
    const row = list?.children[1];
    expect(row?.children).toHaveLength(4);
    const [severity, where, check, message] = (row?.children ?? []).map(cell);
    expect(severity).toEqual({ types: ['text'], text: 'error' });
    expect(where).toEqual({ types: ['text'], text: 'zh-CN/a|b_<c>.md:7' });
    expect(check).toEqual({ types: ['text'], text: 'front-matter' });
    // Text and the `<br>` line breaks only (the hostile text has no bare URL: GFM would link one, see escapeCell).
    expect(message?.types).toEqual(['text', 'html', 'text', 'html', 'text']);
    expect(message?.text).toBe(hostile.replace(/\r\n/g, '\n'));
  });

  it('escapeCell escapes pipes, backticks, markup characters and HTML, and turns line breaks into <br>', () => {
    expect(escapeCell('a|b`c`<d>&e*f_g[h]~i$j!k#l\\m\nn\u0000o\tp')).toBe('a\\|b\\`c\\`&lt;d&gt;&amp;e\\*f\\_g\\[h\\]\\~i\\$j\\!k\\#l\\\\m<br>no p');
  });

  it('lists the first 50 findings and says how many were left out', () => {
    const many = Array.from({ length: 75 }, (_, i) => finding({ path: 'a.md', line: i + 1, column: 1, ruleId: 'front-matter', severity: 'warning', message: `m${i + 1}` }));
    const md = formatMarkdown(report(many));
    expect(MARKDOWN_MAX_FINDINGS).toBe(50);
    const list = tables(parse(md))[2];
    expect(list?.children).toHaveLength(51);
    expect(md.endsWith('| warning | a.md:50 | front-matter | m50 |\n\n25 more findings not listed (the list stops at 50); the JSON report has them all.\n')).toBe(true);
    expect(formatMarkdown(report(many), { maxFindings: 2 }).split('\n').slice(-5)).toEqual([
      '| warning | a.md:1 | front-matter | m1 |',
      '| warning | a.md:2 | front-matter | m2 |',
      '',
      '73 more findings not listed (the list stops at 2); the JSON report has them all.',
      '',
    ]);
  });

  it('cuts a long message cell at 300 characters', () => {
    const long = finding({ path: 'a.md', line: 1, column: 1, ruleId: 'front-matter', severity: 'info', message: '字'.repeat(400) });
    expect(formatMarkdown(report([long]))).toContain(`| ${'字'.repeat(299)}… |\n`);
  });

  it('stays within 1 MiB (GitHub step-summary limit) however many findings are listed, and says why it stopped', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      finding({ path: `zh-CN/${i}.md`, line: i + 1, column: 1, ruleId: 'source-drift', severity: 'warning', message: `${i} ${'長い文章。'.repeat(60)}` }),
    );
    const md = formatMarkdown(report(many), { maxFindings: Number.POSITIVE_INFINITY });
    const size = Buffer.byteLength(md, 'utf8');
    expect(MARKDOWN_MAX_BYTES).toBe(1_048_576);
    expect(size).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    expect(size).toBeGreaterThan(MARKDOWN_MAX_BYTES - 2000);
    const listed = md.split('\n').filter((l) => l.startsWith('| warning | zh-CN/')).length;
    expect(listed).toBeGreaterThan(1000);
    expect(listed).toBeLessThan(5000);
    expect(md.endsWith(`\n\n${(5000 - listed).toLocaleString('en-US')} more findings not listed (the summary stays under 1,048,576 bytes, GitHub's step-summary limit); the JSON report has them all.\n`)).toBe(true);
  });

  it('maxBytes is an option and is never exceeded once the head fits', () => {
    const many = Array.from({ length: 40 }, (_, i) => finding({ path: 'a.md', line: i + 1, column: 1, ruleId: 'front-matter', severity: 'error', message: 'x'.repeat(50) }));
    for (const maxBytes of [1500, 1700, 2000, 2500, 3000]) {
      const md = formatMarkdown(report(many), { maxBytes });
      expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(maxBytes);
      expect(md).toMatch(/more findings not listed \(the summary stays under [\d,]+ bytes, GitHub's step-summary limit\)/);
    }
  });
});

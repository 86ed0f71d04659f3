import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractHtml, extractHtmlFromTree, extractHtmlWellFormed, newHtmlMemo } from '../../src/parse/bilingual.js';
import { simpleMarkupText } from '../../src/parse/bilingual-halves.js';
import { LT_PLACEHOLDER, blankFencedCode, neutralizeTextLessThan } from '../../src/parse/bilingual-prepare.js';
import { fromHtml } from 'hast-util-from-html';
import { textOf } from '../../src/parse/hast-walk.js';
import { REPO, SEEDS } from '../helpers/seeds.js';

const pair = (id: string, t: string, s: string): string =>
  `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${id}">${s}</span></span>`;

describe('extractHtml', () => {
  it('reads a `<` that is not raw HTML in Markdown as text, and gives it back in the segment text', () => {
    const text = `${pair('c-1', 'De : <SIP : 71@sbc1>', 'From: <SIP: 71@sbc1>')} ${pair('c-2', '\\<Add Key="x"', '\\<Add Key="x"')} ${pair('c-3', 'a <b>gras</b> <!-- c -->', 'a <b>bold</b>')}`;
    const { pairs, problems } = extractHtml(text);
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.id, p.target, p.source])).toEqual([
      ['c-1', 'De : <SIP : 71@sbc1>', 'From: <SIP: 71@sbc1>'],
      ['c-2', '\\<Add Key="x"', '\\<Add Key="x"'],
      ['c-3', 'a gras ', 'a bold'],
    ]);
  });

  it('neutralizes only the `<` that do not start a tag, a comment or a declaration, keeping the length', () => {
    const P = LT_PLACEHOLDER;
    expect(neutralizeTextLessThan('<b>x</b> <SIP: 1> \\<i> a<3 <a href="x<y">z</a> <!-- c --> <!DOCTYPE html> <https://e.com>')).toBe(
      `<b>x</b> ${P}SIP: 1> \\${P}i> a${P}3 <a href="x<y">z</a> <!-- c --> <!DOCTYPE html> ${P}https://e.com>`,
    );
    expect(neutralizeTextLessThan('\\\\<b>')).toBe('\\\\<b>');
  });

  it('finds the pairs after an HTML sample with <script> and <title> in a fenced code block', () => {
    const text = `${pair('a-1', 'A', 'A')}\n\n\`\`\`HTML\n<title>x\n<script>var x = 1;\n\`\`\`\n\n${pair('a-2', 'B', 'B')}\n`;
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['a-1', 'a-2']);
  });

  it('finds the pairs after an unclosed <textarea> in prose', () => {
    const text = `Use <textarea> here.\n\n${pair('b-1', 'T', 'S')}\n`;
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['b-1']);
  });

  it('keeps offsets: the blanked text has the same length and line breaks', () => {
    const text = 'a\n```xml\n<unattend>\n```\nb\n';
    const blank = blankFencedCode(text);
    expect(blank.length).toBe(text.length);
    expect(blank.split('\n').length).toBe(text.split('\n').length);
    expect(blank).not.toContain('<unattend>');
  });

  it('does not take fences inside an HTML comment for code blocks', () => {
    const text = `<!--\n\`\`\`PowerShell\nSet-X\n\`\`\`  -->\n\n${pair('c-1', 'T', 'S')}\n`;
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['c-1']);
  });
});

describe('extractHtml fast path (pairs lifted out by the tokenizer) equals the whole-tree reading', () => {
  it.each(SEEDS)('%s', (seed) => {
    const text = readFileSync(path.join(REPO, seed), 'utf8');
    expect(extractHtml(text)).toEqual(extractHtmlFromTree(text));
  });

  it('takes the fast path on the well-formed seeds', () => {
    const taken = SEEDS.filter((seed) => extractHtmlWellFormed(readFileSync(path.join(REPO, seed), 'utf8')) !== undefined);
    expect(taken.length).toBeGreaterThanOrEqual(3);
  });

  it('on entities, CRLF, markup inside halves, HTML tables, links around pairs and a pair inside a comment', () => {
    const text = [
      '# <a name="top"></a>Title',
      '',
      `${pair('x-1', 'Cliquez sur &quot;OK&quot; &amp; fermez', 'Click &quot;OK&quot; &amp; close')}\r\n`,
      `<a href="https://e.com/a">${pair('x-2', 'lien', 'link')}</a>`,
      `<table><tr><th>${pair('x-3', 'Nom', 'Name')}</th></tr><tr><td id="cell">${pair('x-4', 'A<br/>B <a name="in-half"></a>', 'A<br/>B')}</td></tr></table>`,
      `<span data-ttu-id="x-5">T</span>\u00a0<span class="sxs-lookup"><span data-stu-id="x-5">S</span></span>`,
      '<!-- a comment -->',
      `<img src="media/a.png"/> \\<Pool FQDN\\>`,
    ].join('\n');
    const fast = extractHtmlWellFormed(text);
    expect(fast).toEqual(extractHtmlFromTree(text));
    if (!fast) return;
    expect(fast.pairs.map((p) => [p.id, p.target, p.inHtmlCell])).toEqual([
      ['x-1', 'Cliquez sur "OK" & fermez', false],
      ['x-2', 'lien', false],
      ['x-3', 'Nom', true],
      ['x-4', 'A B ', true],
      ['x-5', 'T', false],
    ]);
    expect(fast.anchors.map((a) => a.id)).toEqual(['top', 'cell', 'in-half']);
    expect(fast.links.map((l) => l.url)).toEqual(['https://e.com/a', 'media/a.png']);
    expect(fast.tables).toHaveLength(1);
  });

  it('reads the HTML around the pairs once per family: a second locale reuses it at its own offsets', () => {
    const body = (t: string): string =>
      `<div id="main">\n\n<a href="a.md">${pair('m-1', t, 'Name <img src="n.png"/>')}</a>\n\n<table><tr><td>${pair('m-2', t, 'Value')}</td></tr></table>\n</div>\n`;
    const de = `---\ntitle: Name\nms.contentlocale: de-DE\n---\n${body('Der Name')}`;
    const ja = `---\ntitle: 名前 の 長い タイトル\nms.contentlocale: ja-JP\n---\n${body('名前')}`;
    const memo = newHtmlMemo();
    const shared = [extractHtml(de, memo), extractHtml(ja, memo)];
    expect([memo.rest.size, memo.halves.size]).toEqual([1, 1]);
    expect(shared).toEqual([extractHtmlFromTree(de), extractHtmlFromTree(ja)]);
    expect(shared[1]?.anchors).toEqual([{ id: 'main', offset: ja.indexOf('<div id="main">') }]);
    expect(shared[1]?.links).toEqual([
      { url: 'a.md', offset: ja.indexOf('<a href'), image: false },
      { url: 'n.png', offset: ja.indexOf('<img'), image: true },
    ]);
    expect(shared[1]?.pairs.map((p) => p.inHtmlCell)).toEqual([false, true]);
  });

  it('leaves a pair inside an HTML comment to the tree reading, which does not take it for a pair', () => {
    const text = `${pair('z-1', 'A', 'A')}\n<!-- ${pair('z-2', 'masqué', 'hidden')} -->\n`;
    expect(extractHtmlWellFormed(text)).toBeUndefined();
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['z-1']);
  });

  it('falls back to the tree on a broken pair and still reports it', () => {
    const text = `${pair('y-1', 'A', 'A')}\n<span data-ttu-id="y-2">B</span>\n`;
    expect(extractHtmlWellFormed(text)).toBeUndefined();
    expect(extractHtml(text).problems.map((p) => p.key)).toEqual(['no-source:y-2']);
    expect(extractHtml(text)).toEqual(extractHtmlFromTree(text));
  });
});

describe('halves as Markdown reads them (references to link syntax kept)', () => {
  const half = (t: string, s: string): string =>
    `<span data-ttu-id="a">${t}</span><span class="sxs-lookup"><span data-stu-id="a">${s}</span></span>`;
  const title = '![Вкладка "Критерии"](./media/c.png "Вкладка &quot;Критерии&quot;")';

  it('keeps a title’s &quot; as a reference in the Markdown reading, decoded in the text, on both paths', () => {
    for (const read of [extractHtml, extractHtmlFromTree]) {
      const [p] = read(half(title, '![Criteria tab](./media/c.png "Criteria tab")')).pairs;
      expect(p?.target).toBe('![Вкладка "Критерии"](./media/c.png "Вкладка "Критерии"")');
      expect(p?.targetMarkdown).toBe('![Вкладка "Критерии"](./media/c.png "Вкладка &#34;Критерии&#34;")');
      expect(p?.sourceMarkdown).toBeUndefined();
    }
  });

  it('with inline formatting too; none without a `](` or without such a reference', () => {
    const [p] = extractHtml(half(`<b>Tab</b> ${title}`, 'See &quot;Tab&quot; and [A](a.md)')).pairs;
    expect(p?.targetMarkdown).toBe('Tab ![Вкладка "Критерии"](./media/c.png "Вкладка &#34;Критерии&#34;")');
    expect(p?.sourceMarkdown).toBe('See &#34;Tab&#34; and [A](a.md)');
    const [q] = extractHtml(half('Onglet &quot;A&quot;', '[A](a.md) &amp; B')).pairs;
    expect(q?.targetMarkdown).toBeUndefined();
    expect(q?.sourceMarkdown).toBeUndefined();
  });
});

describe('simpleMarkupText (halves with inline formatting only, read without the HTML parser)', () => {
  const parsed = (html: string): string => textOf(fromHtml(html, { fragment: true }));
  it.each([
    ['Select <strong>Save</strong>.', 'Select Save.'],
    ['x<sup>2</sup> &amp; <EM>y</EM>', 'x2 & y'],
    ['a<br>b<br/>c<BR />d', 'a b c d'],
    // Misnested: the parser clones elements, the text keeps its order.
    ['<b>one<i>two</b>three</i>', 'onetwothree'],
    // A reference ends at a tag: `&am` + `p;` is not `&amp;`.
    ['&am<b>p;</b> &copy<i>x</i>', '&amp; ©x'],
    ['line\r\nnext <code>a\rb</code>', 'line\nnext a\nb'],
    ['</strong>stray <u>end</u>', 'stray end'],
  ])('%j reads as the parser reads it', (html, text) => {
    expect(simpleMarkupText(html)).toBe(text);
    expect(parsed(html)).toBe(text);
  });
  it.each([
    // The parser drops `</br>` in a fragment: left to it.
    'a</br>b',
    '<strong class="x">Save</strong>',
    '<a href="https://example.com">x</a>',
    '<a name="top"></a>Top',
    '<img src="x.png"> x',
    'nul\0here <b>x</b>',
    '<table><tr><td>x</td></tr></table>',
  ])('%j is left to the HTML parser', (html) => {
    expect(simpleMarkupText(html)).toBeUndefined();
  });
});

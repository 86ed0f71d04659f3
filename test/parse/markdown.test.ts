import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultParseOptions, newParseMemo, parseArticle } from '../../src/parse/article.js';
import { imageAltRegions, inlineLinksOf, parseMarkdown, structureOf } from '../../src/parse/markdown.js';
import { structureFromTree } from '../support/markdown-tree.js';
import { lineKeepingStandIn, maskRegions } from '../../src/parse/mask.js';
import { REPO, SEEDS } from '../helpers/seeds.js';

// Markdown that exercises every span the event reading derives by itself rather than copying from a token.
const EDGE_CASES: Record<string, string> = {
  'list items end before their trailing blank lines': '- a\n\n  b\n\n- c\n  - d\n\n    e\n\n\n- f\n\npara\n',
  'ordered and nested lists in a blockquote': '> 1. a\n>    - b\n>\n> 2. c\n\nafter\n',
  'lazy continuation and an empty item': '- a\nlazy\n-\n- b\n',
  'setext headings, with a hard break and a strikethrough across lines': 'Title *one*\nand `two`\n===\n\nSub\\\nline ~~x\ny~~ z\n---\n',
  'atx headings with references, escapes, images, html and autolinks': '# A &amp; B \\* [l](u) ![alt](i.png) <b>x</b> <https://e.com> www.x.org[^1]\n\n[^1]: note\n',
  'fenced code in a list, with tabs and an info string': '1. step\n\n   ```power\\&shell extra\n   \tGet-Item\n\n     x\n   ```\n',
  'indented code with blank lines': 'p\n\n    a\n\n    b\n\n\nq\n',
  'links, images, references, definitions, autolinks': '[a](<b c> "t") ![i](s\\)x) [r][d] [d] <mailto:x@y.z> x@y.org https://e.com/p?q=1. [e]()\n\n[d]: https://d.example/&amp;x\n',
  'tables with inline content': '| a | b |\n|---|:-:|\n| [x](y) | `c\\|d` |\n| e |\n',
  'html blocks and inline html': '<div>\n\n*x*\n\n</div>\n\ntext <span>y</span>\n',
  'front matter and CRLF': '---\r\ntitle: x\r\n---\r\n# H\r\n\r\n- a\r\n- b\r\n',
};

describe('the Markdown structure read from micromark events', () => {
  it.each(Object.entries(EDGE_CASES))('equals the mdast reading: %s', (_name, text) => {
    expect(structureOf(text, false)).toEqual(structureFromTree(text, false));
    expect(structureOf(text, true)).toEqual(structureFromTree(text, true));
  });

  it.each(SEEDS)('equals the mdast reading on the whole seed %s', (seed) => {
    const text = readFileSync(path.join(REPO, seed), 'utf8');
    expect(structureOf(text, false)).toEqual(structureFromTree(text, false));
  });

  it('gives list items, headings, code and links their exact spans and values', () => {
    const text = '# A &amp; B\n\n- one\n\n- [two](x\\_y.md)\n\n```ps\nGet-Item\n```\n';
    const md = structureOf(text, false);
    expect(md.headings).toEqual([{ depth: 1, start: 0, end: 11, text: 'A & B' }]);
    expect(md.intervals.filter((i) => i.kind === 'listItem').map((i) => text.slice(i.start, i.end))).toEqual(['- one', '- [two](x\\_y.md)']);
    expect(md.links).toEqual([{ url: 'x_y.md', offset: 22, end: 36, kind: 'link' }]);
    expect(md.code).toEqual([{ lang: 'ps', value: 'Get-Item', start: 38, end: 56 }]);
  });
});

describe('inline links in segment texts', () => {
  it('reads links, images and literal autolinks, not references or link-like text', () => {
    expect(
      inlineLinksOf([
        'See [the guide](guide.md#top) and ![icon](img/i.png "t").',
        'Go to https://example.com/a or www.contoso.com, mail [me](mailto:a@b.c).',
        '[not a link] [ref][x] \\[escaped](no) `[code](no)`',
        'Escaped destination [x](a\\)b&amp;c).',
      ]),
    ).toEqual([
      [
        { url: 'guide.md#top', kind: 'link' },
        { url: 'img/i.png', kind: 'image' },
      ],
      [
        { url: 'https://example.com/a', kind: 'link', autolink: true },
        { url: 'http://www.contoso.com', kind: 'link', autolink: true },
        { url: 'mailto:a@b.c', kind: 'link' },
      ],
      [],
      [{ url: 'a)b&c', kind: 'link' }],
    ]);
  });

  it('reads what comes before the first bracket when it can change the reading (read from the bracket otherwise)', () => {
    expect(
      inlineLinksOf([
        'Plain words first, then [a](a.md) and ![b](b.png).',
        'An image right at the bracket: ![i](i.png)',
        'A code span `opens [x](no) here` then [y](y.md)',
        'Raw <b title="[z](no)">HTML</b> then [w](w.md)',
        'An escape \\[v](no) and [u](u.md)',
        'Mail me@contoso.com or see https://contoso.com then [t](t.md)',
      ]),
    ).toEqual([
      [
        { url: 'a.md', kind: 'link' },
        { url: 'b.png', kind: 'image' },
      ],
      [{ url: 'i.png', kind: 'image' }],
      [{ url: 'y.md', kind: 'link' }],
      [{ url: 'w.md', kind: 'link' }],
      [{ url: 'u.md', kind: 'link' }],
      [
        { url: 'mailto:me@contoso.com', kind: 'link', autolink: true },
        { url: 'https://contoso.com', kind: 'link', autolink: true },
        { url: 't.md', kind: 'link' },
      ],
    ]);
  });

  it('finds literal autolinks by each of their cues (@, :, www.), before or after the first bracket', () => {
    expect(
      inlineLinksOf(['[t](t.md) then www.contoso.com', '[t](t.md) or me@contoso.com', '[t](t.md) at https://contoso.com/x', 'WWW.CONTOSO.COM and [t](t.md)']),
    ).toEqual([
      [
        { url: 't.md', kind: 'link' },
        { url: 'http://www.contoso.com', kind: 'link', autolink: true },
      ],
      [
        { url: 't.md', kind: 'link' },
        { url: 'mailto:me@contoso.com', kind: 'link', autolink: true },
      ],
      [
        { url: 't.md', kind: 'link' },
        { url: 'https://contoso.com/x', kind: 'link', autolink: true },
      ],
      [
        { url: 'http://WWW.CONTOSO.COM', kind: 'link', autolink: true },
        { url: 't.md', kind: 'link' },
      ],
    ]);
  });

  it('reads a link text with balanced brackets as one link, a bracketed label without a resource as none', () => {
    expect(inlineLinksOf(['[[別の国または地域を検索]](country.md)', '![[機能の選択] ページ](media/a.png)', '[ファイル] をクリックし、[[保存]] を選択します。'])).toEqual([
      [{ url: 'country.md', kind: 'link' }],
      [{ url: 'media/a.png', kind: 'image' }],
      [],
    ]);
  });

  it('keeps each text apart: a bracket in one text never pairs with a destination in the next', () => {
    expect(inlineLinksOf(['text [open', '](url) close'])).toEqual([[], []]);
  });
});

describe('one structure parse per family', () => {
  const pair = (id: string, t: string, s: string): string =>
    `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${id}">${s}</span></span>`;
  const article = (locale: string, joiner: string): string =>
    `---\nms.contentlocale: ${locale}\n---\n# ${pair('h-1', 'Titel', 'Title')}\n\n- ${pair('l-1', 'Eins.', 'One.')}${joiner}${pair('l-2', 'Zwei.', 'Two.')}\n\n| a |\n|---|\n| ${pair('t-1', 'Zelle', 'Cell')} |\n`;

  it('shares the parse between locales that only group their sentences differently, with the same contexts', () => {
    const memo = newParseMemo();
    const input = (locale: string, text: string) => ({ bytes: Buffer.from(text), path: `${locale}/a.md`, relPath: 'a.md', root: 0, locale });
    const de = parseArticle(input('de-DE', article('de-DE', ' ')), { ...defaultParseOptions, memo });
    const ja = parseArticle(input('ja-JP', article('ja-JP', '')), { ...defaultParseOptions, memo });
    expect(memo.structure.size).toBe(1);
    const alone = parseArticle(input('ja-JP', article('ja-JP', '')));
    for (const parsed of [de, ja]) expect(parsed.article.segments.map((s) => s.context)).toEqual(['heading', 'list-item', 'list-item', 'table-cell']);
    expect(ja.article).toEqual(alone.article);
  });
});

describe('the parse context made once per syntax', () => {
  it('forgets one text\'s definitions before the next', () => {
    const withDefinition = structureOf('[p]: plan.md\n\nSee [the plan][p].\n', true);
    // The reference resolves: a link span over `[the plan][p]`.
    expect(withDefinition.intervals.filter((i) => i.kind === 'link')).toHaveLength(1);
    // The same reference in the next text, without a definition, is plain text, as in a fresh parse.
    const alone = structureOf('See [the plan][p].\n', true);
    expect(alone.intervals.filter((i) => i.kind === 'link')).toEqual([]);
    expect(alone).toEqual(structureFromTree('See [the plan][p].\n', true));
  });
});

describe('image alt texts masked like the pairs', () => {
  /** The structure parsed with every plain alt text masked, in the text's offsets (undefined when one is refused). */
  const maskedReading = (text: string) => {
    const alts = imageAltRegions(text, 0, []);
    const masked = maskRegions(text, alts, lineKeepingStandIn);
    return { alts, md: parseMarkdown(masked.text, masked.toOriginal, { imageLabelsAt: masked.regionStarts }) };
  };

  it('picks plain alt texts only: none with inline syntax, a line break, a literal autolink, or inside a pair', () => {
    const plain = 'a ![Captura de pantalla (1)](a.png) b ![図 2. 構成](b.png) c ![x](c.png)';
    expect(imageAltRegions(plain, 0, []).map((r) => plain.slice(r.start, r.end))).toEqual(['Captura de pantalla (1)', '図 2. 構成']);
    for (const alt of ['a*b', 'a_b', 'a`b', 'a<b', 'a&amp;b', 'a~b', 'a|b', 'a\\b', 'a[b', 'see www.contoso.com', 'https x:y', 'me@contoso.com', 'a!b']) {
      expect(imageAltRegions(`![${alt}](x.png)`, 0, []), alt).toEqual([]);
    }
    expect(imageAltRegions('![one\ntwo](x.png) ![Bild](y.png)', 0, [])).toEqual([{ start: 20, end: 24 }]);
    // Inside a region excluded (a pair), or before the body: not picked.
    expect(imageAltRegions('<span>![Bild](x.png)</span> ![Bild](y.png)', 0, [{ start: 0, end: 27 }])).toEqual([{ start: 30, end: 34 }]);
    expect(imageAltRegions('![Bild](x.png) ![Bild](y.png)', 1, [])).toEqual([{ start: 17, end: 21 }]);
  });

  const images: Record<string, string> = {
    'in running text': 'See ![Captura de pantalla del centro](media/a.png) here, then ![Zweites Bild](b.png "Titel").\n',
    'in a heading (not part of its text)': '# Titel ![Ein Symbol](i.png) und mehr\n\nText\n',
    'in a table cell': '| a | b |\n|---|---|\n| ![Ein Symbol, das einen Entscheidungspunkt darstellt](x.png) <br/>x | y |\n',
    'in list items and a blockquote': '- eins ![Bild eins](x.png)\n  ![Bild zwei](y.png)\n\n> ![Bild drei](z.png)\n',
    'inside a link': '[![Logo der Firma](x.png)](https://example.com) [text ![Bild](y.png)](z.md)\n',
  };
  it.each(Object.entries(images))('gives the structure of the unmasked text: %s', (_name, text) => {
    const { alts, md } = maskedReading(text);
    expect(alts.length).toBeGreaterThan(0);
    expect(md).toEqual(structureOf(text, false));
  });

  const notImages: Record<string, string> = {
    'in fenced code': '```md\n![Bild im Code](x.png)\n```\n',
    'in indented code': 'Text\n\n    ![Bild eingerückt](x.png)\n',
    'in inline code': 'Schreiben Sie `![Bild im Code](x.png)` für ein Bild.\n',
    'in an HTML block': '<div>\n![Bild in HTML](x.png)\n</div>\n',
    // Masked, the resource fails and `![x]` would be an image by reference to `[x]`; unmasked, nothing is.
    'an image by reference once masked': '[x]: /defined\n\n![Bild kaputt](x.png "offen\n\nText\n',
  };
  it.each(Object.entries(notImages))('is refused where the alt text is not an image label: %s', (_name, text) => {
    const { alts, md } = maskedReading(text);
    expect(alts.length).toBe(1);
    expect(md).toBeUndefined();
  });

  it('lets the locales of a family share one parse when only their alt texts differ', () => {
    const article = (alt: string, target: string) =>
      `---\nms.assetid: a\n---\n# Titel\n\n<span data-ttu-id="a-1">${target}</span><span class="sxs-lookup"><span data-stu-id="a-1">Open the center.</span></span>\n\n![${alt}](media/a.png)\n`;
    const memo = newParseMemo();
    const de = parseArticle({ path: 'de-DE/a.md', relPath: 'a.md', root: 0, bytes: Buffer.from(article('Screenshot des Centers', 'Öffnen Sie das Center.')) }, { ...defaultParseOptions, memo });
    const fr = parseArticle({ path: 'fr-FR/a.md', relPath: 'a.md', root: 0, bytes: Buffer.from(article('Capture d’écran du centre', 'Ouvrez le centre.')) }, { ...defaultParseOptions, memo });
    expect(memo.structure.size).toBe(1);
    expect(de.article.links.map((l) => [l.url, l.kind, l.line])).toEqual([['media/a.png', 'image', 8]]);
    expect(fr.article.links.map((l) => [l.url, l.kind, l.line])).toEqual([['media/a.png', 'image', 8]]);
  });
});

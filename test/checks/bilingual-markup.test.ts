import { describe, expect, it } from 'vitest';
import { bilingualMarkup } from '../../src/checks/bilingual-markup.js';
import type { Segment } from '../../src/model.js';
import { parseArticle } from '../../src/parse/article.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

// Inputs shared by the table-driven cases and by the parse assertions below (a valid case with no pair found
// would pass the tester trivially, so the second block proves the pairs were read).
const HEADINGS = `${fm('fr-FR')}# ${pair('a-1', 'Titre', 'Title')}\n\n## <a name="sub"></a>${pair('a-2', 'Sous-titre', 'Subtitle')}\n`;
const GFM_TABLE =
  `|${pair('e2ef3-p104', '**Type de données**', '**Data type**')}|${pair('e2ef3-p105', '**Exemple**', '**Example**')}|\n` +
  '|:-----|:-----|\n' +
  `|${pair('e2ef3-106', 'Version du système', 'OSVersion')}  <br/> |${pair('e2ef3-107', '8,3', '8.3')}  <br/> |\n`;
const HTML_TABLE =
  `<table>\n<tr><th>${pair('h-1', 'Nom', 'Name')}</th><th>${pair('h-2', 'Exemple', 'Example')}</th></tr>\n` +
  `<tr><td>${pair('h-3', 'Clé', 'Key')}</td><td>${pair('h-4', '1,5', '1.5')}</td></tr>\n</table>\n`;
const LINK_TEXTS = `[${pair('k-1', 'Texte', 'Text')}](https://example.com/a)\n\nVoir [${pair('k-2', 'ceci', 'this')}](b.md).\n`;
const STRADDLE =
  '<span data-ttu-id="s-1">Première\nligne</span><span class="sxs-lookup"><span data-stu-id="s-1">First\nline</span></span>\n\n' +
  '<span data-ttu-id="s-2">Texte</span>\n  <span class="sxs-lookup"><span data-stu-id="s-2">Text</span></span>\n';
const ENTITIES = `${pair('n-1', 'A &amp; B &lt;tag&gt; &quot;q&quot; &#39;s&#39;&nbsp;x', 'A &amp; B &lt;tag&gt; &#x27;s&#x27;')}\n`;
const BLOCKS = `- ${pair('l-1', 'Un', 'One')}\n\n> ${pair('q-1', 'Cité', 'Quoted')}\n\n**${pair('b-1', 'Gras', 'Bold')}**\n`;

/** The documentation's example: one finding of each kind, in line order. */
const DOC_EXAMPLE =
  '# T\n\n' +
  '<span data-ttu-id="u-1">Hallo <span data-ttu-id="u-2">Welt</span><span class="sxs-lookup"><span data-stu-id="u-2">World</span></span>\n\n' +
  '<span data-ttu-id="a-1">你好</span>\n\n' +
  '<span data-ttu-id="a-2">x</span><span class="sxs-lookup"><span data-stu-id="a-3">y</span></span>\n\n' +
  '<span class="sxs-lookup"><span data-stu-id="m-1">Only source</span></span>\n';

testCheck(bilingualMarkup, {
  valid: [
    { name: 'inline markup balanced across pairs (<em> opened in one pair, closed in the next; a lone </div>)', files: {
      'ja-JP/a.md': '<span data-ttu-id="e-1"><em>強調</span><span class="sxs-lookup"><span data-stu-id="e-1"><em>Stress</span></span> <span data-ttu-id="e-2">終わり</em></span><span class="sxs-lookup"><span data-stu-id="e-2">end</em></span></span>\n\n<span data-ttu-id="e-3"></div></span><span class="sxs-lookup"><span data-stu-id="e-3"></div></span></span>\n',
    } },
    { name: 'a `<` that Markdown prints as text is not a tag: <SIP : 7168…>, an escaped \\<Add, "<Value noted…" in code', files: {
      'fr-FR/a.md': `${pair('s-1', 'De : <SIP : 7168712781@sbc1.example.com>', 'From: <SIP: 7168712781@sbc1.example.com>')}\n\n` +
        `${pair('s-2', 'Ajoutez **\\<Add Key="SecureConnectionLevel"** ici', 'Add **\\<Add Key="SecureConnectionLevel"** here')}\n\n` +
        `1. ${pair('s-3', 'Exécutez :', 'Run:')}\n\n        ${pair('s-4', 'Set-X "<Valeur notée', 'Set-X "<Value noted')}\n\n${pair('s-5', 'Fin', 'End')}\n`,
    } },
    { name: 'pairs in ATX headings, one after an explicit anchor', files: { 'fr-FR/a.md': HEADINGS } },
    { name: 'pairs in GFM table cells with p-ids (e2ef3-p104) and trailing <br/>', files: { 'fr-FR/a.md': GFM_TABLE } },
    { name: 'pairs in raw HTML table cells', files: { 'fr-FR/a.md': HTML_TABLE } },
    { name: 'pairs as link texts', files: { 'fr-FR/a.md': LINK_TEXTS } },
    { name: 'a pair whose texts straddle lines, and halves split by a line break and indentation', files: { 'fr-FR/a.md': STRADDLE } },
    { name: 'entities in both halves', files: { 'fr-FR/a.md': ENTITIES } },
    { name: 'pairs in a list item, a blockquote and bold text', files: { 'fr-FR/a.md': BLOCKS } },
    {
      name: 'an unpaired span inside the front matter is not checked',
      files: { 'fr-FR/a.md': '---\ndescription: <span data-ttu-id="z-1">orphan</span>\n---\n# T\n' },
    },
    { name: 'no bilingual markup at all', files: { 'zh-CN/a.md': `${fm('zh-CN')}# 标题\n\n文本\n` } },
  ],
  invalid: [
    {
      name: 'the documented example: one of each kind, in line order',
      files: { 'de-DE/example.md': DOC_EXAMPLE },
      errors: [
        { messageId: 'unclosed-span', path: 'de-DE/example.md', line: 3, column: 1, severity: 'error' },
        { messageId: 'missing-source', path: 'de-DE/example.md', line: 5, column: 1, severity: 'error' },
        { messageId: 'id-mismatch', path: 'de-DE/example.md', line: 7, column: 1, severity: 'error' },
        { messageId: 'missing-target', path: 'de-DE/example.md', line: 9, column: 1, severity: 'error' },
      ],
    },
    {
      name: 'an unclosed translation span that swallows the next pair',
      files: {
        'fr-FR/a.md': `${fm('fr-FR')}\n<span data-ttu-id="u-1">Bonjour, ${pair('u-2', 'monde', 'world')}\n\n${pair('u-3', 'Fin', 'End')}\n`,
      },
      errors: [{ messageId: 'unclosed-span', path: 'fr-FR/a.md', line: 6, column: 1 }],
    },
    {
      // The usual damage: the `</span>` after the translation is lost, so the span swallows its own source.
      // One defect, one finding: the swallowed sxs-lookup does have a translation before it.
      name: 'a translation span missing its </span>: one unclosed-span, not also a missing-target',
      files: {
        'fr-FR/a.md': `Intro\n\n<span data-ttu-id="u-1">Texte<span class="sxs-lookup"><span data-stu-id="u-1">Text</span></span>\n\n${pair('u-2', 'Deux', 'Two')}\n`,
      },
      errors: [{ messageId: 'unclosed-span', path: 'fr-FR/a.md', line: 3, column: 1 }],
    },
    {
      name: 'an unclosed source half, reported at its data-stu-id span',
      files: {
        'fr-FR/a.md': `<span data-ttu-id="u-1">Texte</span><span class="sxs-lookup"><span data-stu-id="u-1">Text</span>\n\n${pair('u-2', 'Deux', 'Two')}\n`,
      },
      errors: [{ messageId: 'unclosed-span', path: 'fr-FR/a.md', line: 1, column: 62 }],
    },
    {
      name: 'a data-ttu-id span with nothing after it',
      files: { 'fr-FR/a.md': `Intro\n\n<span data-ttu-id="m-1">Texte</span> suivi\n\n${pair('m-2', 'Deux', 'Two')}\n` },
      errors: [{ messageId: 'missing-source', path: 'fr-FR/a.md', line: 3, column: 1 }],
    },
    {
      name: 'a data-ttu-id span followed by a span that is not sxs-lookup',
      files: { 'fr-FR/a.md': '# T\n\nSee <span data-ttu-id="g-2">Texte</span><span class="note">Text</span>\n' },
      errors: [{ messageId: 'missing-source', path: 'fr-FR/a.md', line: 3, column: 5 }],
    },
    {
      name: 'text between the halves: the translation has no source and the source no translation',
      files: { 'fr-FR/a.md': '<span data-ttu-id="g-1">Texte</span> et <span class="sxs-lookup"><span data-stu-id="g-1">Text</span></span>\n' },
      errors: [
        { messageId: 'missing-source', path: 'fr-FR/a.md', line: 1, column: 1 },
        { messageId: 'missing-target', path: 'fr-FR/a.md', line: 1, column: 41 },
      ],
    },
    {
      name: 'an indented sxs-lookup with no translation before it',
      files: { 'fr-FR/a.md': 'Intro\n\n  <span class="sxs-lookup"><span data-stu-id="t-1">Text</span></span>\n' },
      errors: [{ messageId: 'missing-target', path: 'fr-FR/a.md', line: 3, column: 3 }],
    },
    {
      name: 'ids that disagree, after a good pair on the same line',
      files: {
        'fr-FR/a.md': `${fm('fr-FR')}\n${pair('x-1', 'a', 'b')} <span data-ttu-id="x-2">Texte</span><span class="sxs-lookup"><span data-stu-id="x-3">Text</span></span>\n`,
      },
      errors: [{ messageId: 'id-mismatch', path: 'fr-FR/a.md', line: 6, column: 98 }],
    },
  ],
});

type Row = Pick<Segment, 'id' | 'target' | 'source' | 'line' | 'column' | 'sourceLine' | 'sourceColumn' | 'endLine' | 'context' | 'role'>;

function rows(text: string): Row[] {
  const { article } = parseArticle({ bytes: new TextEncoder().encode(text), path: 'fr-FR/a.md', relPath: 'a.md', root: 0, locale: 'fr-FR' });
  return article.segments.map((s) => ({
    id: s.id,
    target: s.target,
    source: s.source,
    line: s.line,
    column: s.column,
    sourceLine: s.sourceLine,
    sourceColumn: s.sourceColumn,
    endLine: s.endLine,
    context: s.context,
    role: s.role,
  }));
}

const row = (id: string, target: string, source: string, at: [number, number, number, number, number], context: Segment['context'], role: Segment['role'] = 'text'): Row => ({
  id,
  target,
  source,
  line: at[0],
  column: at[1],
  sourceLine: at[2],
  sourceColumn: at[3],
  endLine: at[4],
  context,
  role,
});

describe('bilingual-markup: the valid inputs are read as pairs', () => {
  it('headings', () => {
    expect(rows(HEADINGS)).toEqual([
      row('a-1', 'Titre', 'Title', [5, 3, 5, 64, 5], 'heading'),
      row('a-2', 'Sous-titre', 'Subtitle', [7, 22, 7, 88, 7], 'heading'),
    ]);
  });

  it('GFM table cells with p-ids: a record table, key and value roles', () => {
    expect(rows(GFM_TABLE)).toEqual([
      row('e2ef3-p104', '**Type de données**', '**Data type**', [1, 2, 1, 84, 1], 'table-cell'),
      row('e2ef3-p105', '**Exemple**', '**Example**', [1, 143, 1, 217, 1], 'table-cell'),
      row('e2ef3-106', 'Version du système', 'OSVersion', [3, 2, 3, 82, 3], 'table-cell', 'table-key'),
      row('e2ef3-107', '8,3', '8.3', [3, 144, 3, 209, 3], 'table-cell', 'table-value'),
    ]);
  });

  it('raw HTML table cells', () => {
    expect(rows(HTML_TABLE)).toEqual([
      row('h-1', 'Nom', 'Name', [2, 9, 2, 68, 2], 'html-table'),
      row('h-2', 'Exemple', 'Example', [2, 119, 2, 182, 2], 'html-table'),
      row('h-3', 'Clé', 'Key', [3, 9, 3, 68, 3], 'html-table', 'table-key'),
      row('h-4', '1,5', '1.5', [3, 118, 3, 177, 3], 'html-table', 'table-value'),
    ]);
  });

  it('link texts', () => {
    expect(rows(LINK_TEXTS)).toEqual([
      row('k-1', 'Texte', 'Text', [1, 2, 1, 63, 1], 'link-text'),
      row('k-2', 'ceci', 'this', [3, 7, 3, 67, 3], 'link-text'),
    ]);
  });

  it('pairs that straddle lines keep the lines of both halves', () => {
    expect(rows(STRADDLE)).toEqual([
      row('s-1', 'Première\nligne', 'First\nline', [1, 1, 2, 38, 3], 'paragraph'),
      row('s-2', 'Texte', 'Text', [5, 1, 6, 28, 6], 'paragraph'),
    ]);
  });

  it('entities are decoded in both halves', () => {
    expect(rows(ENTITIES)).toEqual([row('n-1', 'A & B <tag> "q" \'s\'\u00a0x', "A & B <tag> 's'", [1, 1, 1, 111, 1], 'paragraph')]);
  });

  it('list item, blockquote, bold', () => {
    expect(rows(BLOCKS)).toEqual([
      row('l-1', 'Un', 'One', [1, 3, 1, 61, 1], 'list-item'),
      row('q-1', 'Cité', 'Quoted', [3, 3, 3, 63, 3], 'blockquote'),
      row('b-1', 'Gras', 'Bold', [5, 3, 5, 63, 5], 'paragraph'),
    ]);
  });

  it('broken markup: the pairs that are still whole are read, the broken ones are not', () => {
    expect(rows(DOC_EXAMPLE).map((r) => r.id)).toEqual(['u-2', 'a-2']);
  });
});

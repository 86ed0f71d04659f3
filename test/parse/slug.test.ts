import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/article.js';
import { Slugger, renderedText, slugify } from '../../src/parse/slug.js';

// Peer cases: DocFX's own test of Markdig's GitHub ids, github-slugger's README and fixtures, markdownlint MD051.
describe('slugify', () => {
  it.each([
    // DocFX (Docfx.MarkdigEngine.Tests AutoIdentifierTest_DocfxDefault): nothing trimmed, runs kept.
    ['This - is a &@! heading _ with . and ! -', 'this---is-a--heading-_-with--and---', 'this---is-a--heading-_-with--and---'],
    ['🚀 Emoji', '-emoji', '-emoji'],
    ['😄 emoji', '-emoji', '-emoji'],
    ['Привет non-latin 你好', 'привет-non-latin-你好', 'привет-non-latin-你好'],
    ['Café crème', 'café-crème', 'café-crème'],
    ['Set-CsUser (cmdlet)', 'set-csuser-cmdlet', 'set-csuser-cmdlet'],
    ['Step 1: Install', 'step-1-install', 'step-1-install'],
    ['  Spaces  ', '--spaces--', '--spaces--'],
    ['a\tb', 'ab', 'ab'],
    ['What’s new?', 'whats-new', 'whats-new'],
    ['C++ & C#', 'c--c', 'c--c'],
    // Combining marks (decomposed é, Devanagari vowel signs): github-slugger keeps them, Markdig does not.
    ['Cafe\u0301', 'cafe', 'cafe\u0301'],
    ['हिन्दी', 'हनद', 'हिन्दी'],
    // Nothing left: Markdig names it `section`, GitHub leaves it empty.
    ['!!!', 'section', ''],
  ])('%j → docfx %j, github %j', (text, docfx, github) => {
    expect(slugify(text, 'docfx')).toBe(docfx);
    expect(slugify(text, 'github')).toBe(github);
  });
});

describe('Slugger', () => {
  it('numbers repeated ids with the first free suffix', () => {
    const s = new Slugger('docfx');
    expect(['Same', 'Same', 'Same 1', 'Same', 'Other'].map((t) => s.slug(t))).toEqual(['same', 'same-1', 'same-1-1', 'same-2', 'other']);
    const g = new Slugger('github');
    expect(['foo', 'foo', 'bar', 'foo'].map((t) => g.slug(t))).toEqual(['foo', 'foo-1', 'bar', 'foo-2']);
  });
});

describe('renderedText', () => {
  it.each([
    ['valid heading with _emphasis_', 'valid heading with emphasis'],
    ['**Bold** and *em*', 'Bold and em'],
    ['Run `Get-CsUser`', 'Run Get-CsUser'],
    ['See [the guide](guide.md)', 'See the guide'],
    ['An ![icon](i.png) here', 'An icon here'],
    ['Escaped \\_name\\_', 'Escaped _name_'],
    ['Use <value> & more', 'Use <value> & more'],
    ['C# and F#', 'C# and F#'],
    ['Plain text', 'Plain text'],
  ])('%j → %j', (markdown, text) => {
    expect(renderedText(markdown)).toBe(text);
  });
});

const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

function anchorsOf(body: string): string[] {
  const text = `---\nms.contentlocale: fr-FR\n---\n${body}\n`;
  return parseArticle({ bytes: new TextEncoder().encode(text), path: 'a.md', relPath: 'a.md', root: 0 }).article.anchors.map((a) => a.id);
}

describe('article anchors', () => {
  it.each<[string, string, string[]]>([
    ['the second heading of the same text is -1', '## Same\n\nText.\n\n## Same\n', ['same', 'same-1']],
    ['an emoji heading keeps its leading hyphen', '# 🚀 Emoji\n', ['-emoji']],
    [
      'a bilingual heading: its rendered English, not its Markdown',
      `## ${pair('1', 'titre valide avec _emphase_', 'valid heading with _emphasis_')}\n`,
      ['valid-heading-with-emphasis'],
    ],
    ['a bilingual heading with code and a link', `## ${pair('1', 'Exécuter `Get-X`', 'Run `Get-X` [now](a.md)')}\n`, ['run-get-x-now']],
    ['repeated bilingual headings are numbered too', `## ${pair('1', 'Exemple', 'Example')}\n\n## ${pair('2', 'Exemple', 'Example')}\n`, ['example', 'example-1']],
    ['<a> with both name and id: both are anchors', '<a name="old-name" id="new-id"></a>\n\n## Title\n', ['old-name', 'new-id', 'title']],
    ['a combining mark gives a GitHub id beside the DocFX one', '## Cafe\u0301\n', ['cafe', 'cafe\u0301']],
    ['an empty heading is `section` on DocFX', '## !!!\n', ['section']],
  ])('%s', (_name, body, ids) => {
    expect(anchorsOf(body)).toEqual(ids);
  });
});

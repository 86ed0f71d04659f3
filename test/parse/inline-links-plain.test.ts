// Plain `[label](destination)` links read without micromark: the same links as micromark and remark read, and every
// other text left to micromark.
import type { Nodes as MdNodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { inlineLinksOf, plainLinksOf } from '../../src/parse/markdown.js';
import { markdownProcessor } from '../support/markdown-tree.js';

/** The links and images remark reads in a text (a paragraph), in order. */
function remarkLinks(text: string): { url: string; kind: 'link' | 'image' }[] {
  const out: { url: string; kind: 'link' | 'image' }[] = [];
  const visit = (n: MdNodes): void => {
    if (n.type === 'link' || n.type === 'image') out.push({ url: n.url, kind: n.type });
    if ('children' in n) for (const c of n.children) visit(c as MdNodes);
  };
  visit(markdownProcessor.parse(text) as MdNodes);
  return out;
}

describe('plainLinksOf', () => {
  it.each([
    ['Siehe [Einrichten](set-up.md).', [{ url: 'set-up.md', kind: 'link' }]],
    ['![Bild](media/a.png) und [Text](/microsoftteams/x) (mehr)', [{ url: 'media/a.png', kind: 'image' }, { url: '/microsoftteams/x', kind: 'link' }]],
    ['(see [a (b) c](d.md)) and **[bold](e.md)**', [{ url: 'd.md', kind: 'link' }, { url: 'e.md', kind: 'link' }]],
    ['[](empty-label.md)!', [{ url: 'empty-label.md', kind: 'link' }]],
    ['Hi! [x!](y#z?q=1_2*3)', [{ url: 'y#z?q=1_2*3', kind: 'link' }]],
    ['[^1](footnote.md)', [{ url: 'footnote.md', kind: 'link' }]],
    ['Los![a](b)![c](d)!', [{ url: 'b', kind: 'image' }, { url: 'd', kind: 'image' }]],
    // A URL in a destination is string content, never text: no literal autolink starts there.
    ['[x](https://example.com)', [{ url: 'https://example.com', kind: 'link' }]],
    ['Siehe [Docs](https://www.example.com/a:b) und ![c](http://d/e.png).', [{ url: 'https://www.example.com/a:b', kind: 'link' }, { url: 'http://d/e.png', kind: 'image' }]],
  ] as const)('reads %j as micromark and remark do', (text, expected) => {
    expect(plainLinksOf(text)).toEqual(expected);
    expect(remarkLinks(text)).toEqual(expected);
  });

  it.each([
    ['`[x](y)` in code'],
    ['<a>[x](y)</a>'],
    ['\\[x](y)'],
    ['[x](y&amp;z)'],
    ['mail [x](y) a@b.com'],
    ['see www.example.com [x](y)'],
    // Outside the destinations a scheme or `www.` may start a literal autolink: left to micromark.
    ['[x](https://a) and https://b'],
    ['[see http://b](c)'],
    ['[a](b) www.example.com'],
    ['[a [b](c)](d)'],
    ['[x](y "title")'],
    ['[x](y z)'],
    ['[x](a(b)c)'],
    ['[line\nbreak](y)'],
    ['[x]()'],
    ['[x] alone'],
    ['no link here'],
  ])('leaves %j to micromark', (text) => {
    expect(plainLinksOf(text)).toBeUndefined();
  });

  it('gives up a long text that is not plain in linear time (a `!` before `[` has one way to match)', () => {
    // With `!` allowed both in the text between links and before a link's `[`, each `!` doubled the ways to fail.
    const text = `${'[a](b)!'.repeat(5000)}\``;
    const t = performance.now();
    expect(plainLinksOf(text)).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(500);
    expect(plainLinksOf('[a](b)!'.repeat(5000))).toHaveLength(5000);
  });

  it('gives inlineLinksOf the same links micromark reads for the texts it leaves to it', () => {
    const texts = ['[a [b](c)](d)', '[x](a(b)c)', '[x](y "title")', '[line\nbreak](y)', '[x]()', '[see http://b](c)'];
    expect(inlineLinksOf(texts)).toEqual(texts.map(remarkLinks));
  });
});

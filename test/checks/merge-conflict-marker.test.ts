import { describe, expect, it } from 'vitest';
import { hasRunOfSeven, mergeConflictMarker } from '../../src/checks/merge-conflict-marker.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';
import { seededRandom } from '../helpers/random.js';

testCheck(mergeConflictMarker, {
  valid: [
    { name: 'no markers', files: { 'zh-CN/a.md': `${fm('zh-CN')}# Title\n\n${pair('a-1', '你好', 'Hello')}\n` } },
    {
      name: 'setext heading underlines of seven = and of other lengths',
      files: { 'de-DE/a.md': `${fm('de-DE')}Überschrift\n=======\n\nNoch eine\n===\n\nText\n\n========\n` },
    },
    { name: 'markers inside a fenced code block', files: { 'fr-FR/a.md': '```\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> main\n```\n' } },
    { name: 'markers inside inline code', files: { 'fr-FR/a.md': 'Git writes `<<<<<<< HEAD` and `>>>>>>> main` around a conflict.\n' } },
    { name: 'an empty table row of seven pipes', files: { 'fr-FR/a.md': '|a|b|c|d|e|f|\n|-|-|-|-|-|-|\n|||||||\n' } },
    // Issue 18 item 8, the other way: a setext heading followed by what is not a front matter.
    {
      name: 'a setext underline followed by a rule and a paragraph (not a front matter)',
      files: { 'de-DE/a.md': `${fm('de-DE')}Überschrift\n=======\n---\nHinweis: Text\n\nMehr Text\n` },
    },
    {
      name: 'a setext underline followed by a rule, a key-like line and no closing ---',
      files: { 'de-DE/a.md': `${fm('de-DE')}Überschrift\n=======\n\n---\ntitle: nicht geschlossen\nText ohne Doppelpunkt\n` },
    },
    { name: 'arrows in prose', files: { 'fr-FR/a.md': 'Click Next >>>>>>> and wait.\n\nShift <<<<<<<< left\n' } },
  ],
  invalid: [
    {
      name: 'a plain conflict block at line start: one finding at <<<<<<<',
      files: { 'fr-FR/a.md': 'Intro\n\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> master\n' },
      errors: [{ messageId: 'block', path: 'fr-FR/a.md', line: 3, column: 1, actual: '<<<<<<< HEAD' }],
    },
    {
      name: 'translated labels inside spans (标头 / 母版), the separator as a setext underline',
      files: {
        'zh-CN/a.md': `${fm('zh-CN')}\n${pair('b-1', '通过此策略： <<<<<<< 标头', 'through this policy: <<<<<<< HEAD')}\n\n${pair('b-2', '设置', 'Set')}\n=======\n\n\`Set-Cs\`\n\n>>>>>>> ${pair('b-3', '母版', 'master')}\n`,
      },
      errors: [{ messageId: 'block', path: 'zh-CN/a.md', line: 6, actual: '<<<<<<< 标头' }],
    },
    {
      name: 'a marker that opens a span and a separator that straddles a span',
      files: {
        'zh-CN/a.md': `${pair('c-1', '<<<<<<< HEAD', '<<<<<<< HEAD')}\n- item\n<span data-ttu-id="c-2">图\n=======</span><span class="sxs-lookup"><span data-stu-id="c-2">Gear\n=======</span></span>\n- item\n>>>>>>> d35080a5b0c1\n`,
      },
      errors: [{ messageId: 'block', path: 'zh-CN/a.md', line: 1, column: 25 }],
    },
    {
      name: 'diff3 base marker inside the block',
      files: { 'ja-JP/a.md': '<<<<<<< ours\na\n||||||| base\nb\n=======\nc\n>>>>>>> theirs\n' },
      errors: [{ messageId: 'block', path: 'ja-JP/a.md', line: 1 }],
    },
    {
      name: 'two blocks, and an unclosed one at the end',
      files: { 'ja-JP/a.md': '<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n\ntext\n\n<<<<<<< HEAD\nc\n=======\nd\n>>>>>>> y\n\n<<<<<<< HEAD\nrest\n' },
      errors: [
        { messageId: 'block', path: 'ja-JP/a.md', line: 1 },
        { messageId: 'block', path: 'ja-JP/a.md', line: 9 },
        { messageId: 'unclosed', path: 'ja-JP/a.md', line: 15 },
      ],
    },
    {
      name: 'stray closing marker and a stray separator after a blank line',
      files: { 'es-ES/a.md': 'text\n\n>>>>>>> master\n\n=======\n' },
      errors: [
        { messageId: 'stray', path: 'es-ES/a.md', line: 3, actual: '>>>>>>> master' },
        { messageId: 'stray', path: 'es-ES/a.md', line: 5, actual: '=======' },
      ],
    },
    // Issue 18 item 8: a merge that duplicated the whole file and lost its `<<<<<<<` line.
    {
      name: 'a lone separator under a paragraph line, then a second front matter',
      files: { 'fr-FR/a.md': `${fm('fr-FR')}\n${pair('a', 'Dernier paragraphe.', 'Last paragraph.')}\n=======\n---\ntitle: Configurer\nms.date: 01/02/2020\nms.topic: article\n---\n\n# Configurer\n` },
      errors: [{ messageId: 'stray', path: 'fr-FR/a.md', line: 7, column: 1, actual: '=======' }],
    },
    {
      name: 'a lone separator under a paragraph line, blank lines, then a second front matter with a list',
      files: { 'ja-JP/a.md': `${fm('ja-JP')}\n最後の段落。\n=======\n\n---\ntitle: 構成\nms.collection:\n  - M365\n- Strat_SB\n---\n` },
      errors: [{ messageId: 'stray', path: 'ja-JP/a.md', line: 7, actual: '=======' }],
    },
    {
      name: 'CRLF line endings',
      files: { 'es-ES/a.md': 'a\r\n\r\n<<<<<<< HEAD\r\nb\r\n=======\r\nc\r\n>>>>>>> main\r\n' },
      errors: [{ messageId: 'block', path: 'es-ES/a.md', line: 3 }],
    },
  ],
});

describe('hasRunOfSeven (the article-wide pre-check)', () => {
  it('agrees with a substring search on 20,000 random texts, runs at every offset and of every length', () => {
    const rand = seededRandom(11);
    const reference = (t: string): boolean => ['<<<<<<<', '=======', '>>>>>>>', '|||||||'].some((m) => t.includes(m));
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      // Mostly one marker character with a few others, so that runs of 5 to 9 start at every offset modulo 7.
      const c = '<=>|'[rand(4)] as string;
      const text = Array.from({ length: 1 + rand(40) }, () => (rand(8) === 0 ? 'x<='[rand(3)] : c)).join('');
      const expected = reference(text);
      if (expected) found++;
      expect(hasRunOfSeven(text), JSON.stringify(text)).toBe(expected);
    }
    expect(found).toBeGreaterThan(2_000);
    expect(found).toBeLessThan(19_000);
  });
});

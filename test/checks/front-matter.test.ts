import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { frontMatter } from '../../src/checks/front-matter.js';
import { parseArticle } from '../../src/parse/article.js';
import { parseFrontMatter } from '../../src/parse/front-matter.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

// Lines are file lines: YAML line n is file line n + 1 (the opening `---` is line 1).
testCheck(frontMatter, {
  valid: [
    { name: 'valid YAML', files: { 'fr-FR/a.md': `${fm('fr-FR', { 'ms.lasthandoff': '06/12/2018' })}# ${pair('a-1', 'Titre', 'Title')}\n` } },
    { name: 'no front matter', files: { 'fr-FR/a.md': '# Titre\n\nTexte\n' } },
    { name: 'a thematic break on line 1 is not front matter', files: { 'fr-FR/a.md': '-----\n\nTexte\n' } },
    { name: '---yaml, and a block closed with ...', files: { 'fr-FR/a.md': '---yaml\ntitle: x\n---\n# T\n', 'fr-FR/b.md': '---\ntitle: x\n...\n# T\n' } },
    { name: 'an empty block', files: { 'fr-FR/a.md': '---\n---\n# T\n' } },
    { name: 'CRLF line endings', files: { 'fr-FR/a.md': '---\r\ntitle: x\r\nms.contentlocale: fr-FR\r\n---\r\n# T\r\n' } },
  ],
  invalid: [
    {
      name: 'an unclosed flow sequence: the error is at the end of the block, i.e. the closing ---',
      files: { 'fr-FR/b.md': '---\ntitle: [x\n---\n# T\n' },
      errors: [{ messageId: 'yaml', path: 'fr-FR/b.md', line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'a second ": " in an unquoted value (YAML line 2 = file line 3)',
      files: { 'fr-FR/a.md': '---\ntitle: ok\ndescription: a: b\nauthor: x\n---\n# T\n' },
      errors: [{ messageId: 'yaml', path: 'fr-FR/a.md', line: 3, column: 1 }],
    },
    {
      name: 'bad indentation of a mapping entry (YAML line 3 = file line 4)',
      files: { 'fr-FR/a.md': '---\ntitle: a\nms.author: b\n  bad: c\nx: y\n---\n# T\n' },
      errors: [{ messageId: 'yaml', path: 'fr-FR/a.md', line: 4, column: 1 }],
    },
    {
      name: 'bad indentation with CRLF line endings (YAML line 3 = file line 4)',
      files: { 'fr-FR/a.md': '---\r\ntitle: a\r\nms.author: b\r\n  bad: c\r\nx: y\r\n---\r\n# T\r\n' },
      errors: [{ messageId: 'yaml', path: 'fr-FR/a.md', line: 4, column: 1 }],
    },
    {
      name: 'front matter never closed',
      files: { 'fr-FR/c.md': '---\ntitle: x\n\n# T\n' },
      errors: [{ messageId: 'unclosed', path: 'fr-FR/c.md', line: 1, column: 1, severity: 'error' }],
    },
    {
      name: '---js front matter is refused',
      files: { 'fr-FR/lang.md': '---js\n{ title: "x" }\n---\n# T\n' },
      errors: [{ messageId: 'language', path: 'fr-FR/lang.md', line: 1, column: 1 }],
    },
    {
      name: '---toml front matter is refused',
      files: { 'fr-FR/lang.md': '---toml\ntitle = "x"\n---\n# T\n' },
      errors: [{ messageId: 'language', path: 'fr-FR/lang.md', line: 1, column: 1 }],
    },
  ],
});

describe('front-matter: details', () => {
  const g = globalThis as { __loccheckFrontMatterRan?: unknown };
  afterEach(() => {
    delete g.__loccheckFrontMatterRan;
  });

  it('the yaml message carries the parser reason', () => {
    expect(parseFrontMatter('---\ntitle: [x\n---\n# T\n').problems).toEqual([
      {
        checkId: 'front-matter',
        messageId: 'yaml',
        data: { reason: 'unexpected end of the stream within a flow collection' },
        line: 3,
        column: 1,
        key: 'yaml',
      },
    ]);
  });

  it('---js is never evaluated (the same block does run under gray-matter defaults)', () => {
    const block = '{ "ms.contentlocale": (globalThis.__loccheckFrontMatterRan = "yes", "de-DE"), title: "x" }';
    const text = `---js\n${block}\n---\n# T\n`;

    const result = parseFrontMatter(text);
    expect(result).toEqual({
      data: {},
      endLine: 3,
      problems: [{ checkId: 'front-matter', messageId: 'language', data: { language: 'js' }, line: 1, column: 1, key: 'language' }],
    });
    const { article } = parseArticle({ bytes: new TextEncoder().encode(text), path: 'lang.md', relPath: 'lang.md', root: 0 });
    expect(article.frontMatter).toEqual({});
    expect(article.locale).toBe('und');
    expect(g.__loccheckFrontMatterRan).toBeUndefined();

    // Control: the payload is live JavaScript, so the assertion above is meaningful.
    const unsafe = matter(text, { language: 'js' });
    expect(g.__loccheckFrontMatterRan).toBe('yes');
    expect(unsafe.data).toEqual({ 'ms.contentlocale': 'de-DE', title: 'x' });
  });

  it('other JavaScript spellings are refused too', () => {
    for (const lang of ['javascript', 'coffee', 'coffeescript']) {
      const text = `---${lang}\nglobalThis.__loccheckFrontMatterRan = 1\n---\n`;
      expect(parseFrontMatter(text).problems.map((p) => [p.messageId, p.data, p.line])).toEqual([['language', { language: lang }, 1]]);
    }
    expect(g.__loccheckFrontMatterRan).toBeUndefined();
  });

  it('valid YAML is read: data, end line, locale, family and handoff', () => {
    const text = '---\nms.contentlocale: pt-br\nms.assetid: C17E8EA6-B83B-4345-9401-47A6C8B13AAD\nms.lasthandoff: 06/10/2020\n---\n# T\n';
    expect(parseFrontMatter(text)).toEqual({
      data: { 'ms.contentlocale': 'pt-br', 'ms.assetid': 'C17E8EA6-B83B-4345-9401-47A6C8B13AAD', 'ms.lasthandoff': '06/10/2020' },
      endLine: 5,
      problems: [],
    });
    const { article } = parseArticle({ bytes: new TextEncoder().encode(text), path: 'a.md', relPath: 'a.md', root: 0 });
    expect([article.locale, article.family, article.handoff, article.problems]).toEqual(['pt-BR', 'c17e8ea6-b83b-4345-9401-47a6c8b13aad', '2020-06-10', []]);
  });

  it('no front matter: nothing read, nothing reported', () => {
    expect(parseFrontMatter('# T\n')).toEqual({ data: {}, endLine: 0, problems: [] });
    expect(parseFrontMatter('')).toEqual({ data: {}, endLine: 0, problems: [] });
  });
});

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
        data: { reason: 'Flow sequence in block collection must be sufficiently indented and end with a ]' },
        line: 3,
        column: 1,
        key: 'yaml',
      },
    ]);
  });

  it('---js is never evaluated (the same block is live JavaScript, as a JS front-matter engine would run it)', () => {
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
    // gray-matter's default `js` engine did `eval('(' + block + ')')`.
    const unsafe = new Function(`return (${block});`)() as unknown;
    expect(g.__loccheckFrontMatterRan).toBe('yes');
    expect(unsafe).toEqual({ 'ms.contentlocale': 'de-DE', title: 'x' });
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

  it('YAML 1.2 core: dates, yes/no and 1:30 stay strings; << merge keys and anchors work', () => {
    const text = '---\nms.date: 2020-06-10\nflag: yes\ntime: 1:30\nn: 12\nbase: &b { author: x }\nmeta:\n  <<: *b\n  title: t\n---\n';
    expect(parseFrontMatter(text)).toEqual({
      data: { 'ms.date': '2020-06-10', flag: 'yes', time: '1:30', n: 12, base: { author: 'x' }, meta: { author: 'x', title: 't' } },
      endLine: 10,
      problems: [],
    });
  });

  const yamlProblem = (text: string): [string, unknown, number][] =>
    parseFrontMatter(text).problems.map((p) => [p.messageId, p.data['reason'], p.line]);

  it('duplicate keys, unknown tags, self-referencing aliases and alias bombs are problems, never exceptions', () => {
    expect(yamlProblem('---\na: 1\nb: 2\na: 3\n---\n')).toEqual([['yaml', 'Map keys must be unique', 4]]);
    expect(yamlProblem('---\ntitle: x\nf: !!js/function "function () {}"\n---\n')).toEqual([
      ['yaml', 'Unresolved tag: tag:yaml.org,2002:js/function', 3],
    ]);
    expect(yamlProblem('---\na: &a [*a]\n---\n')).toEqual([['yaml', 'an alias refers to the node that contains it', 2]]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const [bombProblem] = yamlProblem(`---\n${bomb.join('\n')}\n---\n`);
    expect(bombProblem?.[0]).toBe('yaml');
    expect(String(bombProblem?.[1])).toMatch(/alias/i);
  });

  it('an error is reported at the line where its chain of parser errors ends, within the block', () => {
    expect(yamlProblem('---\na: b\n c: d\n---\n')).toEqual([['yaml', 'Nested mappings are not allowed in compact mappings', 3]]);
    expect(yamlProblem('---\n\ta: b\n---\n')).toEqual([['yaml', 'Tabs are not allowed as indentation', 2]]);
    expect(yamlProblem('---\ntitle: "unterminated\n---\n')).toEqual([['yaml', 'Missing closing "quote', 3]]);
  });

  it('the YAML parser writes no process warning (keys that are collections are stringified silently)', () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      expect(parseFrontMatter('---\n? [a, b]\n: 1\n---\n').data).toEqual({ '[ a, b ]': 1 });
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it('no front matter: nothing read, nothing reported', () => {
    expect(parseFrontMatter('# T\n')).toEqual({ data: {}, endLine: 0, problems: [] });
    expect(parseFrontMatter('')).toEqual({ data: {}, endLine: 0, problems: [] });
  });
});

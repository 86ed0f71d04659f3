// missing-article: an article that at least half of the run's locales have, reported in each locale that lacks it.
import { describe, expect, it } from 'vitest';
import { missingArticle } from '../../src/checks/missing-article.js';
import { fm, pair, runCheckOnTree, testCheck } from '../helpers/check-tester.js';
import { run } from '../helpers/cli-run.js';
import { tempTrees } from '../helpers/temp-tree.js';

const body = (locale: string): string => `---\nms.contentlocale: ${locale}\ntitle: T\n---\n# T\n\n${pair('1', 'Texte', 'Text')}\n`;
const tree = (spec: Record<string, string[]>): Record<string, string> => {
  const files: Record<string, string> = {};
  for (const [locale, paths] of Object.entries(spec)) for (const p of paths) files[`${locale}/${p}`] = body(locale);
  return files;
};

testCheck(missingArticle, {
  valid: [
    { name: 'every locale has every article', files: tree({ 'de-DE': ['a.md', 'b/c.md'], 'fr-FR': ['a.md', 'b/c.md'], 'ja-JP': ['a.md', 'b/c.md'] }) },
    { name: 'a single locale has nothing to compare with', files: tree({ 'de-DE': ['a.md', 'b.md'] }) },
    { name: 'an article in fewer than half of the locales (one of three) is that locale\'s own', files: tree({ 'de-DE': ['a.md', 'extra.md'], 'fr-FR': ['a.md'], 'ja-JP': ['a.md'] }) },
    { name: 'paths match case-insensitively (the family is the lower-cased path)', files: tree({ 'de-DE': ['Teams/A.md'], 'fr-FR': ['teams/a.md'] }) },
  ],
  invalid: [
    {
      name: 'in five locales of six: reported once, in the sixth, on the path it would have there, line 1',
      files: tree({ 'de-DE': ['a.md', 'teams/x.md'], 'es-ES': ['a.md', 'teams/x.md'], 'fr-FR': ['a.md', 'teams/x.md'], 'ja-JP': ['a.md', 'teams/x.md'], 'pt-BR': ['a.md', 'teams/x.md'], 'zh-CN': ['a.md'] }),
      errors: [{ messageId: 'missing', path: 'zh-CN/teams/x.md', line: 1, column: 1, expected: 'teams/x.md', severity: 'info', origin: 'translation' }],
    },
    {
      name: 'exactly half of the locales (two of four) have it: reported in both others',
      files: tree({ 'de-DE': ['a.md', 'b.md'], 'fr-FR': ['a.md', 'b.md'], 'ja-JP': ['a.md'], 'zh-CN': ['a.md'] }),
      errors: [
        { messageId: 'missing', path: 'ja-JP/b.md', line: 1 },
        { messageId: 'missing', path: 'zh-CN/b.md', line: 1 },
      ],
    },
    {
      name: 'two locales: an article only one has is missing in the other',
      files: tree({ 'de-DE': ['a.md', 'b.md'], 'fr-FR': ['a.md'] }),
      errors: [{ messageId: 'missing', path: 'fr-FR/b.md', line: 1 }],
    },
  ],
});

describe('missing-article', () => {
  it('the message names the article, the count and the locales that have it', () => {
    const [f] = runCheckOnTree(missingArticle, tree({ 'de-DE': ['a.md'], 'fr-FR': ['a.md'], 'ja-JP': [] as string[], 'zh-CN': ['z.md'] }));
    expect(f?.message).toBe(
      'The article "a.md" is in 2 of 3 locales (de-DE, fr-FR) but not in zh-CN: readers get another language, or nothing if the site does not fall back.',
    );
    expect(f?.category).toBe('structure');
  });

  it('explicit files in one folder (families from ms.assetid): the path is under a folder named after the locale', () => {
    const files = {
      'x-de.md': `${fm('de-DE')}# T\n`,
      'x-fr.md': `${fm('fr-FR')}# T\n`,
      'y-de.md': `${fm('de-DE', { 'ms.assetid': 'other' }).replace(/ms\.assetid: 0+-0+-0+-0+-0+1\n/, '')}# T\n`,
    };
    const found = runCheckOnTree(missingArticle, files);
    expect(found.map((f) => [f.path, f.locale, f.family])).toEqual([['fr-FR/y-de.md', 'fr-FR', 'other']]);
  });

  it('the fingerprint does not depend on the path chosen, only on family and locale', () => {
    const a = runCheckOnTree(missingArticle, tree({ 'de-DE': ['a.md', 'b.md'], 'fr-FR': ['a.md'] }));
    const b = runCheckOnTree(missingArticle, tree({ 'de-DE': ['a.md', 'b.md', 'c.md'], 'fr-FR': ['a.md', 'c.md'] }));
    expect(a[0]?.fingerprint).toBe(b[0]?.fingerprint);
  });
});

describe('missing-article across docs sets', () => {
  const temp = tempTrees('loccheck-coverage-');
  it('two products checked in one run (each a folder of locale folders) lack nothing of each other; a gap inside one set is found', async () => {
    const files: Record<string, string> = {};
    for (const l of ['de-DE', 'fr-FR', 'ja-JP']) for (const p of ['teams/a.md', 'teams/b.md']) files[`sfb/${l}/${p}`] = body(l);
    delete files['sfb/ja-JP/teams/b.md'];
    for (const l of ['ar-SA', 'fi-FI']) files[`dyn/${l}/articles/x.md`] = body(l);
    const r = await run(['sfb', 'dyn', '--format', 'json', '--check', 'missing-article', '--fail-on', 'never'], { cwd: temp(files) });
    const found = (JSON.parse(r.stdout) as { findings: { ruleId: string; path: string }[] }).findings.filter((f) => f.ruleId === 'missing-article');
    expect(found.map((f) => f.path)).toEqual(['sfb/ja-JP/teams/b.md']);
  });
});

// Input layouts → files with locale and family: locale folders, one folder per locale, explicit files, patterns.
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/load.js';
import { defaultConfig } from '../src/config/schema.js';
import { type DiscoverOptions, InputError, discover } from '../src/corpus/discover.js';
import { entryAbsPath, entryPath } from '../src/corpus/entry.js';
import type { ArticleSummary } from '../src/model.js';
import { lint } from '../src/run.js';
import { tempTrees } from './helpers/temp-tree.js';
import { SEEDS } from './helpers/seeds.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

const tree = tempTrees('loccheck-discover-');

const opts = (cwd: string, extra: Partial<DiscoverOptions> = {}): DiscoverOptions => ({
  cwd,
  include: defaultConfig.include,
  ignore: defaultConfig.ignore,
  ...extra,
});

function md(meta: Record<string, string> = {}, body = 'Text.\n'): string {
  const lines = Object.entries(meta).map(([k, v]) => `${k}: ${v}`);
  return lines.length > 0 ? `---\n${lines.join('\n')}\n---\n${body}` : body;
}

/** Path, locale and family of every article lint() parsed, sorted by path. */
function located(articles: readonly ArticleSummary[]): string[] {
  return articles.map((a) => `${a.path} ${a.locale} ${a.family}`).sort();
}

/** Path, locale and family of every discovered entry (before parsing), sorted by path. */
function entries(inputs: string[], options: DiscoverOptions): string[] {
  return discover(inputs, options)
    .entries.map((e) => `${entryPath(e)} ${e.locale ?? '-'} ${e.family ?? '-'}`)
    .sort();
}

describe('a folder of locale folders', () => {
  it('takes each locale folder as a locale (fr-fr → fr-FR) and the path below it as the family', async () => {
    const dir = tree({
      'zh-CN/a.md': md(),
      'zh-CN/sub/B.md': md(),
      'fr-fr/a.md': md(),
      'fr-fr/sub/b.md': md(),
      'fr-fr/notes.txt': 'not an article',
    });
    expect(entries(['.'], opts(dir))).toEqual([
      'fr-fr/a.md fr-FR a.md',
      'fr-fr/sub/b.md fr-FR sub/b.md',
      'zh-CN/a.md zh-CN a.md',
      'zh-CN/sub/B.md zh-CN sub/b.md',
    ]);
    const { report, articles } = await lint({ inputs: ['.'], cwd: dir });
    expect(located(articles)).toEqual([
      'fr-fr/a.md fr-FR a.md',
      'fr-fr/sub/b.md fr-FR sub/b.md',
      'zh-CN/a.md zh-CN a.md',
      'zh-CN/sub/B.md zh-CN sub/b.md',
    ]);
    expect(report.summary.files).toBe(4);
    expect(report.summary.families).toBe(2);
    expect(report.summary.locales).toEqual(['fr-FR', 'zh-CN']);
  });

  it('the folder locale wins over ms.contentlocale in the front matter', async () => {
    const dir = tree({ 'de-DE/a.md': md({ 'ms.contentlocale': 'fr-FR' }) });
    expect(located((await lint({ inputs: ['.'], cwd: dir })).articles)).toEqual(['de-DE/a.md de-DE a.md']);
  });

  it('paths are shown relative to the working directory, also when the input is a parent folder', () => {
    const dir = tree({ 'docs/ja-JP/a.md': md(), 'docs/ko-KR/a.md': md() });
    expect(entries(['docs'], opts(dir))).toEqual(['docs/ja-JP/a.md ja-JP a.md', 'docs/ko-KR/a.md ko-KR a.md']);
    expect(entries(['.'], opts(path.join(dir, 'docs', 'ja-JP')))).toEqual(['a.md ja-JP a.md']);
  });
});

describe('entry paths (made from the folder shared by a listing and relPath, issue #21)', () => {
  /** Each entry's absolute and display paths, as `entryAbsPath` and `entryPath` make them. */
  const paths = (inputs: string[], options: DiscoverOptions): string[] =>
    discover(inputs, options)
      .entries.map((e) => `${entryAbsPath(e)} ${entryPath(e)}`)
      .sort();

  it('below locale folders: the real folder joined with relPath, shown relative to the working directory', () => {
    const dir = realpathSync(tree({ 'docs/ja-JP/a.md': md(), 'docs/ja-JP/sub/b.md': md(), 'docs/ko-KR/a.md': md() }));
    expect(paths(['docs'], opts(dir))).toEqual([
      `${dir}/docs/ja-JP/a.md docs/ja-JP/a.md`,
      `${dir}/docs/ja-JP/sub/b.md docs/ja-JP/sub/b.md`,
      `${dir}/docs/ko-KR/a.md docs/ko-KR/a.md`,
    ]);
    // The working directory is the folder itself: shown as relPath.
    expect(paths(['.'], opts(path.join(dir, 'docs', 'ja-JP')))).toEqual([`${dir}/docs/ja-JP/a.md a.md`, `${dir}/docs/ja-JP/sub/b.md sub/b.md`]);
  });

  it('a working directory inside the locale folder: each display path relative to it, up and down', () => {
    const dir = realpathSync(tree({ 'ja-JP/a.md': md(), 'ja-JP/sub/b.md': md() }));
    expect(paths([path.join(dir, 'ja-JP')], opts(path.join(dir, 'ja-JP', 'sub')))).toEqual([`${dir}/ja-JP/a.md ../a.md`, `${dir}/ja-JP/sub/b.md b.md`]);
  });

  it('files named on the command line: the path as given (resolved), shown relative to the working directory', () => {
    const dir = realpathSync(tree({ 'de-DE/a.md': md(), 'x/b.txt': 'B' }));
    expect(paths(['a.md', path.join(dir, 'x', 'b.txt')], opts(path.join(dir, 'de-DE')))).toEqual([`${dir}/de-DE/a.md a.md`, `${dir}/x/b.txt ../x/b.txt`]);
  });

  it('a locale pattern: the file below the real tree, shown as the pattern matched it', () => {
    const dir = realpathSync(tree({ 'content/de/docs/a.md': md(), 'content/pt-br/a.md': md() }));
    expect(paths(['.'], opts(dir, { localePattern: 'content/<lang>/**' }))).toEqual([
      `${dir}/content/de/docs/a.md content/de/docs/a.md`,
      `${dir}/content/pt-br/a.md content/pt-br/a.md`,
    ]);
  });
});

describe('one folder per locale, passed as several arguments', () => {
  it('takes the locale from the folder name suffix (repo.de-DE, repo.fr-FR) and matches families by relative path', async () => {
    const dir = tree({
      'repo.de-DE/articles/a.md': md(),
      'repo.de-DE/articles/b.md': md(),
      'repo.fr-FR/articles/a.md': md(),
      'docs-pr.ja-jp/articles/a.md': md(),
    });
    const { report, articles } = await lint({ inputs: ['repo.de-DE', 'repo.fr-FR/', 'docs-pr.ja-jp'], cwd: dir });
    expect(located(articles)).toEqual([
      'docs-pr.ja-jp/articles/a.md ja-JP articles/a.md',
      'repo.de-DE/articles/a.md de-DE articles/a.md',
      'repo.de-DE/articles/b.md de-DE articles/b.md',
      'repo.fr-FR/articles/a.md fr-FR articles/a.md',
    ]);
    expect(report.summary.families).toBe(2);
    expect(report.summary.locales).toEqual(['de-DE', 'fr-FR', 'ja-JP']);
  });

  it('a folder without a locale in its name takes the locale from ms.contentlocale', async () => {
    const dir = tree({
      'repo.de-DE/a.md': md({ 'ms.contentlocale': 'fr-FR' }),
      'translations/a.md': md({ 'ms.contentlocale': 'zh-CN' }),
      'translations/b.md': md(),
    });
    expect(entries(['translations'], opts(dir))).toEqual(['translations/a.md - a.md', 'translations/b.md - b.md']);
    expect(located((await lint({ inputs: ['repo.de-DE', 'translations'], cwd: dir })).articles)).toEqual([
      'repo.de-DE/a.md de-DE a.md',
      'translations/a.md zh-CN a.md',
      'translations/b.md und b.md',
    ]);
  });

  it('ms.contentlocale in lower case is read as the same locale as a folder name (de-de → de-DE)', async () => {
    const dir = tree({ 'repo.de-DE/a.md': md(), 'translations/a.md': md({ 'ms.contentlocale': 'de-de' }) });
    const { report, articles } = await lint({ inputs: ['repo.de-DE', 'translations'], cwd: dir });
    expect(located(articles)).toEqual(['repo.de-DE/a.md de-DE a.md', 'translations/a.md de-DE a.md']);
    expect(report.summary.locales).toEqual(['de-DE']);
  });

  it('two folders of the same locale: the same file in both is two revisions of one family, both kept', async () => {
    const dir = tree({ 'old.es-ES/a.md': md(), 'new.es-ES/a.md': md() });
    const { report, articles } = await lint({ inputs: ['old.es-ES', 'new.es-ES'], cwd: dir });
    expect(located(articles)).toEqual(['new.es-ES/a.md es-ES a.md', 'old.es-ES/a.md es-ES a.md']);
    expect(report.summary.files).toBe(2);
    expect(report.summary.families).toBe(1);
  });

  it('the same folder given twice is read once', () => {
    const dir = tree({ 'repo.de-DE/a.md': md() });
    expect(entries(['repo.de-DE', './repo.de-DE/', path.join(dir, 'repo.de-DE')], opts(dir))).toEqual(['repo.de-DE/a.md de-DE a.md']);
  });
});

describe('explicit files', () => {

  it('.txt files given by name are read (include globs apply to folders only); locale and family come from the front matter', async () => {
    const { report, articles } = await lint({ inputs: SEEDS, cwd: REPO });
    const family = 'c17e8ea6-b83b-4345-9401-47a6c8b13aad';
    expect(located(articles)).toEqual([
      `fixtures/seeds/000_c7aa02d0fc662548.txt zh-CN ${family}`,
      `fixtures/seeds/001_4b8c124e5e4e8475.txt fr-FR ${family}`,
      `fixtures/seeds/002_793b926295e176e2.txt pt-BR ${family}`,
      `fixtures/seeds/003_63a4434e4d74ce63.txt es-ES ${family}`,
      `fixtures/seeds/004_0091613f0c90001a.txt es-ES ${family}`,
    ]);
    // 003 and 004 are two es-ES revisions of one article: both kept, one family.
    expect(report.summary.files).toBe(5);
    expect(report.summary.families).toBe(1);
    expect(report.summary.locales).toEqual(['es-ES', 'fr-FR', 'pt-BR', 'zh-CN']);
  });

  it('files are grouped by ms.assetid (case-insensitive), else each file name is its own family', async () => {
    const dir = tree({
      'x/one.txt': md({ 'ms.contentlocale': 'de-DE', 'ms.assetid': 'AAAA-1' }),
      'y/two.txt': md({ 'ms.contentlocale': 'fr-FR', 'ms.assetid': 'aaaa-1' }),
      'z/three.txt': md({ 'ms.contentlocale': 'fr-FR', 'ms.assetid': 'bbbb-2' }),
      'z/four.txt': md({ 'ms.contentlocale': 'fr-FR' }),
    });
    const { report, articles } = await lint({ inputs: ['x/one.txt', 'y/two.txt', 'z/three.txt', 'z/four.txt'], cwd: dir });
    expect(located(articles)).toEqual([
      'x/one.txt de-DE aaaa-1',
      'y/two.txt fr-FR aaaa-1',
      'z/four.txt fr-FR four.txt',
      'z/three.txt fr-FR bbbb-2',
    ]);
    expect(report.summary.families).toBe(3);
  });

  it('a file inside a locale folder takes the folder locale', async () => {
    const dir = tree({ 'pt-br/a.md': md({ 'ms.contentlocale': 'fr-FR' }) });
    expect(located((await lint({ inputs: ['pt-br/a.md'], cwd: dir })).articles)).toEqual(['pt-br/a.md pt-BR a.md']);
  });

  it('two files of one family and one locale are two revisions, both kept', async () => {
    const dir = tree({
      'rev1.md': md({ 'ms.contentlocale': 'ja-JP', 'ms.assetid': 'same', 'ms.lasthandoff': '01/02/2020' }),
      'rev2.md': md({ 'ms.contentlocale': 'ja-JP', 'ms.assetid': 'same', 'ms.lasthandoff': '03/04/2021' }),
    });
    const { report, articles } = await lint({ inputs: ['rev2.md', 'rev1.md'], cwd: dir });
    // One family (read from `ms.assetid` before parsing), its members in path order.
    expect(articles.map((a) => `${a.path} ${a.locale} ${a.family}`)).toEqual(['rev1.md ja-JP same', 'rev2.md ja-JP same']);
    expect(report.summary.files).toBe(2);
    expect(report.summary.families).toBe(1);
  });
});

describe('a locale pattern', () => {
  it("localePattern 'i18n/<locale>/**' from the config: locale from the pattern, family is the path after it", async () => {
    const dir = tree({
      'i18n/de-DE/guide/a.md': md(),
      'i18n/fr-fr/guide/a.md': md(),
      'i18n/fr-fr/b.md': md(),
      'i18n/README.md': md(),
      'i18n/assets/c.md': md(),
      'src/readme.md': md(),
    });
    const config = resolveConfig({ localePattern: 'i18n/<locale>/**' }, 'loccheck.config.json');
    const { report, articles } = await lint({ inputs: ['.'], cwd: dir, config });
    expect(located(articles)).toEqual([
      'i18n/de-DE/guide/a.md de-DE guide/a.md',
      'i18n/fr-fr/b.md fr-FR b.md',
      'i18n/fr-fr/guide/a.md fr-FR guide/a.md',
    ]);
    expect(report.summary.families).toBe(2);
  });

  it("'content/<lang>/**' with bare languages (de, ja) and regions (pt-br)", () => {
    const dir = tree({
      'content/de/docs/a.md': md(),
      'content/ja/docs/a.md': md(),
      'content/pt-br/docs/a.md': md(),
      'content/api/docs/a.md': md(),
      'themes/x/a.md': md(),
    });
    expect(entries(['.'], opts(dir, { localePattern: 'content/<lang>/**' }))).toEqual([
      'content/de/docs/a.md de docs/a.md',
      'content/ja/docs/a.md ja docs/a.md',
      'content/pt-br/docs/a.md pt-BR docs/a.md',
    ]);
  });

  it("a '**' before the locale part matches any folders in between", () => {
    // Would be read as `^(?:[^/]+/)*?/i18n/([^/]+)/(.+)$` today: the `**` part ends in `/` and the join adds another.
    const dir = tree({ 'i18n/ja-JP/a.md': md(), 'site/i18n/ko-KR/a.md': md(), 'site/v2/i18n/fr-FR/a.md': md() });
    expect(entries(['.'], opts(dir, { localePattern: '**/i18n/<locale>/**' }))).toEqual([
      'i18n/ja-JP/a.md ja-JP a.md',
      'site/i18n/ko-KR/a.md ko-KR a.md',
      'site/v2/i18n/fr-FR/a.md fr-FR a.md',
    ]);
    expect(entries(['.'], opts(dir, { localePattern: 'site/**/i18n/<locale>/**' }))).toEqual([
      'site/i18n/ko-KR/a.md ko-KR a.md',
      'site/v2/i18n/fr-FR/a.md fr-FR a.md',
    ]);
  });

  it('a pattern without <locale> or <lang> is an InputError', () => {
    const dir = tree({ 'i18n/de-DE/a.md': md() });
    expect(() => discover(['.'], opts(dir, { localePattern: 'i18n/*/**' }))).toThrow(InputError);
  });
});

describe('folders that are not locales', () => {
  it('api/, src/, img/, media/, docs/ are not taken as locale folders', async () => {
    const dir = tree({
      'api/a.md': md(),
      'src/a.md': md(),
      'img/a.md': md(),
      'media/a.md': md(),
      'docs/a.md': md(),
    });
    // No locale folder: the whole folder is one root, and the family is the full relative path.
    expect(entries(['.'], opts(dir))).toEqual(['api/a.md - api/a.md', 'docs/a.md - docs/a.md', 'img/a.md - img/a.md', 'media/a.md - media/a.md', 'src/a.md - src/a.md']);
    const { report } = await lint({ inputs: ['.'], cwd: dir });
    expect(report.summary.locales).toEqual(['und']);
    expect(report.summary.families).toBe(5);
  });

  it('next to locale folders, api/ src/ img/ are skipped and only the locales are read', () => {
    const dir = tree({ 'de-DE/a.md': md(), 'api/a.md': md(), 'src/a.md': md(), 'img/a.md': md() });
    expect(entries(['.'], opts(dir))).toEqual(['de-DE/a.md de-DE a.md']);
  });

  it('a file in src/ or api/ given by name gets no locale from its folder', async () => {
    const dir = tree({ 'src/a.md': md(), 'api/b.md': md({ 'ms.contentlocale': 'it-IT' }) });
    expect(located((await lint({ inputs: ['src/a.md', 'api/b.md'], cwd: dir })).articles)).toEqual(['api/b.md it-IT b.md', 'src/a.md und a.md']);
  });
});

describe('input errors', () => {
  it('a path that does not exist is an InputError naming it', async () => {
    const dir = tree({ 'de-DE/a.md': md() });
    expect(() => discover(['de-DE', 'nope'], opts(dir))).toThrow(InputError);
    expect(() => discover(['de-DE', 'nope'], opts(dir))).toThrow(/^nope: no such file or folder/);
    await expect(Promise.resolve().then(() => lint({ inputs: ['missing.md'], cwd: dir }))).rejects.toThrow(InputError);
  });

  it('a folder without any article is an InputError', () => {
    const dir = tree({ 'de-DE/a.txt': 'text', 'readme.rst': 'text' });
    expect(() => discover(['.'], opts(dir))).toThrow(InputError);
    expect(() => discover(['.'], opts(dir))).toThrow(/no article found/);
  });

  it('ignore globs leave files out', () => {
    const dir = tree({ 'de-DE/a.md': md(), 'de-DE/drafts/b.md': md() });
    expect(entries(['.'], opts(dir, { ignore: [...defaultConfig.ignore, 'drafts/**'] }))).toEqual(['de-DE/a.md de-DE a.md']);
  });
});

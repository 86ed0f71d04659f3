// The one-walk listing of discovery (default ignore list) against the glob and the link walk it stands in for.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import { changedFileTest, discover, listTree, listTreeByGlob } from '../src/corpus/discover.js';
import { entryPath } from '../src/corpus/entry.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-walk-');

function write(root: string, rel: string, text = 'x\n'): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

describe('listTree with the default ignore list', () => {
  it('lists the same files, in the same order, and the same links as the glob and the link walk', () => {
    const root = tree({});
    for (const rel of [
      'a.md',
      'z.md',
      'B/b.md',
      'B/c/d.md',
      'B/c/e.txt',
      'B/docfx.json',
      '.hidden.md',
      '.dot/inside.md',
      'B/.git/config.md',
      'node_modules/pkg/readme.md',
      'B/node_modules/x.md',
      'B/Node_Modules/kept.md',
      'C/node_modules',
      'C/node_modules.md',
      'C/x.MD',
    ]) {
      write(root, rel);
    }
    symlinkSync('../a.md', path.join(root, 'B/link.md'));
    symlinkSync('..', path.join(root, 'B/c/up'));
    symlinkSync('/etc', path.join(root, 'etc-link'));
    symlinkSync('../z.md', path.join(root, 'B/.hidden-link'));
    symlinkSync('../z.md', path.join(root, 'C/node_modules-link'));
    mkdirSync(path.join(root, 'D/node_modules'), { recursive: true });
    symlinkSync('../../z.md', path.join(root, 'D/node_modules/inside-link'));

    const walked = listTree(root, defaultConfig.ignore, []);
    const globbed = listTreeByGlob(root, defaultConfig.ignore);
    expect(walked).toEqual(globbed);
    expect([...walked.files].sort()).toEqual([
      'B/Node_Modules/kept.md',
      'B/b.md',
      'B/c/d.md',
      'B/c/e.txt',
      'B/docfx.json',
      'C/node_modules.md',
      'C/x.MD',
      'a.md',
      'z.md',
    ]);
    expect([...walked.links].sort()).toEqual(['B/c/up', 'B/link.md', 'C/node_modules-link', 'etc-link']);
  });

  it('gives the order the system lists each folder in, a subfolder entered where it is met', () => {
    const root = tree({});
    for (let i = 0; i < 30; i++) write(root, `${i % 3 === 0 ? `sub${i}/` : ''}f${i}.md`);
    const order = readdirSync(root);
    expect(order.length).toBeGreaterThan(0);
    expect(listTree(root, defaultConfig.ignore, [])).toEqual(listTreeByGlob(root, defaultConfig.ignore));
  });

  it('takes the glob for any other ignore list', () => {
    const root = tree({});
    write(root, 'a.md');
    write(root, 'skip/b.md');
    expect(listTree(root, ['skip/**'], []).files).toEqual(['a.md']);
  });
});

describe('the default include list', () => {
  it('takes the same files as picomatch does with the globs (any case, no dot-files)', () => {
    const root = tree({});
    const names = ['a.md', 'b.MD', 'c.Markdown', 'd.markdownx', 'e.mdx', 'f.md.txt', 'g..md', 'sub/h.mD', 'sub/i b.md', 'j.mar\u212Adown', 'k'];
    for (const n of names) write(root, `de-DE/${n}`);
    const paths = (include: string[]): string[] =>
      discover([root], { cwd: root, include, ignore: defaultConfig.ignore })
        .entries.map(entryPath)
        .sort();
    const fast = paths(defaultConfig.include);
    // The same globs in another order are not the default list: matched by picomatch.
    expect(fast).toEqual(paths([...defaultConfig.include].reverse()));
    expect(fast).toEqual(['de-DE/a.md', 'de-DE/b.MD', 'de-DE/c.Markdown', 'de-DE/g..md', 'de-DE/sub/h.mD', 'de-DE/sub/i b.md']);
  });
});

describe('changedFileTest', () => {
  it('matches a file by its real path, through a linked folder or a linked changed file, and nothing else', () => {
    const root = tree({});
    write(root, 'real/a.md');
    write(root, 'real/b.md');
    symlinkSync('real', path.join(root, 'linked'));
    symlinkSync('real/b.md', path.join(root, 'b-link.md'));
    const isChanged = changedFileTest([path.join(root, 'linked/a.md'), path.join(root, 'b-link.md'), path.join(root, 'gone.md')]);
    expect(isChanged(path.join(root, 'real/a.md'))).toBe(true);
    expect(isChanged(path.join(root, 'real/b.md'))).toBe(true);
    expect(isChanged(path.join(root, 'linked/b.md'))).toBe(true);
    write(root, 'other/a.md');
    expect(isChanged(path.join(root, 'other/a.md'))).toBe(false);
    expect(isChanged(path.join(root, 'real/c.md'))).toBe(false);
  });
});

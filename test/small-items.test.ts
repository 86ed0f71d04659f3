// The smaller holes of a hostile pull request: empty or bad refs, symbolic links, the cache and big files, ignore.
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/schema.js';
import { lint } from '../src/run.js';
import { fm } from './helpers/check-tester.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-small-');
const ARTICLE = `${fm('de-DE')}\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n`;
const git = (cwd: string, ...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });

describe('--changed-since', () => {
  it('an empty ref is a usage error, not a silent full run; a bad ref names the ref, not git\'s command line', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    expectUsageError(await run(['--changed-since', '', '.'], { cwd: dir }), 'the ref is empty');
    const bad = await run(['--changed-since', 'origin/nope', '.'], { cwd: dir });
    expectUsageError(bad, '"origin/nope" is not a commit in this repository');
    expect(bad.stderr).not.toMatch(/Command failed|rev-parse/);
  });
});

describe('symbolic links', () => {
  it('a symlinked article in a tree is skipped with a note naming it', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE });
    symlinkSync('a.md', path.join(dir, 'de-DE/link.md'));
    symlinkSync('/etc', path.join(dir, 'de-DE/etc'));
    const r = await run(['-f', 'json', '.'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { notes: string[]; summary: { files: number } };
    expect(report.summary.files).toBe(1);
    expect(report.notes.join('\n')).toMatch(/2 symbolic links below de-DE skipped .*etc, link\.md/);
  });

  it('a file argument that is a link (to /.dockerenv, /etc/hostname) is skipped with a note; its target folder is never walked', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE });
    symlinkSync('/etc/hostname', path.join(dir, 'de-DE/host.md'));
    const r = await run(['-f', 'json', 'de-DE/a.md', 'de-DE/host.md'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { notes: string[]; findings: { path: string }[] };
    expect(report.findings.every((f) => f.path === 'de-DE/a.md')).toBe(true);
    expect(report.notes).toContain('de-DE/host.md: a symbolic link, skipped (loccheck does not follow links; name the real file)');
    symlinkSync(existsSync('/.dockerenv') ? '/.dockerenv' : '/etc/hostname', path.join(dir, 'docker.md'));
    const t = performance.now();
    expectUsageError(await run(['docker.md'], { cwd: dir }), 'symbolic link');
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('the cache and files above maxFileBytes', () => {
  it('a file above the limit is not hashed: its size alone keys it', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE, 'de-DE/big.md': 'x'.repeat(5000) });
    const cacheDir = path.join(tree({}), 'c');
    const config = { ...defaultConfig, maxFileBytes: 1000 };
    await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config });
    writeFileSync(path.join(dir, 'de-DE/big.md'), 'y'.repeat(5000)); // new content, same size
    const again = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config });
    expect(again.timings.cacheHits).toBe(2);
    expect(again.report.findings.filter((f) => f.messageId === 'too-large').map((f) => f.path)).toEqual(['de-DE/big.md']);
  });
});

describe('ignore', () => {
  it('{"ignore":["**"]} says that ignore left every file out', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE, 'loccheck.config.json': '{"ignore":["**"]}' });
    expectUsageError(await run(['.'], { cwd: dir }), "leaving out the config's ignore: **");
  });
});

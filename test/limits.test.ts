// Size limits on every file loccheck reads, user regexes that cannot backtrack for good, locale patterns that
// cannot explode, and signals honoured while an article is being analysed.
import { spawn } from 'node:child_process';
import { symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unsafePattern } from '../src/config/safe-regex.js';
import { compileLocalePattern } from '../src/corpus/discover.js';
import { fm } from './helpers/check-tester.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const tree = tempTrees('loccheck-limits-');
const ARTICLE = `${fm('de-DE')}\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n`;

async function quick<T>(p: Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await p;
  expect(performance.now() - t).toBeLessThan(5000);
  return r;
}

describe('size limits on the files loccheck reads', () => {
  it('a config that is a link to /dev/zero, a FIFO-like special file or over 1 MiB: exit 2 at once', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE, '.git/HEAD': '' });
    symlinkSync('/dev/zero', path.join(dir, 'loccheck.config.json'));
    expectUsageError(await quick(run(['.'], { cwd: dir })), 'not a regular file');
    const big = tree({ 'de-DE/a.md': ARTICLE, 'loccheck.config.json': `{"ignore":[${Array.from({ length: 120_000 }, (_, i) => `"x${i}/**"`).join(',')}]}` });
    expectUsageError(await quick(run(['.'], { cwd: big })), 'larger than 1048576 bytes');
  });

  it('a baseline or a report to merge that is /dev/zero or huge: exit 2 at once, nothing read', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE });
    symlinkSync('/dev/zero', path.join(dir, 'zero.json'));
    writeFileSync(path.join(dir, 'huge.json'), '');
    truncateSync(path.join(dir, 'huge.json'), 600 * 1024 * 1024); // sparse: no disk used
    expectUsageError(await quick(run(['--baseline', 'zero.json', '.'], { cwd: dir })), 'zero.json: baseline is not a regular file');
    expectUsageError(await quick(run(['--baseline', 'huge.json', '.'], { cwd: dir })), 'huge.json: baseline is larger than');
    expectUsageError(await quick(run(['merge-reports', 'zero.json'], { cwd: dir })), 'zero.json: report is not a regular file');
    expectUsageError(await quick(run(['merge-reports', 'huge.json'], { cwd: dir })), 'huge.json: report is larger than');
  });
});

describe('user regular expressions', () => {
  it.each(['^(a+)+$', '(a*)*b', '((ab)+)+', '(x+x+)+y', '(a|a)*$', '(.*|a)+', '^(\\w+\\s?)*$', '(a)\\1'])('%s is refused', (p) => {
    expect(unsafePattern(p)).toBeDefined();
  });

  it.each(['^https://example\\.com/', 'contoso\\.(com|net)', '(foo|bar)+', '^[A-Z][a-z]+$', '\\d{1,3}(\\.\\d{1,3}){3}', 'a+b+c+', '(?:v\\d+)?'])('%s is accepted', (p) => {
    expect(unsafePattern(p)).toBeUndefined();
  });

  it('an unsafe pattern in a check option is a config error naming it, before any article is read', async () => {
    const dir = tree({ 'de-DE/a.md': ARTICLE, 'loccheck.config.json': JSON.stringify({ checks: { 'broken-link': ['error', { ignore: ['^(a+)+$'] }] } }) });
    expectUsageError(await quick(run(['.'], { cwd: dir })), '/checks/broken-link/options/ignore/0: unsafe regular expression');
  });
});

describe('--locale-pattern', () => {
  it('many **/ parts are one; too many wildcards are refused; matching stays fast', () => {
    const match = compileLocalePattern(`${'**/'.repeat(40)}<locale>/**`);
    const t = performance.now();
    expect(match(`${'a/'.repeat(60)}b`)).toBeUndefined();
    expect(match('x/y/de-DE/a.md')).toEqual({ locale: 'de-DE', family: 'a.md' });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(() => compileLocalePattern('*/**/a*b*c*/**/*/**/<locale>/**/*')).toThrow(/at most 8 wildcards/);
  });
});

describe('signals', () => {
  it('SIGTERM during a long analysis ends the run at once with 143 and no report', async () => {
    const dir = tree({ 'de-DE/slow.md': `${fm('de-DE')}\n${'*a'.repeat(60_000)}\n`, 'de-DE/a.md': ARTICLE });
    const child = spawn(process.execPath, [path.join(REPO, 'bin/loccheck.js'), '-o', 'r.json', '-f', 'json', '.'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    await new Promise((r) => setTimeout(r, 1500));
    const sent = performance.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(performance.now() - sent).toBeLessThan(3000);
    expect(code).toBe(143);
    expect(stderr).toContain('interrupted (SIGTERM)');
  }, 20_000);
});

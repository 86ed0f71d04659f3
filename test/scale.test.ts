// Same findings however the work is split: one thread or workers, one run or shards merged; progress on a TTY only.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSigned, writeSigned } from '../src/cache/cache.js';
import { cacheKey } from '../src/cache/key.js';
import { defaultConfig } from '../src/config/schema.js';
import { EXIT_FINDINGS, EXIT_OK } from '../src/cli/main.js';
import { mergeReports } from '../src/engine/merge.js';
import type { Report } from '../src/model.js';
import { lint, shardOf } from '../src/run.js';
import { fm, pair } from './helpers/check-tester.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-scale-');
const LOCALES = ['de-DE', 'fr-FR', 'ja-JP', 'zh-CN'];

/** 4 locales × 20 articles with a few planted defects (mangled hash, changed version, conflict, broken link). */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let a = 0; a < 20; a++) {
    LOCALES.forEach((locale, l) => {
      const version = a % 5 === 0 && l === 1 ? '8,3' : '8.3';
      const hash = a % 7 === 0 && l === 2 ? 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =' : 'AdDO8hsJqilU93hQHC3OZaPR2saEA==';
      const conflict = a % 9 === 0 && l === 3 ? '\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> main\n' : '';
      const link = a % 4 === 0 && l === 0 ? '[gone](missing.md)' : `[next](article-${(a + 1) % 20}.md)`;
      files[`${locale}/article-${a}.md`] =
        `${fm(locale)}\n# ${pair(`t-${a}`, `Titre ${a}`, `Title ${a}`)}\n\n` +
        `${pair(`v-${a}`, `Version ${version} ${hash}`, `Version 8.3 AdDO8hsJqilU93hQHC3OZaPR2saEA==`)} ${link}\n${conflict}`;
    });
  }
  return files;
}

const key = (r: Report): string[] => r.findings.map((f) => `${f.fingerprint} ${f.ruleId} ${f.path}:${f.line}:${f.column} ${f.message}`);

describe('identical findings', () => {
  it('with and without worker threads, and with shards merged', async () => {
    const dir = tree(corpus());
    const single = (await lint({ inputs: ['.'], cwd: dir, jobs: 0 })).report;
    expect(single.findings.length).toBeGreaterThan(10);
    expect(new Set(single.findings.map((f) => f.ruleId))).toEqual(new Set(['fact-mismatch', 'merge-conflict-marker', 'broken-link']));
    // Worker threads need the compiled worker (dist/, built by `npm ci`'s prepare): from sources lint() runs inline.
    const compiled = (await import(pathToFileURL(path.resolve('dist/run.js')).href)) as typeof import('../src/run.js');
    const pool = (await import(pathToFileURL(path.resolve('dist/engine/pool.js')).href)) as typeof import('../src/engine/pool.js');
    expect(pool.workersAvailable()).toBe(true);
    const workers = (await compiled.lint({ inputs: ['.'], cwd: dir, jobs: 2 })).report;
    expect(key(workers)).toEqual(key(single));
    const oneWorker = (await compiled.lint({ inputs: ['.'], cwd: dir, jobs: 1 })).report;
    expect(key(oneWorker)).toEqual(key(single));
    const shards = await Promise.all([1, 2, 3].map(async (index) => (await lint({ inputs: ['.'], cwd: dir, jobs: 0, shard: { index, count: 3 } })).report));
    expect(shards.map((s) => s.summary.files).reduce((a, b) => a + b)).toBe(80);
    for (const s of shards) expect(s.summary.files % 4).toBe(0); // every locale of a family in one shard
    const merged = mergeReports(shards);
    expect(key(merged)).toEqual(key(single));
    expect(merged.summary.findings).toEqual(single.summary.findings);
    expect(merged.summary.files).toBe(80);
    expect(merged.summary.families).toBe(20);
  });

  it('shardOf is stable and spreads families', () => {
    expect(shardOf('lync/a.md', 4)).toBe(shardOf('lync/a.md', 4));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 400; i++) (counts[shardOf(`teams/article-${i}.md`, 4) - 1] as number)++;
    for (const c of counts) expect(c).toBeGreaterThan(60);
  });
});

describe('--shard and merge-reports through the CLI', () => {
  it('two shards written as JSON merge into the report of one run, in any format', async () => {
    const dir = tree(corpus());
    const whole = await run(['-f', 'json', '.'], { cwd: dir });
    for (const i of [1, 2]) expect((await run(['-f', 'json', '--shard', `${i}/2`, '-o', `s${i}.json`, '.'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
    const merged = await run(['merge-reports', '-f', 'json', 's1.json', 's2.json'], { cwd: dir });
    expect(merged.code).toBe(EXIT_FINDINGS);
    const a = JSON.parse(whole.stdout) as Report;
    const b = JSON.parse(merged.stdout) as Report;
    expect(key(b)).toEqual(key(a));
    const sarif = await run(['merge-reports', '-f', 'sarif', '--fail-on', 'never', 's1.json', 's2.json'], { cwd: dir });
    expect(sarif.code).toBe(EXIT_OK);
    expect((JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] }).runs[0]?.results).toHaveLength(a.findings.length);
  });

  it('a bad shard or a file that is not a report is a one-line usage error', async () => {
    const dir = tree({ 'fr-FR/a.md': '# A\n', 'x.json': '{"a":1}' });
    expectUsageError(await run(['--shard', '3/2', '.'], { cwd: dir }), '--shard "3/2": expected i/n');
    expectUsageError(await run(['merge-reports', 'x.json'], { cwd: dir }), 'x.json: not a loccheck JSON report');
    expectUsageError(await run(['merge-reports', 'nope.json'], { cwd: dir }), 'nope.json: cannot read the report (ENOENT)');
  });
});

describe('progress line', () => {
  it('on a TTY stderr it shows parsed/total and clears itself; the report on stdout has none of it', async () => {
    const dir = tree(corpus());
    const r = await run(['.'], { cwd: dir, tty: true, env: { LOCCHECK_PROGRESS_DELAY_MS: '0' } });
    expect(r.stderr).toMatch(/^\r\u001b\[2Kloccheck: parsed \d+\/80 articles · \d+ s/);
    expect(r.stderr).toContain('loccheck: parsed 80/80 articles');
    expect(r.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(r.stdout).not.toContain('parsed');
  });

  it('silent without a TTY, with --quiet, and for a machine format on stdout', async () => {
    const dir = tree(corpus());
    const env = { LOCCHECK_PROGRESS_DELAY_MS: '0' };
    expect((await run(['.'], { cwd: dir, tty: false, env })).stderr).toBe('');
    expect((await run(['-q', '.'], { cwd: dir, tty: true, env })).stderr).toBe('');
    expect((await run(['-f', 'json', '.'], { cwd: dir, tty: true, env })).stderr).toBe('');
    // A run shorter than the default delay (500 ms) shows no line at all.
    expect((await run(['fr-FR/article-1.md'], { cwd: dir, tty: true })).stderr).toBe('');
  });
});

describe('content-hash cache', () => {
  it('a warm run parses nothing and reports the same; one changed file re-analyses its family alone', async () => {
    const dir = tree(corpus());
    const cacheDir = path.join(dir, '.loccheck-cache');
    const plain = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
    const cold = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir });
    expect(cold.timings).toMatchObject({ cacheHits: 0, cacheMisses: 80 });
    expect(key(cold.report)).toEqual(key(plain.report));
    const warm = await lint({ inputs: ['.'], cwd: dir, jobs: 2, cacheDir });
    expect(warm.timings).toMatchObject({ cacheHits: 80, cacheMisses: 0 });
    expect(key(warm.report)).toEqual(key(plain.report));

    // A conflict lands in one file: its family (4 locales) is analysed again, the 19 others come from the cache.
    writeFileSync(path.join(dir, 'de-DE/article-3.md'), `${readFileSync(path.join(dir, 'de-DE/article-3.md'), 'utf8')}\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n`);
    const before = new Map(readdirSync(cacheDir).map((f) => [f, readFileSync(path.join(cacheDir, f))]));
    const changed = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir });
    expect(changed.timings).toMatchObject({ cacheHits: 76, cacheMisses: 4 });
    // Only the changed family's bucket is rewritten (and the file index, which holds the new content hash).
    const rewritten = readdirSync(cacheDir).filter((f) => !readFileSync(path.join(cacheDir, f)).equals(before.get(f) ?? Buffer.alloc(0)));
    expect(rewritten.sort()).toEqual([expect.stringMatching(/^families-\d\d\.v8$/), 'files.v8']);
    const fresh = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
    expect(key(changed.report)).toEqual(key(fresh.report));
    expect(changed.report.findings.filter((f) => f.path === 'de-DE/article-3.md' && f.ruleId === 'merge-conflict-marker')).toHaveLength(1);
  });

  it('links across families are resolved on every run: a cached article sees an anchor go away in another', async () => {
    const dir = tree({
      'de-DE/a.md': `${fm('de-DE')}\n${pair('a-1', 'Siehe', 'See')} [B](b.md#setup)\n`,
      'de-DE/b.md': `${fm('de-DE')}\n## Setup\n\n${pair('b-1', 'Text', 'Text')}\n`,
    });
    const cacheDir = path.join(dir, 'c');
    expect((await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir })).report.findings.filter((f) => f.ruleId === 'broken-link')).toEqual([]);
    writeFileSync(path.join(dir, 'de-DE/b.md'), `${fm('de-DE')}\n## Installation\n\n${pair('b-1', 'Text', 'Text')}\n`);
    const after = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir });
    expect(after.timings).toMatchObject({ cacheHits: 1, cacheMisses: 1 });
    expect(after.report.findings.filter((f) => f.ruleId === 'broken-link').map((f) => `${f.path}:${f.line} ${f.messageId} ${f.actual}`)).toEqual([
      'de-DE/a.md:6 missing-anchor #setup',
    ]);
  });

  it('another configuration or loccheck version starts a new cache; a damaged cache is ignored', async () => {
    const dir = tree(corpus());
    const cacheDir = path.join(dir, 'c');
    await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir });
    const config = { ...defaultConfig, checks: { 'fact-mismatch': { severity: 'warning' as const, options: {} } } };
    expect((await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config })).timings.cacheHits).toBe(0);
    expect((await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config, version: '9.9.9' })).timings.cacheHits).toBe(0);
    expect((await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config, version: '9.9.9' })).timings.cacheHits).toBe(80);
    // Entries that read but do not unpack to a family result are analysed again.
    const secret = cacheKey(process.env);
    for (const f of readdirSync(cacheDir).filter((n) => n.startsWith('families-'))) {
      const read = readSigned<{ families: Map<string, { packed: unknown }> }>(cacheDir, f, secret);
      if (!('value' in read)) throw new Error(`unreadable ${f}`);
      for (const entry of read.value.families.values()) entry.packed = { strings: ['x'], value: { summaries: -1 } };
      writeSigned(cacheDir, f, secret, read.value);
    }
    const unpacked = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config, version: '9.9.9' });
    expect(unpacked.timings).toMatchObject({ cacheHits: 0, cacheMisses: 80 });
    expect(key(unpacked.report)).toEqual(key((await lint({ inputs: ['.'], cwd: dir, jobs: 0, config, version: '9.9.9' })).report));
    expect((await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, config, version: '9.9.9' })).timings.cacheHits).toBe(80);
    for (const f of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, f), 'not a cache');
    const r = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir });
    expect(r.timings).toMatchObject({ cacheHits: 0, cacheMisses: 80 });
    // No temporary file left: family buckets and the file index only.
    expect(readdirSync(cacheDir).filter((f) => !/^(families-\d\d|files)\.v8$/.test(f))).toEqual([]);
  });

  it('--cache writes below $XDG_CACHE_HOME/loccheck, never in the checkout; a --cache-location that is a file is a usage error', async () => {
    const dir = tree({ ...corpus(), 'afile': 'x' });
    const home = tree({});
    const r = await run(['--cache', '-f', 'json', '.'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(existsSync(path.join(dir, '.loccheck-cache'))).toBe(false);
    const projects = readdirSync(path.join(home, 'loccheck', 'projects'));
    expect(projects).toHaveLength(1);
    expect(readdirSync(path.join(home, 'loccheck', 'projects', projects[0] as string))).toContain('files.v8');
    // The signing key: the user's alone.
    expect(statSync(path.join(home, 'loccheck', 'key')).mode & 0o777).toBe(0o600);
    expectUsageError(await run(['--cache-location', 'afile', '.'], { cwd: dir }), '--cache-location');
  });
});

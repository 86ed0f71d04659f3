// A pull request controls the checked-out tree: a cache it commits, damages or replaces is never trusted.
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSigned, writeSigned } from '../../src/cache/cache.js';
import { EXIT_FINDINGS } from '../../src/cli/main.js';
import { lint } from '../../src/run.js';
import { fm, pair } from '../helpers/check-tester.js';
import { run } from '../helpers/cli-run.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('loccheck-cache-hostile-');
const CONFLICT = `${fm('de-DE')}\n${pair('a-1', 'Hallo', 'Hello')}\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> main\n`;
const files = (): Record<string, string> => ({ 'de-DE/a.md': CONFLICT, 'fr-FR/a.md': `${fm('fr-FR')}\n${pair('a-1', 'Bonjour', 'Hello')}\n` });

type Bucket = { families: Map<string, { key: string; packed: { strings: string[]; value: unknown } }> };

/** Rewrites every entry of every bucket in `dir`, signed with `key`. */
function rewriteEntries(dir: string, key: Buffer, value: (old: unknown) => unknown): void {
  for (const f of readdirSync(dir).filter((n) => n.startsWith('families-'))) {
    const read = readSigned<Bucket>(dir, f, key);
    if (!('value' in read)) throw new Error(`cannot read ${f}`);
    for (const e of read.value.families.values()) e.packed = { strings: [], value: value(e.packed) };
    writeSigned(dir, f, key, read.value);
  }
}

describe('a cache the checked-out tree cannot forge', () => {
  it('an entry committed in the tree, keyed by the bad content and saying "no findings", is not trusted', async () => {
    const dir = tree(files());
    // The attacker computes a complete, valid cache for their content with a key of their own, then empties it.
    const attackerKey = Buffer.alloc(32, 7);
    const planted = path.join(dir, '.loccheck-cache');
    await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir: planted, cacheKey: attackerKey });
    rewriteEntries(planted, attackerKey, () => ({ summaries: [], findings: [] }));
    const home = tree({});
    // Whether CI points --cache-location at it or uses the default location, the conflict is reported.
    for (const args of [['--cache-location', '.loccheck-cache'], ['--cache']]) {
      const r = await run([...args, '-f', 'json', '.'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
      expect(r.code).toBe(EXIT_FINDINGS);
      expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('merge-conflict-marker');
    }
  });

  it('an entry with the right key and signature but a finding shaped {} is analysed again (no exit 3)', async () => {
    const dir = tree(files());
    const cacheDir = path.join(tree({}), 'c');
    const key = Buffer.alloc(32, 1);
    const plain = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
    await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, cacheKey: key });
    // Packed values map strings to negative numbers; `{}` and a null finding stay what they are.
    rewriteEntries(cacheDir, key, () => ({ summaries: [], findings: [{}, null] }));
    const r = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, cacheKey: key });
    expect(r.timings).toMatchObject({ cacheHits: 0, cacheMisses: 2 });
    expect(r.report.findings.map((f) => f.fingerprint)).toEqual(plain.report.findings.map((f) => f.fingerprint));
    // A summary with a wrong type too.
    rewriteEntries(cacheDir, key, () => ({ summaries: [{ path: 1 }], findings: [] }));
    expect((await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, cacheKey: key })).timings.cacheHits).toBe(0);
  });

  it('cache files that are a link to /dev/zero, a folder or a FIFO are ignored with a note; the report is complete', async () => {
    const dir = tree(files());
    const cacheDir = path.join(tree({}), 'c');
    const key = Buffer.alloc(32, 2);
    mkdirSync(cacheDir);
    for (let b = 0; b < 64; b++) {
      const name = path.join(cacheDir, `families-${String(b).padStart(2, '0')}.v8`);
      if (b % 3 === 0) symlinkSync('/dev/zero', name);
      else if (b % 3 === 1) mkdirSync(name);
      else execFileSync('mkfifo', [name]);
    }
    mkdirSync(path.join(cacheDir, 'files.v8'));
    const started = performance.now();
    const r = await lint({ inputs: ['.'], cwd: dir, jobs: 0, cacheDir, cacheKey: key });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.report.findings.map((f) => f.ruleId)).toContain('merge-conflict-marker');
    const notes = r.report.notes.filter((n) => n.startsWith('Cache'));
    expect(notes.some((n) => /not a regular file/.test(n))).toBe(true);
    // Writing over a folder fails: a note, not a lost report.
    expect(notes.some((n) => n.startsWith('Cache not saved'))).toBe(true);
    for (const n of notes) expect(n).not.toContain('\n');
  });

  it('a failed cache write keeps the finished report (CLI exit 1, not 2 or 3)', async () => {
    const dir = tree(files());
    const cacheDir = path.join(tree({}), 'c');
    mkdirSync(cacheDir);
    for (let b = 0; b < 64; b++) mkdirSync(path.join(cacheDir, `families-${String(b).padStart(2, '0')}.v8`));
    const r = await run(['--cache-location', cacheDir, '-f', 'json', '.'], { cwd: dir, env: { XDG_CACHE_HOME: tree({}) } });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(JSON.parse(r.stdout).notes.join('\n')).toMatch(/Cache not saved/);
  });
});

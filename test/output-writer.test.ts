// The one output writer: every write checked, inputs and special files never replaced, the last good file kept.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_USAGE } from '../src/cli/main.js';
import { FileError, writeAtomic } from '../src/io/files.js';
import { fm, pair } from './helpers/check-tester.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-writer-');
const ARTICLE = `${fm('de-DE')}\n${pair('a-1', 'Hallo', 'Hello')}\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> main\n`;
const files = (): Record<string, string> => ({ 'de-DE/a.md': ARTICLE, 'loccheck.config.json': '{}' });

describe('the output writer refuses to replace inputs and special files', () => {
  it('-o or --write-baseline onto an article, a new article path in a scanned root, or the config: exit 2, file untouched', async () => {
    const dir = tree(files());
    for (const opt of ['-o', '--write-baseline']) {
      expectUsageError(await run([opt, 'de-DE/a.md', '.'], { cwd: dir }), 'de-DE/a.md');
      expect(readFileSync(path.join(dir, 'de-DE/a.md'), 'utf8')).toBe(ARTICLE);
      expectUsageError(await run([opt, 'de-DE/report.md', '.'], { cwd: dir }), 'would be read as an article');
      expect(existsSync(path.join(dir, 'de-DE/report.md'))).toBe(false);
      expectUsageError(await run([opt, 'loccheck.config.json', '.'], { cwd: dir }), 'config file');
      expect(readFileSync(path.join(dir, 'loccheck.config.json'), 'utf8')).toBe('{}');
    }
    // A report beside the articles that is not one is fine.
    expect((await run(['-o', 'de-DE/report.json', '-f', 'json', '.'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
  });

  it('-o onto a symbolic link, a FIFO, a folder or /dev/null: exit 2, nothing replaced', async () => {
    const dir = tree(files());
    const other = tree({ 'keep.txt': 'keep' });
    symlinkSync(path.join(other, 'keep.txt'), path.join(dir, 'link.json'));
    execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
    mkdirSync(path.join(dir, 'folder.json'));
    for (const target of ['link.json', 'fifo.json', 'folder.json', '/dev/null']) {
      const r = await run(['-o', target, '-f', 'json', '.'], { cwd: dir });
      expectUsageError(r, target);
    }
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, 'link.json'))).toBe(path.join(other, 'keep.txt'));
    expect(readFileSync(path.join(other, 'keep.txt'), 'utf8')).toBe('keep');
    expect(lstatSync(path.join(dir, 'fifo.json')).isFIFO()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('every write is checked', () => {
  it('short writes are continued to the end', () => {
    const dir = tree({});
    const file = path.join(dir, 'r.txt');
    const text = 'x'.repeat(10_000);
    writeAtomic(file, [text, 'end'], { fs: { writeSync: (fd, b, o, l) => Math.min(l, 7) && require_('fs').writeSync(fd, b, o, Math.min(l, 7)), fsyncSync: () => {} } });
    expect(readFileSync(file, 'utf8')).toBe(`${text}end`);
  });

  it('ENOSPC mid-write: a one-line error naming the path, the previous file intact, no temporary file left', () => {
    const dir = tree({ 'r.txt': 'the last good report' });
    const file = path.join(dir, 'r.txt');
    let budget = 100;
    const full = {
      writeSync: (fd: number, b: Uint8Array, o: number, l: number): number => {
        if (budget <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        const n = Math.min(l, budget);
        budget -= n;
        return require_('fs').writeSync(fd, b, o, n) as number;
      },
      fsyncSync: () => {},
    };
    let error: unknown;
    try {
      writeAtomic(file, ['y'.repeat(1000)], { fs: full, what: 'report' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/no space left/);
    expect((error as Error).message).not.toContain('\n');
    expect(readFileSync(file, 'utf8')).toBe('the last good report');
    expect(readdirSync(dir)).toEqual(['r.txt']);
  });
});

// A real full disk: a 64 KB tmpfs (needs root and mount; skipped elsewhere).
const mountPoint = mkdtempSync(path.join(tmpdir(), 'loccheck-tmpfs-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
  mounted = true;
} catch {
  mounted = false;
}
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmdirSync(mountPoint);
});

describe.skipIf(!mounted)('a full disk (64 KB tmpfs)', () => {
  it.each(['html', 'json', 'sarif', 'junit', 'gitlab', 'terminal'])('-f %s: exit 2 with a clear message, the earlier report intact', async (format) => {
    const big: Record<string, string> = {};
    for (let i = 0; i < 120; i++) big[`de-DE/a${i}.md`] = `${ARTICLE}\n${'<<<<<<< HEAD\n=======\n>>>>>>> x\n'.repeat(5)}`;
    const dir = tree(big);
    const out = path.join(mountPoint, `report.${format}`);
    for (const f of readdirSync(mountPoint)) rmSync(path.join(mountPoint, f), { force: true });
    writeFileSync(out, 'earlier report');
    writeFileSync(path.join(mountPoint, 'filler'), Buffer.alloc(40 * 1024)); // what is left is smaller than any of these reports
    const r = await run(['-o', out, '-f', format, '--jobs', '0', '.'], { cwd: dir });
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/^loccheck: cannot write the report .*report\.\w+: no space left on the device \(ENOSPC\)/);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(readFileSync(out, 'utf8')).toBe('earlier report');
    expect(readdirSync(mountPoint).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

import { createRequire } from 'node:module';
const require_ = createRequire(import.meta.url);

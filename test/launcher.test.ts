// The launcher starts node again under loccheck's V8 flags, passes on exit codes and signals, and falls back to itself.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { V8_FLAGS, exitCodeOf, relaunchArgs } from '../src/cli/v8-flags.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(REPO, 'bin/loccheck.js');
const dir = mkdtempSync(path.join(tmpdir(), 'loccheck-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the launcher with a preload that logs each node process's pid, parent pid and execArgv. */
function launch(args: string[], extraExecArgv: string[] = []): { status: number | null; stderr: string; processes: { pid: number; ppid: number; execArgv: string[] }[] } {
  const log = path.join(dir, `log-${Math.random().toString(36).slice(2)}.jsonl`);
  const preload = path.join(dir, 'preload.mjs');
  writeFileSync(preload, `import { appendFileSync } from 'node:fs';\nimport { isMainThread } from 'node:worker_threads';\nif (isMainThread) appendFileSync(${JSON.stringify(log)}, JSON.stringify({ pid: process.pid, ppid: process.ppid, execArgv: process.execArgv }) + '\\n');\n`);
  const r = spawnSync(process.execPath, [...extraExecArgv, '--import', pathToFileURL(preload).href, BIN, ...args], { cwd: dir, encoding: 'utf8' });
  const processes = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { status: r.status, stderr: r.stderr, processes };
}

describe('relaunchArgs', () => {
  it('adds the flags node lacks, keeping the options it was started with, then the script and its arguments', () => {
    expect(relaunchArgs(['--import', 'x.mjs'], '/b/loccheck.js', ['docs', '-f', 'json'])).toEqual(['--import', 'x.mjs', ...V8_FLAGS, '/b/loccheck.js', 'docs', '-f', 'json']);
    expect(relaunchArgs([V8_FLAGS[0] as string], '/b/l.js', [])).toEqual([V8_FLAGS[0], ...V8_FLAGS.slice(1), '/b/l.js']);
  });

  it('is undefined when node runs under every flag already, or is being debugged', () => {
    expect(relaunchArgs([...V8_FLAGS], '/b/l.js', ['x'])).toBeUndefined();
    expect(relaunchArgs(['--inspect-brk'], '/b/l.js', ['x'])).toBeUndefined();
    expect(relaunchArgs(['--inspect=9230'], '/b/l.js', ['x'])).toBeUndefined();
  });
});

describe('exitCodeOf', () => {
  it("is the process's code, or 128 + the signal's number, or 1 for a signal it does not know", () => {
    expect(exitCodeOf(0, null, constants.signals)).toBe(0);
    expect(exitCodeOf(2, null, constants.signals)).toBe(2);
    expect(exitCodeOf(null, 'SIGKILL', constants.signals)).toBe(137);
    expect(exitCodeOf(null, 'SIGTERM', constants.signals)).toBe(143);
    expect(exitCodeOf(null, 'SIGUSR2', {})).toBe(1);
  });
});

describe('the launcher', () => {
  it('runs the CLI in a second node process, its child, started under the V8 flags', () => {
    const r = launch(['--version']);
    expect(r.status).toBe(0);
    expect(r.processes).toHaveLength(2);
    const [outer, inner] = r.processes as [(typeof r.processes)[0], (typeof r.processes)[0]];
    expect(outer.execArgv.some((a) => V8_FLAGS.includes(a))).toBe(false);
    expect(inner.ppid).toBe(outer.pid);
    for (const flag of V8_FLAGS) expect(inner.execArgv).toContain(flag);
    // The options node was started with go along (here the preload itself).
    expect(inner.execArgv).toContain('--import');
  });

  it('runs the CLI itself when node has the flags already', () => {
    const r = launch(['--version'], [...V8_FLAGS]);
    expect(r.status).toBe(0);
    expect(r.processes).toHaveLength(1);
  });

  it("ends with the CLI's exit code: 2 for a usage error, 1 for findings", () => {
    const usage = launch(['--no-such-option']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe("loccheck: unknown option '--no-such-option' (see loccheck --help)\n");
    expect(usage.processes).toHaveLength(2);
    writeFileSync(path.join(dir, 'conflict.md'), '---\nms.contentlocale: fr-FR\n---\n<<<<<<< HEAD\ntexte\n=======\n');
    const findings = launch(['conflict.md', '-f', 'json', '-o', 'r.json']);
    expect(findings.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8')) as { findings: { ruleId: string; line: number }[] };
    expect(report.findings.map((f) => [f.ruleId, f.line])).toContainEqual(['merge-conflict-marker', 4]);
  });

  it('passes a SIGTERM sent to it alone on to the CLI, which exits 143 without a report', async () => {
    const files = Array.from({ length: 300 }, (_, i) => `a-${i}.md`);
    const body = Array.from({ length: 60 }, (_, j) => `<span data-ttu-id="x-${j}">Phrase ${j} 8,3</span><span class="sxs-lookup"><span data-stu-id="x-${j}">Sentence ${j} 8.3</span></span>`).join(' ');
    const tree = mkdtempSync(path.join(dir, 'tree-'));
    for (const f of files) writeFileSync(path.join(tree, f), `---\nms.contentlocale: fr-FR\n---\n${body}\n`);
    const child = spawn(process.execPath, [BIN, '-f', 'json', '-o', 'report.json', '.'], { cwd: tree });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(143);
    expect(stderr).toContain('loccheck: interrupted (SIGTERM); no report written');
    expect(readFileSync(path.join(tree, files[0] as string), 'utf8')).toContain('Phrase 0 8,3');
    expect(() => readFileSync(path.join(tree, 'report.json'))).toThrow();
  }, 30_000);
});

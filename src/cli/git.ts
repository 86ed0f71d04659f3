// Asks git which files changed since a ref (committed, staged, unstaged and untracked), for --changed-since; and
// reads the English history for paired mode (below).
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type HistoryAnswer, type HistoryRequest, historyKey } from '../corpus/source-history.js';

export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new GitError('--changed-since needs git on the PATH');
    // git's own first line of explanation, never the command line Node puts in the message.
    const why = (e.stderr ?? '').trim().split('\n')[0] || `exit code ${(e as { status?: number }).status ?? '?'}`;
    throw new GitError(`git ${args[0]} failed: ${why}`);
  }
}

/** `git` without waiting for it: the two listings below run side by side, while the run's modules load. */
function gitAsync(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const e = error as NodeJS.ErrnoException & { code?: unknown };
      if (e.code === 'ENOENT') return reject(new GitError('--changed-since needs git on the PATH'));
      const why = (stderr ?? '').trim().split('\n')[0] || `exit code ${typeof e.code === 'number' ? e.code : '?'}`;
      reject(new GitError(`git ${args[0]} failed: ${why}`));
    });
  });
}

/** Absolute paths of the files that differ from `ref` in the working tree, plus untracked files. */
export async function changedFilesSince(cwd: string, ref: string): Promise<string[]> {
  if (ref.trim() === '') throw new GitError('--changed-since: the ref is empty (in CI, is the base branch variable set?)');
  if (ref.startsWith('-')) throw new GitError(`--changed-since: "${ref}" is not a git ref`);
  const top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  try {
    git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new GitError(`--changed-since: "${ref}" is not a commit in this repository (fetch it first, e.g. git fetch --depth=1 origin main)`);
  }
  // `git diff REF` compares the ref with the working tree; -z keeps non-ASCII names as they are.
  const [diff, untracked] = await Promise.all([
    gitAsync(cwd, ['diff', '--name-only', '--no-renames', '-z', ref, '--']),
    gitAsync(cwd, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const names = [...diff.split('\0'), ...untracked.split('\0').map((n) => path.relative(top, path.resolve(cwd, n)))].filter((n) => n !== '');
  return [...new Set(names)].map((n) => path.join(top, n));
}

// ---------------------------------------------------------------------------------------------------------------
// Paired mode with the English history (`--source` inside a git repository): the English articles as they were at
// the commits the translations record. Two `git cat-file` processes for the whole run, whatever the number of
// files and commits: one asks what exists (`--batch-check`), one reads the blobs that differ (`--batch`). Every
// value reaches git on stdin, never as an argument (no value can be read as an option), and each process has a
// time limit and an output bound.

/** Time allowed to each git process. */
const HISTORY_TIMEOUT_MS = 60_000;

/** The top of the git working tree holding `dir` (a `.git` folder or file), or undefined: then no git runs. */
export function repositoryOf(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** `git <args>` in `cwd` with `input` on stdin; its stdout as bytes. */
function gitWithInput(cwd: string, args: readonly string[], input: string, maxBuffer: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer, timeout: HISTORY_TIMEOUT_MS, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const e = error as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') return reject(new GitError('git is not on the PATH'));
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return reject(new GitError(`git ${args[0]} wrote more than ${maxBuffer} bytes`));
        if (e.killed) return reject(new GitError(`git ${args[0]} took more than ${HISTORY_TIMEOUT_MS / 1000} s`));
        reject(new GitError(`git ${args[0]} failed: ${stderr.toString('utf8').trim().split('\n')[0] || 'no reason given'}`));
      },
    );
    // git may exit before reading all of stdin (an error): the broken pipe is that error, reported above.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

/** One line of `git cat-file --batch-check`: the object's id, type and size, or undefined (missing, ambiguous). */
function objectOf(line: string | undefined): { id: string; type: string; size: number } | undefined {
  const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(line ?? '');
  return m ? { id: m[1] as string, type: m[2] as string, size: Number(m[3]) } : undefined;
}

/** The blobs of `git cat-file --batch` output, by id (`<id> blob <size>\n<bytes>\n` each). */
function blobsOf(out: Buffer): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const head = objectOf(out.subarray(at, eol).toString('latin1'));
    at = eol + 1;
    if (!head) continue;
    blobs.set(head.id, new Uint8Array(out.subarray(at, at + head.size)));
    at += head.size + 1;
  }
  return blobs;
}

/**
 * The English articles at the commits asked for (a `SourceHistoryReader`): for each (commit, path) whose blob
 * exists, fits `maxBytes` and differs from the current file's, its bytes. Commits the repository lacks are listed;
 * an English tree outside any repository gives nothing (no git runs); one the repository does not track, or a git
 * that fails, gives the reason. Never throws.
 */
export async function readSourceHistory(englishTree: string, requests: readonly HistoryRequest[], maxBytes: number): Promise<HistoryAnswer> {
  const none = { unknown: [], texts: new Map<string, Uint8Array>() };
  const top = repositoryOf(englishTree);
  if (!top) return none;
  const inRepo = (rel: string): string => path.relative(top, path.join(englishTree, rel)).split(path.sep).join('/');
  const tree = inRepo('.');
  const commits = [...new Set(requests.map((r) => r.commit))].filter((c) => /^[0-9a-f]{7,40}$/.test(c));
  // A name with a line break cannot be asked for on a line; such a file keeps its current English only.
  const asked = requests.filter((r) => commits.includes(r.commit) && !/[\r\n]/.test(inRepo(r.relPath)));
  const lines = [tree === '' || tree === '.' ? 'HEAD^{tree}' : `HEAD:${tree}`, ...commits.map((c) => `${c}^{commit}`), ...asked.map((r) => `${r.commit}:${inRepo(r.relPath)}`)];
  try {
    // Each answer is `<id> <type> <size>` or the name asked for and ` missing`: bounded by the names' lengths.
    const input = `${lines.join('\n')}\n`;
    const check = (await gitWithInput(top, ['cat-file', '--batch-check'], input, 1024 + Buffer.byteLength(input) + 100 * lines.length)).toString('latin1').split('\n');
    if (objectOf(check[0])?.type !== 'tree') return { ...none, unavailable: `the English tree is inside the git repository ${top} but not in its HEAD` };
    const unknown = commits.filter((_, k) => objectOf(check[1 + k])?.type !== 'commit');
    const found = asked.flatMap((r, k) => {
      const o = objectOf(check[1 + commits.length + k]);
      return o && o.type === 'blob' && o.size <= maxBytes && o.id !== r.currentBlob && !unknown.includes(r.commit) ? [{ r, o }] : [];
    });
    const sizes = new Map(found.map(({ o }) => [o.id, o.size]));
    if (sizes.size === 0) return { unknown, texts: new Map() };
    const bytes = [...sizes.values()].reduce((n, size) => n + size + 100, 1024);
    const blobs = blobsOf(await gitWithInput(top, ['cat-file', '--batch'], `${[...sizes.keys()].join('\n')}\n`, bytes));
    const texts = new Map<string, Uint8Array>();
    for (const { r, o } of found) {
      const b = blobs.get(o.id);
      if (b) texts.set(historyKey(r.commit, r.relPath), b);
    }
    return { unknown, texts };
  } catch (error) {
    return { ...none, unavailable: error instanceof Error ? error.message : String(error) };
  }
}

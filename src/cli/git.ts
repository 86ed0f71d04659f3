// Asks git which files changed since a ref (committed, staged, unstaged and untracked), for --changed-since.
import { execFile, execFileSync } from 'node:child_process';
import path from 'node:path';

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

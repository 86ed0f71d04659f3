// The repository root that CI paths are relative to (SARIF's %SRCROOT%, annotations, GitLab Code Quality).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { PathBase } from '../report/index.js';

/**
 * The nearest folder at or above `cwd` that holds `.git` (a folder, or the file of a worktree or submodule), else
 * `cwd` itself. No git process is started.
 */
export function pathBase(cwd: string): PathBase {
  const start = path.resolve(cwd);
  for (let d = start; ; ) {
    if (existsSync(path.join(d, '.git'))) return { cwd: start, root: d };
    const parent = path.dirname(d);
    if (parent === d) return { cwd: start, root: start };
    d = parent;
  }
}

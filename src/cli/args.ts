// Path arguments as a user writes them: a quoted glob (`'docs/*/'`, as in a CI file where no shell expands it) is
// expanded here, the way ESLint and Prettier expand theirs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../corpus/discover.js';

/** Folders a glob never descends into nor matches (the folder walks skip them too). */
const GLOB_IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Each argument that exists as a path is kept as it is (a file may be named `a[1].md`); one that does not and holds
 * glob syntax (`*`, `?`, `[…]`, `{a,b}`) is replaced by what it matches, sorted: files and folders, or folders
 * only when it ends with `/`. Dot-names are matched only by a pattern that names them, links are not followed. A
 * glob that matches nothing is an input error, like a path that does not exist.
 */
export function expandPathArguments(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (existsSync(path.resolve(cwd, arg)) || !isDynamicPattern(arg)) {
      out.push(arg);
      continue;
    }
    const dirsOnly = /[\\/]$/.test(arg);
    const matches = globSync(arg, {
      cwd,
      onlyDirectories: dirsOnly,
      onlyFiles: false,
      dot: false,
      expandDirectories: false,
      followSymbolicLinks: false,
      ignore: GLOB_IGNORE,
    });
    if (matches.length === 0) throw new InputError(`${arg}: no file or folder matches this pattern`);
    out.push(...matches.sort());
  }
  return out;
}

export { collectIds } from './ids.js';

/** `--max-warnings <n>`: a whole number of warnings, 0 or more. */
export function parseMaxWarnings(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InputError(`--max-warnings "${value}": expected a whole number of warnings, 0 or more`);
  return Number(value);
}

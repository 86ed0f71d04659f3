// Paths as CI systems read them. A finding's path is relative to the working directory of the run (`../x.md` when
// loccheck ran in a subfolder); GitHub code scanning (`%SRCROOT%`), annotations and GitLab Code Quality want a
// path relative to the repository root, with no `..`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the run's paths are relative to (`cwd`) and what CI paths are relative to (`root`, the repository). */
export interface PathBase {
  /** Absolute working directory of the run: finding paths are relative to it. */
  readonly cwd: string;
  /** Absolute repository root (the folder holding `.git`); the working directory when there is no repository. */
  readonly root: string;
}

export interface CiPath {
  /** `/`-separated and relative to the root with no `.` or `..` segment when `inRoot`; else as given, normalised. */
  readonly path: string;
  readonly inRoot: boolean;
  /** A `file://` URL for a path outside the root, when the base is known. */
  readonly fileUrl?: string;
}

/**
 * A finding path relative to the repository root. Without a base (a library caller that passes none), the path is
 * only normalised (`a/../b` → `b`), and a path that still starts with `../` is reported outside the root.
 */
export function ciPath(p: string, base?: PathBase): CiPath {
  if (!base) {
    const normal = path.posix.normalize(p.replace(/\\/g, '/'));
    return { path: normal, inRoot: normal !== '..' && !normal.startsWith('../') && !normal.startsWith('/') };
  }
  const abs = path.resolve(base.cwd, p);
  const rel = path.relative(base.root, abs);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    return { path: path.posix.normalize(p.replace(/\\/g, '/')), inRoot: false, fileUrl: pathToFileURL(abs).href };
  }
  return { path: rel.split(path.sep).join('/'), inRoot: true };
}

// A discovered article file: where it is (its folder's paths shared by every entry of a listing), its locale and family.
import path from 'node:path';

/**
 * The folder a listing's files are below, shared by all of its entries: its absolute path and its path as shown to
 * users, each ending in a separator (or empty). An entry stores only its `relPath` below it, and its absolute and
 * display paths are made from the two where needed (`entryAbsPath`, `entryPath`): stored on every entry, they were
 * the largest part of what discovery keeps (22 M characters of 113,796 entries at four times the corpora, issue #21),
 * and they are read once or twice per file (to stat and read it, to sort a family, to name its summary).
 */
export interface EntryBase {
  readonly abs: string;
  readonly shown: string;
}

export interface FileEntry {
  /** The folder `relPath` is below (`entryAbsPath`, `entryPath`). */
  base: EntryBase;
  /**
   * The display path, only when it is not `base.shown` joined with `relPath`: files named on the command line, the
   * `--locale-pattern` layout, and a working directory inside a locale folder (paths relative to it go up and down).
   */
  shownPath?: string;
  root: number;
  /** Path below the root, `/` separated. */
  relPath: string;
  locale?: string;
  family?: string;
  /** Paired mode: the English article at the same path in the source tree (`--source`), when there is one. */
  sourceAbsPath?: string;
  /**
   * Paired mode with the English history: the English article as it was at the commit the translation records
   * (`ms.sourcegitcommit`), when it differs from the current English. Read by discovery (`corpus/source-history.ts`).
   */
  sourceAtCommit?: { commit: string; bytes: Uint8Array; englishPath: string };
  /** The file's bytes as the caller holds them, read instead of the disk (`--fix-dry-run` checks fixed text it never writes). */
  contents?: Uint8Array;
}

/** The file's absolute path (as discovery found it: below a real root, or as named on the command line). */
export function entryAbsPath(e: FileEntry): string {
  return joinBelow(e.base.abs, e.relPath);
}

/** The path shown to users: relative to the working directory, `/` separated. */
export function entryPath(e: FileEntry): string {
  return e.shownPath ?? e.base.shown + e.relPath;
}

/**
 * `path.join(folder, rel)` for a folder ending in a separator and a path below it as a listing gives it (normalized,
 * `/` separated, no `.` or `..`): on POSIX the plain concatenation, which is what `join` returns for them without
 * normalizing each of tens of thousands.
 */
export function joinBelow(folder: string, rel: string): string {
  return path.sep === '/' ? folder + rel : path.join(folder, rel);
}

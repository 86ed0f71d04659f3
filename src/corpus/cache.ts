// The content-hash cache (--cache): parsed articles and their article-scope findings, keyed by file content.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { EntryResult } from '../engine/analyze-entry.js';
import type { FileEntry } from './discover.js';

/** Bump when the cached shape changes: older caches are then ignored, never misread. */
const CACHE_FORMAT = 1;
const FILE = 'articles.v8';

export class CacheError extends Error {}

interface Stored {
  format: number;
  salt: string;
  /** By display path: the key of the content it was computed from, and the result. */
  entries: Map<string, { key: string; result: EntryResult }>;
}

/**
 * What makes cached results valid: loccheck's version and the whole effective configuration. A change of either
 * discards the cache (one salt for all entries).
 */
export function cacheSalt(version: string, config: unknown): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\u0000${version}\u0000${JSON.stringify(config)}`).digest('hex');
}

/** The cache folder must be a folder (or not exist yet) and must not be a symbolic link that could redirect writes. */
export function validateCacheDir(dir: string): void {
  if (!existsSync(dir)) return;
  const st = lstatSync(dir);
  if (st.isSymbolicLink()) throw new CacheError(`--cache-location ${dir}: is a symbolic link; give a real folder`);
  if (!st.isDirectory()) throw new CacheError(`--cache-location ${dir}: exists and is not a folder`);
}

function hashFile(absPath: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(1 << 16);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      hash.update(n === buf.length ? buf : buf.subarray(0, n));
    }
    return hash.digest('hex');
  } catch {
    return undefined; // unreadable now: analysed (and reported) as a cache miss
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export class ArticleCache {
  private readonly entries: Stored['entries'];
  hits = 0;
  misses = 0;

  private constructor(
    readonly dir: string,
    readonly salt: string,
    entries: Stored['entries'],
  ) {
    this.entries = entries;
  }

  /** Opens the cache in `dir`; a missing, unreadable, older or differently salted cache starts empty. */
  static open(dir: string, salt: string): ArticleCache {
    validateCacheDir(dir);
    try {
      const stored = deserialize(readFileSync(path.join(dir, FILE))) as Stored;
      if (stored.format === CACHE_FORMAT && stored.salt === salt && stored.entries instanceof Map) return new ArticleCache(dir, salt, stored.entries);
    } catch {
      // No cache yet, or a damaged one: start over.
    }
    return new ArticleCache(dir, salt, new Map());
  }

  /** The key of an entry's current content (with everything that shapes its model), or undefined if unreadable. */
  keyOf(entry: FileEntry): string | undefined {
    const content = hashFile(entry.absPath);
    if (!content) return undefined;
    return createHash('sha256')
      .update([content, entry.path, entry.relPath, entry.root, entry.locale ?? '', entry.family ?? ''].join('\u0000'))
      .digest('hex');
  }

  get(entry: FileEntry, key: string | undefined): EntryResult | undefined {
    const hit = key ? this.entries.get(entry.path) : undefined;
    if (hit && hit.key === key) {
      this.hits++;
      return hit.result;
    }
    this.misses++;
    return undefined;
  }

  set(entry: FileEntry, key: string | undefined, result: EntryResult): void {
    if (key) this.entries.set(entry.path, { key, result });
  }

  /** Written to a temporary file and renamed: an interrupted run leaves the previous cache or the new one. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const target = path.join(this.dir, FILE);
    const tmp = path.join(this.dir, `.${FILE}.${randomBytes(6).toString('hex')}.tmp`);
    const stored: Stored = { format: CACHE_FORMAT, salt: this.salt, entries: this.entries };
    try {
      writeFileSync(tmp, serialize(stored));
      renameSync(tmp, target);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw new CacheError(`cannot write the cache in ${this.dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
}

// The content-hash cache (--cache): each family's article summaries and findings, keyed by its files' contents.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FamilyResult } from '../engine/analyze-entry.js';
import type { FileEntry } from './discover.js';

/** Bump when the cached shape changes: older caches are then ignored, never misread. */
const CACHE_FORMAT = 2;
const FILE = 'families.v8';

export class CacheError extends Error {}

interface Stored {
  format: number;
  salt: string;
  /** By family: the key of the contents it was computed from, and the result. */
  families: Map<string, { key: string; result: FamilyResult }>;
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

const buffer = Buffer.allocUnsafe(1 << 16);

function hashFile(absPath: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const hash = createHash('sha256');
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
    return hash.digest('hex');
  } catch {
    return undefined; // unreadable now: analysed (and reported) as a cache miss
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A family's results depend on its files alone (links across families are resolved after the cache, on every
 * run), so a family is re-analysed exactly when one of its files changed, appeared, moved or went away.
 */
export class FamilyCache {
  private readonly families: Stored['families'];
  hits = 0;
  misses = 0;

  private constructor(
    readonly dir: string,
    readonly salt: string,
    families: Stored['families'],
  ) {
    this.families = families;
  }

  /** Opens the cache in `dir`; a missing, unreadable, older or differently salted cache starts empty. */
  static open(dir: string, salt: string): FamilyCache {
    validateCacheDir(dir);
    try {
      const stored = deserialize(readFileSync(path.join(dir, FILE))) as Stored;
      if (stored.format === CACHE_FORMAT && stored.salt === salt && stored.families instanceof Map) return new FamilyCache(dir, salt, stored.families);
    } catch {
      // No cache yet, or a damaged one: start over.
    }
    return new FamilyCache(dir, salt, new Map());
  }

  /** The key of a family's current files (content and everything that shapes their models); undefined if one is unreadable. */
  keyOf(entries: readonly FileEntry[]): string | undefined {
    const hash = createHash('sha256');
    for (const e of entries) {
      const content = hashFile(e.absPath);
      if (!content) return undefined;
      hash.update([content, e.path, e.relPath, e.root, e.locale ?? '', e.family ?? ''].join('\u0000')).update('\u0001');
    }
    return hash.digest('hex');
  }

  get(family: string, key: string | undefined): FamilyResult | undefined {
    const hit = key ? this.families.get(family) : undefined;
    if (hit && hit.key === key) {
      this.hits++;
      return hit.result;
    }
    this.misses++;
    return undefined;
  }

  set(family: string, key: string | undefined, result: FamilyResult): void {
    if (key) this.families.set(family, { key, result });
  }

  /** Forgets the families not in `keep` (after a full run: they were deleted or renamed). */
  prune(keep: ReadonlySet<string>): boolean {
    let pruned = false;
    for (const family of this.families.keys()) {
      if (!keep.has(family)) {
        this.families.delete(family);
        pruned = true;
      }
    }
    return pruned;
  }

  /** Written to a temporary file and renamed: an interrupted run leaves the previous cache or the new one. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const target = path.join(this.dir, FILE);
    const tmp = path.join(this.dir, `.${FILE}.${randomBytes(6).toString('hex')}.tmp`);
    const stored: Stored = { format: CACHE_FORMAT, salt: this.salt, families: this.families };
    try {
      writeFileSync(tmp, serialize(stored));
      renameSync(tmp, target);
      // The cache of earlier versions (one file per run of articles) is dead weight now.
      rmSync(path.join(this.dir, 'articles.v8'), { force: true });
    } catch (error) {
      rmSync(tmp, { force: true });
      throw new CacheError(`cannot write the cache in ${this.dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
}

// The content-hash cache (--cache): each family's article summaries and findings, keyed by its files' contents.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FamilyResult } from '../engine/analyze-entry.js';
import type { FileEntry } from './discover.js';
import { familyHash } from './family.js';
import { type Packed, pack, unpack } from './pack.js';

/** Bump when the cached shape changes: older caches are then ignored, never misread. */
const CACHE_FORMAT = 5; // 5: pending findings carry origin evidence (witness, inSource, origin)
/** Families are spread over this many files, so a run that changed one family rewrites one small file. */
const BUCKETS = 64;
const bucketFile = (b: number): string => `families-${String(b).padStart(2, '0')}.v8`;
const FILES = 'files.v8';

export class CacheError extends Error {}

/** A family's entry: packed as read from disk, unpacked once asked for (and packed again only when written). */
type CachedFamily = { key: string; packed: Packed; result?: undefined } | { key: string; packed?: undefined; result: FamilyResult };
type FamilyEntryStore = Map<string, CachedFamily>;

interface StoredBucket {
  format: number;
  salt: string;
  /** By family: the key of the contents it was computed from, and the result. */
  families: FamilyEntryStore;
}

/** A file's content hash with the metadata it was taken at: unchanged metadata means the hash still holds. */
interface FileStamp {
  mtimeMs: number;
  ctimeMs: number;
  size: number;
  ino: number;
  hash: string;
}

interface StoredFiles {
  format: number;
  files: Map<string, FileStamp>;
}

const bucketOf = (family: string): number => familyHash(family) % BUCKETS;

function readV8<T>(file: string): T | undefined {
  try {
    return deserialize(readFileSync(file)) as T;
  } catch {
    return undefined; // missing or damaged: start over
  }
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

/**
 * The sha256 of a file's content. Like ESLint's cache, a file whose size, times and inode are those recorded with
 * its last hash is not read again; any difference (an edit, a checkout, a restore) reads and hashes it.
 */
function hashFile(absPath: string, stamps: Map<string, FileStamp>, changed: { value: boolean }): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const st = fstatSync(fd);
    const known = stamps.get(absPath);
    if (known && known.mtimeMs === st.mtimeMs && known.ctimeMs === st.ctimeMs && known.size === st.size && known.ino === st.ino) return known.hash;
    const hash = createHash('sha256');
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      hash.update(buffer.subarray(0, n));
    }
    const digest = hash.digest('hex');
    stamps.set(absPath, { mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, size: st.size, ino: st.ino, hash: digest });
    changed.value = true;
    return digest;
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
  hits = 0;
  misses = 0;
  private readonly dirty = new Set<number>();
  private readonly stampsChanged = { value: false };

  private constructor(
    readonly dir: string,
    readonly salt: string,
    private readonly buckets: FamilyEntryStore[],
    private readonly stamps: Map<string, FileStamp>,
  ) {}

  /** Opens the cache in `dir`; missing, unreadable, older or differently salted parts start empty. */
  static open(dir: string, salt: string): FamilyCache {
    validateCacheDir(dir);
    const buckets: FamilyEntryStore[] = [];
    for (let b = 0; b < BUCKETS; b++) {
      const stored = readV8<StoredBucket>(path.join(dir, bucketFile(b)));
      const ok = stored?.format === CACHE_FORMAT && stored.salt === salt && stored.families instanceof Map;
      buckets.push(ok ? stored.families : new Map());
    }
    const files = readV8<StoredFiles>(path.join(dir, FILES));
    const stamps = files?.format === CACHE_FORMAT && files.files instanceof Map ? files.files : new Map<string, FileStamp>();
    return new FamilyCache(dir, salt, buckets, stamps);
  }

  /** The key of a family's current files (content and everything that shapes their models); undefined if one is unreadable. */
  keyOf(entries: readonly FileEntry[]): string | undefined {
    const hash = createHash('sha256');
    for (const e of entries) {
      const content = hashFile(e.absPath, this.stamps, this.stampsChanged);
      if (!content) return undefined;
      hash.update([content, e.path, e.relPath, e.root, e.locale ?? '', e.family ?? ''].join('\u0000')).update('\u0001');
    }
    return hash.digest('hex');
  }

  get(family: string, key: string | undefined): FamilyResult | undefined {
    const bucket = this.buckets[bucketOf(family)];
    const hit = key ? bucket?.get(family) : undefined;
    if (hit && hit.key === key) {
      this.hits++;
      if (hit.result) return hit.result;
      try {
        // Unpacked in place (the packed value is not kept): its equal strings come out shared.
        const result = unpack<FamilyResult>(hit.packed);
        if (!Array.isArray(result.summaries) || !Array.isArray(result.findings)) throw new TypeError('not a family result');
        bucket?.set(family, { key, result });
        return result;
      } catch {
        bucket?.delete(family); // damaged: analysed again, and written anew
        this.hits--;
      }
    }
    this.misses++;
    return undefined;
  }

  set(family: string, key: string | undefined, result: FamilyResult): void {
    if (!key) return;
    const b = bucketOf(family);
    this.buckets[b]?.set(family, { key, result });
    this.dirty.add(b);
  }

  /** Forgets the families not in `keep` (after a full run: they were deleted or renamed). */
  prune(keep: ReadonlySet<string>): void {
    this.buckets.forEach((families, b) => {
      for (const family of families.keys()) {
        if (!keep.has(family)) {
          families.delete(family);
          this.dirty.add(b);
        }
      }
    });
  }

  /** Writes what changed, each file to a temporary name then renamed: an interrupted run leaves old or new files. */
  save(): void {
    if (this.dirty.size === 0 && !this.stampsChanged.value) return;
    mkdirSync(this.dir, { recursive: true });
    const write = (name: string, data: unknown): void => {
      const tmp = path.join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        writeFileSync(tmp, serialize(data));
        renameSync(tmp, path.join(this.dir, name));
      } catch (error) {
        rmSync(tmp, { force: true });
        throw new CacheError(`cannot write the cache in ${this.dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    };
    for (const b of [...this.dirty].sort((x, y) => x - y)) {
      const families: FamilyEntryStore = new Map();
      for (const [family, e] of this.buckets[b] as FamilyEntryStore) families.set(family, { key: e.key, packed: e.packed ?? pack(e.result) });
      write(bucketFile(b), { format: CACHE_FORMAT, salt: this.salt, families } satisfies StoredBucket);
    }
    write(FILES, { format: CACHE_FORMAT, files: this.stamps } satisfies StoredFiles);
    this.dirty.clear();
    this.stampsChanged.value = false;
    // Caches of earlier versions are dead weight now.
    for (const old of ['articles.v8', 'families.v8']) rmSync(path.join(this.dir, old), { force: true });
  }
}

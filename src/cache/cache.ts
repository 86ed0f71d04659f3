// The content-hash cache (--cache): each family's article summaries and findings, keyed by its files' contents.
// Every cache file is signed with a per-user secret (see key.ts) and every entry is checked field by field before
// it is used: a checked-out tree cannot plant results, and a damaged or foreign file is analysed again.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type FileEntry, entryAbsPath, entryPath } from '../corpus/entry.js';
import { familyHash } from '../corpus/family.js';
import type { FamilyResult } from '../engine/analyze-entry.js';
import { FileError, readBounded, writeAtomic } from '../io/files.js';
import { type Packed, pack, unpack } from './pack.js';
import { isFamilyResult } from './validate.js';

/** Bump when the cached shape changes: older caches are then ignored, never misread. */
const CACHE_FORMAT = 8;
/** Families are spread over this many files, so a run that changed one family rewrites one small file. */
const BUCKETS = 64;
const bucketFile = (b: number): string => `families-${String(b).padStart(2, '0')}.v8`;
const FILES = 'files.v8';
/** No cache file is read beyond this (the corpus's largest bucket is about 2 MB, its file index 3 MB). */
export const MAX_CACHE_FILE_BYTES = 256 * 1024 * 1024;
const MAGIC = Buffer.from('loccheck-cache-signed-1\n');
const MAC_BYTES = 32;

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

const mac = (key: Buffer, name: string, payload: Uint8Array): Buffer => createHmac('sha256', key).update(MAGIC).update(name).update('\u0000').update(payload).digest();

/** `MAGIC`, the HMAC of name and payload, then the payload (`v8.serialize`). */
function signed(key: Buffer, name: string, data: unknown): Uint8Array[] {
  const payload = serialize(data);
  return [MAGIC, mac(key, name, payload), payload];
}

/** Writes one signed cache file (the cache itself, and tests that plant entries). */
export function writeSigned(dir: string, name: string, key: Buffer, data: unknown): void {
  writeAtomic(path.join(dir, name), signed(key, name, data), { what: 'cache file' });
}

type ReadOutcome<T> = { value: T } | { problem: 'missing' | 'unsigned' | 'special' | 'too-large' | 'unreadable' };

/**
 * A cache file's value if it is a regular file, within the size bound, and signed with this user's key; it is only
 * then deserialized. Anything else is reported as a problem and the part starts empty.
 */
export function readSigned<T>(dir: string, name: string, key: Buffer): ReadOutcome<T> {
  let bytes: Buffer;
  try {
    bytes = readBounded(path.join(dir, name), MAX_CACHE_FILE_BYTES, 'cache file');
  } catch (error) {
    const code = error instanceof FileError ? error.code : undefined;
    if (code === 'ENOENT') return { problem: 'missing' };
    if (code === 'ENOTREG' || code === 'ELOOP') return { problem: 'special' };
    if (code === 'ETOOBIG') return { problem: 'too-large' };
    return { problem: 'unreadable' };
  }
  const head = MAGIC.length + MAC_BYTES;
  if (bytes.length < head || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return { problem: 'unsigned' };
  const payload = bytes.subarray(head);
  if (!timingSafeEqual(bytes.subarray(MAGIC.length, head), mac(key, name, payload))) return { problem: 'unsigned' };
  try {
    return { value: deserialize(payload) as T };
  } catch {
    return { problem: 'unsigned' };
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

/** What a file of `size` bytes above the size limit contributes to its family's key: its analysis reads nothing else. */
const tooLarge = (size: number): string => `too-large:${size}`;

/**
 * The sha256 of a file's content. Like ESLint's cache, a file whose size, times and inode are those recorded with
 * its last hash is not read again; any difference (an edit, a checkout, a restore) reads and hashes it.
 */
function hashFile(absPath: string, maxBytes: number, stamps: Map<string, FileStamp>, changed: { value: boolean }): string | undefined {
  // An unchanged file costs one stat (not an open, a stat and a close): what a run with nothing changed does for
  // every file. Its metadata is compared as below; anything else opens the file and checks it there.
  const known = stamps.get(absPath);
  if (known) {
    try {
      const st = statSync(absPath, { throwIfNoEntry: false });
      if (st?.isFile() && st.size <= maxBytes && known.mtimeMs === st.mtimeMs && known.ctimeMs === st.ctimeMs && known.size === st.size && known.ino === st.ino) return known.hash;
    } catch {
      // checked again below, where the file is opened
    }
  }
  let fd: number | undefined;
  try {
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    // Refused before reading by the analysis too (unreadable-file/too-large): never hashed.
    if (st.size > maxBytes) return tooLarge(st.size);
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
  /** One line per kind of problem met (for the report's notes). */
  readonly notes: string[] = [];
  private readonly dirty = new Set<number>();
  private readonly stampsChanged = { value: false };

  private constructor(
    readonly dir: string,
    readonly salt: string,
    private readonly key: Buffer,
    private readonly maxFileBytes: number,
    private readonly buckets: FamilyEntryStore[],
    private readonly stamps: Map<string, FileStamp>,
  ) {}

  /**
   * Opens the cache in `dir`, signed with `key`; missing, unreadable, unsigned, older or differently salted parts
   * start empty. A cache file that is not a regular file or is too large is ignored with a note.
   */
  static open(dir: string, salt: string, key: Buffer, maxFileBytes = Number.POSITIVE_INFINITY): FamilyCache {
    validateCacheDir(dir);
    const problems = new Map<string, string[]>();
    const read = <T>(name: string): T | undefined => {
      const r = readSigned<T>(dir, name, key);
      if ('value' in r) return r.value;
      if (r.problem !== 'missing') problems.set(r.problem, [...(problems.get(r.problem) ?? []), name]);
      return undefined;
    };
    const buckets: FamilyEntryStore[] = [];
    for (let b = 0; b < BUCKETS; b++) {
      const stored = read<StoredBucket>(bucketFile(b));
      const ok = stored?.format === CACHE_FORMAT && stored.salt === salt && stored.families instanceof Map;
      buckets.push(ok ? stored.families : new Map());
    }
    const files = read<StoredFiles>(FILES);
    const stamps = files?.format === CACHE_FORMAT && files.files instanceof Map ? files.files : new Map<string, FileStamp>();
    const cache = new FamilyCache(dir, salt, key, maxFileBytes, buckets, stamps);
    const what: Record<string, string> = {
      unsigned: 'not signed with this user\'s cache key (written elsewhere, by an older loccheck, or damaged)',
      special: 'not a regular file (a link, folder, device or FIFO)',
      'too-large': `larger than ${MAX_CACHE_FILE_BYTES} bytes`,
      unreadable: 'unreadable',
    };
    for (const [problem, names] of problems) {
      cache.notes.push(`Cache: ${names.length} file${names.length === 1 ? '' : 's'} in ${dir} ${names.length === 1 ? 'is' : 'are'} ${what[problem]} and ${names.length === 1 ? 'was' : 'were'} ignored (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}).`);
    }
    return cache;
  }

  /** The key of a family's current files (content and everything that shapes their models); undefined if one is unreadable. */
  keyOf(entries: readonly FileEntry[]): string | undefined {
    const hash = createHash('sha256');
    for (const e of entries) {
      const content = hashFile(entryAbsPath(e), this.maxFileBytes, this.stamps, this.stampsChanged);
      if (!content) return undefined;
      hash.update([content, entryPath(e), e.relPath, e.root, e.locale ?? '', e.family ?? ''].join('\u0000')).update('\u0001');
      // Paired mode: the English a translation is paired with, and the English of the commit it records, shape its
      // findings as much as its own bytes do.
      if (e.sourceAbsPath !== undefined) {
        const english = hashFile(e.sourceAbsPath, this.maxFileBytes, this.stamps, this.stampsChanged);
        if (!english) return undefined;
        const atCommit = e.sourceAtCommit ? [e.sourceAtCommit.commit, e.sourceAtCommit.englishPath, createHash('sha256').update(e.sourceAtCommit.bytes).digest('hex')] : [];
        hash.update(['paired', english, e.sourceAbsPath, ...atCommit].join('\u0000')).update('\u0001');
      }
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
        const result = unpack<unknown>(hit.packed);
        // Checked field by field: a finding shaped `{}` is analysed again, never reported.
        if (!isFamilyResult(result)) throw new TypeError('not a family result');
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

  /**
   * Writes what changed, each file through the checked atomic writer: an interrupted or failed write leaves the old
   * file. A failure is returned as a note, never thrown: the run's report does not depend on the cache.
   */
  save(): void {
    if (this.dirty.size === 0 && !this.stampsChanged.value) return;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const write = (name: string, data: unknown): void => writeSigned(this.dir, name, this.key, data);
      for (const b of [...this.dirty].sort((x, y) => x - y)) {
        const families: FamilyEntryStore = new Map();
        for (const [family, e] of this.buckets[b] as FamilyEntryStore) families.set(family, { key: e.key, packed: e.packed ?? pack(e.result) });
        write(bucketFile(b), { format: CACHE_FORMAT, salt: this.salt, families } satisfies StoredBucket);
      }
      write(FILES, { format: CACHE_FORMAT, files: this.stamps } satisfies StoredFiles);
      this.dirty.clear();
      this.stampsChanged.value = false;
    } catch (error) {
      this.notes.push(`Cache not saved (the report is complete): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

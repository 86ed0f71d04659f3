// The two ways loccheck touches its own files (config, baseline, reports, cache): a size-bounded read of a regular
// file, and one checked atomic writer. Everything loccheck reads besides articles and writes goes through here.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** A file loccheck was asked to read or write and cannot: one line naming the path (exit code 2 in the cli). */
export class FileError extends Error {
  override readonly name = 'FileError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'is a symbolic link',
  EFBIG: 'file too large for the file system',
  EIO: 'input/output error',
};

export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code) return `${REASONS[code] ?? 'failed'} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a regular file of at most `maxBytes`. A symbolic link, FIFO, device or folder is refused without blocking
 * or reading (O_NOFOLLOW, O_NONBLOCK), and so is a file that is, or grows, larger than the bound: never more than
 * `maxBytes + 1` bytes are read.
 */
export function readBounded(file: string, maxBytes: number, what: string, opts: { followLinks?: boolean } = {}): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (opts.followLinks ? 0 : constants.O_NOFOLLOW));
    const st = fstatSync(fd);
    if (!st.isFile()) throw new FileError(`${file}: ${what} is not a regular file`, 'ENOTREG');
    if (st.size > maxBytes) throw new FileError(`${file}: ${what} is larger than ${maxBytes} bytes (${st.size})`, 'ETOOBIG');
    const out = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let at = 0;
    for (;;) {
      const n = readSync(fd, out, at, out.length - at, null);
      if (n === 0) break;
      at += n;
      if (at > maxBytes) throw new FileError(`${file}: ${what} is larger than ${maxBytes} bytes`, 'ETOOBIG');
      if (at === out.length) break;
    }
    return out.subarray(0, at);
  } catch (error) {
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // O_NOFOLLOW on a symbolic link fails with ELOOP.
    if (code === 'ELOOP') throw new FileError(`${file}: ${what} is a symbolic link; give the real file`, code);
    throw new FileError(`${file}: cannot read the ${what}: ${describeError(error)}`, code);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The low-level write, replaceable in tests (a full disk, short writes). */
export interface WriteFs {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fsyncSync(fd: number): void;
}
const realFs: WriteFs = { writeSync: (fd, b, o, l) => writeSync(fd, b, o, l), fsyncSync };

export interface WriteOptions {
  /** Why this target must not be replaced (an input article, the config, …), or undefined when it may be. */
  refuse?: (absPath: string) => string | undefined;
  /** What is written, for messages ("report", "baseline", "cache file"). */
  what?: string;
  fs?: WriteFs;
}

/**
 * Throws the FileError `writeAtomic` would throw before writing anything: a target that is a symbolic link or not a
 * regular file, or that `refuse` protects. Returns what is there now (undefined for a new file). Called on its own
 * to check every target of a run before the first is written.
 */
export function replaceableTarget(file: string, opts: Pick<WriteOptions, 'refuse' | 'what'> = {}): import('node:fs').Stats | undefined {
  let st: import('node:fs').Stats | undefined;
  try {
    st = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new FileError(`cannot write the ${opts.what ?? 'file'} ${file}: ${describeError(error)}`);
  }
  if (st?.isSymbolicLink()) throw new FileError(`${file}: is a symbolic link; loccheck does not replace it (give the real path)`, 'ELINK');
  if (st && !st.isFile()) throw new FileError(`${file}: is not a regular file (a folder, device, FIFO or socket); loccheck does not replace it`, 'ENOTREG');
  const refused = opts.refuse?.(path.resolve(file));
  if (refused) throw new FileError(`${file}: ${refused}; loccheck does not overwrite it`, 'EINPUT');
  return st;
}

/**
 * The one writer: the chunks go to a new temporary file next to `file` (created exclusively), every write is
 * checked (a short write is continued, an error such as ENOSPC stops), the data is flushed, and only then is the
 * temporary file renamed over `file`. On any failure the temporary file is removed and the previous `file` is left
 * as it was. A target that is a symbolic link, a device, a FIFO, a socket or a folder is never replaced.
 */
export function writeAtomic(file: string, chunks: Iterable<string | Uint8Array>, opts: WriteOptions = {}): void {
  const what = opts.what ?? 'file';
  const fs = opts.fs ?? realFs;
  const st = replaceableTarget(file, opts);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, st ? st.mode & 0o777 : 0o644);
    for (const chunk of chunks) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let at = 0;
      while (at < buf.length) {
        const n = fs.writeSync(fd, buf, at, buf.length - at);
        if (!(n > 0)) throw Object.assign(new Error('no progress writing'), { code: 'ENOSPC' });
        at += n;
      }
    }
    fs.fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing
      }
    }
    rmSync(tmp, { force: true });
    throw new FileError(`cannot write the ${what} ${file}: ${describeError(error)}; the previous file, if any, is unchanged`, (error as NodeJS.ErrnoException).code);
  }
}

// Where the cache lives by default, and the per-user secret that signs it: both outside any checked-out tree.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { FileError, readBounded } from '../io/files.js';

export const KEY_BYTES = 32;

/** `$XDG_CACHE_HOME/loccheck`, else `~/.cache/loccheck`: per user, never inside the repository being checked. */
export function userCacheHome(env: Record<string, string | undefined>): string {
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'loccheck');
  return path.join(env['HOME'] && path.isAbsolute(env['HOME']) ? env['HOME'] : homedir(), '.cache', 'loccheck');
}

/** The default cache folder of a project: one per working directory, below the user's cache home. */
export function defaultCacheDir(env: Record<string, string | undefined>, cwd: string): string {
  let real = cwd;
  try {
    real = realpathSync(cwd);
  } catch {
    // keep it as given
  }
  const id = createHash('sha256').update(real).digest('hex').slice(0, 16);
  return path.join(userCacheHome(env), 'projects', `${path.basename(real).replace(/[^\w.-]/g, '_').slice(0, 40)}-${id}`);
}

/**
 * The secret that signs every cache file (HMAC-SHA256): 32 random bytes in `<cache home>/key`, created once with
 * mode 0600 in a folder of mode 0700. A tree being checked cannot hold it, so it cannot forge a cache entry.
 */
export function cacheKey(env: Record<string, string | undefined>): Buffer {
  const home = userCacheHome(env);
  const file = path.join(home, 'key');
  try {
    return readKey(file);
  } catch (error) {
    if (!(error instanceof FileError) || error.code !== 'ENOENT') throw error;
  }
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    if (writeSync(fd, key) !== KEY_BYTES) throw new FileError(`${file}: cannot write the cache key`);
    return key;
  } catch (error) {
    // Another run created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKey(file);
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readKey(file: string): Buffer {
  const key = readBounded(file, 4096, 'cache key');
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    const st = fstatSync(fd);
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) throw new FileError(`${file}: the cache key belongs to another user`);
    if ((st.mode & 0o077) !== 0) throw new FileError(`${file}: the cache key is readable by others (chmod 600 it, or delete it)`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (key.length !== KEY_BYTES) throw new FileError(`${file}: not a cache key (delete it and run again)`);
  return key;
}

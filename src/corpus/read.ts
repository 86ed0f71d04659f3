// Reads an article's bytes, refusing oversized files before reading them; read errors are data, not exceptions.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; size?: number };

export function readArticleBytes(absPath: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { ok: false, reason: 'too-large', size };
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    return { ok: true, bytes: at === size ? bytes : bytes.subarray(0, at) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the file was deleted while scanning' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    return { ok: false, reason };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

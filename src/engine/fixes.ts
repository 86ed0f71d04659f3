// Fixes in the engine: each fix gets the hash of the file it was computed on, and a finding that turns out to be the
// English's (origin `source`) loses its fix (the translators must not "repair" what the English has).
import { createHash } from 'node:crypto';
import type { Article, Finding } from '../model.js';
import type { PendingFinding } from './rules.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sets `fix.hash` (sha256 of the bytes checked) on every fix of the family; drops fixes of files without bytes. */
export function stampFixHashes(findings: PendingFinding[], results: readonly { article: Article; bytes?: Uint8Array }[]): void {
  let hashes: Map<string, string | undefined> | undefined;
  for (const f of findings) {
    if (!f.fix) continue;
    if (!hashes) {
      hashes = new Map();
      for (const r of results) if (!hashes.has(r.article.path)) hashes.set(r.article.path, r.bytes ? undefined : '');
    }
    let hash = hashes.get(f.path);
    if (hash === undefined) {
      const bytes = results.find((r) => r.article.path === f.path)?.bytes;
      hash = bytes ? createHash('sha256').update(bytes).digest('hex') : '';
      hashes.set(f.path, hash);
    }
    const m = f as Mutable<PendingFinding>;
    const bytes = results.find((r) => r.article.path === f.path)?.bytes;
    if (hash === '' || !bytes) delete m.fix;
    else m.fix = { ...f.fix, ...byteColumns(bytes, f.fix.line, f.fix.column, f.fix.endColumn), hash };
  }
}

const UTF8 = new TextDecoder('utf-8');

/** UTF-16 columns of a line → UTF-8 byte columns (reviewdog counts bytes), read from the file's bytes. */
export function byteColumns(bytes: Uint8Array, line: number, column: number, endColumn: number): { byteColumn?: number; endByteColumn?: number } {
  let at = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let n = 1; n < line && at < bytes.length; n++) {
    // Line endings as LineIndex reads them: LF, CRLF or a lone CR.
    while (at < bytes.length && bytes[at] !== 10 && bytes[at] !== 13) at++;
    if (bytes[at] === 13 && bytes[at + 1] === 10) at++;
    at++;
  }
  if (at > bytes.length) return {};
  let end = at;
  while (end < bytes.length && bytes[end] !== 10 && bytes[end] !== 13) end++;
  const text = UTF8.decode(bytes.subarray(at, end));
  if (endColumn - 1 > text.length) return {};
  const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8');
  return { byteColumn: bytesOf(text.slice(0, column - 1)) + 1, endByteColumn: bytesOf(text.slice(0, endColumn - 1)) + 1 };
}

/** No fix on a finding of the English (origin `source`): its right form is not the translators' to write. */
export function dropSourceFixes<T extends PendingFinding | Finding>(findings: readonly T[]): T[] {
  return findings.map((f) => {
    if (!f.fix || f.origin !== 'source') return f;
    const { fix: _fix, ...rest } = f;
    return rest as T;
  });
}

/** How many findings carry a fix. */
export const countFixable = (findings: readonly Finding[]): number => findings.reduce((n, f) => n + (f.fix ? 1 : 0), 0);

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
    if (hash === '') delete m.fix;
    else m.fix = { ...f.fix, hash };
  }
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

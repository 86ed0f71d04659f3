// The finalize pipeline as small pure steps: origins from witnesses, suppressions, source once per family, origin
// filter, fingerprints and a stable order.
import * as crypto from 'node:crypto';
import type { ArticleSummary, Finding, Origin, Severity } from '../model.js';
import { dropSourceFixes } from './fixes.js';
import type { ActiveRule, PendingFinding } from './rules.js';
import { applySuppressions } from './scopes.js';
import { oncePerFamily, originFromWitnesses } from './witnesses.js';

/** Which origins a run reports (`--origin`, config `origin`). */
export type OriginFilter = Origin | 'all';

export interface FinalizeOptions {
  origin?: OriginFilter;
  /** Severity of a source finding (default `info`: the translators cannot fix it, the English writers should know). */
  sourceSeverity?: Severity;
}

/**
 * What finishing needs to know of the whole run when it is given a few families at a time: the size of every family
 * and the terms the locales translate (`conventionTerms` over every family). Without it, `pending` and `articles`
 * are taken to be the whole run.
 */
export interface RunContext {
  familySize: ReadonlyMap<string, number>;
  terms: ReadonlyMap<string, string>;
}

/**
 * Pending findings of a whole run (or, with `run`, of whole families: every finding and every article of each) → the
 * report's findings, in report order. Every step decides within one family (witnesses, once per family) or one file
 * (suppressions, unused ones, fingerprints), so a run may finish family by family and merge the lists by path.
 * `pending` is given away: it is emptied, and each finding is finalised in the place of its pending form, so that a
 * large run never holds every finding twice (pending and final) nor a copy of every list of them.
 */
export function finishFindings(
  pending: PendingFinding[],
  articles: readonly ArticleSummary[],
  rules: readonly ActiveRule[],
  options: FinalizeOptions = {},
  run?: RunContext,
): Finding[] {
  originFromWitnesses(pending, articles, run?.familySize, run?.terms);
  const kept = dropSourceFixes(oncePerFamily(applySuppressions(pending, articles, rules), options.sourceSeverity ?? 'info'));
  pending.length = 0;
  const origin = options.origin ?? 'all';
  return finalizeInPlace(origin === 'all' ? kept : kept.filter((f) => f.origin === origin));
}

// The order of `localeCompare`, without its per-call set-up (tens of thousands of findings are sorted).
const collator = new Intl.Collator();

/**
 * The report's order of files: by the collator, and paths it holds equal (canonically equivalent Unicode) by code
 * unit, as they stand in finishing's list. A run finished family by family merges its families' lists by it.
 */
export const comparePaths = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** Fingerprints (check, family, locale, key, n-th occurrence: never a line number) and a stable order. */
export function finalizeFindings(pending: readonly PendingFinding[]): Finding[] {
  return finalizeInPlace([...pending]);
}

/**
 * `finalizeFindings` on a list the caller gives away: sorted in place, and each pending finding replaced by its
 * final form as it is made, so the pending one can be collected at once.
 */
function finalizeInPlace(list: PendingFinding[]): Finding[] {
  // Paths are ranked once (a few thousand collator calls), not compared at every step of the sort.
  const paths = [...new Set(list.map((f) => f.path))].sort(comparePaths);
  const rank = new Map(paths.map((p, i) => [p, i]));
  list.sort(
    (a, b) =>
      (rank.get(a.path) as number) - (rank.get(b.path) as number) ||
      a.line - b.line ||
      a.column - b.column ||
      collator.compare(a.ruleId, b.ruleId) ||
      collator.compare(a.message, b.message),
  );
  // Occurrences are counted per file: the path is part of what is counted, and the list is in path order, so the
  // counts of one file are forgotten when the next begins (a run-wide map would hold a long key per finding).
  let seen = new Map<string, number>();
  let seenPath: string | undefined;
  const out = list as unknown as Finding[];
  for (let i = 0; i < list.length; i++) {
    const { key, witness: _witness, witnessOf: _witnessOf, inSource: _inSource, sourceDamage: _sourceDamage, conventionShare: _conventionShare, origin, ...f } = list[i] as PendingFinding;
    if (f.path !== seenPath) {
      seen = new Map();
      seenPath = f.path;
    }
    const base = `${f.ruleId}\u0000${f.family}\u0000${f.locale}\u0000${f.path}\u0000${key.replace(/\s+/g, ' ').trim()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    // `f` is a fresh copy (the pending finding may be a cached one): completed in place, not copied again.
    const finding = f as typeof f & { origin: Origin; fingerprint: string };
    finding.origin = origin ?? 'translation';
    finding.fingerprint = fingerprintOf(`${base}\u0000${n}`);
    out[i] = finding;
  }
  return out;
}

/**
 * The first 128 bits of the text's sha256, in hex. Read from the digest's bytes, not sliced from its 64-character hex:
 * a slice keeps the whole hex alive behind it, and the report holds one fingerprint per finding until it is written.
 * One-shot `crypto.hash` where Node has it (20.12+): a third of the cost of a Hash object per finding.
 */
const fingerprintOf: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash: (algorithm: string, data: string, encoding: 'buffer') => Buffer }).hash('sha256', text, 'buffer').toString('hex', 0, 16)
    : (text) => crypto.createHash('sha256').update(text).digest().toString('hex', 0, 16);

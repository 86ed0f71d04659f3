// Paired mode with the English history: a translation records the English commit it was made from
// (`ms.sourcegitcommit`, MDN's `l10n.sourceCommit`); the English of that commit is aligned with the current English
// and the blocks that changed since are mapped onto the translation's blocks. Pure: the old English comes as text.
import { diffArrays } from 'diff';
import { type PairDifference, align, unitsOf } from './pair-align.js';

type Unit = ReturnType<typeof unitsOf>[number];

/** The value a translation records as its English commit, raw (it is hostile input until validated), and its line. */
export interface RecordedCommit {
  readonly value: string;
  /** 1-based line of the key in the article. */
  readonly line: number;
}

/** A plain YAML scalar as written: quotes and a trailing comment taken off, nothing else interpreted. */
function scalarOf(raw: string): string {
  const v = raw.trim();
  const quoted = /^(["'])(.*?)\1\s*(?:#.*)?$/.exec(v);
  if (quoted) return quoted[2] as string;
  return v.replace(/\s+#.*$/, '');
}

/**
 * The English commit a translation records in its front matter: `ms.sourcegitcommit: <sha>` (Microsoft Docs) or
 * `l10n:` / `  sourceCommit: <sha>` (MDN translated-content). Read from the lines as written, not through YAML: YAML
 * would read `0123456` as the number 123456.
 */
export function recordedCommitOf(text: string): RecordedCommit | undefined {
  const lines = text.slice(0, 64 * 1024).split('\n');
  if (!/^---\s*$/.test((lines[0] ?? '').replace(/\r$/, ''))) return undefined;
  let inL10n = false;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (/^(?:---|\.\.\.)\s*$/.test(line)) return undefined;
    const ms = /^ms\.sourcegitcommit\s*:(.*)$/i.exec(line);
    if (ms) return { value: scalarOf(ms[1] as string), line: i + 1 };
    if (/^\S/.test(line)) inL10n = /^l10n\s*:\s*(?:#.*)?$/.test(line);
    const mdn = inL10n ? /^\s+sourceCommit\s*:(.*)$/.exec(line) : null;
    if (mdn) return { value: scalarOf(mdn[1] as string), line: i + 1 };
  }
  return undefined;
}

/** A commit id as git names one: 7 to 40 hex digits. Anything else is never given to git. */
export function commitIdOf(value: string): string | undefined {
  return /^[0-9a-f]{7,40}$/i.test(value) ? value.toLowerCase() : undefined;
}

/** A block of the translation whose English changed since the recorded commit. */
export interface HistoryChange {
  readonly kind: 'changed' | 'removed' | 'added';
  /** 1-based line and column of the translated block (added: the translated block before the new English block). */
  readonly line: number;
  readonly column: number;
  /** The English of the recorded commit (changed, removed). */
  readonly old?: string;
  /** The current English (changed, added). */
  readonly current?: string;
}

export interface HistoryDrift {
  readonly changes: readonly HistoryChange[];
  /**
   * Pairs of (translation, current English) block indexes, in order, through the old English: a translated block
   * with the current block its English became. Better than aligning the translation with the current English
   * directly, which pairs a translated block with an English block added since when the lengths happen to fit.
   */
  readonly pairs: readonly [number, number][];
  /**
   * Whether a structural difference of the paired alignment is the English history itself: a run of English blocks
   * the translation lacks that were all added since the commit, or a run of translated blocks whose English was
   * removed since. Those are drift (reported as such), not a translation that lacks or adds content.
   */
  readonly explains: (d: PairDifference) => boolean;
}

const same = (a: Unit, b: Unit): boolean => a.text.replace(/\s+/g, ' ').trim() === b.text.replace(/\s+/g, ' ').trim();
const prose = (u: Unit | undefined): boolean => u !== undefined && u.kind !== 'code';

/** The first index of `units` with this 1-based line and text (a difference names its run by the first block). */
function indexOf(units: readonly Unit[], line: number, text: string): number {
  return units.findIndex((u) => u.line + 1 === line && u.text === text);
}

const normalized = (u: Unit): string => `${u.kind}\u0000${u.text.replace(/\s+/g, ' ').trim()}`;
const wordsOf = (u: Unit): Set<string> => new Set(u.text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}._-]*/gu) ?? []);

/** Share of words two blocks have in common (Dice); 0 across kinds. */
function overlap(a: Unit, b: Unit, wa: Set<string>, wb: Set<string>): number {
  if (a.kind !== b.kind || wa.size + wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

/** Below this share of common words, two English blocks are one removed and one added, not one reworded. */
const REWORDED = 0.4;
/** A run of changed blocks larger than this (old × current) is read as removed and added, without pairing inside. */
const MAX_RUN_CELLS = 250_000;

/**
 * Pairs of (old, current) block indexes of two revisions of one English article. Unlike a translation and its
 * English, two revisions share their unchanged blocks verbatim: those are the anchors (a diff of the blocks' text),
 * and only inside each run between anchors are blocks paired as reworded, by the most words in common (at least
 * `REWORDED` of them, the same kind), in order. Fixpoints and lengths, which pair a translation with its English,
 * would pair any two unrelated paragraphs of the same kind here.
 */
export function alignRevisions(o: readonly Unit[], n: readonly Unit[]): [number, number][] {
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  // Blocks removed and added since the last anchor, paired as reworded where they share enough words.
  let removed = 0;
  let added = 0;
  const settle = (): void => {
    if (removed > 0 && added > 0 && removed * added <= MAX_RUN_CELLS) {
      for (const [x, y] of rewordedPairs(o.slice(i, i + removed), n.slice(j, j + added))) pairs.push([i + x, j + y]);
    }
    i += removed;
    j += added;
    removed = 0;
    added = 0;
  };
  for (const part of diffArrays(o.map(normalized), n.map(normalized))) {
    const count = part.count ?? part.value.length;
    if (part.removed) removed += count;
    else if (part.added) added += count;
    else {
      settle();
      for (let k = 0; k < count; k++) pairs.push([i + k, j + k]);
      i += count;
      j += count;
    }
  }
  settle();
  return pairs;
}

/** In-order pairs of blocks (old, current) with the most words in common in total, each pair sharing `REWORDED`. */
function rewordedPairs(o: readonly Unit[], n: readonly Unit[]): [number, number][] {
  const wo = o.map(wordsOf);
  const wn = n.map(wordsOf);
  const r = o.length;
  const a = n.length;
  const score = new Float64Array((r + 1) * (a + 1));
  const at = (x: number, y: number): number => x * (a + 1) + y;
  for (let x = r - 1; x >= 0; x--) {
    for (let y = a - 1; y >= 0; y--) {
      const sim = overlap(o[x] as Unit, n[y] as Unit, wo[x] as Set<string>, wn[y] as Set<string>);
      const take = sim >= REWORDED ? sim + (score[at(x + 1, y + 1)] as number) : 0;
      score[at(x, y)] = Math.max(take, score[at(x + 1, y)] as number, score[at(x, y + 1)] as number);
    }
  }
  const out: [number, number][] = [];
  for (let x = 0, y = 0; x < r && y < a; ) {
    const sim = overlap(o[x] as Unit, n[y] as Unit, wo[x] as Set<string>, wn[y] as Set<string>);
    if (sim >= REWORDED && score[at(x, y)] === sim + (score[at(x + 1, y + 1)] as number)) {
      out.push([x, y]);
      x++;
      y++;
    } else if (score[at(x, y)] === score[at(x + 1, y)]) x++;
    else y++;
  }
  return out;
}

/**
 * Pairs of (translation, current English) blocks: each translated block with what its old English became, in order;
 * then, between two such pairs, translated blocks the old English lacks (the translation is newer than the commit
 * it records, or was edited since) aligned with the current blocks there by paired mode's alignment. A translated
 * block whose English was removed since pairs with nothing.
 */
function throughOld(
  t: readonly Unit[],
  n: readonly Unit[],
  tOfOld: ReadonlyMap<number, number>,
  newOfOld: ReadonlyMap<number, number>,
  removedT: ReadonlySet<number>,
): [number, number][] {
  const known: [number, number][] = [];
  tOfOld.forEach((ti, oi) => {
    const ni = newOfOld.get(oi);
    if (ni !== undefined) known.push([ti, ni]);
  });
  known.sort((a, b) => a[0] - b[0]);
  const translatesOld = new Set(tOfOld.values());
  const pairs: [number, number][] = [];
  let [ti, ni] = [-1, -1];
  for (const next of [...known, [t.length, n.length] as [number, number]]) {
    const tGap = [];
    for (let k = ti + 1; k < next[0]; k++) if (!removedT.has(k) && !translatesOld.has(k)) tGap.push(k);
    const nGap = [];
    for (let k = ni + 1; k < next[1]; k++) nGap.push(k);
    if (tGap.length > 0 && nGap.length > 0) {
      for (const [x, y] of align(tGap.map((k) => t[k] as Unit), nGap.map((k) => n[k] as Unit))) pairs.push([tGap[x] as number, nGap[y] as number]);
    }
    if (next[0] < t.length) pairs.push(next);
    [ti, ni] = next;
  }
  return pairs;
}

/**
 * What changed in the English since the translation's commit, on the translation's blocks. The translation was
 * made from the old English, so its blocks are aligned with the old English's; the old English is aligned with
 * the current English by the same block alignment. A translated block whose old English pairs with a current
 * block of other text is `changed`; whose old English the current English lost, `removed`; a current block that no
 * old block pairs with is `added`, on the translated block before it.
 */
export function historyDrift(translation: string, oldEnglish: string, currentEnglish: string): HistoryDrift {
  const t = unitsOf(translation);
  const o = unitsOf(oldEnglish);
  const n = unitsOf(currentEnglish);
  const tOfOld = new Map<number, number>(align(t, o).map(([ti, oi]) => [oi, ti]));
  const oldToNew = alignRevisions(o, n);
  const newOfOld = new Map<number, number>(oldToNew);
  const oldOfNew = new Map<number, number>(oldToNew.map(([oi, ni]) => [ni, oi]));
  const changes: HistoryChange[] = [];
  const removedT = new Set<number>();
  const addedN = new Set<number>();
  const at = (ti: number): { line: number; column: number } => ({ line: (t[ti] as Unit).line + 1, column: (t[ti] as Unit).start + 1 });
  o.forEach((ou, oi) => {
    const ti = tOfOld.get(oi);
    if (ti === undefined || !prose(ou)) return;
    const ni = newOfOld.get(oi);
    if (ni === undefined) {
      removedT.add(ti);
      changes.push({ kind: 'removed', ...at(ti), old: ou.text });
    } else if (!same(ou, n[ni] as Unit)) {
      changes.push({ kind: 'changed', ...at(ti), old: ou.text, current: (n[ni] as Unit).text });
    }
  });
  const pairs = throughOld(t, n, tOfOld, newOfOld, removedT);
  const tOfNew = new Map<number, number>(pairs.map(([ti, ni]) => [ni, ti]));
  // Added blocks (no old block became them, no translated block pairs with them): on the translated block before.
  let before: number | undefined;
  n.forEach((nu, ni) => {
    const ti = tOfNew.get(ni);
    if (ti !== undefined || oldOfNew.has(ni)) {
      before = ti ?? before;
      return;
    }
    addedN.add(ni);
    if (!prose(nu)) return;
    const where = before !== undefined ? at(before) : t.length > 0 ? at(0) : { line: 1, column: 1 };
    changes.push({ kind: 'added', line: where.line, column: 1, current: nu.text });
  });
  changes.sort((a, b) => a.line - b.line || a.column - b.column);
  const explains = (d: PairDifference): boolean => {
    if (d.kind === 'code') return false;
    const [units, marked] = d.kind === 'missing' ? [n, addedN] : [t, removedT];
    const first = indexOf(units, d.kind === 'missing' ? d.englishLine : d.line, d.text);
    if (first < 0) return false;
    for (let k = first; k < first + d.count; k++) if (!marked.has(k)) return false;
    return true;
  };
  return { changes, pairs, explains };
}

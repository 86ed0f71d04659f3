// Aligns two articles' segment sequences by their English source text (never by data-ttu-id), with jsdiff.
import { diffArrays } from 'diff';
import type { Article } from '../../model.js';
import { diffRuns } from '../../parse/diff-runs.js';

// Whitespace that normalising would change: a run, a leading or trailing one, or any but a plain space.
const UNNORMAL_SPACE = /^\s|\s$|\s\s|[^\S ]/;
/** Whitespace runs as one space, trimmed. Most sources are already so and are returned as they are. */
export const normalizeSource = (s: string): string => (UNNORMAL_SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

/** The normalised sources of an article, computed once: it is aligned with every other revision of its family. */
const normalized = new WeakMap<Article, string[]>();
export function normalizedSources(article: Article): readonly string[] {
  let list = normalized.get(article);
  if (!list) {
    list = article.segments.map((s) => normalizeSource(s.source));
    normalized.set(article, list);
  }
  return list;
}

export type AlignOp =
  | { op: 'equal'; mine: number; ref: number }
  | { op: 'changed'; mine: number; ref: number }
  | { op: 'removed'; mine: number }
  | { op: 'added'; ref: number; after: number };

/**
 * Operations that turn `mine`'s source sequence into `ref`'s. A removal directly followed by an addition is one
 * changed sentence (paired in order); `after` is the index in `mine` after which an added segment belongs (-1: start).
 */
export function alignSources(mine: Article, ref: Article): AlignOp[] {
  const a = normalizedSources(mine);
  const b = normalizedSources(ref);
  const parts = diffArrays([...a], [...b]);
  const ops: AlignOp[] = [];
  for (const run of diffRuns(parts)) {
    if (run.equal) for (let k = 0; k < run.count; k++) ops.push({ op: 'equal', mine: run.i + k, ref: run.j + k });
    // An addition alone is a replaced run of nothing: each added segment after `i - 1`.
    else pairBlock(ops, a, b, run.i, run.removed, run.j, run.added);
  }
  return ops;
}

/** Words of a sentence, lower-cased, for a similarity that ignores case and punctuation. */
const wordsOf = (s: string): Set<string> => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Dice similarity of two sentences' word sets (0: nothing shared, 1: the same words). */
function similarity(x: string, y: string): number {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (a.size + b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

// A removed sentence and an added one are the same sentence changed when they share at least this much.
const SAME_SENTENCE = 0.3;

/**
 * A removed block (`mine[i…]`) against the added block that replaces it (`ref[j…]`): each removed sentence is paired,
 * in order, with the first added sentence like it (changed); the others are removed or added. Pairing by position
 * alone would call a dropped sentence "changed" into its unrelated neighbour.
 */
function pairBlock(ops: AlignOp[], a: readonly string[], b: readonly string[], i: number, count: number, j: number, addedCount: number): void {
  let nextRef = 0;
  for (let k = 0; k < count; k++) {
    let match = -1;
    for (let r = nextRef; r < addedCount; r++) {
      if (similarity(a[i + k] ?? '', b[j + r] ?? '') >= SAME_SENTENCE) {
        match = r;
        break;
      }
    }
    if (match < 0) {
      ops.push({ op: 'removed', mine: i + k });
      continue;
    }
    for (let r = nextRef; r < match; r++) ops.push({ op: 'added', ref: j + r, after: i + k - 1 });
    ops.push({ op: 'changed', mine: i + k, ref: j + match });
    nextRef = match + 1;
  }
  for (let r = nextRef; r < addedCount; r++) ops.push({ op: 'added', ref: j + r, after: i + count - 1 });
}

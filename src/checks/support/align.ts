// Aligns two articles' segment sequences by their English source text (never by data-ttu-id), with jsdiff.
import { diffArrays } from 'diff';
import type { Article } from '../../model.js';

/** One UTF-16 unit of JavaScript's `\s`: what `/\s+/g` and `trim()` remove. */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * Whether normalising would leave the text as it is: no leading or trailing whitespace, no run, nothing but plain
 * spaces. One loop over the characters; the regex it replaces (`/^\s|\s$|\s\s|[^\S ]/`) tried four branches at each.
 */
export function isNormalSpacing(s: string): boolean {
  if (s.length === 0) return true;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) return false;
  let afterSpace = false;
  for (let i = 1; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isSpace(c)) return false;
    else afterSpace = false;
  }
  return true;
}

/** Whitespace runs as one space, trimmed. Most sources are already so and are returned as they are. */
export const normalizeSource = (s: string): string => (isNormalSpacing(s) ? s : s.replace(/\s+/g, ' ').trim());

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
  let i = 0;
  let j = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as { added?: boolean; removed?: boolean; count?: number; value: string[] };
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k++) ops.push({ op: 'equal', mine: i++, ref: j++ });
      continue;
    }
    if (part.removed) {
      const next = parts[p + 1] as { added?: boolean; count?: number; value: string[] } | undefined;
      const addedCount = next?.added ? (next.count ?? next.value.length) : 0;
      const paired = Math.min(count, addedCount);
      for (let k = 0; k < paired; k++) ops.push({ op: 'changed', mine: i++, ref: j++ });
      for (let k = paired; k < count; k++) ops.push({ op: 'removed', mine: i++ });
      for (let k = paired; k < addedCount; k++) ops.push({ op: 'added', ref: j++, after: i - 1 });
      if (next?.added) p++;
      continue;
    }
    for (let k = 0; k < count; k++) ops.push({ op: 'added', ref: j++, after: i - 1 });
  }
  return ops;
}

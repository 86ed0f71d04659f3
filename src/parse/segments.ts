// Segments from pairs: each with its positions and context, and where segments lie in the article's text.
import type { Segment, SegmentContext } from '../model.js';
import type { RawPair } from './bilingual.js';
import type { Fact } from './facts.js';
import type { LineIndex } from './lines.js';
import type { Interval } from './markdown.js';
import { objectList } from './object-list.js';
import { firstAfter, firstAtOrAfter } from './sorted.js';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_FACTS: readonly Fact[] = objectList<Fact>();

/** The context of a pair at `at` from the intervals open there (the stack's ones that end after it). */
function contextOf(stack: readonly Interval[], at: number, inHtmlCell: boolean): SegmentContext {
  if (inHtmlCell) return 'html-table';
  for (let i = stack.length - 1; i >= 0; i--) {
    const it = stack[i] as Interval;
    if (it.end <= at) continue;
    if (it.kind === 'link') return 'link-text';
    if (it.kind === 'tableCell') return 'table-cell';
    if (it.kind === 'heading') return 'heading';
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const it = stack[i] as Interval;
    if (it.end <= at) continue;
    if (it.kind === 'listItem') return 'list-item';
    if (it.kind === 'blockquote') return 'blockquote';
  }
  for (const it of stack) if (it.end > at && it.kind === 'paragraph') return 'paragraph';
  return 'other';
}

/** For each pair (sorted by offset), the intervals that contain it, innermost last. One linear sweep. */
export function sweepContexts(pairs: readonly RawPair[], intervals: readonly Interval[]): SegmentContext[] {
  const out: SegmentContext[] = [];
  const open: Interval[] = [];
  let next = 0;
  for (const p of pairs) {
    while (next < intervals.length && (intervals[next] as Interval).start <= p.start) {
      const it = intervals[next++] as Interval;
      while (open.length > 0 && (open[open.length - 1] as Interval).end <= it.start) open.pop();
      open.push(it);
    }
    while (open.length > 0 && (open[open.length - 1] as Interval).end <= p.start) open.pop();
    // Parents may have closed under a child that is still open only if nesting is broken: those are skipped.
    out.push(contextOf(open, p.start, p.inHtmlCell));
  }
  return out;
}

/**
 * A segment per pair, with its positions and context. Complete from the start (role and facts are filled in once
 * the tables are known): one object shape.
 */
export function segmentsOf(pairs: readonly RawPair[], contexts: readonly SegmentContext[], lines: LineIndex): Mutable<Segment>[] {
  return objectList(pairs.map((p, index) => {
    const at = lines.position(p.start);
    const src = lines.position(p.sourceStart);
    const tt = lines.position(p.targetTextStart);
    const st = lines.position(p.sourceTextStart);
    return {
      id: p.id,
      index,
      target: p.target,
      source: p.source,
      line: at.line,
      column: at.column,
      sourceLine: src.line,
      sourceColumn: src.column,
      targetTextLine: tt.line,
      targetTextColumn: tt.column,
      sourceTextLine: st.line,
      sourceTextColumn: st.column,
      endLine: lines.line(Math.max(p.start, p.end - 1)),
      context: contexts[index] ?? 'other',
      role: 'text',
      sourceFacts: NO_FACTS,
      targetFacts: NO_FACTS,
    };
  }));
}

/** The index of the pair whose span holds `offset`, if any (pairs sorted by start, never overlapping). */
export function pairAt(pairs: readonly RawPair[], starts: readonly number[], offset: number): number | undefined {
  const i = firstAfter(starts, offset) - 1;
  return i >= 0 && offset < (pairs[i] as RawPair).end ? i : undefined;
}

/** The indexes of the segments that start in `[from, to)` (`starts`: each segment's start, sorted). */
export function segmentsIn(segments: readonly Segment[], starts: readonly number[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = firstAtOrAfter(starts, from); i < segments.length && (starts[i] as number) < to; i++) out.push(i);
  return out;
}

// Segments other locales have for the same English but this one lacks, and code blocks that differ between locales.
import { type Article, type CodeBlock, type Segment } from '../model.js';
import { normalizeSource, normalizedSources } from './support/align.js';
import type { FamilyCheck } from './types.js';

/** Code lines with comments and blank lines removed (comments may be translated, code may not), with their line in the block. */
export function codeLines(block: CodeBlock): { text: string; offset: number }[] {
  return block.value
    .split(/\r?\n/)
    .map((l, offset) => ({ text: l.replace(/(^|\s)(#|\/\/|--|REM\s|;).*$/i, '').replace(/<!--.*?-->/g, '').trim(), offset }))
    .filter((l) => l.text !== '');
}

export function codeShape(block: CodeBlock): string {
  return codeLines(block)
    .map((l) => l.text)
    .join('\n');
}

const commit = (a: Article): string | undefined => {
  const c = a.frontMatter['ms.sourcegitcommit'];
  return typeof c === 'string' && c !== '' ? c : undefined;
};

/** Source text compared across locales: case and whitespace differ between revisions of one English sentence. */
const compareKey = (source: string): string => source.toLowerCase().replace(/\s+/g, '');

/** The compare keys of a family's articles, each article's once, and each distinct source's once (the locales share their English). */
interface FamilyKeys {
  /** The key of each segment, by index. */
  of(a: Article): readonly string[];
  /** Each distinct non-empty key with the index of its first segment, in order. */
  firstIndexes(a: Article): ReadonlyMap<string, number>;
}

function familyKeys(): FamilyKeys {
  const bySource = new Map<string, string>();
  const lists = new Map<Article, string[]>();
  const firsts = new Map<Article, Map<string, number>>();
  const keyOf = (source: string): string => {
    let k = bySource.get(source);
    if (k === undefined) {
      k = compareKey(source);
      bySource.set(source, k);
    }
    return k;
  };
  const of = (a: Article): string[] => {
    let list = lists.get(a);
    if (!list) {
      list = normalizedSources(a).map(keyOf);
      lists.set(a, list);
    }
    return list;
  };
  const firstIndexes = (a: Article): Map<string, number> => {
    let first = firsts.get(a);
    if (!first) {
      first = new Map();
      for (const [i, k] of of(a).entries()) if (k !== '' && !first.has(k)) first.set(k, i);
      firsts.set(a, first);
    }
    return first;
  };
  return { of, firstIndexes };
}

/** Pair markup the parser could not read (a pair lost to it), as opposed to HTML it only read differently. */
const LOST_PAIR = new Set(['unclosed-span', 'missing-source', 'missing-target', 'id-mismatch']);

/**
 * The articles of a peer group whose bilingual reading is complete: no broken pair markup (its pairs are in the file
 * but were not read as pairs), and at least half as many pairs as the peers' median (an article translated whole,
 * without the sxs-lookup spans, or mostly so, has nothing to compare).
 */
function completeReadings(group: readonly Article[]): Set<Article> {
  const counts = group.map((a) => a.segments.length).sort((x, y) => x - y);
  const median = counts[Math.floor(counts.length / 2)] ?? 0; // the upper one of two: a pair of articles is held to the fuller
  return new Set(
    group.filter(
      (a) => a.segments.length > 0 && a.segments.length * 2 >= median && !a.problems.some((p) => p.checkId === 'bilingual-markup' && LOST_PAIR.has(p.messageId)),
    ),
  );
}

/**
 * Where a segment that `holder` has at `index` belongs in `a`: on the line of the segment after it when `holder` has
 * both on one line (the first sentence of a paragraph dropped), else after the nearest segment before it that `a` has
 * too (on its own line when that line is still there, blank), else before the nearest after it.
 */
function placeIn(a: Article, holder: Article, index: number, keys: FamilyKeys): number | undefined {
  const mine = keys.of(a);
  const theirs = keys.of(holder);
  const next = holder.segments[index + 1];
  if (next && next.line === (holder.segments[index] as Segment).line) {
    const at = mine.indexOf(theirs[index + 1] as string);
    if (at >= 0) return (a.segments[at] as Segment).line;
  }
  for (let i = index - 1; i >= 0; i--) {
    const at = mine.indexOf(theirs[i] as string);
    if (at < 0) continue;
    // As many lines after that segment as in `holder` (its paragraph's line, left blank), unless that line is
    // already the next segment's here (the paragraph was removed whole): then right after that segment.
    const end = (a.segments[at] as Segment).endLine;
    const line = end + (holder.segments[index] as Segment).line - (holder.segments[i] as Segment).endLine;
    const after = a.segments[at + 1];
    return line > end && (!after || line < after.line) ? line : end;
  }
  for (let i = index + 1; i < theirs.length; i++) {
    const at = mine.indexOf(theirs[i] as string);
    if (at >= 0) return (a.segments[at] as Segment).line;
  }
  return undefined;
}

function reportMissing(a: Article, others: readonly Article[], keys: FamilyKeys, report: Parameters<FamilyCheck['run']>[0]['report']): void {
  if (others.length === 0) return;
  const mine = keys.firstIndexes(a);
  // Another segmentation of the same English (two sentences in one segment here) loses nothing. Joined only
  // when another locale has a sentence this one lacks.
  let mineJoined: string | undefined;
  const have = new Map<string, { article: Article; index: number; line: number; source: string }[]>();
  for (const o of others) {
    for (const [k, i] of keys.firstIndexes(o)) {
      if (mine.has(k)) continue;
      const s = o.segments[i] as Segment;
      const entry = { article: o, index: i, line: s.targetTextLine, source: s.source };
      const list = have.get(k);
      if (list) list.push(entry);
      else have.set(k, [entry]);
    }
  }
  for (const [k, list] of have) {
    if (list.length * 2 <= others.length) continue; // only what most of the others have
    mineJoined ??= keys.of(a).join('');
    if (mineJoined.includes(k)) continue;
    const first = list[0] as (typeof list)[number];
    const expected = normalizeSource(first.source);
    let line: number | undefined;
    for (const h of list) line ??= placeIn(a, h.article, h.index, keys);
    report({
      article: a,
      messageId: 'missing',
      data: { expected: expected.slice(0, 160), locales: [...new Set(list.map((l) => l.article.locale))].join(', ') },
      line: line ?? 1,
      expected,
      related: list.map((l) => ({ article: l.article, line: l.line, message: l.source.slice(0, 200) })),
      key: `missing:${expected}`,
    });
  }
}

export const missingSegment: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'missing-segment',
    category: 'structure',
    defaultSeverity: 'warning',
    description:
      'A segment that the other locales of the same English source have but this one lacks; code that differs between locales; in paired mode, blocks and code the translation and its English do not share.',
    messages: {
      missing: 'This article lacks the segment "{expected}", which {locales} have for the same English source.',
      'code-differs': 'This code block differs from the one in {locales} (code is not translated): "{actual}" vs "{expected}".',
      'paired-missing': 'The English has {blocks} here that this translation lacks, from its line {englishLine}: "{text}".',
      'paired-extra': 'This translation has {blocks} here that the English lacks (after its line {englishLine}): "{text}".',
      'paired-code': 'This code block differs from the English (code is not translated): "{actual}" vs "{expected}" (its line {englishLine}).',
    },
  },
  run({ articles, report }) {
    // Paired mode (--source): what the alignment with the English article left over (src/parse/pair-align.ts).
    for (const a of articles) {
      for (const p of a.problems) {
        if (p.checkId !== 'missing-segment') continue;
        const code = p.messageId === 'paired-code';
        report({
          article: a,
          messageId: p.messageId,
          data: p.data,
          line: p.line,
          column: p.column,
          key: p.key,
          ...(code ? { actual: String(p.data.actual), expected: String(p.data.expected) } : {}),
        });
      }
    }
    // Peers: articles translated from the same English commit, so their sources agree and differences are losses.
    const peers = new Map<string, Article[]>();
    for (const a of articles) {
      const c = commit(a);
      if (c) peers.set(c, [...(peers.get(c) ?? []), a]);
    }
    const keys = familyKeys();
    for (const group of peers.values()) {
      if (group.length < 2) continue;
      const complete = completeReadings(group);
      for (const a of group) {
        const others = group.filter((o) => o !== a && o.locale !== a.locale);
        if (others.length === 0) continue;
        // A paired article's segments are the sentences loccheck cut itself, locale by locale (CJK stops, merged
        // sentences): a sentence cut otherwise is left unpaired, not missing. Its alignment with the English
        // (paired-missing) says what it lacks; judged on the real pair, 7 of 8 such 'missing' were present.
        if (complete.has(a) && !a.paired) reportMissing(a, others.filter((o) => complete.has(o)), keys, report);
        // Code blocks, matched by order: the most common shape among the others is the expected one.
        a.codeBlocks.forEach((block, i) => {
          const mineShape = codeShape(block);
          if (mineShape === '') return;
          const theirs = others.flatMap((o) => (o.codeBlocks[i] ? [{ article: o, shape: codeShape(o.codeBlocks[i] as CodeBlock) }] : []));
          if (theirs.length === 0 || theirs.some((t) => t.shape === mineShape)) return;
          const votes = new Map<string, typeof theirs>();
          for (const t of theirs) votes.set(t.shape, [...(votes.get(t.shape) ?? []), t]);
          const [expected, majority] = [...votes].sort((x, y) => y[1].length - x[1].length)[0] as [string, typeof theirs];
          if (majority.length * 2 <= theirs.length) return;
          const mine = codeLines(block);
          const want = expected.split('\n');
          let firstDiff = mine.findIndex((l, n) => l.text !== want[n]);
          if (firstDiff < 0) firstDiff = mine.length; // this block stops early: the first missing line
          const at = mine[firstDiff] ?? mine[mine.length - 1];
          report({
            article: a,
            messageId: 'code-differs',
            data: {
              locales: [...new Set(majority.map((t) => t.article.locale))].join(', '),
              actual: (mine[firstDiff]?.text ?? '').slice(0, 120),
              expected: (want[firstDiff] ?? '').slice(0, 120),
            },
            line: block.line + (block.fenced ? 1 : 0) + (at?.offset ?? 0),
            actual: mine[firstDiff]?.text ?? '',
            expected: want[firstDiff] ?? '',
            key: `code:${i}:${mineShape}`,
          });
        });
      }
    }
  },
};

// Paired mode: a translation-only article aligned with its English article, written as the bilingual format reads it.
//
// Each translated block (heading, paragraph line, list item, quote line, table cell) that aligns with an English
// block becomes a pair on the translation's own line: `<span data-ttu-id="lc-N">translation</span><span
// class="sxs-lookup"><span data-stu-id="lc-N">English</span></span>`, so every check runs unchanged and every
// finding keeps the translation's line. Front matter, code blocks and blocks that do not align stay as they are.
import { diffArrays } from 'diff';

/** One block of an article: what it is, where its text stands on its line, and the fixpoints that survive translation. */
interface Unit {
  readonly kind: string;
  readonly line: number;
  /** Offsets of the block's text in its line (a table row has one unit per cell). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly fixpoints: readonly string[];
}

export interface PairedText {
  /** The translation with its aligned blocks written as bilingual pairs (same lines as the translation). */
  readonly text: string;
  /** Blocks of the translation that could hold a pair, and how many were aligned with an English block. */
  readonly units: number;
  readonly aligned: number;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+\s*)?$/;
const LIST_ITEM = /^(\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)(.*)$/;
const QUOTE = /^(\s{0,3}(?:>\s?)+)(.*)$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
// Lines that are markup only: an alert marker, an include, an HTML block line, an image alone, a link reference.
const NOT_PROSE = /^\s*(?:\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|INCLUDE|div|VIDEO)\b|<\/?[a-zA-Z!]|:::|\[[^\]]+\]:\s)/i;
// A line of HTML (a table row of an HTML table, a `<p>`): its text runs between tags are the blocks.
const HTML_LINE = /^\s*<[a-zA-Z][^>]*>/;

/** Tokens a translation keeps: link destinations, code spans, numbers, CamelCase names. */
function fixpointsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\]\(([^)\s]+)|`([^`]+)`|(\d+(?:[.,]\d+)*)|\b([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)\b/g)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/[.,]/g, ''));
  }
  return out;
}

/** The cells of a table row: their text offsets in the line (pipes escaped with `\` do not split). */
function cellsOf(line: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let start = line.indexOf('|') === line.search(/\S/) ? line.indexOf('|') + 1 : 0;
  for (let i = start; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      if (i === line.length && line.slice(start).trim() === '') break;
      cells.push(trimmed(line, start, i));
      start = i + 1;
    }
  }
  return cells;
}

function trimmed(line: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(line[s] as string)) s++;
  while (e > s && /\s/.test(line[e - 1] as string)) e--;
  return { start: s, end: e };
}

/** The blocks of an article that can hold a pair, in order. */
export function unitsOf(text: string): Unit[] {
  const lines = text.split('\n');
  const units: Unit[] = [];
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    i = 1;
    while (i < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[i] as string)) i++;
    i++;
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    const f = FENCE.exec(raw);
    if (fence !== undefined) {
      if (f && (f[1] as string)[0] === fence[0] && (f[1] as string).length >= fence.length && raw.trim() === f[1]) fence = undefined;
      continue;
    }
    if (f) {
      fence = f[1];
      continue;
    }
    if (raw.trim() === '' || /^ {4,}|^\t/.test(raw) || TABLE_DELIMITER.test(raw)) continue;
    const add = (kind: string, from: number, to: number): void => {
      let end = to;
      // An anchor the localized build adds before a heading (`<a name="…"></a>`) is not part of its text.
      const anchor = /^<a\s+(?:name|id)="[^"]*"\s*><\/a>\s*/i.exec(raw.slice(from, end));
      let start = from + (anchor ? anchor[0].length : 0);
      // A block that is one link (`[Overview](overview.md)`): the pair stands inside its text, as the bilingual
      // format writes it, and the link stays around the pair.
      const link = /^\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)\s*$/.exec(raw.slice(start, end));
      if (link) {
        start += 1;
        end = start + (link[1] as string).length;
      }
      const t = raw.slice(start, end);
      if (t.trim() === '' || NOT_PROSE.test(t) || !/\p{L}/u.test(t)) return;
      units.push({ kind, line: i, start, end, text: t, fixpoints: fixpointsOf(t) });
    };
    if (HTML_LINE.test(raw)) {
      for (const m of raw.matchAll(/>([^<>]+)(?=<|$)/g)) {
        const r = trimmed(raw, m.index + 1, m.index + 1 + (m[1] as string).length);
        add('html', r.start, r.end);
      }
      continue;
    }
    if (raw.trimStart().startsWith('|')) {
      const cells = cellsOf(raw);
      cells.forEach((c, k) => add(`cell${k}/${cells.length}`, c.start, c.end));
      continue;
    }
    const h = HEADING.exec(raw);
    if (h) {
      add(`h${(h[1] as string).trim().length}`, (h[1] as string).length, (h[1] as string).length + (h[2] as string).length);
      continue;
    }
    const quote = QUOTE.exec(raw);
    const q = quote ?? LIST_ITEM.exec(raw);
    if (q) {
      const kind = quote ? 'quote' : 'li';
      const inner = q[2] as string;
      const nested = LIST_ITEM.exec(inner);
      const lead = (q[1] as string).length + (nested ? (nested[1] as string).length : 0);
      add(nested ? 'li' : kind, lead, raw.length);
      continue;
    }
    add('p', raw.search(/\S/), raw.length);
  }
  return units;
}

/** Whether two blocks can be a translation and its English: the same kind, and fixpoints that agree. */
function sameBlock(t: Unit, e: Unit): boolean {
  if (t.kind !== e.kind) return false;
  if (t.fixpoints.length === 0 && e.fixpoints.length === 0) return true;
  const mine = new Set(t.fixpoints);
  const shared = e.fixpoints.filter((x) => mine.has(x)).length;
  return (2 * shared) / (t.fixpoints.length + e.fixpoints.length) >= 0.5;
}

/** Pairs of (translation unit, English unit) indexes: equal runs of the diff, and same-kind blocks replaced in place. */
function align(t: readonly Unit[], e: readonly Unit[]): [number, number][] {
  const parts = diffArrays([...t], [...e], { comparator: (a: Unit, b: Unit) => sameBlock(a, b) });
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as { added?: boolean; removed?: boolean; count?: number; value: Unit[] };
    const count = part.count ?? part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k++) pairs.push([i++, j++]);
      continue;
    }
    if (part.removed) {
      const next = parts[p + 1] as { added?: boolean; count?: number; value: Unit[] } | undefined;
      const added = next?.added ? (next.count ?? next.value.length) : 0;
      // A translated block whose fixpoints changed (a number localized, a link moved) still stands where its English
      // stands: same-kind blocks of equal runs pair in place.
      if (added === count) {
        for (let k = 0; k < count; k++) if (t[i + k]?.kind === e[j + k]?.kind) pairs.push([i + k, j + k]);
      }
      i += count;
      j += added;
      if (next?.added) p++;
      continue;
    }
    j += count;
  }
  return pairs;
}

/** The translation with every aligned block written as a bilingual pair of its English block. */
export function pairWithEnglish(translation: string, english: string): PairedText {
  const t = unitsOf(translation);
  const e = unitsOf(english);
  const pairs = align(t, e);
  const lines = translation.split('\n');
  // Right to left within a line, so offsets of earlier cells stay valid.
  const byLine = new Map<number, [Unit, Unit, number][]>();
  pairs.forEach(([ti, ei], n) => {
    const u = t[ti] as Unit;
    const list = byLine.get(u.line) ?? [];
    list.push([u, e[ei] as Unit, n + 1]);
    byLine.set(u.line, list);
  });
  for (const [line, list] of byLine) {
    let text = lines[line] as string;
    for (const [u, en, n] of list.sort((a, b) => b[0].start - a[0].start)) {
      text = text.slice(0, u.start) + pairsOf(u.text, en.text, `lc-${n}`) + text.slice(u.end);
    }
    lines[line] = text;
  }
  return { text: lines.join('\n'), units: t.length, aligned: pairs.length };
}

// A sentence ends at `.`, `!` or `?` before a blank and a capital, digit or opening mark, or at a CJK full stop.
const SENTENCE_END = /[.!?][*_)"”»’']*(?=\s+[\p{Lu}\p{N}"'“«(\[*])|[。！？][*_)」』”]*(?=\s*\S)/gu;
// A translation may end a sentence with a colon where the English has a full stop (`Consider the following example.`
// → `Sehen Sie sich das folgende Beispiel an:`): read there too, and let the alignment join what the English joins.
const TARGET_SENTENCE_END = /[.!?:][*_)"”»’']*(?=\s+[\p{Lu}\p{N}"'“«(\[*])|[。！？：][*_)」』”]*(?=\s*\S)/gu;
// Abbreviations whose dot ends no sentence.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|z\.\s?B|d\.\s?h|u\.\s?a|etc|vs|Nr|Abb|ca|bzw|usw|p\.\s?ex|S\.A|Inc|Ltd|Corp|No|Fig)|\b\p{L})\.$/u;

/** The sentences of a block: offsets of each, without the blanks between them. Links and code spans are not cut. */
export function sentencesOf(text: string, ends: RegExp = SENTENCE_END): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Inside `[…](…)` and code spans a dot ends nothing.
  const shielded = text.replace(/`[^`]*`|\[[^\]]*\]\([^)]*\)/g, (m) => 'x'.repeat(m.length));
  let start = 0;
  for (const m of shielded.matchAll(ends)) {
    const end = m.index + 1;
    const end2 = m.index + m[0].length;
    if (m[0] === '.' && ABBREVIATION.test(shielded.slice(Math.max(0, end - 8), end))) continue;
    out.push({ start, end: end2 });
    start = end2;
    while (start < text.length && /\s/.test(text[start] as string)) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The pairs of one aligned block: one per sentence when both sides have as many sentences (the bilingual format
 * pairs sentences), else the whole block as one pair. The translation's blanks between sentences are kept.
 */
function pairsOf(target: string, source: string, id: string): string {
  const t = sentencesOf(target, TARGET_SENTENCE_END);
  const e = sentencesOf(source);
  const pair = (tt: string, ee: string, pid: string): string =>
    `<span data-ttu-id="${pid}">${tt}</span><span class="sxs-lookup"><span data-stu-id="${pid}">${ee}</span></span>`;
  if (t.length < 2 && e.length < 2) return pair(target, source, id);
  let out = '';
  let last = 0;
  alignSentences(t, e, target.length, source.length).forEach(([ts, es], k) => {
    const tr = { start: (t[ts[0]] as Span).start, end: (t[ts[1]] as Span).end };
    const en = { start: (e[es[0]] as Span).start, end: (e[es[1]] as Span).end };
    out += target.slice(last, tr.start) + pair(target.slice(tr.start, tr.end), source.slice(en.start, en.end), `${id}-${k + 1}`);
    last = tr.end;
  });
  return out + target.slice(last);
}

interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of a block aligned by length, as Gale and Church align them: one to one, or one to two either way, the
 * translation's lengths read against the English's in the ratio of the two blocks. Returns the groups, in order, as
 * inclusive index ranges `[[tFirst, tLast], [eFirst, eLast]]`.
 */
function alignSentences(t: readonly Span[], e: readonly Span[], tTotal: number, eTotal: number): [[number, number], [number, number]][] {
  const ratio = tTotal / Math.max(1, eTotal);
  const len = (list: readonly Span[], a: number, b: number): number => (list[b] as Span).end - (list[a] as Span).start;
  const cost = (ta: number, tb: number, ea: number, eb: number): number => {
    const expected = ratio * len(e, ea, eb);
    return Math.abs(len(t, ta, tb) - expected) / Math.sqrt(expected + 1) + (tb - ta + eb - ea > 0 ? 1.5 : 0);
  };
  const n = t.length;
  const m = e.length;
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY));
  const from: [number, number][][] = Array.from({ length: n + 1 }, () => new Array<[number, number]>(m + 1).fill([0, 0]));
  (best[0] as number[])[0] = 0;
  const steps: [number, number][] = [[1, 1], [1, 2], [2, 1]];
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = (best[i] as number[])[j] as number;
      if (!Number.isFinite(here)) continue;
      for (const [di, dj] of steps) {
        if (i + di > n || j + dj > m) continue;
        const c = here + cost(i, i + di - 1, j, j + dj - 1);
        if (c < ((best[i + di] as number[])[j + dj] as number)) {
          (best[i + di] as number[])[j + dj] = c;
          (from[i + di] as [number, number][])[j + dj] = [di, dj];
        }
      }
    }
  }
  // No path (a block of one sentence against four): the block as one pair.
  if (!Number.isFinite((best[n] as number[])[m] as number)) return [[[0, n - 1], [0, m - 1]]];
  const groups: [[number, number], [number, number]][] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = (from[i] as [number, number][])[j] as [number, number];
    groups.unshift([[i - di, i - 1], [j - dj, j - 1]]);
    i -= di;
    j -= dj;
  }
  return groups;
}

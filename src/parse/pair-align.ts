// Paired mode: a translation-only article aligned with its English article, written as the bilingual format reads it.
//
// Each translated block (heading, paragraph line, list item, quote line, table cell) that aligns with an English
// block becomes a pair on the translation's own line: `<span data-ttu-id="lc-N">translation</span><span
// class="sxs-lookup"><span data-stu-id="lc-N">English</span></span>`, so every check runs unchanged and every
// finding keeps the translation's line. Front matter, code blocks and blocks that do not align stay as they are.
import { diffArrays } from 'diff';
import { PAIRED_ID_PREFIX } from '../model.js';
import { diffRuns } from './diff-runs.js';
import { LineIndex } from './lines.js';
import { firstAtOrAfter } from './sorted.js';

/** One block of an article: what it is, where its text stands on its line, and the fixpoints that survive translation. */
interface Unit {
  readonly kind: string;
  readonly line: number;
  /** Offsets of the block's text in its first line (a table row has one unit per cell). */
  readonly start: number;
  readonly end: number;
  /** Offsets of the block's text in the article (a paragraph wrapped over lines is one block). */
  readonly from: number;
  readonly to: number;
  readonly text: string;
  readonly fixpoints: readonly string[];
  /** A block that is one link, paired inside its text: the whole link (for pairing with a block that is more). */
  readonly whole?: { readonly from: number; readonly to: number; readonly text: string };
  /**
   * The next unit goes on with this one's paragraph after a hard line break (two blanks or a backslash ending the
   * line, or a `<br>`): the other side may write the two as one block (`joinHardBreaks`).
   */
  readonly breaksInto?: 'line' | 'br';
  /** A piece of a block that `<br>` cuts: a side that cuts there itself has its own pieces to pair. */
  readonly cutByBr?: true;
  /**
   * The piece after this one's `<br>` holds only the sentence's stop (`…dans les Commentaires <br>.`): the translation
   * kept the English's break inside a sentence and wrote the words after it before it (`joinsAcross`).
   */
  readonly stopAfterBr?: true;
  /**
   * The anchor the localized build put before the block (`<a name="…"></a>`): the slug of the English heading it was
   * translated from, which may hold words the English has since moved out of the heading (`saidByAnchor`).
   */
  readonly anchor?: string;
}

export interface PairedText {
  /** The translation with its aligned blocks written as bilingual pairs (same lines as the translation). */
  readonly text: string;
  /** Blocks of the translation that could hold a pair, and how many were aligned with an English block. */
  readonly units: number;
  readonly aligned: number;
  /** What does not align: blocks one side has and the other lacks, code blocks that differ. */
  readonly differences: readonly PairDifference[];
  /**
   * Where the translation's own text stands in `text`: triples (offset in `text`, offset in the translation, length),
   * in order. Every character of the translation is in one run; what lies between runs was inserted.
   */
  readonly copies: readonly number[];
}

/** The paired text as it is written, with where each run of the translation's own text lands in it. */
class PairedWriter {
  private readonly parts: string[] = [];
  private length = 0;
  readonly copies: number[] = [];

  /** The translation's text from `from` to `to`, as it is. */
  copy(translation: string, from: number, to: number): void {
    if (to <= from) return;
    this.copies.push(this.length, from, to - from);
    this.write(translation.slice(from, to));
  }

  /** Text of the pair's markup or its English, not the translation's. */
  insert(text: string): void {
    this.write(text);
  }

  private write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }

  get text(): string {
    return this.parts.join('');
  }
}

/** Offset in the paired text → offset in the translation (inserted text: the end of the translation's run before it). */
export function translationOffset(copies: readonly number[], offset: number): number {
  const k = runAt(copies, 0, offset);
  if (k < 0) return 0;
  const [at, from, n] = [copies[k] as number, copies[k + 1] as number, copies[k + 2] as number];
  return from + Math.min(offset - at, n);
}

/** Offset in the translation → offset in the paired text (where that character was copied). */
export function pairedOffset(copies: readonly number[], offset: number): number {
  const k = runAt(copies, 1, offset);
  if (k < 0) return offset;
  const [at, from] = [copies[k] as number, copies[k + 1] as number];
  return at + (offset - from);
}

/**
 * Columns between the paired text and the translation it was written from: both have the same lines, and the
 * translation's text stands in the paired text in runs (`copies`). A column inside inserted text maps to where the
 * translation's text goes on.
 */
export interface PairedColumns {
  toTranslation(line: number, column: number): number;
  toPaired(line: number, column: number): number;
}

export function pairedColumns(translation: string, paired: Pick<PairedText, 'text' | 'copies'>): PairedColumns {
  const mine = new LineIndex(translation).starts;
  const theirs = new LineIndex(paired.text).starts;
  const map = (from: readonly number[], to: readonly number[], f: (offset: number) => number) => (line: number, column: number): number => {
    const a = from[line - 1];
    const b = to[line - 1];
    return a === undefined || b === undefined ? column : f(a + column - 1) - b + 1;
  };
  return {
    toTranslation: map(theirs, mine, (o) => translationOffset(paired.copies, o)),
    toPaired: map(mine, theirs, (o) => pairedOffset(paired.copies, o)),
  };
}

/** The index of the last run (triple) whose field `field` is at most `offset`, by binary search; -1 if none. */
function runAt(copies: readonly number[], field: 0 | 1, offset: number): number {
  let lo = 0;
  let hi = copies.length / 3 - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((copies[mid * 3 + field] as number) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found * 3;
}

/**
 * A difference of structure between a translation and its English: a run of English blocks the translation lacks
 * (`missing`), a run of translated blocks the English lacks (`extra`), or an aligned code block whose code differs
 * (comments and blank lines aside; `code`).
 */
export interface PairDifference {
  readonly kind: 'missing' | 'extra' | 'code' | 'reworded';
  /** 1-based line of the translation it is reported on (a missing run: the block before it). */
  readonly line: number;
  /** Reworded: 1-based column of the translated sentence in its line (the others are reported at column 1). */
  readonly column?: number;
  /** 1-based line of the English it concerns. */
  readonly englishLine: number;
  /** Blocks in the run (1 for code). */
  readonly count: number;
  /**
   * The first block of the run (missing: the English's; extra: the translation's); code: the translation's line;
   * reworded: the translated sentence.
   */
  readonly text: string;
  /** Code: the English's line there; reworded: the English sentence the translated one was made from an older form of. */
  readonly expected?: string;
  /**
   * Missing: the translated block before the run says it already (`saidByAnchor`). The English changed its structure,
   * not what the translation says: not reported as missing, but the English did change (`paired-stale` stays).
   */
  readonly said?: true;
}

/** Code lines compared: comments (which may be translated) and blank lines left out. */
function codeLinesOf(code: string): { text: string; offset: number }[] {
  return code
    .split('\n')
    .map((l, offset) => ({ text: l.replace(/(^|\s)(#|\/\/|--|REM\s|;).*$/i, '').replace(/<!--.*?-->/g, '').trim(), offset }))
    .filter((l) => l.text !== '');
}

/**
 * The differences left by an alignment: unpaired runs on either side, and aligned code blocks that differ. A run whose
 * every block is accounted for by rewordings (`rewordingsOf`) is no missing or extra content.
 */
function differencesOf(t: readonly Unit[], e: readonly Unit[], pairs: readonly [number, number][], reworded = NO_REWORDINGS): PairDifference[] {
  const covered = (set: ReadonlySet<number>, from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (!set.has(k)) return false;
    return true;
  };
  const out: PairDifference[] = [];
  const lineAt = (k: number): number => ((t[k] as Unit | undefined)?.line ?? 0) + 1;
  let ti = -1;
  let ei = -1;
  for (const [nt, ne] of [...pairs, [t.length, e.length] as [number, number]]) {
    if (ne > ei + 1 && !covered(reworded.englishBlocks, ei + 1, ne)) {
      const first = e[ei + 1] as Unit;
      // Reported on the translated block before the gap, else the one after it.
      const line = ti >= 0 ? lineAt(ti) : nt < t.length ? lineAt(nt) : 1;
      const said = ti >= 0 && ei >= 0 && saidByAnchor(t[ti] as Unit, e[ei] as Unit, e.slice(ei + 1, ne));
      out.push({ kind: 'missing', line, englishLine: first.line + 1, count: ne - ei - 1, text: first.text, ...(said ? { said } : {}) });
    }
    if (nt > ti + 1 && !covered(reworded.translatedBlocks, ti + 1, nt)) {
      const first = t[ti + 1] as Unit;
      out.push({ kind: 'extra', line: first.line + 1, englishLine: ei >= 0 ? (e[ei] as Unit).line + 1 : 1, count: nt - ti - 1, text: first.text });
    }
    if (nt < t.length && ne < e.length && (t[nt] as Unit).kind === 'code') {
      const mine = codeLinesOf((t[nt] as Unit).text);
      const want = codeLinesOf((e[ne] as Unit).text);
      let at = mine.findIndex((l, k) => l.text !== want[k]?.text);
      if (at < 0 && want.length > mine.length) at = mine.length;
      if (at >= 0) {
        const l = mine[at] ?? mine[mine.length - 1];
        const w = want[at];
        out.push({
          kind: 'code',
          // The fence's line (0-based) + 1, + 1 for the first line of code, + the line's offset in the block.
          line: (t[nt] as Unit).line + 2 + (l?.offset ?? 0),
          englishLine: (e[ne] as Unit).line + 2 + (w?.offset ?? 0),
          count: 1,
          text: mine[at]?.text ?? '',
          expected: w?.text ?? '',
        });
      }
    }
    ti = nt;
    ei = ne;
  }
  return out;
}

/** The share of a missing run's words that the anchor before the translated block must hold (`saidByAnchor`). */
const ANCHOR_WORDS = 2 / 3;

/**
 * Whether English blocks the translation lacks are said by the translated block before them already: its anchor (the
 * slug of the English heading it was translated from, `<a name="ensure-that-the-user-is-homed-online-applicable-for-
 * skype-for-business-server-…">`) holds most of their words beyond those of its English heading today (`## Ensure that
 * the user is homed online`, then `This step is applicable to Skype for Business Server…`). The English moved text out
 * of a heading into a sentence of its own; the translated heading still says it (judged on the real pair: noise).
 */
function saidByAnchor(before: Unit, english: Unit, run: readonly Unit[]): boolean {
  if (before.anchor === undefined) return false;
  const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const heading = new Set(wordsOf(english.text));
  const surplus = new Set(wordsOf(before.anchor).filter((w) => !heading.has(w)));
  const missing = new Set(run.flatMap((u) => wordsOf(u.text)));
  if (surplus.size === 0 || missing.size === 0) return false;
  let said = 0;
  for (const w of missing) if (surplus.has(w)) said++;
  return said >= ANCHOR_WORDS * missing.size;
}

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

// A fence: three backticks with no backtick after them (else a code span), or three tildes.
const FENCE = /^[\s>]*?(`{3,}(?=[^`]*$)|~{3,})/;
const HEADING_OPENER = /^#{1,6}\s+/;
const LIST_MARKER = /^((?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?)/;
const QUOTE_MARKERS = /^(?:>\s?)+/;
/**
 * A table's delimiter row (`| :-- | --: |`): cells of dashes between optional colons, pipes between them. By trimming
 * and splitting: the regex this replaces (`^\s*\|?\s*:?-+…`) went quadratic on a long run of blanks.
 */
function isTableDelimiter(line: string): boolean {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|')) s = s.slice(0, -1);
  return s.split('|').every((cell) => /^:?-+:?$/.test(cell.trim()));
}

/**
 * An ATX heading's opener (`## `) and text without its closing hashes (`## Title ##` → `Title`), as
 * `^(#{1,6}\s+)(.*?)(\s+#+\s*)?$` reads it, in linear time (that regex is quadratic on a long run of blanks).
 */
function headingOf(rest: string): { opener: string; text: string } | undefined {
  const o = HEADING_OPENER.exec(rest);
  if (!o || /[\n\r\u2028\u2029]/.test(rest)) return undefined;
  const r = rest.slice(o[0].length);
  // The closing sequence: blanks, hashes, optional blanks to the end; the text ends where its blanks start.
  let end = r.length;
  while (end > 0 && /\s/.test(r[end - 1] as string)) end--;
  let hashes = end;
  while (hashes > 0 && r[hashes - 1] === '#') hashes--;
  let blanks = hashes;
  while (blanks > 0 && /\s/.test(r[blanks - 1] as string)) blanks--;
  const closed = hashes < end && blanks < hashes;
  return { opener: o[0], text: closed ? r.slice(0, blanks) : r };
}

/** A hard line break ends the line: two blanks or a backslash (by its end, not a regex that rescans a run of blanks). */
const endsWithHardBreak = (line: string): boolean => line.endsWith('  ') || line.endsWith('\\');
// Text that is markup only: an alert marker, an include, a docs extension block, a link reference definition (a
// destination and at most a title after the label: `[Teams **Go Big** を選択する]: 新しい…` and `[GeneralPractitioner]: la
// referencia…`, a label MT bracketed before its sentence, are prose).
const NOT_PROSE = /^\s*(?:\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|INCLUDE|div|VIDEO)\b|:::(?!no-loc)|\[[^\]]+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$)/i;
// HTML tags that end a unit (`<br>`, `<li>`, `<td>`, `<p>`…); inline formatting and links stay inside the text.
// Only HTML's own block and line-break tags: `<max results>` or an escaped `\<sipdomain\>` is text.
// A line that starts an HTML block, as CommonMark reads it: a block-level tag (`<p>`, `<td>`, `<table>`…) or a
// comment. Everything up to the next blank line is then one HTML block, however it is wrapped.
const HTML_BLOCK_START =
  /^<(?:!--|\/?(?:address|article|aside|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|nav|ol|optgroup|option|p|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul|pre|script|style|textarea)(?=[\s/>]|$))/i;
// A line that is one tag alone (`<br/>`, `<span class="x">`, `</div>`) also starts one, unless it goes on with a paragraph.
const LONE_TAG = /^(?:<[a-zA-Z][\w-]*(?:\s[^<>]*)?\/?>|<\/[a-zA-Z][\w-]*\s*>)\s*$/;

/**
 * Whether a line (its text after container markers) starts an HTML block. A paragraph that opens with an inline tag
 * (`<a href="…">Microsoft Graph</a>上に…`, `<span class="underline">Rapport…`) is prose, as its English
 * (`The API, <a href="…">built on…</a>`) is: CommonMark reads both as paragraphs.
 */
function startsHtmlBlock(rest: string, inParagraph: boolean): boolean {
  return HTML_BLOCK_START.test(rest) || (!inParagraph && LONE_TAG.test(rest));
}

/** A piece that is only a sentence's stop (and closing marks): `.`, `。`, `.)`. */
const ONLY_STOP = /^\s*[.!?。！？][)\]"'”»」』*_]*\s*$/u;

const SPLITTING_TAG =
  /(?<!\\)<\/?(?:br|p|li|ul|ol|td|th|tr|table|thead|tbody|tfoot|caption|colgroup|col|div|hr|h[1-6]|dl|dt|dd|blockquote|pre|img|input|section|details|summary)\b[^<>]*>|<!--[\s\S]*?-->/gi;

/**
 * Whether a block holds text to pair. Text outside tags is what a translation translates: a block of tags only (`<a
 * name="top"> </a>`) or of ASCII marks (`-`, `|`) is none; a cell of one symbol (`●`, `√`, `☐` in a comparison table)
 * is one, as the bilingual format pairs it.
 */
function hasText(t: string): boolean {
  return /[\p{L}\p{N}]|[^\x00-\x7F\p{P}\p{Z}\p{C}]/u.test(t.replace(/<[^<>]*>/g, ''));
}

/**
 * A table cell holding a typographic dash only (`–`, `—`): a translation's way to write `N/A`. An ASCII `-` cell is
 * not text to pair, as the bilingual format does not pair it.
 */
const dashCell = (kind: string, text: string): boolean => kind.startsWith('cell') && /^[–—]$/.test(text.trim());

/** Width of a line's leading blanks, a tab counting four. */
function indentOf(line: string): number {
  let w = 0;
  for (const c of line) {
    if (c === ' ') w++;
    else if (c === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
}

/** Lines that are rows of a pipe table: a header line before a delimiter row with a pipe, and the rows after it. */
function tableRowsOf(lines: readonly string[]): Set<number> {
  const rows = new Set<number>();
  const body = (l: string): string => l.replace(/^\s*(?:>\s?)*/, '');
  for (let k = 1; k < lines.length; k++) {
    const d = body(lines[k] as string);
    if (!d.includes('|') || !isTableDelimiter(d) || !body(lines[k - 1] as string).includes('|')) continue;
    rows.add(k - 1);
    let j = k + 1;
    for (; j < lines.length && (lines[j] as string).trim() !== '' && body(lines[j] as string).includes('|'); j++) rows.add(j);
    // A delimiter line among these rows would find the same rows again: go on after them.
    k = j - 1;
  }
  return rows;
}

/** The blocks of an article that can hold a pair, in order; fenced code blocks as `code` units (never paired). */
export function unitsOf(text: string): Unit[] {
  const rawLines = text.split('\n');
  const lines = rawLines.map((l) => l.replace(/\r$/, ''));
  const lineStart: number[] = [];
  for (let k = 0, at = 0; k < rawLines.length; k++) {
    lineStart.push(at);
    at += (rawLines[k] as string).length + 1;
  }
  /** The 0-based line holding an offset, by binary search over the line starts. */
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStart[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const units: Unit[] = [];
  let i = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    i = 1;
    while (i < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[i] as string)) i++;
    i++;
  }
  const tableRows = tableRowsOf(lines);
  let fence: { marker: string; line: number; body: string[] } | undefined;
  let listContent = -1; // content column of the last list item, while a list goes on
  let prevBlank = true;
  let prevKind: 'prose' | 'html' | 'code' | 'none' = 'none';
  let comment = false;
  // A paragraph (or list item) still open: its lines wrapped in the source are one block.
  let open: { kind: string; line: number; from: number; to: number; afterBreak?: number } | undefined;

  /**
   * Marks the unit at `k` as going on in the next unit after a hard break (when the next one was pushed after it).
   */
  const breakInto = (k: number, how: 'line' | 'br'): void => {
    const u = units[k];
    if (u !== undefined && k === units.length - 2) units[k] = { ...u, breaksInto: how };
  };
  const markStopAfterBr = (k: number): void => {
    const u = units[k];
    if (u !== undefined) units[k] = { ...u, stopAfterBr: true };
  };
  /**
   * The units of the text from `from` to `to` (offsets in `text`), cut at HTML block tags. `afterBreak`: the index
   * of the last unit of the paragraph this block goes on with after a hard line break.
   */
  const add = (kind: string, line: number, from: number, to: number, afterBreak?: number): void => {
    // Inside one block, HTML block tags (`<br>`, `<li>`, `<p>`) separate units, as the bilingual format cuts them.
    // A piece after `<br>` only (no other tag since the last piece with text) goes on with that piece's paragraph.
    const pieces: [number, number][] = [];
    const brBefore: boolean[] = [afterBreak !== undefined];
    let s = from;
    for (const m of text.slice(from, to).matchAll(SPLITTING_TAG)) {
      pieces.push([s, from + m.index]);
      brBefore.push(/^<br\b/i.test(m[0]));
      s = from + m.index + m[0].length;
    }
    pieces.push([s, to]);
    const cutByBr = brBefore.slice(1).some(Boolean);
    // The unit a piece goes on with after breaks only, while no other tag came between.
    let joinable: number | undefined = afterBreak;
    let piece = 0;
    // The k-th piece of a block only pairs with the k-th piece of a block (a cell's lines stay in their order),
    // counting pieces with text only: `</li><li>` and `</li> <li>`, or a `<br>` before `Both…` and none before
    // `Sowohl…`, leave the same pieces. The pieces of an HTML block are not numbered: the two sides wrap and cut its
    // lines differently (`…Credits </td><td>Or</td>` on one line, or on two), and the alignment keeps them in order.
    for (const [k, [a, b]] of pieces.entries()) {
      if (!brBefore[k]) joinable = undefined;
      const r = trimmed(text, a, b);
      let start = r.start;
      let end = r.end;
      // A hard line break's backslash is markup (`\</span>` would escape the pair's end).
      while (end > start && text[end - 1] === '\\') end = trimmed(text, start, end - 1).end;
      // An anchor the localized build adds before a heading (`<a name="…"></a>`) is not part of its text.
      const anchor = /^<a\s+(?:name|id)="([^"]*)"\s*>\s*<\/a>\s*/i.exec(text.slice(start, end));
      start += anchor ? anchor[0].length : 0;
      // A block that is one link (`[Overview](overview.md)`): the pair stands inside its text, as the bilingual
      // format writes it, and the link stays around the pair.
      // Brackets inside the text (`[[電話会議] Microsoft Teams…](…)`) are part of it; an image or a link as the link's
      // text (`[![alt](a.png)](a.png)`, MT's `[[Zuweisen…](a.md).](a.md)`) is paired whole, as the bilingual format
      // pairs it.
      const link = /^\[(?!!\[)((?:[^[\]]|\[[^[\]]*\](?!\())+)\]\([^)\s]*(?:\s+"[^"]*")?\)\s*$/.exec(text.slice(start, end));
      const whole = link ? { from: start, to: end, text: text.slice(start, end) } : undefined;
      if (link) {
        start += 1;
        end = start + (link[1] as string).length;
      }
      const t = text.slice(start, end);
      // A piece after a `<br>` that is only the stop of the sentence the break cut (`Commentaires <br>.`): the
      // piece before it took the words the English writes after its break.
      if (brBefore[k] && joinable === units.length - 1 && ONLY_STOP.test(t)) markStopAfterBr(joinable);
      // A table cell that is a dash stands for the English's `N/A` (`–` in a de-DE table): a cell all the same.
      if (t.trim() === '' || NOT_PROSE.test(t) || !(hasText(t) || dashCell(kind, t))) continue;
      // Spans that do not close (`Nur in <span> cqd…<span/>`) would swallow the pair written around them.
      if ((t.match(/<span\b/gi)?.length ?? 0) !== (t.match(/<\/span>/gi)?.length ?? 0)) continue;
      const at = lineOf(start);
      units.push({
        kind: piece === 0 || kind === 'html' ? kind : `${kind}#${piece}`,
        line: at,
        start: start - (lineStart[at] as number),
        end: end - (lineStart[at] as number),
        from: start,
        to: end,
        text: t,
        fixpoints: fixpointsOf(t),
        ...(whole ? { whole } : {}),
        ...(cutByBr ? { cutByBr } : {}),
        ...(anchor?.[1] ? { anchor: anchor[1] } : {}),
      });
      if (joinable !== undefined) breakInto(joinable, k === 0 ? 'line' : 'br');
      joinable = units.length - 1;
      piece++;
    }
  };
  const flush = (): void => {
    if (open) add(open.kind, open.line, open.from, open.to, open.afterBreak);
    open = undefined;
  };

  for (; i < lines.length; i++) {
    const raw = lines[i] as string;
    const base = lineStart[i] as number;
    // An HTML comment over several lines (commented-out steps, code): nothing in it is published.
    if (comment) {
      if (raw.includes('-->')) comment = false;
      continue;
    }
    // Indented four or more outside a list, `<!--` is a line of an indented code block (`    <!--FirstMessage goes
    // here --!>` in an XML sample), which never ends at `-->`: read as a comment, it hid the rest of the article.
    if (fence === undefined && /^\s*<!--/.test(raw) && !raw.includes('-->') && (indentOf(raw) < 4 || listContent >= 0)) {
      flush();
      comment = true;
      continue;
    }
    if (fence !== undefined) {
      const f = FENCE.exec(raw);
      if (f && (f[1] as string)[0] === fence.marker[0] && (f[1] as string).length >= fence.marker.length && raw.replace(/^[\s>]*/, '').trim() === f[1]) {
        const at = lineStart[fence.line] as number;
        units.push({ kind: 'code', line: fence.line, start: 0, end: 0, from: at, to: at, text: fence.body.join('\n'), fixpoints: [] });
        fence = undefined;
      } else fence.body.push(raw.replace(/^[\s>]*/, ''));
      continue;
    }
    if (raw.trim() === '') {
      flush();
      prevBlank = true;
      continue;
    }
    // An HTML block goes on to the next blank line, whatever its lines start with (CommonMark).
    if (open?.kind === 'html') {
      open.to = base + raw.length;
      continue;
    }
    const indent = indentOf(raw);
    const f = FENCE.exec(raw);
    if (f && (indent < 4 || listContent >= 0)) {
      flush();
      fence = { marker: f[1] as string, line: i, body: [] };
      prevBlank = false;
      prevKind = 'code';
      continue;
    }
    const startsHtml = /^\s*<[a-zA-Z!/]/.test(raw);
    if (indent >= 4) {
      const inList = listContent >= 0 && indent < listContent + 4;
      const continuation = !prevBlank && prevKind === 'prose';
      if (!inList && !continuation && !(startsHtml && prevKind === 'html')) {
        flush();
        prevBlank = false;
        prevKind = 'code';
        continue;
      }
    } else if (prevBlank && listContent >= 0 && indent < 2 && !LIST_MARKER.test(raw.slice(indent))) listContent = -1;
    const wasBlank = prevBlank;
    prevBlank = false;
    // A setext underline makes the open paragraph a heading (`Title` over `=====`, as an English file may write
    // what its translation writes `# Title`).
    if (open && !wasBlank && /^ {0,3}(?:=+|-+)\s*$/.test(raw) && open.kind === 'p') {
      open.kind = raw.trim().startsWith('=') ? 'h1' : 'h2';
      flush();
      prevKind = 'prose';
      continue;
    }
    if (raw.includes('-') && isTableDelimiter(raw.replace(/^\s*(?:>\s?)*/, ''))) {
      flush();
      prevKind = 'prose';
      continue;
    }
    // Container markers: quote markers and list markers, in any order, before the block's own text.
    let at = indent;
    let quoted = false;
    let listed = false;
    for (;;) {
      const q = QUOTE_MARKERS.exec(raw.slice(at));
      if (q) {
        quoted = true;
        at += q[0].length;
        at += indentOf(raw.slice(at));
        continue;
      }
      const l = LIST_MARKER.exec(raw.slice(at));
      if (l) {
        listed = true;
        at += l[0].length;
        listContent = at;
        continue;
      }
      break;
    }
    const rest = raw.slice(at);
    // A quote line with nothing after its markers separates paragraphs as a blank line does; a line that is markup
    // only (`> [!NOTE]`) is a block of its own.
    if (rest.trim() === '' || NOT_PROSE.test(rest)) {
      flush();
      prevBlank = rest.trim() === '';
      prevKind = 'prose';
      continue;
    }
    if (tableRows.has(i)) {
      flush();
      prevKind = 'prose';
      const cells = cellsOf(rest);
      cells.forEach((c, k) => add(`cell${k}/${cells.length}`, i, base + at + c.start, base + at + c.end));
      continue;
    }
    const h = headingOf(rest);
    if (h && !listed) {
      flush();
      prevKind = 'prose';
      const from = base + at + h.opener.length;
      add(`h${h.opener.trim().length}`, i, from, from + h.text.length);
      continue;
    }
    // An HTML block (an anchor before the text, `<a name="x"></a>Title`, the localized build's, is prose).
    const html = startsHtmlBlock(rest, open !== undefined && !wasBlank && prevKind === 'prose');
    // A line that goes on with the open paragraph: no blank line before it, no list marker (quote markers only
    // inside a quote, where they stand inside the pair), not HTML, and no hard line break (two blanks or a backslash)
    // ending the line before.
    const hardBreak = endsWithHardBreak(lines[i - 1] ?? '');
    const goesOn = open !== undefined && !wasBlank && !listed && !html && (!quoted || open.kind === 'quote') && prevKind === 'prose';
    if (open && goesOn && !hardBreak) {
      open.to = base + raw.length;
      continue;
    }
    // The paragraph goes on after a hard break: the unit it ended with, if any, and this line's first unit are one
    // paragraph (a translation's `**Titel**  ` above an image, where the English wraps softly).
    const before = units.length;
    flush();
    const afterBreak = goesOn && units.length > before ? units.length - 1 : undefined;
    prevKind = html ? 'html' : 'prose';
    // A quoted HTML line is read alone (the quote markers of the lines after it would stand inside its text), and so
    // is a comment on one line (CommonMark ends its block there: `<!---Delete this section…--->` before a note).
    if (html && (quoted || rest.startsWith('<!--'))) add('html', i, base + at, base + raw.length);
    else open = { kind: html ? 'html' : listed ? 'li' : quoted ? 'quote' : 'p', line: i, from: base + at, to: base + raw.length, ...(afterBreak === undefined ? {} : { afterBreak }) };
  }
  flush();
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

/**
 * Largest article (translation units × English units) aligned by the scored alignment; larger ones by the diff. Its
 * trace takes a byte per cell (12 MB). The CQD dimensions article of the Teams pair is 2,847 × 2,847 blocks (8.1
 * million): by the diff, a row whose fixpoints MT re-cased (`WiFI`) split its table into missing and extra runs.
 */
const MAX_CELLS = 12_000_000;
/**
 * The most blocks added and removed that the diff of very long articles looks for (its time grows with their
 * product with the articles' length: 12,000 headings against 12,000 list items took 76 s unbounded).
 */
const MAX_EDITS = 2_000;
/** Up to this many cells the alignment is computed in full; beyond, in a band of at least `BAND` blocks each way. */
const FULL_CELLS = 1_000_000;
const BAND = 150;

/*
 * How well a translated block fits an English block (`fitOf`), or undefined when it cannot be its translation: the
 * same kind, plus the share of fixpoints they have in common (no evidence either way when one side has none: a
 * translation writes `WLAN` for `WiFi`), less the distance of their lengths (the translation's read in the ratio of
 * the two articles) on a log scale. Code blocks are the surest landmarks (never translated): they outweigh any pair
 * of prose blocks.
 */

/** What the alignment compares of each block, computed once per block. */
interface Features {
  /** Kind ids (the same id for the same kind on both sides). */
  readonly kinds: Int32Array;
  readonly logLength: Float64Array;
  readonly fixpoints: readonly (ReadonlySet<string> | undefined)[];
  readonly units: readonly Unit[];
  /** Lengths without link destinations (`proseLength`), for blocks joined across a hard break. */
  readonly proseLength: Float64Array;
  /** 1 for a block of a kind translators swap with another (`SWAPPABLE_KINDS`). */
  readonly swappable: Uint8Array;
}

/**
 * Kinds a translation swaps: a list item for an English paragraph (`* Weitere Informationen…` for `*To learn more…`,
 * `3)Les…` for `3) Les…`: the blank after the marker gained or lost) or the reverse, and so inside a note (`> * SBC…`
 * for `> *If Mutual TLS…`, a quote paragraph). Such blocks pair, at a cost that lets a block of the same kind win
 * when one fits as well.
 */
const SWAPPABLE_KINDS = new Set(['p', 'li', 'quote']);
const KIND_SWAP_COST = 0.4;

/** Kind → id, shared by the two sides of one alignment (per call: kinds such as `cell3/7#2` are unbounded). */
type KindIds = Map<string, number>;
const CODE = 0;
const newKindIds = (): KindIds => new Map([['code', CODE]]);

function features(units: readonly Unit[], ratio: number, kindIds: KindIds): Features {
  const kinds = new Int32Array(units.length);
  const logLength = new Float64Array(units.length);
  const fixpoints: (ReadonlySet<string> | undefined)[] = [];
  const swappable = new Uint8Array(units.length);
  const proseLengths = new Float64Array(units.length);
  units.forEach((u, k) => {
    swappable[k] = SWAPPABLE_KINDS.has(u.kind) ? 1 : 0;
    proseLengths[k] = u.text.includes('](') ? proseLength(u.text) : u.text.length;
    let id = kindIds.get(u.kind);
    if (id === undefined) {
      id = kindIds.size;
      kindIds.set(u.kind, id);
    }
    kinds[k] = id;
    logLength[k] = Math.log(ratio * u.text.length + 5);
    fixpoints.push(u.fixpoints.length > 0 ? new Set(u.fixpoints) : undefined);
  });
  return { kinds, logLength, fixpoints, units, swappable, proseLength: proseLengths };
}

/** What pairing two blocks' kinds costs: nothing for the same kind, `KIND_SWAP_COST` for swapped ones, else no pair. */
function kindCostOf(t: Features, i: number, e: Features, j: number): number | undefined {
  if (t.kinds[i] === e.kinds[j]) return 0;
  return t.swappable[i] === 1 && e.swappable[j] === 1 ? KIND_SWAP_COST : undefined;
}

function fitOf(t: Features, i: number, e: Features, j: number): number | undefined {
  const kindCost = kindCostOf(t, i, e, j);
  if (kindCost === undefined) return undefined;
  const tu = t.units[i] as Unit;
  const eu = e.units[j] as Unit;
  if (t.kinds[i] === CODE) return 2.5 + (tu.text === eu.text ? 1 : 0);
  let sim = 0.5;
  const mine = t.fixpoints[i];
  if (mine && eu.fixpoints.length > 0) {
    let shared = 0;
    for (const x of eu.fixpoints) if (mine.has(x)) shared++;
    sim = (2 * shared) / (tu.fixpoints.length + eu.fixpoints.length);
  }
  const score = 1 + sim - 0.7 * Math.abs((t.logLength[i] as number) - (e.logLength[j] as number)) - kindCost;
  return score > 0.2 ? score : undefined;
}

/**
 * What joining two blocks across a hard line break costs: the two sides must fit clearly better joined than apart
 * (a block the other side lacks after the break stays extra).
 */
const JOIN_COST = 0.2;

/** A block's length without its link destinations (never translated: an image's path outweighs its short alt text). */
const proseLength = (text: string): number => text.replace(/\]\([^)]*\)/g, ']').length;

/**
 * Whether a block may join the next across its break to pair with a block of the other side: a hard line break
 * always; a `<br>` when the other side's block is not cut by `<br>` itself, or when the other side kept the break but
 * left only the sentence's stop after it (`…dans les Commentaires <br>.` for `…in the Comments <br>column.`: the
 * break cuts a sentence for the cell's width, and the translation wrote the words after it before it, as its word
 * order wants; judged on the real pair, 4 of 4 such were noise). The joined length must still fit better than the
 * piece alone (`joinedFit`), unless what follows the break is one word (`wordAfterStop`): `…请记下详细信息 <br/>。` for
 * `…note the details <br/>in the Comments column.` lost the words after the break, and its English piece stays missing.
 */
function joinsAcross(first: Unit, other: Unit): boolean {
  return first.breaksInto === 'line' || (first.breaksInto === 'br' && (other.cutByBr !== true || other.stopAfterBr === true));
}

/**
 * Whether `after`, the piece after a `<br>`, is one word ending its sentence (`column.`) against a block of the other
 * side that kept the break with only the stop after it (`…dans les Commentaires <br>.`): the end of a sentence the
 * break cut for the cell's width, which the translation wrote before the break (or left out: one word, no block to
 * miss). Seven characters beside fifty are below what lengths can tell, so it joins without their proof.
 * `…note the details <br/>in the Comments column.` is four words: its length must still say so.
 */
function wordAfterStop(after: Unit, other: Unit): boolean {
  return other.stopAfterBr === true && after.cutByBr === true && /^[\p{L}\p{N}][^\s<>]*$/u.test(after.text.trim());
}

/**
 * How well blocks of one paragraph cut by a hard line break fit one block of the other side, read as one block (the
 * kind of the first, the fixpoints and length of both), less `JOIN_COST`; undefined when they cannot pair.
 */
function joinedFit(t: Features, ti: readonly number[], e: Features, ei: readonly number[], ratio: number, shortTail = false): number | undefined {
  const kindCost = kindCostOf(t, ti[0] as number, e, ei[0] as number);
  if (kindCost === undefined || t.kinds[ti[0] as number] === CODE) return undefined;
  const length = (f: Features, k: readonly number[]): number => k.reduce((sum, x) => sum + (f.proseLength[x] as number), 0);
  const misfit = (tl: number, el: number): number => Math.abs(Math.log(tl + 5) - Math.log(ratio * el + 5));
  const a = length(t, ti);
  const b = length(e, ei);
  const joined = misfit(a, b);
  // The length must fit better joined than any part alone: else the part after the break is a block of its own. A
  // word after a break where the other side has only the stop (`shortTail`, `wordAfterStop`) is too short to tell.
  for (const x of ti.length > 1 && !shortTail ? ti : []) if (joined >= misfit(t.proseLength[x] as number, b)) return undefined;
  for (const y of ei.length > 1 && !shortTail ? ei : []) if (joined >= misfit(a, e.proseLength[y] as number)) return undefined;
  const mine = ti.flatMap((x) => (t.units[x] as Unit).fixpoints);
  const theirs = ei.flatMap((y) => (e.units[y] as Unit).fixpoints);
  let sim = 0.5;
  if (mine.length > 0 && theirs.length > 0) {
    const set = new Set(mine);
    sim = (2 * theirs.filter((x) => set.has(x)).length) / (mine.length + theirs.length);
  }
  const score = 1 + sim - 0.7 * joined - kindCost - JOIN_COST;
  return score > 0.2 ? score : undefined;
}

/**
 * What leaving a block unpaired costs: without it, the alignment would give up a pair for a shift that pairs more
 * blocks whose fixpoints agree by chance (a table's repeated cells).
 */
const SKIP = 0.5;

/**
 * Pairs of (translation unit, English unit) indexes, in order, with the most total fit (Needleman–Wunsch, leaving a
 * block unpaired at a cost): a block the other side lacks, or a number localized, shifts nothing after it.
 */
export function align(t: readonly Unit[], e: readonly Unit[], joins = false): [number, number][] {
  const n = t.length;
  const m = e.length;
  if (n === 0 || m === 0) return [];
  if (n * m > MAX_CELLS) return alignByDiff(t, e);
  const ratio = lengthRatio(t, e);
  const kindIds = newKindIds();
  const ft = features(t, 1, kindIds);
  const fe = features(e, ratio, kindIds);
  const ek = fe.kinds;
  // back: 1 = match, 2 = skip a translated block, 3 = skip an English block, 4 = two translated blocks joined across
  // a hard break with one English block, 5 = the reverse.
  const back = new Uint8Array((n + 1) * (m + 1));
  let prev = new Float64Array(m + 1);
  let row = new Float64Array(m + 1);
  // Blocks that go on after a hard break (1), read once: the loop below asks for each cell.
  const breaks = (units: readonly Unit[]): Uint8Array => Uint8Array.from(units, (u) => (u.breaksInto === undefined ? 0 : 1));
  const tBreak = breaks(t);
  const eBreak = breaks(e);
  // The row before `prev`, for a translated block joined with the one before it (`joins`).
  let prev2 = new Float64Array(m + 1).fill(Number.NEGATIVE_INFINITY);
  for (let j = 1; j <= m; j++) {
    back[j] = 3;
    prev[j] = -SKIP * j;
  }
  // Long articles: only a band around the diagonal, as wide as the articles' difference in blocks and more (a
  // translation's blocks stay near their English's; 2,847 blocks against 2,847 took 1.9 s in full).
  const full = n * m <= FULL_CELLS;
  const band = Math.max(BAND, 2 * Math.abs(n - m) + 50);
  for (let i = 1; i <= n; i++) {
    row[0] = -SKIP * i;
    back[i * (m + 1)] = 2;
    const kind = ft.kinds[i - 1];
    const center = Math.round((i * m) / n);
    const lo = full ? 1 : Math.max(1, center - band);
    const hi = full ? m : Math.min(m, center + band);
    if (!full) row.fill(Number.NEGATIVE_INFINITY, 1);
    for (let j = lo; j <= hi; j++) {
      let best = (prev[j] as number) - SKIP;
      let how = 2;
      if ((row[j - 1] as number) - SKIP > best) {
        best = (row[j - 1] as number) - SKIP;
        how = 3;
      }
      if (ek[j - 1] === kind || (ft.swappable[i - 1] === 1 && fe.swappable[j - 1] === 1)) {
        const f = fitOf(ft, i - 1, fe, j - 1);
        if (f !== undefined && (prev[j - 1] as number) + f >= best) {
          best = (prev[j - 1] as number) + f;
          how = 1;
        }
      }
      if (joins && i >= 2 && tBreak[i - 2] !== 0 && joinsAcross(t[i - 2] as Unit, e[j - 1] as Unit)) {
        const f = joinedFit(ft, [i - 2, i - 1], fe, [j - 1], ratio, wordAfterStop(t[i - 1] as Unit, e[j - 1] as Unit));
        if (f !== undefined && (prev2[j - 1] as number) + f > best) {
          best = (prev2[j - 1] as number) + f;
          how = 4;
        }
      }
      if (joins && j >= 2 && eBreak[j - 2] !== 0 && joinsAcross(e[j - 2] as Unit, t[i - 1] as Unit)) {
        const f = joinedFit(ft, [i - 1], fe, [j - 2, j - 1], ratio, wordAfterStop(e[j - 1] as Unit, t[i - 1] as Unit));
        if (f !== undefined && (prev[j - 2] as number) + f > best) {
          best = (prev[j - 2] as number) + f;
          how = 5;
        }
      }
      row[j] = best;
      back[i * (m + 1) + j] = how;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const how = back[i * (m + 1) + j];
    if (how === 1) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (how === 4) {
      pairs.push([i - 1, j - 1], [i - 2, j - 1]);
      i -= 2;
      j--;
    } else if (how === 5) {
      pairs.push([i - 1, j - 1], [i - 1, j - 2]);
      i--;
      j -= 2;
    } else if (how === 2) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Pairs of (translation unit, English unit) indexes: equal runs of the diff, and same-kind blocks replaced in place. */
function alignByDiff(t: readonly Unit[], e: readonly Unit[]): [number, number][] {
  const parts = diffArrays([...t], [...e], { comparator: (a: Unit, b: Unit) => sameBlock(a, b), maxEditLength: MAX_EDITS });
  // Articles that differ in more blocks than that (a hostile pull request): nothing pairs, nothing is compared.
  if (parts === undefined) return [];
  const pairs: [number, number][] = [];
  for (const run of diffRuns(parts)) {
    const { i, j } = run;
    if (run.equal) {
      for (let k = 0; k < run.count; k++) pairs.push([i + k, j + k]);
      continue;
    }
    // A translated block whose fixpoints changed (a number localized, a link moved) still stands where its English
    // stands: same-kind blocks of equal runs pair in place.
    if (run.added === run.removed) {
      for (let k = 0; k < run.removed; k++) if (t[i + k]?.kind === e[j + k]?.kind) pairs.push([i + k, j + k]);
    }
  }
  return pairs;
}

/** A table of an article's blocks: its units `from`..`to` (exclusive), one row of unit indexes per line. */
interface Table {
  readonly from: number;
  readonly to: number;
  readonly rows: readonly (readonly number[])[];
}

/** The tables among an article's blocks: runs of cells, a row per line, the delimiter row the only line between rows. */
function tablesOf(units: readonly Unit[]): Table[] {
  const tables: Table[] = [];
  for (let k = 0; k < units.length; ) {
    if (!(units[k] as Unit).kind.startsWith('cell')) {
      k++;
      continue;
    }
    const rows: number[][] = [];
    let j = k;
    for (; j < units.length && (units[j] as Unit).kind.startsWith('cell'); j++) {
      const row = rows[rows.length - 1];
      const line = row === undefined ? -1 : (units[row[0] as number] as Unit).line;
      if (row !== undefined && (units[j] as Unit).line === line) row.push(j);
      else if (row !== undefined && (units[j] as Unit).line - line > 2) break;
      else rows.push([j]);
    }
    tables.push({ from: k, to: j, rows });
    k = j;
  }
  return tables;
}

/** How well a translated row fits an English row: its cells paired by kind (column and piece), each left out at `SKIP`. */
/** The words of a row (four letters and more, in lower case), which a translation may keep. */
function rowWords(units: readonly Unit[], row: readonly number[]): Set<string> {
  return new Set(row.flatMap((k) => [...(units[k] as Unit).text.toLowerCase().matchAll(/[a-z]{4,}/g)].map((m) => m[0])));
}

function rowFit(ft: Features, tr: readonly number[], mine: ReadonlySet<string>, fe: Features, er: readonly number[], theirs: ReadonlySet<string>): { score: number; matched: number } {
  const byKind = new Map<number, number>();
  for (const j of er) byKind.set(fe.kinds[j] as number, j);
  let score = 0;
  let matched = 0;
  for (const i of tr) {
    const j = byKind.get(ft.kinds[i] as number);
    const f = j === undefined ? undefined : fitOf(ft, i, fe, j);
    if (f === undefined) continue;
    // A cell written alike on both sides (a key: a name, a code, a value) is the row's surest anchor.
    const same = (ft.units[i] as Unit).text.trim() === (fe.units[j as number] as Unit).text.trim();
    score += f + (same ? ROW_SAME_CELL : 0);
    matched++;
  }
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  // Words a translation keeps (UI names: `Meet Now in Channels zulassen` for `Allow Meet now in channels`) tell rows
  // of the same shape apart.
  const kept = Math.min(ROW_WORDS, ROW_WORD * shared);
  return { score: score + kept - SKIP * (tr.length + er.length - 2 * matched), matched };
}

/** What a cell written alike on both sides weighs in the fit of its rows. */
const ROW_SAME_CELL = 1;
/** What each word a translated row shares with an English row weighs, and all of them at most. */
const ROW_WORD = 0.15;
const ROW_WORDS = 0.6;

/** The assignment of rows to columns of least total cost (Hungarian method, O(n³)): the column of each row. */
function leastCostAssignment(cost: readonly Float64Array[]): Int32Array {
  const n = cost.length;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = ((cost[i0 - 1] as Float64Array)[j - 1] as number) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const column = new Int32Array(n);
  for (let j = 1; j <= n; j++) column[(p[j] as number) - 1] = j - 1;
  return column;
}

/** Most rows of a table pair by content (`rowOrder`); beyond, the table keeps its order (a cubic assignment). */
const MAX_TABLE_ROWS = 60;
/**
 * What a row order must gain over the rows in order, per row it moves: a total fit that much higher (a length
 * several times off in a cell, or cells that pair only so). Rows of one shape told apart by a few characters of
 * length never move.
 */
const ROW_MOVE_GAIN = 1;

/**
 * How many rows an assignment moves: the paired rows (English row → translated row) less the most of them that
 * keep their order (the longest increasing run of translated rows, in the English order).
 */
function rowsMoved(partner: ReadonlyMap<number, number>): number {
  const order = [...partner].sort((x, y) => x[0] - y[0]).map(([, a]) => a);
  const longest: number[] = [];
  for (const [k, a] of order.entries()) {
    let best = 1;
    for (let j = 0; j < k; j++) if ((order[j] as number) < a) best = Math.max(best, (longest[j] as number) + 1);
    longest.push(best);
  }
  return order.length - Math.max(0, ...longest);
}

/**
 * The English rows in the order of the translated rows they fit, or undefined when the rows in order fit as well: a
 * table whose rows the English reordered since the translation (`meeting-expiration.md`) pairs row with row. Rows
 * either side lacks stay unpaired (and are reported), the English ones after the row they followed.
 */
function rowOrder(ft: Features, tt: Table, fe: Features, et: Table): number[] | undefined {
  const nt = tt.rows.length;
  const ne = et.rows.length;
  if (nt < 2 || ne < 2 || nt > MAX_TABLE_ROWS || ne > MAX_TABLE_ROWS) return undefined;
  const eWords = et.rows.map((er) => rowWords(fe.units, er));
  const fit = tt.rows.map((tr) => {
    const mine = rowWords(ft.units, tr);
    return et.rows.map((er, b) => rowFit(ft, tr, mine, fe, er, eWords[b] as Set<string>));
  });
  const at = (a: number, b: number): { score: number; matched: number } => (fit[a] as { score: number; matched: number }[])[b] as { score: number; matched: number };
  const tSkip = (a: number): number => SKIP * (tt.rows[a] as number[]).length;
  const eSkip = (b: number): number => SKIP * (et.rows[b] as number[]).length;
  // The rows in order: the best alignment that keeps their order (score, cells paired).
  const best: { score: number; matched: number }[][] = [];
  for (let a = 0; a <= nt; a++) {
    const row: { score: number; matched: number }[] = [];
    for (let b = 0; b <= ne; b++) {
      if (a === 0 && b === 0) row.push({ score: 0, matched: 0 });
      else {
        const options: { score: number; matched: number }[] = [];
        if (a > 0) options.push({ score: (best[a - 1]?.[b]?.score ?? 0) - tSkip(a - 1), matched: best[a - 1]?.[b]?.matched ?? 0 });
        if (b > 0) options.push({ score: (row[b - 1]?.score ?? 0) - eSkip(b - 1), matched: row[b - 1]?.matched ?? 0 });
        if (a > 0 && b > 0) {
          const f = at(a - 1, b - 1);
          options.push({ score: (best[a - 1]?.[b - 1]?.score ?? 0) + f.score, matched: (best[a - 1]?.[b - 1]?.matched ?? 0) + f.matched });
        }
        row.push(options.reduce((x, y) => (y.score > x.score ? y : x)));
      }
    }
    best.push(row);
  }
  const inOrder = best[nt]?.[ne] as { score: number; matched: number };
  // Any order: rows and the rows' absence, as an assignment of least cost.
  const n = nt + ne;
  const cost = Array.from({ length: n }, (_, a) =>
    Float64Array.from({ length: n }, (_, b) => (a < nt ? (b < ne ? -at(a, b).score : tSkip(a)) : b < ne ? eSkip(b) : 0)),
  );
  const column = leastCostAssignment(cost);
  let score = 0;
  let matched = 0;
  const partner = new Map<number, number>();
  for (let a = 0; a < n; a++) {
    const b = column[a] as number;
    score -= (cost[a] as Float64Array)[b] as number;
    if (a < nt && b < ne) {
      partner.set(b, a);
      matched += at(a, b).matched;
    }
  }
  if (score < inOrder.score + ROW_MOVE_GAIN * rowsMoved(partner) || matched < inOrder.matched) return undefined;
  // The English rows by the place of their translated rows; a row without one after the row it followed.
  const place: number[] = [];
  for (let b = 0; b < ne; b++) place.push(partner.get(b) ?? (b === 0 ? -1 : (place[b - 1] as number)) + 0.001 * (b + 1));
  const order = [...Array(ne).keys()].sort((x, y) => (place[x] as number) - (place[y] as number));
  return order.every((b, k) => b === k) ? undefined : order;
}

/**
 * The English blocks with each table's rows in the order of the translated table's rows, where the English reordered
 * them (`rowOrder`); the English itself when no table did. `pairs`: an alignment of `t` and `e` in order, which says
 * which English table each translated table translates.
 */
function withRowsReordered(t: readonly Unit[], e: readonly Unit[], pairs: readonly [number, number][]): readonly Unit[] {
  const tTables = tablesOf(t);
  const eTables = tablesOf(e);
  if (tTables.length === 0 || eTables.length === 0) return e;
  const kindIds = newKindIds();
  const ft = features(t, 1, kindIds);
  const fe = features(e, lengthRatio(t, e), kindIds);
  const partnerOf = new Map(pairs);
  const pairedE = new Set(pairs.map(([, j]) => j));
  /** A table whose every cell pairs in order: no row to move. */
  const allPaired = (tt: Table, et: Table): boolean => {
    for (let i = tt.from; i < tt.to; i++) if (!partnerOf.has(i)) return false;
    for (let j = et.from; j < et.to; j++) if (!pairedE.has(j)) return false;
    return true;
  };
  let out: Unit[] | undefined;
  const used = new Set<Table>();
  for (const tt of tTables) {
    // The English table most of its paired cells stand in.
    const votes = new Map<Table, number>();
    for (let i = tt.from; i < tt.to; i++) {
      const j = partnerOf.get(i);
      const et = j === undefined ? undefined : eTables.find((x) => x.from <= j && j < x.to);
      if (et) votes.set(et, (votes.get(et) ?? 0) + 1);
    }
    const et = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0];
    if (et === undefined || used.has(et)) continue;
    used.add(et);
    if (allPaired(tt, et)) continue;
    const order = rowOrder(ft, tt, fe, et);
    if (order === undefined) continue;
    out ??= [...e];
    const reordered = order.flatMap((b) => (et.rows[b] as number[]).map((j) => e[j] as Unit));
    out.splice(et.from, et.to - et.from, ...reordered);
  }
  return out ?? e;
}

/** Ratio of the two articles' prose lengths (translation / English): how a translation's length is read. */
function lengthRatio(t: readonly Unit[], e: readonly Unit[]): number {
  // Read as each block's length is read (`proseLength`): with the link destinations counted here, a ratio taken over
  // an English of links paired a translated link with the English's two (`[A](a.md)  ` + `[B](b.md)` against one
  // block of both: `A` was left over).
  const lenOf = (list: readonly Unit[]): number => list.reduce((sum, u) => sum + (u.kind === 'code' ? 0 : proseLength(u.text)), 0);
  return Math.max(1, lenOf(t)) / Math.max(1, lenOf(e));
}

/** Aligned blocks: translated blocks `ta`..`tb` with English blocks `ea`..`eb` (one of each, unless joined). */
interface Group {
  ta: number;
  tb: number;
  ea: number;
  eb: number;
}

/**
 * The aligned blocks as groups: a block paired with two blocks of the other side (joined across a hard break by
 * `align`) is one group, written as one pair.
 */
function groupsOf(pairs: readonly [number, number][]): Group[] {
  const groups: Group[] = [];
  for (const [i, j] of pairs) {
    const g = groups[groups.length - 1];
    if (g !== undefined && (g.tb === i || g.eb === j)) {
      g.tb = i;
      g.eb = j;
    } else groups.push({ ta: i, tb: i, ea: j, eb: j });
  }
  return groups;
}

/**
 * The translation with every aligned block written as a bilingual pair of its English block. `known`: pairs of
 * (translation, English) block indexes (of `unitsOf`) to use instead of aligning (the English history knows them).
 */
export function pairWithEnglish(translation: string, english: string, known?: readonly [number, number][], options: PairOptions = {}): PairedText {
  const t = unitsOf(translation);
  const inOrder = unitsOf(english);
  const first = known ?? align(t, inOrder, true);
  // Table rows the English reordered since the translation: aligned again with the English rows in the translation's
  // order (the English blocks keep their lines, so what is reported still names the English's own lines).
  const e = known ? inOrder : withRowsReordered(t, inOrder, first);
  const pairs = e === inOrder ? first : align(t, e, true);
  const groups = groupsOf(pairs);
  // Rewordings are looked for only where the English is known to have changed since the translation, and not when
  // its history says what changed (`known`: reported as `changed` from the English of the commit).
  const rewordable = options.englishChanged === true && known === undefined;
  const tAligned = new Set(pairs.map(([i]) => i));
  const eAligned = new Set(pairs.map(([, j]) => j));
  const unalignedProse = (j: number): boolean => j >= 0 && j < e.length && !eAligned.has(j) && (e[j] as Unit).kind !== 'code';
  const edgesOf = (g: Group): LooseEdges => ({ start: unalignedProse(g.ea - 1), end: unalignedProse(g.eb + 1) });
  const open = new Set(rewordable ? groups.filter((g) => edgesOf(g).start || edgesOf(g).end) : []);
  const steady = open.size > 0 ? steadyRatio(t, e, groups, open) : undefined;
  const looseOf = new Map<Group, LeftOutSpans>();
  // In the translation's order, each block replaced by its pairs; the translation's line breaks stay where they are.
  const written = groups
    .map((g, n) => [g, n + 1] as const)
    .filter(([g]) => (t[g.ta] as Unit).kind !== 'code')
    .sort((x, y) => (t[x[0].ta] as Unit).from - (t[y[0].ta] as Unit).from);
  const w = new PairedWriter();
  let last = 0;
  for (const [g, n] of written) {
    const u = t[g.ta] as Unit;
    const en = e[g.ea] as Unit;
    // A block that is one link against one that is more (`[Set up](a.md).`): both with their link.
    const [mine, theirs] = (u.whole === undefined) === (en.whole === undefined) ? [u, en] : [u.whole ?? u, en.whole ?? en];
    // Blocks joined across a hard break: one pair from the first block's start to the last one's end, each with its
    // link when it is one (a pair from inside one link's text to inside the next's would break both).
    const outer = (x: Unit): { from: number; to: number; text: string } => x.whole ?? x;
    const from = g.tb > g.ta ? outer(u).from : mine.from;
    const to = g.tb > g.ta ? outer(t[g.tb] as Unit).to : mine.to;
    const source = g.eb > g.ea ? english.slice(outer(en).from, outer(e[g.eb] as Unit).to) : g.tb > g.ta ? outer(en).text : theirs.text;
    w.copy(translation, last, from);
    const loose = steady !== undefined && open.has(g) ? { ...edgesOf(g), ratio: steady } : NOT_LOOSE;
    const left = pairsOf(w, translation, from, to, source, `${PAIRED_ID_PREFIX}${n}`, loose);
    if (left.lead.length + left.trail.length > 0) looseOf.set(g, left);
    last = to;
  }
  w.copy(translation, last, translation.length);
  const text = w.text;
  const prose = (u: Unit | undefined): boolean => u !== undefined && u.kind !== 'code';
  const reworded = rewordable
    ? rewordingsOf(translation, english, t, e, groups, looseOf, steady ?? lengthRatio(t.filter((_, k) => tAligned.has(k)), e.filter((_, k) => eAligned.has(k))))
    : NO_REWORDINGS;
  return {
    text,
    units: t.filter(prose).length,
    aligned: new Set(pairs.map(([ti]) => ti).filter((ti) => prose(t[ti]))).size,
    differences: [...differencesOf(t, e, pairs, reworded), ...reworded.differences],
    copies: w.copies,
  };
}

/** Below this much English prose in the steady blocks, their length ratio is too uncertain to leave a sentence out by. */
const MIN_STEADY_TEXT = 200;

/**
 * The length ratio of the aligned blocks that have no loose edge (`open`), or undefined when they hold too little
 * English to read it. Read over aligned blocks only (the English blocks the translation lacks would make it look
 * short: a paragraph the English added, then a sentence the translation split in two, read as a sentence left out
 * and a rewording), and not over the blocks that may hold a sentence to leave out (which would make it look long).
 */
function steadyRatio(t: readonly Unit[], e: readonly Unit[], groups: readonly Group[], open: ReadonlySet<Group>): number | undefined {
  const mine: Unit[] = [];
  const theirs: Unit[] = [];
  for (const g of groups) {
    if (open.has(g)) continue;
    mine.push(...t.slice(g.ta, g.tb + 1));
    theirs.push(...e.slice(g.ea, g.eb + 1));
  }
  const english = theirs.reduce((sum, u) => sum + (u.kind === 'code' ? 0 : proseLength(u.text)), 0);
  return english < MIN_STEADY_TEXT ? undefined : lengthRatio(mine, theirs);
}

/** Options of `pairWithEnglish`. */
export interface PairOptions {
  /**
   * The English changed since the translation was made (its recorded `ms.openlocfilehash` is not the English file's
   * hash): a translated sentence and an English one that align with nothing, facing each other, are a rewording.
   */
  readonly englishChanged?: boolean;
}

/** What `rewordingsOf` found: the rewordings, and the unaligned blocks they account for in full (unit indexes). */
interface Rewordings {
  readonly differences: readonly PairDifference[];
  readonly translatedBlocks: ReadonlySet<number>;
  readonly englishBlocks: ReadonlySet<number>;
}
const NO_REWORDINGS: Rewordings = { differences: [], translatedBlocks: new Set(), englishBlocks: new Set() };

/** A sentence of a gap between aligned blocks: its block (unit index; -1 for a sentence left out of an aligned block). */
interface GapSentence {
  readonly block: number;
  readonly kind: string;
  /** Offsets in its article. */
  readonly start: number;
  readonly end: number;
  readonly length: number;
}

/** The sentences of unaligned prose blocks `from`..`to` (exclusive) of one side. */
function gapSentences(units: readonly Unit[], from: number, to: number, ends: RegExp, aligned: ReadonlySet<number>): GapSentence[] {
  const out: GapSentence[] = [];
  for (let k = from; k < to; k++) {
    const u = units[k] as Unit;
    if (u.kind === 'code' || aligned.has(k)) continue;
    for (const s of sentencesOf(u.text, ends)) out.push(gapSentence(k, u.kind, u.text.slice(s.start, s.end), u.from + s.start));
  }
  return out;
}

function gapSentence(block: number, kind: string, text: string, start: number): GapSentence {
  return { block, kind, start, end: start + text.length, length: text.replace(CARRIED_AS_IS, '').length };
}

/**
 * What a rewording of an English sentence as a translated one costs: the distance of their lengths (the
 * translation's read in the ratio of the two articles), as a sentence pair's; no pair of blocks of other kinds.
 */
function rewordingCost(tr: GapSentence, en: GapSentence, ratio: number): number {
  const kindsFit = tr.kind === en.kind || (SWAPPABLE_KINDS.has(tr.kind) && SWAPPABLE_KINDS.has(en.kind));
  if (!kindsFit) return Number.POSITIVE_INFINITY;
  const expected = ratio * en.length;
  return Math.abs(tr.length - expected) / Math.sqrt(expected + 1);
}

/**
 * Rewordings, in a translation made from an older English (`PairOptions.englishChanged`): in each gap between aligned
 * neighbours, the English sentences that align with nothing (of English blocks no translated block aligned with) and
 * the translated sentences that align with nothing (of unaligned translated blocks, and those an aligned block left
 * out at an edge next to the gap) are paired in order, one to one, where their lengths fit better than leaving both
 * alone (each left alone costs `LOOSE_SENTENCE`); a pair is an English sentence reworded since the translation, which
 * keeps the older wording. The bilingual reading says the same of the same case: a sentence whose English differs
 * from the current one is `changed`, not removed and added. A gap of one sentence on each side is a rewording unless
 * their lengths are far apart (a one-letter table cell against a sentence) or their blocks of other kinds; the English
 * sentences left over are content the translation lacks (`paired-missing`, and `source-drift/added` across locales).
 * `de-DE/…/port-phone-numbers.md`: the English split its paragraph and reworded its first sentence (`Earlier in this
 * setup guide, you acquired…` for the older `When you set up Business Voice…`), and added a bold one after it.
 */
function rewordingsOf(
  translation: string,
  english: string,
  t: readonly Unit[],
  e: readonly Unit[],
  groups: readonly Group[],
  looseOf: ReadonlyMap<Group, LeftOutSpans>,
  ratio: number,
): Rewordings {
  const tAligned = new Set<number>();
  const eAligned = new Set<number>();
  for (const g of groups) {
    for (let k = g.ta; k <= g.tb; k++) tAligned.add(k);
    for (let k = g.ea; k <= g.eb; k++) eAligned.add(k);
  }
  const found: { tr: GapSentence; en: GapSentence }[] = [];
  // Sentences an aligned block left out at its start (`lead`) or end (`trail`), of that block's kind.
  const left = (g: Group | undefined, side: 'lead' | 'trail'): GapSentence[] => {
    if (g === undefined) return [];
    const kind = (t[side === 'lead' ? g.ta : g.tb] as Unit).kind;
    return (looseOf.get(g)?.[side] ?? []).map((s) => gapSentence(-1, kind, translation.slice(s.start, s.end), s.start));
  };
  for (let k = 0; k <= groups.length; k++) {
    const prev = groups[k - 1];
    const next = groups[k];
    const theirs = gapSentences(e, prev ? prev.eb + 1 : 0, next ? next.ea : e.length, SENTENCE_END, eAligned);
    if (theirs.length === 0) continue;
    const mine = [...left(prev, 'trail'), ...gapSentences(t, prev ? prev.tb + 1 : 0, next ? next.ta : t.length, TARGET_SENTENCE_END, tAligned), ...left(next, 'lead')];
    if (mine.length === 0 || (mine.length + 1) * (theirs.length + 1) > MAX_SENTENCE_CELLS) continue;
    for (const [i, j] of oneToOne(mine, theirs, (a, b) => rewordingCost(a, b, ratio))) found.push({ tr: mine[i] as GapSentence, en: theirs[j] as GapSentence });
  }
  if (found.length === 0) return NO_REWORDINGS;
  const tLines = new LineIndex(translation);
  const eLines = new LineIndex(english);
  const whole = (units: readonly Unit[], side: 'tr' | 'en', ends: RegExp): Set<number> => {
    const blocks = new Set(found.map((f) => f[side].block).filter((b) => b >= 0));
    const counted = new Map<number, number>();
    for (const f of found) counted.set(f[side].block, (counted.get(f[side].block) ?? 0) + 1);
    return new Set([...blocks].filter((b) => counted.get(b) === sentencesOf((units[b] as Unit).text, ends).length));
  };
  return {
    differences: found.map(({ tr, en }) => {
      const line = tLines.line(tr.start);
      return {
        kind: 'reworded',
        line,
        column: tr.start - (tLines.starts[line - 1] as number) + 1,
        englishLine: eLines.line(en.start),
        count: 1,
        text: translation.slice(tr.start, tr.end),
        // On one line, as the pairs write the English.
        expected: english.slice(en.start, en.end).replace(/\r?\n/g, ' '),
      } satisfies PairDifference;
    }),
    translatedBlocks: whole(t, 'tr', TARGET_SENTENCE_END),
    englishBlocks: whole(e, 'en', SENTENCE_END),
  };
}

/**
 * Pairs (i, j) of two sequences, in order, one to one, with the least total cost: `cost(a, b)` for a pair, and
 * `LOOSE_SENTENCE` for each element of either side left alone. A small dynamic programme (its callers bound its size).
 */
function oneToOne<X, Y>(xs: readonly X[], ys: readonly Y[], cost: (x: X, y: Y) => number): [number, number][] {
  const n = xs.length;
  const m = ys.length;
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  // 1: a pair, 2: x alone, 3: y alone.
  const how = new Uint8Array((n + 1) * w);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let b = Number.POSITIVE_INFINITY;
      let h = 0;
      if (i > 0 && j > 0) {
        const c = (best[(i - 1) * w + j - 1] as number) + cost(xs[i - 1] as X, ys[j - 1] as Y);
        if (c < b) [b, h] = [c, 1];
      }
      if (i > 0 && (best[(i - 1) * w + j] as number) + LOOSE_SENTENCE < b) [b, h] = [(best[(i - 1) * w + j] as number) + LOOSE_SENTENCE, 2];
      if (j > 0 && (best[i * w + j - 1] as number) + LOOSE_SENTENCE < b) [b, h] = [(best[i * w + j - 1] as number) + LOOSE_SENTENCE, 3];
      best[i * w + j] = b;
      how[i * w + j] = h;
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const h = how[i * w + j];
    if (h === 1) pairs.push([--i, --j]);
    else if (h === 2) i--;
    else j--;
  }
  return pairs.reverse();
}

// A sentence ends at `.`, `!` or `?` before a blank and more text (the bilingual format cuts `row 4. or Select`
// too), or at a CJK full stop. A closing parenthesis after the stop keeps the sentence going (`(By default, all are
// selected.) This…` is one segment in the bilingual format). Closing marks after the stop stay with the sentence, and
// so does an escaped placeholder (`lyncdiscover.\<sipdomain\> and…`: the bilingual format reads it as a tag, and
// ends the sentence after it).
const CLOSERS = String.raw`(?:[*_"”»’']|\\<[\w.-]+\\>)*`;
const SENTENCE_END = new RegExp(String.raw`[.!?]${CLOSERS}(?=\s+[^\s])|[。！？][*_)」』”]*(?=\s*\S)`, 'gu');
// The translation's also at the Arabic question mark, and at a stop with no blank after it before a capitalised
// word (`…dar.Dieser Partnertyp`, the blank lost in translation).
const TARGET_SENTENCE_END = new RegExp(String.raw`[.!?؟]${CLOSERS}(?=\s+[^\s\p{Ll}])|(?<=\p{Ll})[.!?](?=\p{Lu}\p{Ll})|[。！？][*_)」』”]*(?=\s*\S)`, 'gu');
// A translation may end a sentence with a colon where the English has a full stop (`Consider the following example.`
// → `Sehen Sie sich das folgende Beispiel an:`): read there too when that gives the English's count.
const TARGET_SENTENCE_END_COLON = new RegExp(String.raw`[.!?:؟]${CLOSERS}(?=\s+[^\s])|(?<=\p{Ll})[.!?](?=\p{Lu}\p{Ll})|[。！？：][*_)」』”]*(?=\s*\S)`, 'gu');
// Abbreviations whose dot ends no sentence. (`\b` is ASCII-only: `kentässä.` would read as the one-letter
// abbreviation `ä.`; a combining mark is part of its letter: `مسبقًا.`. A letter after a slash is a unit or half of a
// pair, not an initial: `50.000 KBit/s. Wenn…` ends its sentence, as the bilingual format cuts it, 60 times in sfb
// and dyn365's translations and never not.)
const ABBREVIATION = /(?<![\p{L}\p{M}\p{N}/])(?:e\.g|i\.e|z\.\s?B|d\.\s?h|u\.\s?a|etc|vs|Nr|Abb|ca|bzw|usw|p\.\s?ex|S\.A|Inc|Ltd|Corp|No|Fig|Avg|\p{L})\.$/u;
// `No.` abbreviates a number only before one (`No. 5`); before a word it is the answer (`No. The tools only…`).
const NOT_BEFORE_NUMBER = /(?<![\p{L}\p{M}\p{N}])No\.$/u;

/**
 * Whether the stop ending at `end` (after `.`) is an abbreviation's, not a sentence's: a known abbreviation, or a
 * single letter inside a sentence (`User B. When…`, `J. Smith`). A single letter that is all of its sentence is a
 * label (`A. No`, `Q.` in a list of questions and answers), and ends it; `No.` before a word is the word.
 */
function abbreviationAt(shielded: string, start: number, end: number): boolean {
  const before = shielded.slice(Math.max(0, end - 8), end);
  if (!ABBREVIATION.test(before)) return false;
  if (end - start === 2 && /^\p{L}\.$/u.test(shielded.slice(start, end))) return false;
  if (NOT_BEFORE_NUMBER.test(before) && !/^\s*\d/.test(shielded.slice(end))) return false;
  return true;
}

// A number alone before its stop numbers what follows (`## 13. National translation services`, `1. Outline pilot
// logistics` in a heading or table): the bilingual format holds it with its text (48 such English boundaries in the
// two samples inside one pair, 2 cut). An escaped `1\.` is cut, as there (6 of 6), and so is a letter label (`A.`).
const NUMBER_ALONE = /^\d+\.$/;

/**
 * Whether the stop at `at` belongs to no sentence end: the last dot of an ellipsis (`**Group by...** groups`,
 * `Descripti... LocalRoute`: a label or a value cut short; the bilingual format holds 163 such English pairs in sfb
 * and dyn365 and cuts after none), or a stop quoted alone (`";" "/" "?" ":"`: the character, not a question).
 */
function stopOfNoSentence(shielded: string, at: number): boolean {
  if (shielded[at] === '.' && shielded.slice(Math.max(0, at - 2), at) === '..') return true;
  return /["“'‘]/.test(shielded[at - 1] ?? '') && /["”'’]/.test(shielded[at + 1] ?? '');
}

/**
 * A link or code span as the sentence cut reads it: letters, no stop inside. A link whose text ends with a stop
 * (`[Microsoft 365 oder Office 365.](…) Näheres…`) ends its sentence there, as a stop after the link would: the
 * stop stands in for the link's last character.
 */
function shieldedSpan(span: string): string {
  const stop = span.startsWith('[') ? /[.!?。！？](?=\]\()/u.exec(span) : null;
  return stop ? `${'X'.repeat(span.length - 1)}${stop[0]}` : 'X'.repeat(span.length);
}

// An emphasis run as CommonMark pairs its delimiters: an opener is left-flanking (a non-blank after it, and not
// punctuation unless a blank or punctuation stands before it), a closer right-flanking (the mirror); `_` not inside a
// word; none escaped. MT leaves broken runs in translations (`されます**。 アプリ…[発行]**に****設定します**`): there
// `**。` opens nothing (a letter before, punctuation after), so no run is read across the stop.
const PUNCT = String.raw`\p{P}\p{S}`;
// Each alternative starts with its delimiter, what stands before it checked behind (a pattern opening with a
// lookbehind is tried at every offset: 5 % of the alignment's time).
const emphasisRun = (d: string, inner: string): string =>
  String.raw`${d}(?<=(?:^|[^*_\\])${d})(?:(?<=(?:^|[\s${PUNCT}])${d})(?=[^\s*_])|(?=[^\s*_${PUNCT}]))${inner}(?:(?<=[^\s*_\\${PUNCT}])${d}|(?<=[^\s*_\\])${d}(?=$|[\s${PUNCT}]))(?![*_])`;
const EMPHASIS_RUN = new RegExp(
  [emphasisRun(String.raw`\*\*`, '[^*]*?'), emphasisRun(String.raw`\*`, '[^*]*?'), String.raw`_(?<=(?:^|[^\p{L}\p{N}_\\])_)(?=[^\s_])[^_]*?(?<=[^\s_\\])_(?![\p{L}\p{N}_])`].join('|'),
  'gu',
);

/**
 * The emphasis runs of a text, as [start, end) offsets. The bilingual format never cuts a sentence inside one:
 * `**Effective October 30, 2020, the app will be deprecated. We encourage you to…today.**` is one pair (in the
 * 3,000-article samples, 28 such English boundaries in sfb and 82 in dyn365 are inside one pair, none is cut).
 */
function emphasisRuns(shielded: string): [number, number][] {
  if (!/[*_]/.test(shielded)) return [];
  return [...shielded.matchAll(EMPHASIS_RUN)].map((m) => [m.index, m.index + m[0].length]);
}

/** The sentences of a block: offsets of each, without the blanks between them. Links, code spans and emphasis runs are not cut. */
export function sentencesOf(text: string, ends: RegExp = SENTENCE_END): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Inside `[…](…)` and code spans a dot ends nothing; either may start a sentence.
  const shielded = text.replace(/`[^`]*`|\[[^\]]*\]\([^)]*\)/g, shieldedSpan);
  // Read only when a stop with text after it is found (most blocks hold one sentence).
  let emphasis: [number, number][] | undefined;
  let start = 0;
  for (const m of shielded.matchAll(ends)) {
    const end = m.index + 1;
    const end2 = m.index + m[0].length;
    if (m[0].startsWith('.') && (abbreviationAt(shielded, start, end) || NUMBER_ALONE.test(shielded.slice(start, end)))) continue;
    if (stopOfNoSentence(shielded, m.index)) continue;
    emphasis ??= emphasisRuns(shielded);
    if (emphasis.some(([a, b]) => a < m.index && end2 < b)) continue;
    out.push({ start, end: end2 });
    start = end2;
    while (start < text.length && /\s/.test(text[start] as string)) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The pairs of one aligned block: one per sentence when both sides have as many sentences (the bilingual format
 * pairs sentences), else the whole block as one pair. The translation's blanks between sentences are kept. Returns the
 * translated sentences left out of every pair at a `loose` edge (offsets in the translation), written as they are.
 */
function pairsOf(w: PairedWriter, translation: string, from: number, to: number, source: string, id: string, loose = NOT_LOOSE): LeftOutSpans {
  const target = translation.slice(from, to);
  const e = sentencesOf(source);
  let t = sentencesOf(target, TARGET_SENTENCE_END);
  // The sentence alignment of `t`, once computed (each is up to n × m cells).
  let aligned: SentenceGroups | undefined;
  if (t.length < e.length) {
    // Read at colons too when that gives the English's count and fits its lengths better (`…Problemen:
    // [Anrufanalyse](…)` lacks a stop after the link; its colon is no sentence end).
    const withColons = sentencesOf(target, TARGET_SENTENCE_END_COLON);
    if (withColons.length === e.length) {
      const byColons = alignSentences(withColons, e, target, source);
      const byStops = alignSentences(t, e, target, source);
      [t, aligned] = byColons.cost < byStops.cost ? [withColons, byColons] : [t, byStops];
    }
  }
  // Thai marks no sentence end: a blank separates sentences and phrases alike. Cut at the blanks that best fit the
  // English sentences' lengths.
  if (t.length < e.length && THAI.test(target)) {
    t = cutToFit(target, e, target.length / Math.max(1, source.length), source);
    aligned = undefined;
  }
  // The English goes on the translation's line: its own line breaks (a paragraph the English wraps) become blanks,
  // else every line after the pair would be reported that many lines too low. Offsets `a`..`b` are the target's.
  const pair = (a: number, b: number, ee: string, pid: string): void => {
    w.insert(`<span data-ttu-id="${pid}">`);
    w.copy(translation, from + a, from + b);
    w.insert(`</span><span class="sxs-lookup"><span data-stu-id="${pid}">${ee.replace(/\r?\n/g, ' ')}</span></span>`);
  };
  const whole = (): LeftOutSpans => {
    pair(0, target.length, source, id);
    return NONE_LEFT_OUT;
  };
  if (t.length < 2 && e.length < 2) return whole();
  const groups = aligned ?? alignSentences(t, e, target, source, loose);
  // A translation that merges two English sentences and splits elsewhere (`…準備として、[Kit](…) を入手します。` for
  // `Ready to…? Get the [Kit](…), which…`): pairs by length would part a link from its English; the block as one
  // pair carries both.
  if (fixpointsMisplaced(groups, t, e, target, source)) return whole();
  let last = 0;
  groups.forEach(([ts, es], k) => {
    const tr = { start: (t[ts[0]] as Span).start, end: (t[ts[1]] as Span).end };
    const en = { start: (e[es[0]] as Span).start, end: (e[es[1]] as Span).end };
    w.copy(translation, from + last, from + tr.start);
    pair(tr.start, tr.end, source.slice(en.start, en.end), `${id}-${k + 1}`);
    last = tr.end;
  });
  w.copy(translation, from + last, to);
  const spans = (list: readonly number[]): Span[] => list.map((k) => ({ start: from + (t[k] as Span).start, end: from + (t[k] as Span).end }));
  return groups.loose ? { lead: spans(groups.loose.lead), trail: spans(groups.loose.trail) } : NONE_LEFT_OUT;
}

/**
 * Whether sentence pairs part a link destination or a code span from its English: one that a group's translation
 * holds, its English lacks, and another group's English holds (or the reverse).
 */
function fixpointsMisplaced(groups: SentenceGroups, t: readonly Span[], e: readonly Span[], target: string, source: string): boolean {
  // A link emptied of its text (`[](…)`, its words left in the sentence before) is MT damage that the pairs by
  // sentence show (the link dropped from one, added to the next): it moves nothing here.
  // Names (`PowerShell`) recur from sentence to sentence: only link destinations and code spans anchor a sentence.
  const anchored = (text: string): Set<string> =>
    new Set([...text.replace(/\[\]\([^)]*\)/g, '').matchAll(/\]\(([^)\s]+)|`([^`]+)`/g)].map((m) => m[1] ?? m[2] ?? ''));
  const mine = groups.map(([ts]) => anchored(target.slice((t[ts[0]] as Span).start, (t[ts[1]] as Span).end)));
  const theirs = groups.map(([, es]) => anchored(source.slice((e[es[0]] as Span).start, (e[es[1]] as Span).end)));
  const elsewhere = (sets: Set<string>[], k: number, f: string): boolean => sets.some((x, j) => j !== k && x.has(f));
  return mine.some((m, k) => {
    const en = theirs[k] as Set<string>;
    for (const f of m) if (!en.has(f) && elsewhere(theirs, k, f)) return true;
    for (const f of en) if (!m.has(f) && elsewhere(mine, k, f)) return true;
    return false;
  });
}

interface Span {
  start: number;
  end: number;
}

const THAI = /\p{Script=Thai}/u;

/**
 * `text` cut at blanks into as many pieces as `english` has sentences, each as long as its English sentence times
 * `ratio` as nearly as can be (a run of two or more blanks, or a blank after a closing mark, costs less: the bilingual
 * halves were joined there). Dynamic programming over the blanks; unchanged when it has too few blanks.
 */
function cutToFit(text: string, english: readonly Span[], ratio: number, source = ''): Span[] {
  // Never inside a link, an image or a code span.
  const shielded = text.replace(/`[^`]*`|\[[^\]]*\]\([^)]*\)/g, (x) => 'X'.repeat(x.length));
  const blanks = [...shielded.matchAll(/\s+/g)].filter((m) => m.index > 0 && m.index + m[0].length < text.length);
  const m = english.length;
  if (blanks.length < m - 1 || m < 2 || blanks.length > 400) return [{ start: 0, end: text.length }];
  const want = english.map((s) => ratio * (s.end - s.start));
  // The fixpoints of each English sentence (numbers, code, names, link targets) belong in its piece: each one the
  // piece lacks costs as much as a poor length.
  const fixpoints = english.map((s) => [...new Set(fixpointsOf(source.slice(s.start, s.end)))].filter((f) => f.length > 0 && text.includes(f)));
  // Cut points: 0 (start) and after each blank; cost of a piece from cut a to the blank b.
  const starts = [0, ...blanks.map((b) => b.index + b[0].length)];
  const ends = [...blanks.map((b) => b.index), text.length];
  const bonus = [...blanks.map((b) => (b[0].length > 1 || /[)\]:.!?"”]$/.test(text.slice(0, b.index)) ? 1.5 : 0)), 0];
  const c = starts.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(c + 1).fill(Number.POSITIVE_INFINITY));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(c + 1).fill(-1));
  (best[0] as number[])[0] = 0;
  // Where each fixpoint occurs in the text, in order: a piece holds it when an occurrence starts in it and ends by its end.
  const occurrences = new Map<string, number[]>();
  for (const f of new Set(fixpoints.flat())) {
    const at: number[] = [];
    for (let x = text.indexOf(f); x >= 0; x = text.indexOf(f, x + 1)) at.push(x);
    occurrences.set(f, at);
  }
  // best[k][j]: k pieces, the next piece starting at starts[j].
  for (let k = 0; k < m; k++) {
    for (let j = 0; j < c; j++) {
      const here = (best[k] as number[])[j] as number;
      if (!Number.isFinite(here)) continue;
      const last = k === m - 1;
      // For the pieces starting at starts[j]: where each fixpoint of sentence k first ends in the text after that
      // start (pieces ending before it lack it), sorted, so each piece counts what it lacks by moving one pointer.
      const firstEnds = (fixpoints[k] as string[])
        .map((f) => {
          const at = occurrences.get(f) as number[];
          const x = firstAtOrAfter(at, starts[j] as number);
          return x < at.length ? (at[x] as number) + f.length : Number.POSITIVE_INFINITY;
        })
        .sort((a, b) => a - b);
      let held = 0;
      for (let e = last ? c - 1 : j; e < c; e++) {
        if (last && e !== c - 1) continue;
        if (!last && e === c - 1) break;
        const len = (ends[e] as number) - (starts[j] as number);
        const w = want[k] as number;
        while (held < firstEnds.length && (firstEnds[held] as number) <= (ends[e] as number)) held++;
        const lacking = firstEnds.length - held;
        const cost = here + Math.abs(len - w) / Math.sqrt(w + 1) - (bonus[e] as number) + 2 * lacking;
        if (cost < ((best[k + 1] as number[])[e + 1] as number)) {
          (best[k + 1] as number[])[e + 1] = cost;
          (from[k + 1] as number[])[e + 1] = j;
        }
      }
    }
  }
  if (!Number.isFinite((best[m] as number[])[c] as number)) return [{ start: 0, end: text.length }];
  const out: Span[] = [];
  for (let k = m, j = c; k > 0; k--) {
    const s = (from[k] as number[])[j] as number;
    out.unshift({ start: starts[s] as number, end: ends[j - 1] as number });
    j = s;
  }
  return out;
}

/**
 * What a 2–2 group costs beyond its two extra sentences: two 1–1 pairs whose lengths differ (a translation longer in
 * one sentence, shorter in the next) are the usual case, so two pairs are only put together when a fixpoint would
 * else stand in the wrong pair.
 */
const TWO_TO_TWO = 4;

/** What a fixpoint out of place costs in a sentence group: as much as a poor length (as in `cutToFit`). */
const MISPLACED_FIXPOINT = 2;

/**
 * The fixpoints of each sentence (link destinations, HTML link targets, code spans, numbers, CamelCase names) that
 * the other side's block also has somewhere: those that can tell where a sentence went. A number the translation
 * localized, or a name it translated, is on one side only and says nothing.
 */
function sentenceFixpoints(text: string, spans: readonly Span[], other: string): string[][] {
  const otherHas = new Set(blockFixpointsOf(other));
  return spans.map((s) => blockFixpointsOf(text.slice(s.start, s.end)).filter((f) => f.length > 0 && otherHas.has(f)));
}

/**
 * A block's fixpoints for sentence alignment: those of block alignment, and the targets of HTML links (`<a href>`).
 * A link whose text the translation lost (`[](…)`) is left out: MT that drops a link's text also moves the link to the
 * next sentence (`…höchste Einstufung. [](assign-policies.md#…) Wenn…`), so it tells nothing of where its sentence
 * went, and following it would pair the two sentences as one and hide the damage from link-mismatch.
 */
function blockFixpointsOf(text: string): string[] {
  const kept = text.replace(/(?<!!)\[\s*\]\([^)]*\)/g, '');
  return [...fixpointsOf(kept), ...[...kept.matchAll(/\bhref\s*=\s*"([^"]+)"/gi)].map((m) => m[1] as string)];
}

/**
 * How many fixpoints of one side's sentences `a..b` the other side's sentences `c..d` lack (each counted as often as
 * it occurs: two links to the same page are two).
 */
function lackingFixpoints(mine: readonly string[][], a: number, b: number, theirs: readonly string[][], c: number, d: number): number {
  const left = new Map<string, number>();
  for (let k = c; k <= d; k++) for (const f of theirs[k] as string[]) left.set(f, (left.get(f) ?? 0) + 1);
  let lacking = 0;
  for (let k = a; k <= b; k++) {
    for (const f of mine[k] as string[]) {
      const n = left.get(f) ?? 0;
      if (n > 0) left.set(f, n - 1);
      else lacking++;
    }
  }
  return lacking;
}

/**
 * Sentences of a block aligned by length, as Gale and Church align them: one to one, or one to two either way, the
 * translation's lengths read against the English's in the ratio of the two blocks; and by fixpoints, as the blocks
 * are: a link, code span or number both blocks have belongs in the same group on both sides (a translation that
 * stops where the English does not, `…Problemen: [Anrufanalyse](…)`, would else pair the link's sentence with its
 * neighbour by length alone). Returns the groups, in order, as inclusive index ranges `[[tFirst, tLast], [eFirst,
 * eLast]]`.
 */
function alignSentences(t: readonly Span[], e: readonly Span[], target: string, source: string, loose: LooseEdges = NOT_LOOSE): SentenceGroups {
  const tWorded = wordedPrefix(target);
  const eWorded = wordedPrefix(source);
  const open = loose.ratio !== undefined && (loose.start || loose.end);
  const ratio = open ? (loose.ratio as number) : (tWorded[target.length] as number) / Math.max(1, eWorded[source.length] as number);
  const lenIn = (list: readonly Span[], worded: Int32Array, a: number, b: number): number =>
    (worded[(list[b] as Span).end] as number) - (worded[(list[a] as Span).start] as number);
  const len = (list: readonly Span[], a: number, b: number): number => lenIn(list, list === e ? eWorded : tWorded, a, b);
  const tf = sentenceFixpoints(target, t, source);
  const ef = sentenceFixpoints(source, e, target);
  // Most blocks share no fixpoint: their sentences are aligned by length alone, without counting.
  const shared = ef.some((l) => l.length > 0);
  const cost = (ta: number, tb: number, ea: number, eb: number): number => {
    const expected = ratio * len(e, ea, eb);
    const misplaced = shared ? lackingFixpoints(tf, ta, tb, ef, ea, eb) + lackingFixpoints(ef, ea, eb, tf, ta, tb) : 0;
    // Two pairs put together only when pairing them one to one would put a fixpoint in the wrong pair.
    if (tb > ta && eb > ea && (!shared || lackingFixpoints(tf, ta, ta, ef, ea, ea) + lackingFixpoints(ef, ea, ea, tf, ta, ta) + lackingFixpoints(tf, tb, tb, ef, eb, eb) + lackingFixpoints(ef, eb, eb, tf, tb, tb) === 0)) {
      return Number.POSITIVE_INFINITY;
    }
    const twoToTwo = tb > ta && eb > ea ? TWO_TO_TWO : 0;
    return Math.abs(len(t, ta, tb) - expected) / Math.sqrt(expected + 1) + 1.5 * (tb - ta + eb - ea) + twoToTwo + MISPLACED_FIXPOINT * misplaced;
  };
  const n = t.length;
  const m = e.length;
  // No path (a block of one sentence against four), or a block too long to align sentence by sentence (a hostile
  // paragraph of thousands of sentences): the block as one pair.
  const onePair = (): SentenceGroups => Object.assign([[[0, n - 1], [0, m - 1]]] as [[number, number], [number, number]][], { cost: Number.POSITIVE_INFINITY });
  if ((n + 1) * (m + 1) > MAX_SENTENCE_CELLS) return onePair();
  const w = m + 1;
  const best = new Float64Array((n + 1) * w).fill(Number.POSITIVE_INFINITY);
  // The step that reached each cell, as an index in `steps`.
  const from = new Uint8Array((n + 1) * w);
  best[0] = 0;
  // 2–2 as well: two sentences the translation cuts elsewhere (at a stop the English reads as an abbreviation) stay
  // together with their fixpoints rather than shifting one sentence onto its neighbour.
  // And 1–0 at a block's edge that `loose` opens: a translated sentence left out of every pair (`LOOSE_SENTENCE`).
  const steps: [number, number][] = [[1, 1], [1, 2], [2, 1], [1, 3], [3, 1], [2, 2], [1, 0]];
  const LEFT_OUT = steps.length - 1;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i * w + j] as number;
      if (!Number.isFinite(here)) continue;
      steps.forEach(([di, dj], k) => {
        if (i + di > n || j + dj > m) return;
        if (k === LEFT_OUT && !((j === 0 && loose.start) || (j === m && loose.end))) return;
        const c = here + (k === LEFT_OUT ? LOOSE_SENTENCE : cost(i, i + di - 1, j, j + dj - 1));
        if (c < (best[(i + di) * w + j + dj] as number)) {
          best[(i + di) * w + j + dj] = c;
          from[(i + di) * w + j + dj] = k;
        }
      });
    }
  }
  if (!Number.isFinite(best[n * w + m] as number)) return onePair();
  const groups: [[number, number], [number, number]][] = [];
  const leftOut: LeftOut = { lead: [], trail: [] };
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = from[i * w + j] as number;
    const [di, dj] = steps[k] as [number, number];
    // Left out before the block's first English sentence (j = 0) or after its last.
    if (k === LEFT_OUT) (j === 0 ? leftOut.lead : leftOut.trail).unshift(i - 1);
    else groups.unshift([[i - di, i - 1], [j - dj, j - 1]]);
    i -= di;
    j -= dj;
  }
  return Object.assign(groups, { cost: best[n * w + m] as number, loose: leftOut });
}

/**
 * Untranslated text that both sides carry as is: link destinations, URLs and HTML tags. A sentence's length is read
 * without it, else a sentence with a long link weighs the same in a translation three times shorter (Chinese) and
 * pulls its neighbours into its pair.
 */
const CARRIED_AS_IS = /\]\([^)\s]*\)|https?:\/\/[^\s)\]]+|<[^>\n]*>/g;

/** Prefix sums of a text's worded characters (those outside `CARRIED_AS_IS`): `p[j] - p[i]` is the length of i..j. */
function wordedPrefix(text: string): Int32Array {
  const carried = new Uint8Array(text.length);
  for (const m of text.matchAll(CARRIED_AS_IS)) carried.fill(1, m.index, m.index + m[0].length);
  const p = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) p[i + 1] = (p[i] as number) + (carried[i] === 1 ? 0 : 1);
  return p;
}

/** Past this many cells (sentences of the translation × the English's, each plus one), a block is one pair. */
const MAX_SENTENCE_CELLS = 250_000;

/**
 * Sentence groups of a block (inclusive index ranges of translation and English sentences) and their cost; `loose`:
 * the translated sentences left out of every group (at an edge `LooseEdges` opened).
 */
type SentenceGroups = [[number, number], [number, number]][] & { cost: number; loose?: LeftOut };

/** Translated sentences (indexes) left out of every pair at a block's start and at its end. */
interface LeftOut {
  readonly lead: number[];
  readonly trail: number[];
}

/** The same, as offsets in the translation. */
interface LeftOutSpans {
  readonly lead: readonly Span[];
  readonly trail: readonly Span[];
}
const NONE_LEFT_OUT: LeftOutSpans = { lead: [], trail: [] };

/**
 * The edges of an aligned block next to English blocks that nothing aligned with, in a translation made from an older
 * English: there, a translated sentence may stand alone (1–0) instead of joining its neighbour's pair, because the
 * English block next to it may be what that sentence's English became (`rewordingsOf`).
 */
interface LooseEdges {
  readonly start: boolean;
  readonly end: boolean;
  /**
   * The two articles' length ratio: at an open edge the sentences' lengths are read in it, not in the block's (which
   * counts the sentence its English lacks, 1.67 for 1.2 in `port-phone-numbers.md`, and so pairs it with a neighbour).
   */
  readonly ratio?: number;
}
const NOT_LOOSE: LooseEdges = { start: false, end: false };

/**
 * What a translated sentence left alone at a loose edge costs: more than a 2–1 group of a sentence the translation
 * split (1.5 and a small misfit; two halves stand alone only at a poor fit), less than joining a whole sentence the
 * English lacks to its neighbour (`…erstmalig einrichten, erwerben Sie…. Wenn Sie bereits…` against `If you already
 * have…`: about 14). Gale and Church's 1–0 step weighs about twice their 2–1 step, as it does here.
 */
const LOOSE_SENTENCE = 4;

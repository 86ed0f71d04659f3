// One article, parsed once: bytes → text → front matter, bilingual pairs, Markdown structure → the compact model.
import type {
  Anchor,
  Article,
  CodeBlock,
  Heading,
  LinkRef,
  ParseProblem,
  Segment,
  SegmentContext,
  Table,
  TableCell,
} from '../model.js';
import { type HtmlMemo, type RawPair, extractHtml, newHtmlMemo } from './bilingual.js';
import { decode } from './decode.js';
import { handoffDate, parseFrontMatter } from './front-matter.js';
import { LineIndex } from './lines.js';
import { parseSuppressions } from './suppressions.js';
import { type InlineLink, type Interval, type MdStructure, type ParsedStructure, imageAltRegions, inlineLinksOf, parseMarkdown } from './markdown.js';
import { type Fact, extractFacts } from './facts.js';
import { Slugger, renderedText } from './slug.js';
import { joinAdjacent, lineKeepingStandIn, maskRegions } from './mask.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const NO_FACTS: readonly Fact[] = [];

function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? tag;
  } catch {
    return tag;
  }
}

export interface ArticleInput {
  bytes: Uint8Array;
  path: string;
  relPath: string;
  root: number;
  /** Locale from the layout (folder name); front matter `ms.contentlocale` is the fallback. */
  locale?: string;
  /** Family key from the layout (path below the locale root); `ms.assetid` or the file name otherwise. */
  family?: string;
}

export interface ParseOptions {
  /** Larger files are reported and not parsed. */
  maxBytes: number;
  /** Shared by the articles of one family, whose structure and English sources mostly repeat. */
  memo?: ParseMemo;
}

/** What one article's parse can hand to the next of its family: results by input text. */
export interface ParseMemo {
  readonly structure: Map<string, ParsedStructure>;
  readonly inlineLinks: Map<string, InlineLink[]>;
  readonly sourceFacts: Map<string, Fact[]>;
  /** The same, read with every number exact (sources in tables' key and value columns). */
  readonly exactSourceFacts: Map<string, Fact[]>;
  readonly html: HtmlMemo;
}

export const newParseMemo = (): ParseMemo => ({ structure: new Map(), inlineLinks: new Map(), sourceFacts: new Map(), exactSourceFacts: new Map(), html: newHtmlMemo() });

export const defaultParseOptions: ParseOptions = { maxBytes: 20 * 1024 * 1024 };

/** What article-scope checks may read besides the model: the text and its lines. Dropped after those checks. */
export interface ParsedArticle {
  article: Article;
  text: string;
  lines: LineIndex;
  /** 1-based lines inside fenced or indented code blocks. */
  codeLines: ReadonlySet<number>;
  /** 1-based lines that underline a setext heading. */
  setextUnderlines: ReadonlySet<number>;
  /** The links and images written in Markdown inside each segment's target (index 2i) and source (2i + 1). */
  segmentLinks?: readonly (readonly InlineLink[])[];
}

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
function sweepContexts(pairs: readonly RawPair[], intervals: readonly Interval[]): SegmentContext[] {
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

/** Links written in Markdown inside segment texts (`[text](url)`, `![alt](src)`); each distinct text read once. */
const NO_LINKS: readonly InlineLink[] = [];

/** The links inside each segment's target (index 2i) and source (2i + 1); each text is scanned for `](` once. */
function inlineLinks(segments: readonly Segment[], pairs: readonly RawPair[], text: string, memo: Map<string, InlineLink[]> = new Map()): (readonly InlineLink[])[] {
  const out: (readonly InlineLink[])[] = new Array(segments.length * 2).fill(NO_LINKS);
  const waiting: number[] = [];
  const todo = new Set<string>();
  // A half is read as Markdown reads it: with its references to link syntax (`&quot;` in a title) as written.
  const textAt = (k: number): string => {
    const p = pairs[k >> 1] as RawPair;
    if (k % 2 === 0) return p.targetMarkdown ?? (segments[k >> 1] as Segment).target;
    return p.sourceMarkdown ?? (segments[k >> 1] as Segment).source;
  };
  // `<STRONG>[SIP:]</STRONG>(…)`: the text joins `]` and `(` once the tags are dropped, but Markdown reads the half
  // as written, where a tag stands between them: no link.
  const rawHas = (k: number): boolean => {
    const p = pairs[k >> 1] as RawPair;
    return k % 2 === 0 ? text.slice(p.targetTextStart, p.sourceStart).includes('](') : text.slice(p.sourceTextStart, p.end).includes('](');
  };
  for (let k = 0; k < out.length; k++) {
    const t = textAt(k);
    if (!t.includes('](') || !rawHas(k)) continue;
    const known = memo.get(t);
    if (known) out[k] = known;
    else {
      waiting.push(k);
      todo.add(t);
    }
  }
  const texts = [...todo];
  inlineLinksOf(texts).forEach((links, i) => memo.set(texts[i] as string, links));
  for (const k of waiting) out[k] = memo.get(textAt(k)) ?? NO_LINKS;
  return out;
}

/** The index of the pair whose span holds `offset`, if any (pairs sorted by start, never overlapping). */
function pairAt(pairs: readonly RawPair[], starts: readonly number[], offset: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && offset < (pairs[i] as RawPair).end ? i : undefined;
}

function segmentsIn(segments: readonly Segment[], starts: readonly number[], from: number, to: number): number[] {
  // Binary search for the first segment starting at or after `from`.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < segments.length && (starts[i] as number) < to; i++) out.push(i);
  return out;
}

const clean = (s: string): string => s.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();

function makeCell(
  text: string,
  segments: readonly Segment[],
  starts: readonly number[],
  range: { start: number; end: number },
  lines: LineIndex,
  fallback: string,
): TableCell {
  const inCell = segmentsIn(segments, starts, range.start, range.end);
  const pos = lines.position(range.start);
  if (inCell.length === 0) {
    const raw = clean(fallback);
    return { text: raw, source: raw, segments: inCell, line: pos.line, column: pos.column };
  }
  return {
    text: clean(inCell.map((i) => (segments[i] as Segment).target).join(' ')),
    source: clean(inCell.map((i) => (segments[i] as Segment).source).join(' ')),
    segments: inCell,
    line: pos.line,
    column: pos.column,
  };
}

const VALUE_HEADER = /^(\*\*|__)?\s*(examples?|values?|default( values?)?|sample( values?)?)\s*(\*\*|__)?$/i;

function recordOf(header: readonly TableCell[]): Table['record'] {
  const valueColumns = header.flatMap((c, i) => (i > 0 && VALUE_HEADER.test(c.source) ? [i] : []));
  return valueColumns.length > 0 ? { valueColumns } : undefined;
}

function buildTables(
  text: string,
  md: MdStructure,
  html: ReturnType<typeof extractHtml>,
  segments: readonly Segment[],
  starts: readonly number[],
  lines: LineIndex,
): Table[] {
  const tables: Table[] = [];
  for (const t of md.tables) {
    const rows = t.rows.map((row) =>
      row.map((r) => makeCell(text, segments, starts, r, lines, text.slice(r.start, r.end).replace(/^\|/, '').replace(/\|$/, ''))),
    );
    const [header = [], ...body] = rows;
    const record = recordOf(header);
    tables.push({ kind: 'gfm', line: lines.line(t.start), header, rows: body, ...(record ? { record } : {}) });
  }
  for (const t of html.tables) {
    const rows = t.rows.map((row) => row.map((c) => makeCell(text, segments, starts, c, lines, c.text)));
    const [header = [], ...body] = rows;
    const record = recordOf(header);
    tables.push({ kind: 'html', line: lines.line(t.start), header, rows: body, ...(record ? { record } : {}) });
  }
  return tables.sort((a, b) => a.line - b.line);
}

function localeFrom(data: Record<string, unknown>): string | undefined {
  const raw = data['ms.contentlocale'] ?? data['locale'] ?? data['lang'];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}

/** The model of an article that could not be read or decoded: only its problems. */
export function emptyArticle(input: Omit<ArticleInput, 'bytes'> & { bytes?: Uint8Array }, problems: ParseProblem[], locale = input.locale ?? 'und'): ParsedArticle {
  const lines = new LineIndex('');
  return {
    article: {
      path: input.path,
      locale,
      family: input.family ?? input.relPath,
      relPath: input.relPath,
      root: input.root,
      frontMatter: {},
      bytes: input.bytes?.length ?? 0,
      lineCount: 0,
      segments: [],
      tables: [],
      links: [],
      anchors: [],
      headings: [],
      codeBlocks: [],
      problems,
      suppressions: [],
    },
    text: '',
    lines,
    codeLines: new Set(),
    setextUnderlines: new Set(),
  };
}

/**
 * The family of an article whose layout does not give one: its `ms.assetid`, else its path. The same rule as
 * `parseArticle`, from the front matter alone, so families are known before any article is parsed.
 */
export function familyFromBytes(bytes: Uint8Array, relPath: string, maxBytes: number): string {
  if (bytes.length > maxBytes) return relPath;
  const decoded = decode(bytes);
  if (decoded.binary) return relPath;
  const assetId = parseFrontMatter(decoded.text).data['ms.assetid'];
  return typeof assetId === 'string' && assetId.trim() !== '' ? assetId.trim().toLowerCase() : relPath;
}

export function parseArticle(input: ArticleInput, options: ParseOptions = defaultParseOptions): ParsedArticle {
  const fallbackLocale = input.locale ?? 'und';
  if (input.bytes.length > options.maxBytes) {
    const problem: ParseProblem = {
      checkId: 'unreadable-file',
      messageId: 'too-large',
      data: { bytes: input.bytes.length, max: options.maxBytes },
      line: 1,
      column: 1,
      key: 'too-large',
    };
    return emptyArticle(input, [problem], fallbackLocale);
  }
  const decoded = decode(input.bytes);
  if (decoded.binary) return emptyArticle(input, decoded.problems, fallbackLocale);
  const text = decoded.text;
  const lines = new LineIndex(text);
  const problems: ParseProblem[] = [...decoded.problems];

  const fm = parseFrontMatter(text);
  problems.push(...fm.problems);
  const bodyStart = fm.endLine > 0 ? (lines.starts[fm.endLine] ?? text.length) : 0;

  const html = extractHtml(text, options.memo?.html);
  const pairs = html.pairs.filter((p) => p.start >= bodyStart);
  for (const p of html.problems) {
    if (p.offset < bodyStart) continue;
    const pos = lines.position(p.offset);
    problems.push({ checkId: 'bilingual-markup', messageId: p.messageId, data: p.data, line: pos.line, column: pos.column, key: p.key });
  }

  // Micromark reads the body only (the front matter is read above) with the pairs masked, and the alt texts of images
  // too when each proves to be one: the locales of a family then mostly share one masked text, parsed once.
  const pairRegions = joinAdjacent(text, pairs);
  const parseOptions = { body: bodyStart > 0, ...(options.memo ? { memo: options.memo.structure } : {}) };
  const alts = imageAltRegions(text, bodyStart, pairRegions);
  let md: MdStructure | undefined;
  if (alts.length > 0) {
    const regions = [...pairRegions, ...alts].sort((a, b) => a.start - b.start);
    const masked = maskRegions(text, regions, lineKeepingStandIn, bodyStart);
    const altSet = new Set(alts);
    const imageLabelsAt = regions.flatMap((r, i) => (altSet.has(r) ? [masked.regionStarts[i] as number] : []));
    md = parseMarkdown(masked.text, masked.toOriginal, { ...parseOptions, imageLabelsAt });
  }
  if (!md) {
    const masked = maskRegions(text, pairRegions, lineKeepingStandIn, bodyStart);
    md = parseMarkdown(masked.text, masked.toOriginal, parseOptions) as MdStructure;
  }
  const contexts = sweepContexts(pairs, md.intervals);

  const fmLocale = localeFrom(fm.data);
  const locale = input.locale ?? (fmLocale ? canonicalTag(fmLocale) : 'und');
  // Complete from the start (role and facts filled in below, once the tables are known): one object shape.
  const segments: Mutable<Segment>[] = pairs.map((p, index) => {
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
  });
  const starts = pairs.map((p) => p.start);
  const tables = buildTables(text, md, html, segments, starts, lines);
  const roles = new Map<number, Segment['role']>();
  for (const t of tables) {
    if (!t.record) continue;
    for (const row of t.rows) {
      for (const i of row[0]?.segments ?? []) roles.set(i, 'table-key');
      for (const c of t.record.valueColumns) for (const i of row[c]?.segments ?? []) roles.set(i, 'table-value');
    }
  }
  const sourceFactsOf = (source: string, exactNumbers: boolean): Fact[] => {
    // Keyed by the source itself (a string hashes once), one map per reading of numbers.
    const memo = exactNumbers ? options.memo?.exactSourceFacts : options.memo?.sourceFacts;
    let facts = memo?.get(source);
    if (!facts) {
      facts = extractFacts(source, { locale: 'en', exactNumbers });
      memo?.set(source, facts);
    }
    return facts;
  };
  const targetOptions = { locale };
  const exactTargetOptions = { locale, exactNumbers: true };
  for (const s of segments) {
    const role = roles.get(s.index) ?? 'text';
    const exactNumbers = role !== 'text';
    s.role = role;
    s.sourceFacts = sourceFactsOf(s.source, exactNumbers);
    s.targetFacts = extractFacts(s.target, exactNumbers ? exactTargetOptions : targetOptions);
  }

  const links: LinkRef[] = [];
  for (const l of md.links) {
    const pos = lines.position(l.offset);
    const inside = segmentsIn(segments, starts, l.offset, l.end);
    links.push({ url: l.url, kind: l.kind, line: pos.line, column: pos.column, side: 'outside', ...(inside.length > 0 ? { segment: inside[0] } : {}) });
  }
  for (const l of html.links) {
    if (l.offset < bodyStart) continue;
    const pos = lines.position(l.offset);
    // `<a href>` and `<img src>` written inside a half belong to that half, like Markdown links there: compared
    // with the other half's by link-mismatch.
    const at = pairAt(pairs, starts, l.offset);
    const p = at === undefined ? undefined : (pairs[at] as RawPair);
    const side = p === undefined ? 'outside' : l.offset >= p.sourceTextStart ? 'source' : l.offset >= p.targetTextStart && l.offset < p.sourceStart ? 'target' : 'outside';
    links.push({ url: l.url, kind: l.image ? 'image' : 'html', line: pos.line, column: pos.column, side, ...(side !== 'outside' ? { segment: at } : {}) });
  }
  const segmentLinks = inlineLinks(segments, pairs, text, options.memo?.inlineLinks);
  for (const s of segments) {
    for (const l of segmentLinks[2 * s.index] ?? []) {
      links.push({ url: l.url, kind: l.kind, line: s.targetTextLine, column: s.targetTextColumn, segment: s.index, side: 'target' });
    }
    for (const l of segmentLinks[2 * s.index + 1] ?? []) {
      links.push({ url: l.url, kind: l.kind, line: s.sourceTextLine, column: s.sourceTextColumn, segment: s.index, side: 'source' });
    }
  }
  links.sort((a, b) => a.line - b.line || a.column - b.column);

  const headings: Heading[] = [];
  const setextUnderlines = new Set<number>();
  // The rendered text each heading's id is made from: its English when bilingual (the sites' readers follow the
  // English ids), Markdown syntax gone; spaces kept as they are (every space is a hyphen, runs stay runs).
  const idTexts: string[] = [];
  for (const h of md.headings) {
    const inside = segmentsIn(segments, starts, h.start, h.end);
    const startLine = lines.line(h.start);
    const endLine = lines.line(Math.max(h.start, h.end - 1));
    const setext = endLine > startLine && /^ {0,3}(=+|-+)[ \t]*$/.test(lines.lineText(endLine));
    if (setext) setextUnderlines.add(endLine);
    const source = inside.length > 0 ? inside.map((i) => (segments[i] as Segment).source).join(' ') : h.text;
    headings.push({ depth: h.depth, line: startLine, source: source.replace(/\s+/g, ' ').trim(), setext });
    const rendered = inside.length > 0 ? renderedText(inside.map((i) => (segments[i] as Segment).source).join(' ')) : h.text;
    idTexts.push(rendered.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, '').trim());
  }

  const anchors: Anchor[] = [];
  for (const a of html.anchors) {
    if (a.offset >= bodyStart) anchors.push({ id: a.id, line: lines.line(a.offset), kind: 'explicit' });
  }
  // DocFX's id, and GitHub's where it differs (combining marks, letters outside the BMP, an empty heading).
  const docfx = new Slugger('docfx');
  const github = new Slugger('github');
  headings.forEach((h, i) => {
    const text = idTexts[i] as string;
    const id = docfx.slug(text);
    anchors.push({ id, line: h.line, kind: 'heading' });
    const gh = github.slug(text);
    if (gh !== id && gh !== '') anchors.push({ id: gh, line: h.line, kind: 'heading' });
  });

  const codeBlocks: CodeBlock[] = [];
  const codeLines = new Set<number>();
  for (const c of md.code) {
    const line = lines.line(c.start);
    const endLine = lines.line(Math.max(c.start, c.end - 1));
    codeBlocks.push({ lang: c.lang, value: c.value, line, endLine, fenced: /^\s*(```|~~~)/.test(lines.lineText(line)) });
    for (let l = line; l <= endLine; l++) codeLines.add(l);
  }

  const assetId = fm.data['ms.assetid'];
  const family = input.family ?? (typeof assetId === 'string' && assetId.trim() !== '' ? assetId.trim().toLowerCase() : input.relPath);
  const handoff = handoffDate(fm.data);

  const article: Article = {
    path: input.path,
    locale,
    family,
    relPath: input.relPath,
    root: input.root,
    frontMatter: fm.data,
    ...(handoff ? { handoff } : {}),
    bytes: input.bytes.length,
    lineCount: lines.lineCount,
    segments,
    tables,
    links,
    anchors,
    headings,
    codeBlocks,
    problems,
    suppressions: parseSuppressions(text, lines, codeLines),
  };
  return { article, text, lines, codeLines, setextUnderlines, segmentLinks };
}

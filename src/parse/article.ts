// One article, parsed once: bytes → text → front matter, bilingual pairs, Markdown structure → the compact model.
import type { Anchor, Article, CodeBlock, Heading, LinkKind, LinkRef, ParseProblem, Segment } from '../model.js';
import { type HtmlExtract, type HtmlMemo, type RawPair, extractHtml, newHtmlMemo } from './bilingual.js';
import { decode } from './decode.js';
import { type Fact, extractFacts } from './facts.js';
import { type FrontMatter, familyFromFrontMatter, handoffDate, parseFrontMatter } from './front-matter.js';
import { LineIndex } from './lines.js';
import { type InlineLink, type MdStructure, type ParsedStructure, imageAltRegions, inlineLinksOf, parseMarkdown } from './markdown.js';
import { joinAdjacent, lineKeepingStandIn, maskRegions } from './mask.js';
import { type Mutable, pairAt, segmentsIn, segmentsOf, sweepContexts } from './segments.js';
import { objectList } from './object-list.js';
import { Slugger, renderedText } from './slug.js';
import { parseSuppressions } from './suppressions.js';
import { buildTables, tableRoles } from './tables.js';

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

/** What the assembly steps read: the text, its lines, the pairs and their segments, and each pair's start. */
interface Assembly {
  readonly text: string;
  readonly lines: LineIndex;
  /** Pairs in the body (after the front matter), sorted by start. */
  readonly pairs: readonly RawPair[];
  readonly segments: readonly Segment[];
  readonly starts: readonly number[];
  readonly bodyStart: number;
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
      handoff: undefined,
      bytes: input.bytes?.length ?? 0,
      lineCount: 0,
      segments: objectList(),
      tables: objectList(),
      links: objectList(),
      anchors: objectList(),
      headings: objectList(),
      codeBlocks: objectList(),
      problems: objectList(problems),
      suppressions: objectList(),
      paired: undefined,
    },
    text: '',
    lines,
    codeLines: new Set(),
    setextUnderlines: new Set(),
  };
}

export function parseArticle(input: ArticleInput, options: ParseOptions = defaultParseOptions): ParsedArticle {
  const fallbackLocale = input.locale ?? 'und';
  if (input.bytes.length > options.maxBytes) return emptyArticle(input, [tooLarge(input.bytes.length, options.maxBytes)], fallbackLocale);
  const decoded = decode(input.bytes);
  if (decoded.binary) return emptyArticle(input, decoded.problems, fallbackLocale);
  return parseText(input, decoded.text, decoded.problems, options);
}

function tooLarge(bytes: number, max: number): ParseProblem {
  return { checkId: 'unreadable-file', messageId: 'too-large', data: { bytes, max }, line: 1, column: 1, key: 'too-large' };
}

/** The decoded text's steps: front matter, pairs, Markdown, then the model assembled from them. */
function parseText(input: ArticleInput, text: string, decodeProblems: readonly ParseProblem[], options: ParseOptions): ParsedArticle {
  const lines = new LineIndex(text);
  const fm = parseFrontMatter(text);
  const bodyStart = bodyStartOf(fm, lines, text);
  const html = extractHtml(text, options.memo?.html);
  const pairs = html.pairs.filter((p) => p.start >= bodyStart);
  const problems: ParseProblem[] = [...decodeProblems, ...fm.problems, ...bilingualProblems(html, bodyStart, lines)];
  const md = readMarkdown(text, bodyStart, pairs, options.memo);
  const locale = input.locale ?? localeOf(fm.data);
  const segments = segmentsOf(pairs, sweepContexts(pairs, md.intervals), lines);
  const at: Assembly = { text, lines, pairs, segments, starts: pairs.map((p) => p.start), bodyStart };
  const tables = buildTables(text, md, html, segments, at.starts, lines);
  fillRolesAndFacts(segments, tableRoles(tables), locale, options.memo);
  const segmentLinks = inlineLinks(segments, pairs, text, options.memo?.inlineLinks);
  const links = collectLinks(at, md, html, segmentLinks);
  const { headings, setextUnderlines, idTexts } = readHeadings(at, md);
  const anchors = collectAnchors(at, html, headings, idTexts);
  const { codeBlocks, codeLines } = readCodeBlocks(md, lines);
  // Every article has one shape: every key, in this order, also when its value is undefined (the checks' hot functions
  // then see one map, and V8 does not recompile them when an article without a handoff date comes along).
  const article: Article = {
    path: input.path,
    locale,
    family: input.family ?? familyFromFrontMatter(fm.data, input.relPath),
    relPath: input.relPath,
    root: input.root,
    frontMatter: fm.data,
    handoff: handoffDate(fm.data),
    bytes: input.bytes.length,
    lineCount: lines.lineCount,
    segments,
    tables: objectList(tables),
    links: objectList(links),
    anchors: objectList(anchors),
    headings: objectList(headings),
    codeBlocks: objectList(codeBlocks),
    problems: objectList(problems),
    suppressions: objectList(parseSuppressions(text, lines, codeLines)),
    paired: undefined,
  };
  return { article, text, lines, codeLines, setextUnderlines, segmentLinks };
}

/** Where the body starts: after the front matter's closing line (0 without front matter). */
function bodyStartOf(fm: FrontMatter, lines: LineIndex, text: string): number {
  return fm.endLine > 0 ? (lines.starts[fm.endLine] ?? text.length) : 0;
}

/** Broken bilingual markup in the body, with lines and columns. */
function bilingualProblems(html: HtmlExtract, bodyStart: number, lines: LineIndex): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (const p of html.problems) {
    if (p.offset < bodyStart) continue;
    const pos = lines.position(p.offset);
    problems.push({ checkId: 'bilingual-markup', messageId: p.messageId, data: p.data, line: pos.line, column: pos.column, key: p.key });
  }
  return problems;
}

/**
 * The Markdown structure of the body (the front matter is read already) with the pairs masked, and the alt texts of
 * images too when each proves to be one: the locales of a family then mostly share one masked text, parsed once.
 */
function readMarkdown(text: string, bodyStart: number, pairs: readonly RawPair[], memo: ParseMemo | undefined): MdStructure {
  const pairRegions = joinAdjacent(text, pairs);
  const parseOptions = { body: bodyStart > 0, ...(memo ? { memo: memo.structure } : {}) };
  const alts = imageAltRegions(text, bodyStart, pairRegions);
  if (alts.length > 0) {
    const regions = [...pairRegions, ...alts].sort((a, b) => a.start - b.start);
    const masked = maskRegions(text, regions, lineKeepingStandIn, bodyStart);
    const altSet = new Set(alts);
    const imageLabelsAt = regions.flatMap((r, i) => (altSet.has(r) ? [masked.regionStarts[i] as number] : []));
    const md = parseMarkdown(masked.text, masked.toOriginal, { ...parseOptions, imageLabelsAt });
    if (md) return md;
  }
  const masked = maskRegions(text, pairRegions, lineKeepingStandIn, bodyStart);
  return parseMarkdown(masked.text, masked.toOriginal, parseOptions) as MdStructure;
}

function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The locale the front matter names (`ms.contentlocale`, `locale` or `lang`), canonical; `und` when none. */
function localeOf(data: Record<string, unknown>): string {
  const raw = data['ms.contentlocale'] ?? data['locale'] ?? data['lang'];
  return typeof raw === 'string' && raw.trim() !== '' ? canonicalTag(raw.trim()) : 'und';
}

/** Each segment's role (from the tables) and the facts of its source (read as English) and target. */
function fillRolesAndFacts(segments: Mutable<Segment>[], roles: ReadonlyMap<number, Segment['role']>, locale: string, memo: ParseMemo | undefined): void {
  const targetOptions = { locale };
  const exactTargetOptions = { locale, exactNumbers: true };
  for (const s of segments) {
    const role = roles.get(s.index) ?? 'text';
    // Tables' key and value columns hold identifiers and example values: every number is read exact.
    const exactNumbers = role !== 'text';
    s.role = role;
    s.sourceFacts = sourceFactsOf(s.source, exactNumbers, memo);
    s.targetFacts = extractFacts(s.target, exactNumbers ? exactTargetOptions : targetOptions);
  }
}

/** The facts of an English source, read once per family: keyed by the source itself, one map per reading of numbers. */
function sourceFactsOf(source: string, exactNumbers: boolean, memo: ParseMemo | undefined): Fact[] {
  const known = exactNumbers ? memo?.exactSourceFacts : memo?.sourceFacts;
  let facts = known?.get(source);
  if (!facts) {
    facts = extractFacts(source, { locale: 'en', exactNumbers });
    known?.set(source, facts);
  }
  return facts;
}

const NO_LINKS: readonly InlineLink[] = [];

/**
 * The links written in Markdown (`[text](url)`, `![alt](src)`) inside each segment's target (index 2i) and source
 * (2i + 1); each text is scanned for `](` once, and each distinct text with one read once.
 */
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

/** Every link of the article: Markdown links, HTML links and images, and links written inside segment texts. */
function collectLinks(at: Assembly, md: MdStructure, html: HtmlExtract, segmentLinks: readonly (readonly InlineLink[])[]): LinkRef[] {
  const links: LinkRef[] = [...markdownLinks(at, md), ...htmlLinks(at, html), ...linksInSegments(at.segments, segmentLinks)];
  return links.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The one maker of a `LinkRef`: every link has the same keys in the same order (`segment` undefined outside any pair),
 * so the checks that walk `article.links` see one object shape and V8 does not recompile them for another.
 */
function linkRef(url: string, kind: LinkKind, line: number, column: number, segment: number | undefined, side: LinkRef['side']): LinkRef {
  return { url, kind, line, column, segment, side };
}

function markdownLinks(at: Assembly, md: MdStructure): LinkRef[] {
  return md.links.map((l) => {
    const pos = at.lines.position(l.offset);
    const inside = segmentsIn(at.segments, at.starts, l.offset, l.end);
    return linkRef(l.url, l.kind, pos.line, pos.column, inside[0], 'outside');
  });
}

function htmlLinks(at: Assembly, html: HtmlExtract): LinkRef[] {
  const links: LinkRef[] = [];
  for (const l of html.links) {
    if (l.offset < at.bodyStart) continue;
    const pos = at.lines.position(l.offset);
    // `<a href>` and `<img src>` written inside a half belong to that half, like Markdown links there: compared
    // with the other half's by link-mismatch.
    const index = pairAt(at.pairs, at.starts, l.offset);
    const p = index === undefined ? undefined : (at.pairs[index] as RawPair);
    const side = p === undefined ? 'outside' : l.offset >= p.sourceTextStart ? 'source' : l.offset >= p.targetTextStart && l.offset < p.sourceStart ? 'target' : 'outside';
    links.push(linkRef(l.url, l.image ? 'image' : 'html', pos.line, pos.column, side !== 'outside' ? index : undefined, side));
  }
  return links;
}

function linksInSegments(segments: readonly Segment[], segmentLinks: readonly (readonly InlineLink[])[]): LinkRef[] {
  const links: LinkRef[] = [];
  for (const s of segments) {
    for (const l of segmentLinks[2 * s.index] ?? []) {
      links.push(linkRef(l.url, l.kind, s.targetTextLine, s.targetTextColumn, s.index, 'target'));
    }
    for (const l of segmentLinks[2 * s.index + 1] ?? []) {
      links.push(linkRef(l.url, l.kind, s.sourceTextLine, s.sourceTextColumn, s.index, 'source'));
    }
  }
  return links;
}

/**
 * The headings, the lines that underline setext ones, and the rendered text each heading's id is made from: its
 * English when bilingual (the sites' readers follow the English ids), Markdown syntax gone; spaces kept as they are
 * (every space is a hyphen, runs stay runs).
 */
function readHeadings(at: Assembly, md: MdStructure): { headings: Heading[]; setextUnderlines: Set<number>; idTexts: string[] } {
  const { lines, segments } = at;
  const headings: Heading[] = [];
  const setextUnderlines = new Set<number>();
  const idTexts: string[] = [];
  for (const h of md.headings) {
    const inside = segmentsIn(segments, at.starts, h.start, h.end);
    const startLine = lines.line(h.start);
    const endLine = lines.line(Math.max(h.start, h.end - 1));
    const setext = endLine > startLine && /^ {0,3}(=+|-+)[ \t]*$/.test(lines.lineText(endLine));
    if (setext) setextUnderlines.add(endLine);
    const source = inside.length > 0 ? inside.map((i) => (segments[i] as Segment).source).join(' ') : h.text;
    headings.push({ depth: h.depth, line: startLine, source: source.replace(/\s+/g, ' ').trim(), setext });
    const rendered = inside.length > 0 ? renderedText(inside.map((i) => (segments[i] as Segment).source).join(' ')) : h.text;
    idTexts.push(rendered.replace(/[ \t]*(?:\r\n?|\n)[ \t]*/g, '').trim());
  }
  return { headings, setextUnderlines, idTexts };
}

/** Explicit anchors (`<a name>`, `id`) in the body, then the ids the site gives the headings. */
function collectAnchors(at: Assembly, html: HtmlExtract, headings: readonly Heading[], idTexts: readonly string[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const a of html.anchors) {
    if (a.offset >= at.bodyStart) anchors.push({ id: a.id, line: at.lines.line(a.offset), kind: 'explicit' });
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
  return anchors;
}

/** The code blocks, and every line inside one. */
function readCodeBlocks(md: MdStructure, lines: LineIndex): { codeBlocks: CodeBlock[]; codeLines: Set<number> } {
  const codeBlocks: CodeBlock[] = [];
  const codeLines = new Set<number>();
  for (const c of md.code) {
    const line = lines.line(c.start);
    const endLine = lines.line(Math.max(c.start, c.end - 1));
    codeBlocks.push({ lang: c.lang, value: c.value, line, endLine, fenced: /^\s*(```|~~~)/.test(lines.lineText(line)) });
    for (let l = line; l <= endLine; l++) codeLines.add(l);
  }
  return { codeBlocks, codeLines };
}

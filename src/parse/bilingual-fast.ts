// The fast path: well-formed pairs lifted out by a tokenizer, only the rest of the article read as HTML.
import { fromHtml } from 'hast-util-from-html';
import { type HtmlExtract, type RawHtmlTable, type RawPair, afterTag, collectElements, emptyExtract, rawPair, sortByOffset } from './bilingual-html.js';
import { decodeText, markdownOfHalf, simpleMarkupText } from './bilingual-halves.js';
import { restoreLt } from './bilingual-prepare.js';
import { textOf } from './hast-walk.js';
import { joinAdjacent, maskRegions } from './mask.js';

/** What the HTML of an article's rest holds, in the rest's own offsets; null when it must be read as one tree. */
export interface RestReading {
  anchors: HtmlExtract['anchors'];
  links: HtmlExtract['links'];
  tables: RawHtmlTable[];
  cells: { start: number; end: number }[];
}

/**
 * What one family's articles share: readings of the rest by its text from its first tag on (the locales' translations
 * sit in the masked pairs; their front matter, which differs, holds no tag) and of each half with markup.
 */
export interface HtmlMemo {
  rest: Map<string, RestReading | null>;
  halves: Map<string, { text: string; found: HtmlExtract }>;
}
export const newHtmlMemo = (): HtmlMemo => ({ rest: new Map(), halves: new Map() });

// A pair exactly as the Microsoft Docs pipeline writes it; its halves hold no other span.
const HALF = String.raw`([^<]*(?:<(?!\/?span[\s/>])[^<]*)*)`;
const WELL_FORMED_PAIR = new RegExp(
  String.raw`<span data-ttu-id="([^"<>&]*)">${HALF}<\/span>\s*<span class="sxs-lookup"><span data-stu-id="([^"<>&]*)">${HALF}<\/span><\/span>`,
  'g',
);
const PAIR_MARKERS = /data-ttu-id|data-stu-id|sxs-lookup/gi;
// Where the HTML tree builder treats a span otherwise than as inline text (templates, selects, foreign content).
const UNUSUAL_CONTEXT = /<(?:template|select|option|svg|math|frameset)\b/i;

/**
 * The fast reading of an article (`prepared` by `prepareForHtml`); undefined when anything is unusual and the
 * article must be read as one tree (`extractFromTree`).
 */
export function extractWellFormed(text: string, prepared: string, memo: HtmlMemo = newHtmlMemo()): HtmlExtract | undefined {
  if (UNUSUAL_CONTEXT.test(prepared)) return undefined;
  const out = emptyExtract();
  const regions = liftPairs(text, prepared, out, memo);
  if (!regions) return undefined;
  // Every pair marker must belong to a pair read above; otherwise something is broken: read the whole tree.
  if (countPairMarkers(prepared) !== 3 * out.pairs.length) return undefined;
  // A pair inside an HTML comment is not a pair.
  if (prepared.includes('<!--') && insideComment(prepared, regions)) return undefined;
  if (!readRestInto(prepared, regions, out, memo)) return undefined;
  return sortByOffset(out);
}

/**
 * Every well-formed pair into `out.pairs` (and what the halves' markup holds into `out`), with the regions the pairs
 * take; undefined when the ids of a pair's halves differ.
 */
function liftPairs(text: string, prepared: string, out: HtmlExtract, memo: HtmlMemo): { start: number; end: number }[] | undefined {
  const regions: { start: number; end: number }[] = [];
  for (const m of prepared.matchAll(WELL_FORMED_PAIR)) {
    const [whole, id = '', target = '', stuId = '', source = ''] = m;
    if (id !== stuId) return undefined;
    const start = m.index;
    const targetTextStart = afterTag(text, start);
    const sourceStart = start + whole.length - source.length - '</span></span>'.length - `<span data-stu-id="${stuId}">`.length;
    const sourceTextStart = afterTag(text, sourceStart);
    const targetText = halfText(target, targetTextStart, out, memo);
    const sourceText = halfText(source, sourceTextStart, out, memo);
    const fields = { id, target: targetText, source: sourceText, start, end: start + whole.length, sourceStart, targetTextStart, sourceTextStart, inHtmlCell: false };
    out.pairs.push(rawPair(fields, markdownOfHalf(target, targetText), markdownOfHalf(source, sourceText)));
    regions.push({ start, end: start + whole.length });
  }
  return regions;
}

/** How many pair markers the text holds; counted with `test`, which makes no match objects (it resumes at `lastIndex`). */
function countPairMarkers(prepared: string): number {
  let markers = 0;
  PAIR_MARKERS.lastIndex = 0;
  while (PAIR_MARKERS.test(prepared)) markers++;
  return markers;
}

/**
 * The rest of the article (each pair a space: no element starts inside one) read for anchors, links and HTML
 * tables, into `out`, and the pairs inside HTML cells marked; false when the rest must be read as one tree.
 */
function readRestInto(prepared: string, regions: readonly { start: number; end: number }[], out: HtmlExtract, memo: HtmlMemo): boolean {
  const rest = maskRegions(prepared, joinAdjacent(prepared, regions), () => ' ');
  if (rest.text.search(/<[A-Za-z]/) < 0) return true;
  // Text before the first tag cannot change what the HTML parser makes of the tags after it, nor their offsets.
  const from = rest.text.indexOf('<');
  const reading = memoizedRestReading(rest.text.slice(from), memo);
  if (reading === null) return false;
  const at = (o: number): number => rest.toOriginal(o + from);
  shiftInto(reading, at, out);
  markPairsInCells(
    out.pairs,
    reading.cells.map((c) => ({ start: at(c.start), end: at(c.end) })),
  );
  return true;
}

function memoizedRestReading(html: string, memo: HtmlMemo): RestReading | null {
  let reading = memo.rest.get(html);
  if (reading === undefined) {
    reading = readRest(html);
    memo.rest.set(html, reading);
  }
  return reading;
}

function readRest(html: string): RestReading | null {
  let tree: ReturnType<typeof fromHtml>;
  try {
    tree = fromHtml(html, { fragment: true });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  const found = emptyExtract();
  const cells: { start: number; end: number }[] = [];
  collectElements(tree, 0, found, cells);
  return { anchors: found.anchors, links: found.links, tables: found.tables, cells };
}

function markPairsInCells(pairs: RawPair[], cells: readonly { start: number; end: number }[]): void {
  if (cells.length === 0) return;
  for (const p of pairs) p.inHtmlCell = cells.some((c) => c.start <= p.start && p.end <= c.end);
}

/** Text of one half as the HTML parser would give it: tags dropped, `<br>` a space, references decoded. */
function halfText(inner: string, innerStart: number, out: HtmlExtract, memo: HtmlMemo): string {
  if (!/[<&\r\0]/.test(inner)) return restoreLt(inner);
  if (!inner.includes('<') && !inner.includes('\0')) return restoreLt(decodeText(inner));
  const simple = simpleMarkupText(inner);
  if (simple !== undefined) return restoreLt(simple);
  // A half with markup is parsed once per family: the English halves repeat in every locale.
  let half = memo.halves.get(inner);
  if (!half) {
    const tree = fromHtml(inner, { fragment: true });
    const found = emptyExtract();
    collectElements(tree, 0, found);
    half = { text: restoreLt(textOf(tree)), found };
    memo.halves.set(inner, half);
  }
  shiftInto(half.found, (o) => o + innerStart, out);
  return half.text;
}

/** Anchors, links and tables read at offsets of their own, moved to the article's offsets. */
function shiftInto(found: Pick<HtmlExtract, 'anchors' | 'links' | 'tables'>, at: (offset: number) => number, out: HtmlExtract): void {
  for (const a of found.anchors) out.anchors.push({ id: a.id, offset: at(a.offset) });
  for (const l of found.links) out.links.push({ url: l.url, offset: at(l.offset), image: l.image });
  for (const t of found.tables) {
    out.tables.push({ start: at(t.start), rows: t.rows.map((row) => row.map((c) => ({ ...c, start: at(c.start), end: at(c.end) }))) });
  }
}

/** True when a region starts inside an HTML comment (`<!--` up to `-->`, or to the end when unclosed). */
function insideComment(prepared: string, regions: readonly { start: number }[]): boolean {
  // `<!-->` and `<!--->` close at once in HTML; leave such oddities to the tree builder.
  if (/<!--->?|<!-->/.test(prepared)) return true;
  let r = 0;
  for (let open = prepared.indexOf('<!--'); open >= 0 && r < regions.length; ) {
    const close = prepared.indexOf('-->', open + 4);
    const end = close < 0 ? prepared.length : close + 3;
    while (r < regions.length && (regions[r] as { start: number }).start < open) r++;
    if (r < regions.length && (regions[r] as { start: number }).start < end) return true;
    if (close < 0) break;
    open = prepared.indexOf('<!--', end);
  }
  return false;
}

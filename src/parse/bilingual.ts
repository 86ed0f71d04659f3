// Bilingual pairs, HTML anchors, links and tables, read from one hast-util-from-html parse of the article.
import { decodeHTML } from 'entities';
import { fromHtml } from 'hast-util-from-html';
import { type Element, type Nodes, type Parents, findElement, hasClass, isElement, prop, textOf } from './hast-walk.js';
import { joinAdjacent, maskRegions } from './mask.js';

/** A `data-ttu-id` span and its `sxs-lookup` partner, with offsets into the article text. */
export interface RawPair {
  id: string;
  target: string;
  source: string;
  /** Offset of `<span data-ttu-id…>`. */
  start: number;
  /** Offset just after the closing `</span></span>` of the source half. */
  end: number;
  sourceStart: number;
  targetTextStart: number;
  sourceTextStart: number;
  /**
   * The half's text as Markdown reads it, when that differs from `target`/`source`: character references that
   * decode to link syntax (`&quot;` in an image title) kept as written. Set only for halves with such a reference
   * and a `](`; links inside the halves are read from it.
   */
  targetMarkdown?: string;
  sourceMarkdown?: string;
  /** Set when the pair sits inside an HTML `<td>`/`<th>`. */
  inHtmlCell: boolean;
}

export interface RawHtmlCell {
  start: number;
  end: number;
  /** Text of the cell outside bilingual pairs (what stands for the cell when it holds no pair). */
  text: string;
  header: boolean;
}

export interface RawHtmlTable {
  start: number;
  rows: RawHtmlCell[][];
}

export interface HtmlExtract {
  pairs: RawPair[];
  anchors: { id: string; offset: number }[];
  links: { url: string; offset: number; image: boolean }[];
  tables: RawHtmlTable[];
  /** Broken bilingual markup, located by offset (the caller turns offsets into lines). */
  problems: Located[];
}

export type Located = { offset: number; key: string; messageId: string; data: Record<string, string> };

const isTtu = (e: Element): boolean => e.tagName === 'span' && e.properties['dataTtuId'] !== undefined;
const isStu = (e: Element): boolean => e.tagName === 'span' && e.properties['dataStuId'] !== undefined;
const isLookup = (e: Element): boolean => e.tagName === 'span' && hasClass(e, 'sxs-lookup');
const containsPairSpan = (e: Element): boolean => findElement(e, (d) => isTtu(d) || isLookup(d)) !== undefined;

function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}

/** Offset just after the opening tag that starts at `start`. */
function afterTag(text: string, start: number): number {
  const gt = text.indexOf('>', start);
  return gt < 0 ? start : gt + 1;
}

function collectTable(table: Element, at: (offset: number) => number = (o) => o): RawHtmlTable {
  const rows: RawHtmlCell[][] = [];
  const stack: Nodes[] = [...table.children].reverse() as Nodes[];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (!isElement(n) || n.tagName === 'table') continue; // nested tables are tables of their own
    if (n.tagName === 'tr') {
      const row: RawHtmlCell[] = [];
      for (const c of n.children) {
        if (isElement(c) && (c.tagName === 'td' || c.tagName === 'th')) {
          row.push({
            start: at(c.position?.start.offset ?? 0),
            end: at(c.position?.end.offset ?? c.position?.start.offset ?? 0),
            // Pairs in the cell are segments of their own; this is the text around them.
            text: textOf(c, (e) => isTtu(e) || isLookup(e)).replace(/\s+/g, ' ').trim(),
            header: c.tagName === 'th',
          });
        }
      }
      rows.push(row);
      continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return { start: at(table.position?.start.offset ?? 0), rows };
}

/**
 * Parses the whole article once as an HTML fragment (Markdown is just text to the HTML parser) and lifts out
 * every bilingual pair. Broken pairs (unclosed spans, a translation without its source) become problems.
 */
/**
 * Blanks fenced code blocks (same length, line breaks kept), so that HTML samples in code (`<script>`, `<title>`,
 * `<textarea>`, unclosed tags) cannot swallow the bilingual pairs after them when the article is read as HTML.
 */
export function blankFencedCode(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  const lines = text.split(/(?<=\n)/);
  let fence: { char: string; length: number } | undefined;
  let inComment = false;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!fence) {
      // Fences inside an HTML comment are not code blocks: the comment is one HTML block up to `-->`.
      if (inComment) {
        if (line.includes('-->')) inComment = false;
        continue;
      }
      const open = line.lastIndexOf('<!--');
      if (open >= 0 && !line.includes('-->', open)) {
        inComment = true;
        continue;
      }
    }
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (!fence) {
      const char = (m?.[1] ?? '')[0];
      // An opening backtick fence cannot have backticks in its info string (that is inline code).
      if (m && !(char === '`' && line.slice(m[0].length).includes('`'))) fence = { char: char as string, length: (m[1] as string).length };
      continue;
    }
    if (m && (m[1] as string)[0] === fence.char && (m[1] as string).length >= fence.length && line.slice(m[0].length).trim() === '') {
      fence = undefined;
      continue;
    }
    lines[i] = line.replace(/[^\r\n]/g, ' ');
    changed = true;
  }
  return changed ? lines.join('') : text;
}

/** Stands in for a `<` that Markdown prints as text, so the HTML parser does not read a tag there; same length. */
export const LT_PLACEHOLDER = '\uE000';
// CommonMark's raw-HTML starts (open tag, closing tag, comment, processing instruction, declaration, CDATA).
// Bounded quantifiers keep the scan linear per `<` even with an unclosed quote.
const HTML_START =
  /<(?:[A-Za-z][A-Za-z0-9-]{0,64}(?:\s{1,64}[A-Za-z_:][\w.:-]{0,128}(?:\s{0,64}=\s{0,64}(?:[^\s"'=<>`]{1,2048}|'[^']{0,2048}'|"[^"]{0,2048}"))?){0,64}\s{0,64}\/?>|\/[A-Za-z][A-Za-z0-9-]{0,64}\s{0,64}>|!--|\?|![A-Za-z]|!\[CDATA\[)/y;

/**
 * Replaces every `<` that does not start raw HTML in Markdown (`<SIP : 7168…`, `\<Add Key=…`, `"<Value noted…`)
 * with a placeholder of the same length: an HTML parser would read a tag there running to the next `>` (often
 * the `</span>` of a bilingual pair) and part the pair, while a Markdown renderer prints the `<` as text.
 */
export function neutralizeTextLessThan(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    let slashes = 0;
    while (at - slashes - 1 >= 0 && text.charCodeAt(at - slashes - 1) === 92) slashes++;
    HTML_START.lastIndex = at;
    if (slashes % 2 === 0 && HTML_START.test(text)) {
      // A whole tag: a `<` inside its quoted attribute values is not a tag start of its own.
      if (text.charCodeAt(at + 1) !== 33 && text.charCodeAt(at + 1) !== 63) at = HTML_START.lastIndex - 1;
      continue;
    }
    out ??= [];
    out.push(text.slice(last, at), LT_PLACEHOLDER);
    last = at + 1;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join('');
}
const restoreLt = (s: string): string => (s.includes(LT_PLACEHOLDER) ? s.replaceAll(LT_PLACEHOLDER, '<') : s);

// Elements whose content the HTML parser reads as raw text, swallowing any pair after an unclosed one.
const RAW_TEXT = /<(?=(?:script|style|textarea|title|xmp|plaintext|noscript|iframe|noembed|noframes)\b)/gi;

/** Same length as the article everywhere, so every offset stays the article's. */
function prepare(text: string): string {
  return neutralizeTextLessThan(blankFencedCode(text).replace(RAW_TEXT, ' '));
}

/**
 * Bilingual pairs, anchors, links and HTML tables of an article. Well-formed pairs (the common case) are lifted
 * out by a tokenizer with exact offsets and only the rest of the article goes through the HTML parser; anything
 * unusual (a broken pair, a pair in a comment, markup the tree builder could move) reads the whole article as
 * one HTML tree instead, which is what the tokenizer's result always equals on well-formed input.
 */
export function extractHtml(text: string, memo?: HtmlMemo): HtmlExtract {
  const prepared = prepare(text);
  return extractWellFormed(text, prepared, memo) ?? extractFromTree(text, prepared);
}

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

function readRest(html: string): RestReading | null {
  let tree: ReturnType<typeof fromHtml>;
  try {
    tree = fromHtml(html, { fragment: true });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  const found: HtmlExtract = { pairs: [], anchors: [], links: [], tables: [], problems: [] };
  const cells: { start: number; end: number }[] = [];
  collectElements(tree, 0, found, cells);
  return { anchors: found.anchors, links: found.links, tables: found.tables, cells };
}

/** The reference reading (whole article as one HTML tree), for tests that hold the fast path to it. */
export function extractHtmlFromTree(text: string): HtmlExtract {
  return extractFromTree(text, prepare(text));
}

/** The fast path alone: undefined when it leaves the article to the tree reading. For tests. */
export function extractHtmlWellFormed(text: string, memo?: HtmlMemo): HtmlExtract | undefined {
  return extractWellFormed(text, prepare(text), memo);
}

// A pair exactly as the Microsoft Docs pipeline writes it; its halves hold no other span.
const HALF = String.raw`([^<]*(?:<(?!\/?span[\s/>])[^<]*)*)`;
const WELL_FORMED_PAIR = new RegExp(
  String.raw`<span data-ttu-id="([^"<>&]*)">${HALF}<\/span>\s*<span class="sxs-lookup"><span data-stu-id="([^"<>&]*)">${HALF}<\/span><\/span>`,
  'g',
);
const PAIR_MARKERS = /data-ttu-id|data-stu-id|sxs-lookup/gi;
// Where the HTML tree builder treats a span otherwise than as inline text (templates, selects, foreign content).
const UNUSUAL_CONTEXT = /<(?:template|select|option|svg|math|frameset)\b/i;

/** Text without tags as the HTML parser gives it: line endings normalized, character references decoded. */
const decodeText = (s: string): string => (/[&\r]/.test(s) ? decodeHTML(s.replace(/\r\n?/g, '\n')) : s);

// Inline formatting tags without attributes, and `<br>`: the HTML parser keeps the text around them in order
// (misnested ones are repaired by cloning elements, never by moving text) and makes no anchor, link or table.
// Not `</br>`: in a fragment the parser drops it, in a document it reads it as `<br>`; left to the parser.
const SIMPLE_TAG = /<(?:\/?(?:strong|em|b|i|u|sup|sub|code)|br)\s*\/?>/iy;

/**
 * The text of a half whose only markup is simple inline formatting (most halves with tags: `<strong>`, `<sup>`),
 * exactly as the HTML parser gives it, without parsing; undefined when the half holds any other markup.
 */
export function simpleMarkupText(inner: string): string | undefined {
  if (inner.includes('\0')) return undefined;
  let out = '';
  let last = 0;
  for (let at = inner.indexOf('<'); at >= 0; at = inner.indexOf('<', last)) {
    SIMPLE_TAG.lastIndex = at;
    if (!SIMPLE_TAG.test(inner)) return undefined;
    out += decodeText(inner.slice(last, at));
    // A character reference ends at a tag; `<br>` is a space, as in `textOf`.
    if (/^<br\b/i.test(inner.slice(at, at + 3))) out += ' ';
    last = SIMPLE_TAG.lastIndex;
  }
  return out + decodeText(inner.slice(last));
}

/**
 * Character references that decode to characters of link syntax (quotes and parentheses of a title, brackets,
 * angle brackets, backslash, backtick). Markdown reads the half before they are decoded: `"Tab &quot;A&quot;"` is
 * one title, `"Tab "A""` ends at the second quote.
 */
const LINK_SYNTAX_REFERENCE =
  /&(?:quot|QUOT|apos|lpar|rpar|lsqb|rsqb|lbrack|rbrack|lt|LT|gt|GT|bsol|grave);|&#(?:[xX]0{0,8}(?:2[2789]|3[cCeE]|5[bBcCdD]|60)|0{0,8}(?:34|39|40|41|60|62|91|92|93|96));/g;
/** Private-use stand-ins for those references while the half is decoded (U+E000 is the `<` placeholder). */
const STAND_IN_BASE = 0xe001;
const STAND_INS = /[\uE001-\uE07F]/g;

function referenceCode(ref: string): number {
  if (ref.charCodeAt(1) === 35) return ref[2] === 'x' || ref[2] === 'X' ? Number.parseInt(ref.slice(3, -1), 16) : Number(ref.slice(2, -1));
  return (decodeHTML(ref).codePointAt(0) as number);
}

/**
 * The half as Markdown reads it: decoded like its text, except the references to link syntax, which stay
 * references (`&#34;`, which micromark decodes inside a destination or title as it would `&quot;`). Undefined when
 * that is the text itself: no such reference, or no `](` for a link to be read from.
 */
function markdownOfHalf(inner: string, text: string): string | undefined {
  if (!inner.includes('&') || !text.includes('](') || /[\uE001-\uE07F]/.test(inner)) return undefined;
  LINK_SYNTAX_REFERENCE.lastIndex = 0;
  if (!LINK_SYNTAX_REFERENCE.test(inner)) return undefined;
  const shielded = inner.replace(LINK_SYNTAX_REFERENCE, (ref) => String.fromCharCode(STAND_IN_BASE + referenceCode(ref)));
  const decoded = shielded.includes('<') ? (simpleMarkupText(shielded) ?? textOf(fromHtml(shielded, { fragment: true }))) : decodeText(shielded);
  return restoreLt(decoded).replace(STAND_INS, (c) => `&#${c.charCodeAt(0) - STAND_IN_BASE};`);
}

/** `markdownOfHalf` for a half of the tree reading: its inner text when the span is closed where the tree ends it. */
function markdownOfElement(prepared: string, span: Element, text: string): string | undefined {
  const start = span.position?.start.offset;
  const end = span.position?.end.offset;
  if (start === undefined || end === undefined || !text.includes('](') || prepared.slice(end - 7, end) !== '</span>') return undefined;
  return markdownOfHalf(prepared.slice(afterTag(prepared, start), end - 7), text);
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
    const found: HtmlExtract = { pairs: [], anchors: [], links: [], tables: [], problems: [] };
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

function extractWellFormed(text: string, prepared: string, memo: HtmlMemo = newHtmlMemo()): HtmlExtract | undefined {
  if (UNUSUAL_CONTEXT.test(prepared)) return undefined;
  const out: HtmlExtract = { pairs: [], anchors: [], links: [], tables: [], problems: [] };
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
    const targetMarkdown = markdownOfHalf(target, targetText);
    const sourceMarkdown = markdownOfHalf(source, sourceText);
    out.pairs.push({
      id,
      target: targetText,
      source: sourceText,
      ...(targetMarkdown !== undefined ? { targetMarkdown } : {}),
      ...(sourceMarkdown !== undefined ? { sourceMarkdown } : {}),
      start,
      end: start + whole.length,
      sourceStart,
      targetTextStart,
      sourceTextStart,
      inHtmlCell: false,
    });
    regions.push({ start, end: start + whole.length });
  }
  // Every pair marker must belong to a pair read above; otherwise something is broken: read the whole tree.
  // Counted with `test`, which makes no match objects (a global regex resumes at its `lastIndex`).
  let markers = 0;
  PAIR_MARKERS.lastIndex = 0;
  while (PAIR_MARKERS.test(prepared)) markers++;
  if (markers !== 3 * out.pairs.length) return undefined;
  // A pair inside an HTML comment is not a pair.
  if (prepared.includes('<!--') && insideComment(prepared, regions)) return undefined;
  // The rest of the article (each pair a space: no element starts inside one) for anchors, links and HTML tables.
  const rest = maskRegions(prepared, joinAdjacent(prepared, regions), () => ' ');
  const firstTag = rest.text.search(/<[A-Za-z]/);
  if (firstTag >= 0) {
    // Text before the first tag cannot change what the HTML parser makes of the tags after it, nor their offsets.
    const from = rest.text.indexOf('<');
    const html = rest.text.slice(from);
    let reading = memo.rest.get(html);
    if (reading === undefined) {
      reading = readRest(html);
      memo.rest.set(html, reading);
    }
    if (reading === null) return undefined;
    const at = (o: number): number => rest.toOriginal(o + from);
    shiftInto(reading, at, out);
    const cells = reading.cells.map((c) => ({ start: at(c.start), end: at(c.end) }));
    if (cells.length > 0) {
      for (const p of out.pairs) p.inHtmlCell = cells.some((c) => c.start <= p.start && p.end <= c.end);
    }
  }
  out.anchors.sort((a, b) => a.offset - b.offset);
  out.links.sort((a, b) => a.offset - b.offset);
  out.tables.sort((a, b) => a.start - b.start);
  return out;
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

/** What one element adds to the article: anchors (`<a name>`, any `id`), a link, an image or a table. */
function collectElement(element: Element, offset: number, out: HtmlExtract, at?: (offset: number) => number): void {
  if (element.tagName === 'a') {
    // Both name a target when both are there (`<a name="old" id="new">`).
    const name = prop(element, 'name');
    const id = prop(element, 'id');
    if (name) out.anchors.push({ id: name, offset });
    if (id && id !== name) out.anchors.push({ id, offset });
    const href = prop(element, 'href');
    if (href !== undefined) out.links.push({ url: href, offset, image: false });
  } else if (element.tagName === 'img') {
    const src = prop(element, 'src');
    if (src !== undefined) out.links.push({ url: src, offset, image: true });
  } else if (element.tagName === 'table') {
    out.tables.push(collectTable(element, at));
  } else if (prop(element, 'id')) {
    out.anchors.push({ id: prop(element, 'id') as string, offset });
  }
}

/**
 * Anchors (`<a name>`, any `id`), links, images and tables below a node; offsets shifted by `base`. HTML table
 * cells are listed in `cells` when given (to mark the pairs they hold).
 */
function collectElements(root: Parents, base: number | ((offset: number) => number), out: HtmlExtract, cells?: { start: number; end: number }[]): void {
  const at = typeof base === 'number' ? (o: number) => base + o : base;
  const stack: Parents[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Parents;
    for (const child of node.children as Nodes[]) {
      if (child.type !== 'element') continue;
      const offset = at(startOf(child) ?? 0);
      collectElement(child, offset, out, at);
      if (cells && (child.tagName === 'td' || child.tagName === 'th')) {
        cells.push({ start: offset, end: at(child.position?.end.offset ?? startOf(child) ?? 0) });
      }
      stack.push(child);
    }
  }
}

/** The whole article read as one HTML tree: slower, and the reference for every unusual case. */
function extractFromTree(text: string, prepared: string): HtmlExtract {
  const located: Located[] = [];
  let tree: ReturnType<typeof fromHtml>;
  try {
    tree = fromHtml(prepared, { fragment: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // HTML nested thousands deep overflows the tree builder's recursion. Read the pairs again with every tag but
    // the bilingual spans (and links) turned into text, and say so: tables and anchors in this file are not read.
    located.push({ offset: 0, key: 'too-deep', messageId: 'too-deep', data: {} });
    try {
      tree = fromHtml(prepared.replace(/<(?!\/?(?:span|a)\b)(?=[!/?A-Za-z])/gi, LT_PLACEHOLDER), { fragment: true });
    } catch (again) {
      if (!(again instanceof RangeError)) throw again;
      // Nested thousands deep in plain spans themselves: only the spans that carry a pair's attributes stay tags.
      tree = fromHtml(prepared.replace(/<(?!\/?a\b)(?!\/span\b)(?!span\s[^<>]{0,200}?(?:data-ttu-id|data-stu-id|sxs-lookup))(?=[!/?A-Za-z])/gi, LT_PLACEHOLDER), {
        fragment: true,
      });
    }
  }
  const out: HtmlExtract = { pairs: [], anchors: [], links: [], tables: [], problems: [] };
  const consumed = new Set<Element>();
  const stack: { node: Parents; inCell: boolean }[] = [{ node: tree, inCell: false }];

  while (stack.length > 0) {
    const { node, inCell } = stack.pop() as { node: Parents; inCell: boolean };
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Nodes;
      if (child.type !== 'element') continue;
      const offset = startOf(child) ?? 0;

      if (isTtu(child)) {
        const id = prop(child, 'dataTtuId') ?? '';
        if (containsPairSpan(child)) {
          // An unclosed translation span swallows the pairs after it: report it, then read what it swallowed.
          located.push({ offset, key: `unclosed:${id}`, messageId: 'unclosed-span', data: { id } });
          // Its own source half, swallowed with the rest, is not an orphan source.
          const own = findElement(child, (e) => isTtu(e) || isLookup(e));
          if (own && isLookup(own) && prop(findElement(own, isStu) ?? own, 'dataStuId') === id) consumed.add(own);
          stack.push({ node: child, inCell });
          continue;
        }
        let j = i + 1;
        while (j < children.length) {
          const s = children[j] as Nodes;
          if (s.type === 'text' && s.value.trim() === '') j++;
          else break;
        }
        const partner = children[j];
        const stu = isElement(partner) && isLookup(partner) ? findElement(partner, isStu) : undefined;
        if (!isElement(partner) || !isLookup(partner) || stu === undefined) {
          located.push({ offset, key: `no-source:${id}`, messageId: 'missing-source', data: { id } });
          continue;
        }
        consumed.add(partner);
        const stuId = prop(stu, 'dataStuId') ?? '';
        if (stuId !== id) {
          located.push({ offset, key: `id-mismatch:${id}`, messageId: 'id-mismatch', data: { id, stuId } });
        }
        const end = partner.position?.end.offset;
        const sourceStart = startOf(stu) ?? offset;
        const targetText = restoreLt(textOf(child));
        const sourceText = restoreLt(textOf(stu));
        const targetMarkdown = markdownOfElement(prepared, child, targetText);
        const sourceMarkdown = markdownOfElement(prepared, stu, sourceText);
        out.pairs.push({
          id,
          target: targetText,
          source: sourceText,
          ...(targetMarkdown !== undefined ? { targetMarkdown } : {}),
          ...(sourceMarkdown !== undefined ? { sourceMarkdown } : {}),
          start: offset,
          end: end ?? sourceStart,
          sourceStart,
          targetTextStart: afterTag(text, offset),
          sourceTextStart: afterTag(text, sourceStart),
          inHtmlCell: inCell,
        });
        if (containsPairSpan(stu) || findElement(partner, isTtu)) {
          located.push({ offset: sourceStart, key: `unclosed-source:${id}`, messageId: 'unclosed-span', data: { id } });
        }
        // Anchors (`<a name>`), links and images inside either half belong to the article too.
        stack.push({ node: partner, inCell }, { node: child, inCell });
        i = j;
        continue;
      }

      if (isLookup(child) && !consumed.has(child)) {
        const stu = findElement(child, isStu);
        const id = stu ? (prop(stu, 'dataStuId') ?? '') : '';
        located.push({ offset, key: `no-target:${id}`, messageId: 'missing-target', data: { id } });
      } else {
        collectElement(child, offset, out);
      }
      stack.push({ node: child, inCell: inCell || child.tagName === 'td' || child.tagName === 'th' });
    }
  }

  out.pairs.sort((a, b) => a.start - b.start);
  // The HTML tree builder repairs misnested inline tags (`<em>` across pairs, a lone `</div>`) by moving elements,
  // which can part a pair that is intact in the text. Such pairs are not reported as broken.
  const intact = (l: Located): boolean => {
    const id = l.data['id'] ?? '';
    if (id === '') return false;
    const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (l.messageId === 'missing-source') {
      const window = text.slice(l.offset, l.offset + 8000);
      return new RegExp(`^<span data-ttu-id="${esc}">[^]*?</span><span class="sxs-lookup"><span data-stu-id="${esc}">`).test(window);
    }
    if (l.messageId === 'missing-target') {
      const before = text.slice(Math.max(0, l.offset - 8000), l.offset);
      const open = before.lastIndexOf(`<span data-ttu-id="${id}">`);
      if (open < 0) return false;
      const between = before.slice(open);
      return between.endsWith('</span>') && !between.includes('sxs-lookup');
    }
    return false;
  };
  out.problems = located.filter((l) => !intact(l));
  out.anchors.sort((a, b) => a.offset - b.offset);
  out.links.sort((a, b) => a.offset - b.offset);
  out.tables.sort((a, b) => a.start - b.start);
  return out;
}

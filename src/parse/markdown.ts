// The Markdown structure of an article, read from micromark's events (CommonMark + GFM + front matter).
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { decodeString } from 'micromark-util-decode-string';
import type { Event, Extension, ParseContext, Token, TokenizeContext } from 'micromark-util-types';
import { objectList } from './object-list.js';

/** The same syntax as the reference processors (`test/support/markdown-tree.ts`), in the same order (front matter, then GFM). */
const documentExtensions: Extension[] = [frontmatter(['yaml']), gfm()];
const bodyExtensions: Extension[] = [gfm()];

/**
 * GFM without its "potential footnote call" construct (`![^1]`, a footnote call right after `!`). At every `]`
 * that construct walks back over all events of the paragraph to find an opening, so 100,000 `]` took minutes.
 * It can only succeed after an image opening `![` whose label starts with `^` (after blanks): a text without such
 * a place is parsed without it, with the same events.
 */
function gfmWithoutImageFootnoteCall(): Extension {
  const ext = gfm();
  const text = { ...(ext.text ?? {}) } as Record<number, unknown>;
  const after = text[93];
  text[93] = (Array.isArray(after) ? after : [after]).filter((c) => (c as { name?: string } | undefined)?.name !== 'gfmPotentialFootnoteCall');
  return { ...ext, text: text as Extension['text'] };
}
const IMAGE_FOOTNOTE_CALL = /!\[[\t\n\r ]*\^/;
const plainDocumentExtensions: Extension[] = [frontmatter(['yaml']), gfmWithoutImageFootnoteCall()];
const plainBodyExtensions: Extension[] = [gfmWithoutImageFootnoteCall()];

export type IntervalKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableCell' | 'link' | 'html' | 'code';

/** A node's span in the text, in document (pre-)order, so that containment follows nesting. */
export interface Interval {
  kind: IntervalKind;
  start: number;
  end: number;
}

export interface MdTable {
  start: number;
  rows: { start: number; end: number }[][];
}

export interface MdLink {
  url: string;
  offset: number;
  kind: 'link' | 'image' | 'definition';
  end: number;
}

export interface MdStructure {
  intervals: Interval[];
  tables: MdTable[];
  links: MdLink[];
  headings: { depth: number; start: number; end: number; text: string }[];
  code: { lang: string; value: string; start: number; end: number }[];
}

/** A structure as parsed (in its text's offsets), with where the labels of its images start. */
export interface ParsedStructure {
  md: MdStructure;
  /** Where the label texts of images with a resource start. */
  imageLabels: ReadonlySet<number>;
}

export interface ParseMarkdownOptions {
  /** The text is a body after front matter (parsed without the front matter extension). */
  body?: boolean;
  /**
   * Structures already parsed, by text (in the text's own offsets). The locales of a family mostly share their
   * masked structure (translations differ inside the pairs, which are masked), so each is parsed once.
   */
  memo?: Map<string, ParsedStructure>;
  /**
   * Offsets in the text of stand-ins for image alt texts (see `imageAltRegions`): the structure holds only when each
   * is there the label text of an image with a resource (`![x](…)`); otherwise `parseMarkdown` gives undefined.
   */
  imageLabelsAt?: readonly number[];
}

/**
 * Parses the (masked) text; `toOriginal` maps its offsets back to the article's. Undefined only when a stand-in of
 * `imageLabelsAt` is not an image's label (the text must then be parsed with the alt texts in place).
 */
export function parseMarkdown(text: string, toOriginal: (offset: number) => number = (o) => o, options: ParseMarkdownOptions = {}): MdStructure | undefined {
  const key = `${options.body ? 'b' : 'd'}${text}`;
  let raw = options.memo?.get(key);
  if (!raw) {
    raw = parsedStructure(text, options.body === true);
    options.memo?.set(key, raw);
  }
  const labels = raw.imageLabels;
  if (options.imageLabelsAt?.some((at) => !labels.has(at))) return undefined;
  return mapOffsets(raw.md, toOriginal);
}

/**
 * An image's alt text holding none of the characters that start or end inline syntax (code, emphasis, links, HTML,
 * entities, escapes, strikethrough, table cells, literal autolinks) nor a line break: to micromark it is plain
 * data, and `x` in its place leaves every block, inline span and offset outside it as it was.
 */
const PLAIN_IMAGE_ALT = /!\[([^\][\\`*_<>&~|:@!\r\n]+)\]\(/g;

/**
 * The alt texts of Markdown images in `text` from `from` on, outside the `excluded` regions (sorted): what the
 * locales of a family translate outside their bilingual pairs. Masked with `x` like the pairs, the masked texts of a
 * family agree more often. `parseMarkdown` checks, with `imageLabelsAt`, that each one was an image's label.
 */
export function imageAltRegions(text: string, from: number, excluded: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!text.includes('![', from)) return out;
  let next = 0;
  PLAIN_IMAGE_ALT.lastIndex = from;
  for (let m = PLAIN_IMAGE_ALT.exec(text); m; m = PLAIN_IMAGE_ALT.exec(text)) {
    const alt = m[1] as string;
    const start = m.index + 2;
    const end = start + alt.length;
    // `www.` would be a literal autolink; an alt of one character gains nothing.
    if (alt.length < 2 || /www\./i.test(alt)) continue;
    while (next < excluded.length && (excluded[next] as { end: number }).end <= start) next++;
    const ex = excluded[next];
    if (ex && ex.start < end) continue;
    out.push({ start, end });
  }
  return out;
}

function mapOffsets(md: MdStructure, to: (offset: number) => number): MdStructure {
  return {
    intervals: objectList(md.intervals.map((i) => ({ kind: i.kind, start: to(i.start), end: to(i.end) }))),
    tables: objectList(md.tables.map((t) => ({ start: to(t.start), rows: t.rows.map((row) => row.map((c) => ({ start: to(c.start), end: to(c.end) }))) }))),
    links: objectList(md.links.map((l) => ({ url: l.url, offset: to(l.offset), end: to(l.end), kind: l.kind }))),
    headings: objectList(md.headings.map((h) => ({ depth: h.depth, start: to(h.start), end: to(h.end), text: h.text }))),
    code: objectList(md.code.map((c) => ({ lang: c.lang, value: c.value, start: to(c.start), end: to(c.end) }))),
  };
}

/**
 * One parse context per syntax, made once: `parse()` combines its extensions at every call, which measured about
 * 2% of a corpus run. What a parse leaves in its context (definitions, lazy lines, footnote ids) is cleared first.
 */
function reusedParser(extensions: Extension[]): () => ParseContext {
  let parser: ParseContext | undefined;
  return () => {
    parser ??= parse({ extensions });
    parser.defined = [];
    parser.lazy = {};
    delete (parser as ParseContext & { gfmFootnotes?: unknown }).gfmFootnotes;
    return parser;
  };
}

const documentParser = reusedParser(documentExtensions);
const bodyParser = reusedParser(bodyExtensions);
const plainDocumentParser = reusedParser(plainDocumentExtensions);
const plainBodyParser = reusedParser(plainBodyExtensions);

/** micromark's events for a text: the tokens mdast-util-from-markdown would compile into a tree. */
function eventsOf(text: string, body: boolean): Event[] {
  const full = IMAGE_FOOTNOTE_CALL.test(text);
  const parser = body ? (full ? bodyParser() : plainBodyParser()) : full ? documentParser() : plainDocumentParser();
  return postprocess(parser.document().write(preprocess()(text, undefined, true)));
}

const intervalKinds: Partial<Record<string, IntervalKind>> = {
  atxHeading: 'heading',
  setextHeading: 'heading',
  paragraph: 'paragraph',
  listItem: 'listItem',
  blockQuote: 'blockquote',
  tableHeader: 'tableCell',
  tableData: 'tableCell',
  link: 'link',
  autolink: 'link',
  literalAutolink: 'link',
  htmlFlow: 'html',
  htmlText: 'html',
  codeFenced: 'code',
  codeIndented: 'code',
};

/** Tokens whose text is not part of the phrasing around them (a URL, a title, an image's alt, a footnote label). */
const notPhrasing = new Set(['image', 'resource', 'reference', 'htmlText', 'gfmFootnoteCall']);
/** Tokens whose text mdast keeps verbatim as text (or inline code) content. */
const phrasingData = new Set([
  'data',
  'characterEscapeValue',
  'codeTextData',
  'autolinkProtocol',
  'autolinkEmail',
  'literalAutolinkHttp',
  'literalAutolinkWww',
  'literalAutolinkEmail',
]);

interface OpenLink {
  entry: MdLink;
  /** A link or image is one (not a reference) when it has a resource: `[text](url)`. */
  resource: boolean;
  /** Where its label text starts (-1 before it is known). */
  labelStart: number;
}

/**
 * The structure in the text's own offsets, from micromark's events: the spans mdast-util-from-markdown would give
 * its nodes (list items included), without building the tree. `structureFromTree` is the reference.
 */
export function structureOf(text: string, body: boolean): MdStructure {
  return parsedStructure(text, body).md;
}

function parsedStructure(text: string, body: boolean): ParsedStructure {
  const imageLabels = new Set<number>();
  return { md: readEvents(withListItems(eventsOf(text, body)), imageLabels), imageLabels };
}

/** A link or image written in Markdown inside a segment's text. */
export interface InlineLink {
  url: string;
  kind: 'link' | 'image';
  /** An autolink (`<https://…>`, a bare `https://…`), not a link with a label and a resource. */
  autolink?: true;
}

/** GFM's literal autolinks (`https://…`, `www.…`) are the only GFM syntax that makes links in running text. */
const inlineParser = reusedParser([gfmAutolinkLiteral()]);
/**
 * Without `@`, `:` or `www.` no literal autolink can start (an email needs `@`, `http(s)` and the other protocols
 * `:`), and every attempt of the extension fails without a trace: CommonMark alone reads the same links, twice as
 * fast (the extension tries an email at every word).
 */
const commonmarkInlineParser = reusedParser([]);
const MAY_HOLD_LITERAL_AUTOLINK = /[@:]|www\./i;

/**
 * What can change how micromark reads a later `[`: a code span or raw HTML opened before it, an escape, or a literal
 * autolink (which would also be a link of its own).
 */
const PREFIX_THAT_MATTERS = /[`<\\@]|www\.|https?:|mailto:|xmpp:/i;

/**
 * The text from its first `[` (or `![`) on when nothing before it can matter: a quarter of the characters of the
 * texts with links are running text before the first one. Nothing is lost: only links are read, not offsets.
 */
function fromFirstBracket(text: string): string {
  const at = text.indexOf('[');
  if (at <= 0) return text;
  const start = text.charCodeAt(at - 1) === 33 ? at - 1 : at;
  return PREFIX_THAT_MATTERS.test(text.slice(0, start)) ? text : text.slice(start);
}

/**
 * A text whose only link syntax is plain `[label](destination)` and `![alt](destination)`: no character that starts
 * other inline syntax able to take a bracket or change a destination (code spans, autolinks and raw HTML, escapes,
 * character references), none that a literal autolink needs, no bracket but those of the links, no space, control
 * character, quote or parenthesis in a destination (no title, no nesting), no line break in a label. Emphasis marks do not matter: a link binds
 * tighter. Between the links any other text, parentheses included (only `](` opens a destination). Each character
 * has one way to match (a `!` before `[` only as an image's), so a text that fails is given up in linear time.
 */
const PLAIN_LINKS = /^(?:[^[\]`<>\\&@!]|!(?!\[))*(?:!?\[[^[\]`<>\\&@\r\n]*\]\([^\s()[\]`<>\\&@"'\x00-\x1f\x7f]+\)(?:[^[\]`<>\\&@!]|!(?!\[))*)+$/;
const PLAIN_LINK = /(!?)\[[^[\]]*\]\(([^)]+)\)/g;
const DESTINATION = /\]\([^)]*\)/g;

/**
 * A text that `PLAIN_LINKS` describes without its links' destinations, which are string content to micromark, never
 * text: a URL there (`[x](https://…)`, the most common link in a segment) cannot start a literal autolink. The text
 * around the links and their labels is what `MAY_HOLD_LITERAL_AUTOLINK` must look at.
 */
const withoutDestinations = (text: string): string => (text.includes(':') || /www\./i.test(text) ? text.replace(DESTINATION, '](') : text);

/**
 * The links of a text that `PLAIN_LINKS` describes, read without micromark (undefined for any other text): what
 * micromark reads there, a link or image for each `[…](…)`, the destination as written (nothing in it to decode).
 * Held to micromark's reading by `test/parse/inline-links-plain.test.ts`, and over every segment of the corpora.
 */
export function plainLinksOf(text: string): InlineLink[] | undefined {
  if (!PLAIN_LINKS.test(text) || MAY_HOLD_LITERAL_AUTOLINK.test(withoutDestinations(text))) return undefined;
  const links: InlineLink[] = [];
  for (const m of text.matchAll(PLAIN_LINK)) links.push({ url: m[2] as string, kind: m[1] === '!' ? 'image' : 'link' });
  return links;
}

/**
 * Links and images written in Markdown inside each text (a segment's half: running text, not blocks), read by
 * micromark's inline tokenizer alone, without the block parse a document would need.
 */
export function inlineLinksOf(texts: readonly string[]): InlineLink[][] {
  if (texts.length === 0) return [];
  // No `postprocess`: the text tokenizer resolves links itself at the end of its input; what postprocess would
  // add is the inside of destinations and titles (string content), and a destination is read whole.
  return texts.map((t) => {
    const plain = plainLinksOf(t);
    if (plain) return plain;
    const text = fromFirstBracket(t);
    const parser = MAY_HOLD_LITERAL_AUTOLINK.test(text) ? inlineParser() : commonmarkInlineParser();
    // A link with a resource starts at its `[` (or `![`); an autolink at its `<` or its first letter.
    return readEvents(parser.text().write(preprocess()(text, undefined, true))).links.flatMap((l): InlineLink[] =>
      l.kind === 'definition' ? [] : l.kind === 'link' && text.charCodeAt(l.offset) !== 91 ? [{ url: l.url, kind: l.kind, autolink: true }] : [{ url: l.url, kind: l.kind }],
    );
  });
}

/** A code block while its events are read: its info string and value so far. */
interface OpenCode {
  lang: string;
  value: string;
  start: number;
  end: number;
  fenced: boolean;
  /** Past the opening fence (or in an indented block): line endings belong to the value. */
  inside: boolean;
}

/** What is open while the events are read, and the structure read so far. */
interface EventReading {
  readonly out: MdStructure;
  /** Where the label texts of images with a resource start, when the caller asks. */
  readonly imageLabels: Set<number> | undefined;
  readonly links: OpenLink[];
  table: MdTable | undefined;
  row: { start: number; end: number }[] | undefined;
  heading: MdStructure['headings'][number] | undefined;
  code: OpenCode | undefined;
  /** Depth inside tokens that are not phrasing (`notPhrasing`): their text is not the heading's. */
  skip: number;
  afterHardBreak: boolean;
  /** Inside a setext heading's text, whose line endings mdast drops. */
  setextSlurp: boolean;
}

type EventHandler = (reading: EventReading, token: Token, context: TokenizeContext) => void;

/** The interval of a token, in the text's offsets. */
const spanOf = (token: Token): { start: number; end: number } => ({ start: token.start.offset, end: token.end.offset });

function enterTable(r: EventReading, token: Token): void {
  r.table = { start: token.start.offset, rows: [] };
  r.out.tables.push(r.table);
}

function enterTableRow(r: EventReading): void {
  r.row = [];
  r.table?.rows.push(r.row);
}

function enterTableCell(r: EventReading, token: Token): void {
  r.row?.push(spanOf(token));
}

function enterLinkOrImage(r: EventReading, token: Token): void {
  r.links.push({ entry: { url: '', offset: token.start.offset, end: token.end.offset, kind: token.type as 'link' | 'image' }, resource: false, labelStart: -1 });
}

function enterLabelText(r: EventReading, token: Token): void {
  const open = r.links[r.links.length - 1];
  if (open && open.labelStart < 0) open.labelStart = token.start.offset;
}

function enterResource(r: EventReading): void {
  if (r.links.length > 0) (r.links[r.links.length - 1] as OpenLink).resource = true;
}

function enterDefinition(r: EventReading, token: Token): void {
  r.out.links.push({ url: '', offset: token.start.offset, end: token.end.offset, kind: 'definition' });
}

function enterAutolink(r: EventReading, token: Token): void {
  r.out.links.push({ url: '', offset: token.start.offset, end: token.end.offset, kind: 'link' });
}

function enterHeading(r: EventReading, token: Token): void {
  r.heading = { depth: 0, start: token.start.offset, end: token.end.offset, text: '' };
  r.out.headings.push(r.heading);
}

function enterCode(r: EventReading, token: Token): void {
  const fenced = token.type === 'codeFenced';
  r.code = { lang: '', value: '', start: token.start.offset, end: token.end.offset, fenced, inside: !fenced };
}

/** What an entering token opens, by its type (a Map: token types are data, not keys of an object's prototype). */
const onEnter = new Map<string, EventHandler>([
  ['table', enterTable],
  ['tableRow', enterTableRow],
  ['tableHeader', enterTableCell],
  ['tableData', enterTableCell],
  ['link', enterLinkOrImage],
  ['image', enterLinkOrImage],
  ['labelText', enterLabelText],
  ['resource', enterResource],
  ['definition', enterDefinition],
  ['autolink', enterAutolink],
  ['literalAutolink', enterAutolink],
  ['atxHeading', enterHeading],
  ['setextHeading', enterHeading],
  ['codeFenced', enterCode],
  ['codeIndented', enterCode],
]);

function exitLineEnding(r: EventReading, token: Token, context: TokenizeContext): void {
  r.afterHardBreak = false;
  if (r.code?.inside) r.code.value += context.sliceSerialize(token);
}

function exitHardBreak(r: EventReading): void {
  r.afterHardBreak = true;
}

function exitAtxHeadingSequence(r: EventReading, token: Token): void {
  if (r.heading && r.heading.depth === 0) r.heading.depth = token.end.offset - token.start.offset;
}

function exitSetextHeadingText(r: EventReading): void {
  r.setextSlurp = true;
}

function exitSetextUnderline(r: EventReading, token: Token, context: TokenizeContext): void {
  if (r.heading) r.heading.depth = context.sliceSerialize(token).charCodeAt(0) === 61 ? 1 : 2;
}

function exitHeading(r: EventReading): void {
  r.heading = undefined;
  r.setextSlurp = false;
}

function exitTable(r: EventReading): void {
  r.table = undefined;
  r.row = undefined;
}

function exitResourceDestination(r: EventReading, token: Token, context: TokenizeContext): void {
  if (r.links.length > 0) (r.links[r.links.length - 1] as OpenLink).entry.url = decodeString(context.sliceSerialize(token));
}

function exitDefinitionDestination(r: EventReading, token: Token, context: TokenizeContext): void {
  const last = r.out.links[r.out.links.length - 1];
  if (last?.kind === 'definition') last.url = decodeString(context.sliceSerialize(token));
}

/** An autolink's URL as mdast writes it: its text, with `mailto:` or `http://` before an email or a `www.` link. */
function exitAutolinkUrl(prefix: string): EventHandler {
  return (r, token, context) => setLastUrl(r.out.links, `${prefix}${context.sliceSerialize(token)}`);
}

function exitLinkOrImage(r: EventReading, token: Token): void {
  const open = r.links.pop();
  if (!open?.resource) return;
  r.out.links.push(open.entry);
  if (token.type === 'image') r.imageLabels?.add(open.labelStart);
}

function exitFenceInfo(r: EventReading, token: Token, context: TokenizeContext): void {
  if (r.code) r.code.lang = decodeString(context.sliceSerialize(token));
}

function exitOpeningFence(r: EventReading): void {
  if (r.code) r.code.inside = true;
}

function exitCodeValue(r: EventReading, token: Token, context: TokenizeContext): void {
  if (r.code?.inside) r.code.value += context.sliceSerialize(token);
}

function exitCode(r: EventReading): void {
  const code = r.code;
  if (code) {
    // mdast drops the line ending after the opening fence and the one before the closing fence (or the end).
    const value = code.fenced ? code.value.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '') : code.value.replace(/(\r?\n|\r)$/g, '');
    r.out.code.push({ lang: code.lang, value, start: code.start, end: code.end });
  }
  r.code = undefined;
}

/** What an exiting token closes or completes, by its type. */
const onExit = new Map<string, EventHandler>([
  ['lineEnding', exitLineEnding],
  ['hardBreakEscape', exitHardBreak],
  ['hardBreakTrailing', exitHardBreak],
  ['atxHeadingSequence', exitAtxHeadingSequence],
  ['setextHeadingText', exitSetextHeadingText],
  ['setextHeadingLineSequence', exitSetextUnderline],
  ['atxHeading', exitHeading],
  ['setextHeading', exitHeading],
  ['table', exitTable],
  ['resourceDestinationString', exitResourceDestination],
  ['definitionDestinationString', exitDefinitionDestination],
  ['autolinkProtocol', exitAutolinkUrl('')],
  ['literalAutolinkHttp', exitAutolinkUrl('')],
  ['autolinkEmail', exitAutolinkUrl('mailto:')],
  ['literalAutolinkEmail', exitAutolinkUrl('mailto:')],
  ['literalAutolinkWww', exitAutolinkUrl('http://')],
  ['link', exitLinkOrImage],
  ['image', exitLinkOrImage],
  ['codeFencedFenceInfo', exitFenceInfo],
  ['codeFencedFence', exitOpeningFence],
  ['codeFlowValue', exitCodeValue],
  ['codeFenced', exitCode],
  ['codeIndented', exitCode],
]);

/** The URL of the link just listed (an autolink's, which its text gives at the token's exit). */
function setLastUrl(links: MdLink[], url: string): void {
  const last = links[links.length - 1];
  if (last) last.url = url;
}

/**
 * A heading's text grows by the phrasing each exiting token holds, as mdast's text nodes would: read before the
 * token's own handler, which may end the hard break or the setext text that decides about a line ending.
 */
function addHeadingText(r: EventReading, token: Token, context: TokenizeContext): void {
  if (!r.heading || r.skip !== 0) return;
  const type: string = token.type;
  if (phrasingData.has(type)) r.heading.text += context.sliceSerialize(token);
  else if (type === 'characterReference') r.heading.text += decodeString(context.sliceSerialize(token));
  else if (type === 'lineEnding' && !r.afterHardBreak && !r.setextSlurp) r.heading.text += context.sliceSerialize(token);
}

/**
 * What the events say: the spans, tables, links, headings and code blocks mdast would have. `imageLabels` collects
 * where the label texts of images with a resource start.
 */
function readEvents(events: readonly Event[], imageLabels?: Set<number>): MdStructure {
  // Token text is serialized by its tokenizer, as mdast does: a token's offsets can span a container prefix
  // (`> `, list indentation) that it does not hold.
  const r: EventReading = {
    out: { intervals: [], tables: [], links: [], headings: [], code: [] },
    imageLabels,
    links: [],
    table: undefined,
    row: undefined,
    heading: undefined,
    code: undefined,
    skip: 0,
    afterHardBreak: false,
    setextSlurp: false,
  };
  for (const [phase, token, context] of events) {
    const type: string = token.type;
    if (notPhrasing.has(type)) r.skip += phase === 'enter' ? 1 : -1;
    if (phase === 'enter') {
      const kind = intervalKinds[type];
      if (kind) r.out.intervals.push({ kind, start: token.start.offset, end: token.end.offset });
      onEnter.get(type)?.(r, token, context);
    } else {
      addHeadingText(r, token, context);
      onExit.get(type)?.(r, token, context);
    }
  }
  // A link is listed at its start, as a tree walk would, though a reference is only known at its end.
  r.out.links.sort((a, b) => a.offset - b.offset);
  return r.out;
}

const listTypes = new Set(['listOrdered', 'listUnordered']);
const blockContainers = new Set(['listOrdered', 'listUnordered', 'blockQuote']);
const linePrefixes = new Set(['linePrefix', 'blockQuotePrefix', 'blockQuotePrefixWhitespace', 'blockQuoteMarker', 'listItemIndent']);

/**
 * micromark has no list item token; mdast-util-from-markdown derives the items from the list's events. This is
 * its `prepareList`, run the same way (innermost list first), for the items' spans: an item starts at its prefix
 * and ends before the line endings (and prefixes) that precede the next item or the list's end.
 */
function withListItems(events: Event[]): Event[] {
  const prepared: Event[] = [];
  const listStack: number[] = [];
  for (const event of events) {
    prepared.push(event);
    if (!listTypes.has(event[1].type)) continue;
    if (event[0] === 'enter') listStack.push(prepared.length - 1);
    else prepareList(prepared, listStack.pop() as number);
  }
  return prepared;
}

function prepareList(events: Event[], start: number): void {
  const end = events.length - 1;
  let containerBalance = -1;
  let listItem: Token | undefined;
  const insertions: { at: number; event: Event }[] = [];
  for (let index = start; index <= end; index++) {
    const event = events[index] as Event;
    const type: string = event[1].type;
    if (blockContainers.has(type)) containerBalance += event[0] === 'enter' ? 1 : -1;
    const itemStarts = containerBalance === 0 && event[0] === 'enter' && type === 'listItemPrefix';
    const listEnds = containerBalance === -1 && event[0] === 'exit' && listTypes.has(type);
    if (!itemStarts && !listEnds) continue;
    if (listItem) {
      let lineIndex: number | undefined;
      for (let tailIndex = index - 1; tailIndex >= 0; tailIndex--) {
        const tail = events[tailIndex] as Event;
        const tailType: string = tail[1].type;
        if (tailType === 'lineEnding' || tailType === 'lineEndingBlank') {
          if (tail[0] === 'exit') continue;
          if (lineIndex) (events[lineIndex] as Event)[1].type = 'lineEndingBlank';
          tail[1].type = 'lineEnding';
          lineIndex = tailIndex;
        } else if (!linePrefixes.has(tailType)) break;
      }
      listItem.end = { ...(lineIndex ? (events[lineIndex] as Event)[1].start : event[1].end) };
      insertions.push({ at: lineIndex || index, event: ['exit', listItem, event[2]] });
    }
    if (itemStarts) {
      // `listItem` is no micromark token type: mdast-util-from-markdown declares it, and only the tests load its types.
      listItem = { type: 'listItem', start: { ...event[1].start }, end: { ...event[1].start } } as unknown as Token;
      insertions.push({ at: index, event: ['enter', listItem, event[2]] });
    }
  }
  const listEvents = events.splice(start);
  let insertion = 0;
  for (let index = 0; index < listEvents.length; index++) {
    while (insertion < insertions.length && (insertions[insertion] as { at: number }).at === start + index) {
      events.push((insertions[insertion++] as { event: Event }).event);
    }
    events.push(listEvents[index] as Event);
  }
}

// The Markdown structure of an article from one frozen unified processor (remark-parse + GFM + front matter).
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Built once, frozen: every article is parsed by the same processor. */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
/** For an article body whose front matter was read already: a `---` block there is not front matter. */
const bodyProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

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

export interface MdStructure {
  intervals: Interval[];
  tables: MdTable[];
  links: { url: string; offset: number; kind: 'link' | 'image' | 'definition'; end: number }[];
  headings: { depth: number; start: number; end: number; text: string }[];
  code: { lang: string; value: string; start: number; end: number }[];
}

const kinds: Partial<Record<MdNodes['type'], IntervalKind>> = {
  heading: 'heading',
  paragraph: 'paragraph',
  listItem: 'listItem',
  blockquote: 'blockquote',
  tableCell: 'tableCell',
  link: 'link',
  linkReference: 'link',
  html: 'html',
  code: 'code',
};

/** Plain text of an mdast node (text and inline code values), without HTML. */
function plainText(node: MdNodes): string {
  let out = '';
  const stack: MdNodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as MdNodes;
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as MdNodes);
  }
  return out;
}

export interface ParseMarkdownOptions {
  /** The text is a body after front matter (parsed without the front matter extension). */
  body?: boolean;
  /**
   * Structures already parsed, by text (in the text's own offsets). The locales of a family mostly share their
   * masked structure (translations differ inside the pairs, which are masked), so each is parsed once.
   */
  memo?: Map<string, MdStructure>;
}

/** Parses the (masked) text; `toOriginal` maps its offsets back to the article's. */
export function parseMarkdown(text: string, toOriginal: (offset: number) => number = (o) => o, options: ParseMarkdownOptions = {}): MdStructure {
  const key = `${options.body ? 'b' : 'd'}${text}`;
  let raw = options.memo?.get(key);
  if (!raw) {
    raw = parseRaw(text, options.body ? bodyProcessor : markdownProcessor);
    options.memo?.set(key, raw);
  }
  return mapOffsets(raw, toOriginal);
}

function mapOffsets(md: MdStructure, to: (offset: number) => number): MdStructure {
  return {
    intervals: md.intervals.map((i) => ({ kind: i.kind, start: to(i.start), end: to(i.end) })),
    tables: md.tables.map((t) => ({ start: to(t.start), rows: t.rows.map((row) => row.map((c) => ({ start: to(c.start), end: to(c.end) }))) })),
    links: md.links.map((l) => ({ url: l.url, offset: to(l.offset), end: to(l.end), kind: l.kind })),
    headings: md.headings.map((h) => ({ depth: h.depth, start: to(h.start), end: to(h.end), text: h.text })),
    code: md.code.map((c) => ({ lang: c.lang, value: c.value, start: to(c.start), end: to(c.end) })),
  };
}

/** The structure in the text's own offsets. */
function parseRaw(text: string, processor: typeof markdownProcessor): MdStructure {
  const tree = processor.parse(text) as MdRoot;
  const out: MdStructure = { intervals: [], tables: [], links: [], headings: [], code: [] };
  const stack: MdNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNodes;
    const rawStart = node.position?.start.offset;
    const rawEnd = node.position?.end.offset;
    if (rawStart !== undefined && rawEnd !== undefined) {
      const start = rawStart;
      const end = rawEnd;
      const kind = kinds[node.type];
      if (kind) out.intervals.push({ kind, start, end });
      switch (node.type) {
        case 'table':
          out.tables.push({
            start,
            rows: node.children.map((row) =>
              row.children.map((cell) => ({
                start: cell.position?.start.offset ?? rawStart,
                end: cell.position?.end.offset ?? rawStart,
              })),
            ),
          });
          break;
        case 'link':
        case 'image':
        case 'definition':
          out.links.push({ url: node.url, offset: start, end, kind: node.type });
          break;
        case 'heading':
          out.headings.push({ depth: node.depth, start, end, text: plainText(node) });
          break;
        case 'code':
          out.code.push({ lang: node.lang ?? '', value: node.value, start, end });
          break;
        default:
          break;
      }
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as MdNodes);
  }
  return out;
}

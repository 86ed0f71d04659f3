// The Markdown structure of an article from one frozen unified processor (remark-parse + GFM + front matter).
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Built once, frozen: every article is parsed by the same processor. */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

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

/** Parses the (masked) text; `toOriginal` maps its offsets back to the article's. */
export function parseMarkdown(text: string, toOriginal: (offset: number) => number = (o) => o): MdStructure {
  const tree = markdownProcessor.parse(text) as MdRoot;
  const out: MdStructure = { intervals: [], tables: [], links: [], headings: [], code: [] };
  const stack: MdNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNodes;
    const rawStart = node.position?.start.offset;
    const rawEnd = node.position?.end.offset;
    if (rawStart !== undefined && rawEnd !== undefined) {
      const start = toOriginal(rawStart);
      const end = toOriginal(rawEnd);
      const kind = kinds[node.type];
      if (kind) out.intervals.push({ kind, start, end });
      switch (node.type) {
        case 'table':
          out.tables.push({
            start,
            rows: node.children.map((row) =>
              row.children.map((cell) => ({
                start: toOriginal(cell.position?.start.offset ?? rawStart),
                end: toOriginal(cell.position?.end.offset ?? rawStart),
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

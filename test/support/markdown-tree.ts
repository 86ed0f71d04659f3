// The reference reading of the Markdown structure: remark's mdast tree, which the event reading is tested against.
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { IntervalKind, MdStructure } from '../../src/parse/markdown.js';

/**
 * Built once, frozen: the reference reading of the structure (`structureFromTree`) and the baseline
 * `npm run bench -- --remark` measures against. Kept out of `src/` so that runs (and every worker) never load
 * remark's tree builder, and remark stays a dev dependency: only tests and the benchmark use it.
 */
export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
/** For an article body whose front matter was read already: a `---` block there is not front matter. */
const bodyProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

const treeKinds: Partial<Record<MdNodes['type'], IntervalKind>> = {
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

/**
 * The same structure read from the mdast tree remark builds: slower (the whole tree, then the GFM autolink
 * transform), kept as the reference the event reading is tested against.
 */
export function structureFromTree(text: string, body: boolean): MdStructure {
  const tree = (body ? bodyProcessor : markdownProcessor).parse(text) as MdRoot;
  const out: MdStructure = { intervals: [], tables: [], links: [], headings: [], code: [] };
  const stack: MdNodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as MdNodes;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) {
      const kind = treeKinds[node.type];
      if (kind) out.intervals.push({ kind, start, end });
      switch (node.type) {
        case 'table':
          out.tables.push({
            start,
            rows: node.children.map((row) =>
              row.children.map((cell) => ({ start: cell.position?.start.offset ?? start, end: cell.position?.end.offset ?? start })),
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

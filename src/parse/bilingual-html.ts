// What the HTML of an article gives (pairs, anchors, links, tables, problems) and the readers of its elements.
import { type Element, type Nodes, type Parents, findElement, hasClass, isElement, prop, textOf } from './hast-walk.js';

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

/** An extract with nothing found yet. */
export const emptyExtract = (): HtmlExtract => ({ pairs: [], anchors: [], links: [], tables: [], problems: [] });

/** Anchors, links and tables in document order, however the readings found them. */
export function sortByOffset(out: HtmlExtract): HtmlExtract {
  out.anchors.sort((a, b) => a.offset - b.offset);
  out.links.sort((a, b) => a.offset - b.offset);
  out.tables.sort((a, b) => a.start - b.start);
  return out;
}

/** A pair's record; the Markdown readings of its halves only when they differ from the texts. */
export function rawPair(
  pair: Omit<RawPair, 'targetMarkdown' | 'sourceMarkdown'>,
  targetMarkdown: string | undefined,
  sourceMarkdown: string | undefined,
): RawPair {
  return {
    id: pair.id,
    target: pair.target,
    source: pair.source,
    ...(targetMarkdown !== undefined ? { targetMarkdown } : {}),
    ...(sourceMarkdown !== undefined ? { sourceMarkdown } : {}),
    start: pair.start,
    end: pair.end,
    sourceStart: pair.sourceStart,
    targetTextStart: pair.targetTextStart,
    sourceTextStart: pair.sourceTextStart,
    inHtmlCell: pair.inHtmlCell,
  };
}

export const isTtu = (e: Element): boolean => e.tagName === 'span' && e.properties['dataTtuId'] !== undefined;
export const isStu = (e: Element): boolean => e.tagName === 'span' && e.properties['dataStuId'] !== undefined;
export const isLookup = (e: Element): boolean => e.tagName === 'span' && hasClass(e, 'sxs-lookup');
export const containsPairSpan = (e: Element): boolean => findElement(e, (d) => isTtu(d) || isLookup(d)) !== undefined;

export function startOf(node: Nodes): number | undefined {
  return node.position?.start.offset;
}

/** Offset just after the opening tag that starts at `start`. */
export function afterTag(text: string, start: number): number {
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

/** What one element adds to the article: anchors (`<a name>`, any `id`), a link, an image or a table. */
export function collectElement(element: Element, offset: number, out: HtmlExtract, at?: (offset: number) => number): void {
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
export function collectElements(root: Parents, base: number | ((offset: number) => number), out: HtmlExtract, cells?: { start: number; end: number }[]): void {
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

// The reference reading: the whole article as one HTML tree, for every unusual case; broken pairs become problems.
import { fromHtml } from 'hast-util-from-html';
import {
  type HtmlExtract,
  type Located,
  afterTag,
  collectElement,
  containsPairSpan,
  emptyExtract,
  isLookup,
  isStu,
  isTtu,
  rawPair,
  sortByOffset,
  startOf,
} from './bilingual-html.js';
import { markdownOfHalf } from './bilingual-halves.js';
import { LT_PLACEHOLDER, restoreLt } from './bilingual-prepare.js';
import { type Element, type Nodes, type Parents, findElement, isElement, prop, textOf } from './hast-walk.js';

/** One walk over the tree: what it found, the problems it located and the nodes still to visit. */
interface TreeWalk {
  readonly text: string;
  readonly prepared: string;
  readonly out: HtmlExtract;
  readonly located: Located[];
  /** `sxs-lookup` spans read as a pair's source half (any other is a source without its translation). */
  readonly consumed: Set<Element>;
  readonly stack: { node: Parents; inCell: boolean }[];
}

/**
 * Parses the whole article (`prepared` by `prepareForHtml`) once as an HTML fragment (Markdown is just text to the
 * HTML parser) and lifts out every bilingual pair. Slower than the fast path, and the reference for every unusual
 * case: broken pairs (unclosed spans, a translation without its source) become problems.
 */
export function extractFromTree(text: string, prepared: string): HtmlExtract {
  const located: Located[] = [];
  const tree = htmlTreeOf(prepared, located);
  const walk: TreeWalk = { text, prepared, out: emptyExtract(), located, consumed: new Set(), stack: [{ node: tree, inCell: false }] };
  walkTree(walk);
  walk.out.pairs.sort((a, b) => a.start - b.start);
  walk.out.problems = located.filter((l) => !intactInText(text, l));
  return sortByOffset(walk.out);
}

/** The article's HTML tree; nested too deep for the tree builder, a tree of fewer tags, and a `too-deep` problem. */
function htmlTreeOf(prepared: string, located: Located[]): ReturnType<typeof fromHtml> {
  try {
    return fromHtml(prepared, { fragment: true });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  // HTML nested thousands deep overflows the tree builder's recursion. Read the pairs again with every tag but
  // the bilingual spans (and links) turned into text, and say so: tables and anchors in this file are not read.
  located.push({ offset: 0, key: 'too-deep', messageId: 'too-deep', data: {} });
  try {
    return fromHtml(prepared.replace(/<(?!\/?(?:span|a)\b)(?=[!/?A-Za-z])/gi, LT_PLACEHOLDER), { fragment: true });
  } catch (again) {
    if (!(again instanceof RangeError)) throw again;
  }
  // Nested thousands deep in plain spans themselves: only the spans that carry a pair's attributes stay tags.
  return fromHtml(prepared.replace(/<(?!\/?a\b)(?!\/span\b)(?!span\s[^<>]{0,200}?(?:data-ttu-id|data-stu-id|sxs-lookup))(?=[!/?A-Za-z])/gi, LT_PLACEHOLDER), {
    fragment: true,
  });
}

/** Every element below the stack's nodes, iteratively (deep HTML cannot overflow the call stack). */
function walkTree(walk: TreeWalk): void {
  while (walk.stack.length > 0) {
    const { node, inCell } = walk.stack.pop() as { node: Parents; inCell: boolean };
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i] as Nodes;
      if (child.type !== 'element') continue;
      if (isTtu(child)) i = readTranslationSpan(walk, children, i, inCell);
      else readOtherElement(walk, child, inCell);
    }
  }
}

/**
 * A translation span at `children[i]` and, when it has one, its source partner: the pair, or the problem. Returns
 * the index of the last child read (the partner's, or `i`).
 */
function readTranslationSpan(walk: TreeWalk, children: readonly Nodes[], i: number, inCell: boolean): number {
  const child = children[i] as Element;
  const offset = startOf(child) ?? 0;
  const id = prop(child, 'dataTtuId') ?? '';
  if (containsPairSpan(child)) {
    readUnclosedTranslation(walk, child, id, offset, inCell);
    return i;
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
    walk.located.push({ offset, key: `no-source:${id}`, messageId: 'missing-source', data: { id } });
    return i;
  }
  readPair(walk, child, partner, stu, id, offset, inCell);
  return j;
}

/** An unclosed translation span swallows the pairs after it: report it, then read what it swallowed. */
function readUnclosedTranslation(walk: TreeWalk, child: Element, id: string, offset: number, inCell: boolean): void {
  walk.located.push({ offset, key: `unclosed:${id}`, messageId: 'unclosed-span', data: { id } });
  // Its own source half, swallowed with the rest, is not an orphan source.
  const own = findElement(child, (e) => isTtu(e) || isLookup(e));
  if (own && isLookup(own) && prop(findElement(own, isStu) ?? own, 'dataStuId') === id) walk.consumed.add(own);
  walk.stack.push({ node: child, inCell });
}

/** The pair of a translation span (`child`) and its `sxs-lookup` partner holding the source span `stu`. */
function readPair(walk: TreeWalk, child: Element, partner: Element, stu: Element, id: string, offset: number, inCell: boolean): void {
  const { text, prepared, located } = walk;
  walk.consumed.add(partner);
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
  const fields = {
    id,
    target: targetText,
    source: sourceText,
    start: offset,
    end: end ?? sourceStart,
    sourceStart,
    targetTextStart: afterTag(text, offset),
    sourceTextStart: afterTag(text, sourceStart),
    inHtmlCell: inCell,
  };
  walk.out.pairs.push(rawPair(fields, targetMarkdown, sourceMarkdown));
  if (containsPairSpan(stu) || findElement(partner, isTtu)) {
    located.push({ offset: sourceStart, key: `unclosed-source:${id}`, messageId: 'unclosed-span', data: { id } });
  }
  // Anchors (`<a name>`), links and images inside either half belong to the article too.
  walk.stack.push({ node: partner, inCell }, { node: child, inCell });
}

/** Any element but a translation span: a source without its translation, or what it adds (anchors, links, tables). */
function readOtherElement(walk: TreeWalk, child: Element, inCell: boolean): void {
  const offset = startOf(child) ?? 0;
  if (isLookup(child) && !walk.consumed.has(child)) {
    const stu = findElement(child, isStu);
    const id = stu ? (prop(stu, 'dataStuId') ?? '') : '';
    walk.located.push({ offset, key: `no-target:${id}`, messageId: 'missing-target', data: { id } });
  } else {
    collectElement(child, offset, walk.out);
  }
  walk.stack.push({ node: child, inCell: inCell || child.tagName === 'td' || child.tagName === 'th' });
}

/** `markdownOfHalf` for a half of the tree reading: its inner text when the span is closed where the tree ends it. */
function markdownOfElement(prepared: string, span: Element, text: string): string | undefined {
  const start = span.position?.start.offset;
  const end = span.position?.end.offset;
  if (start === undefined || end === undefined || !text.includes('](') || prepared.slice(end - 7, end) !== '</span>') return undefined;
  return markdownOfHalf(prepared.slice(afterTag(prepared, start), end - 7), text);
}

/**
 * The HTML tree builder repairs misnested inline tags (`<em>` across pairs, a lone `</div>`) by moving elements,
 * which can part a pair that is intact in the text. Such pairs are not reported as broken.
 */
function intactInText(text: string, l: Located): boolean {
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
}

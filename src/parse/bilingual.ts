// Bilingual pairs, HTML anchors, links and tables of an article: the fast path, else the whole article as one tree.
import { extractWellFormed, type HtmlMemo } from './bilingual-fast.js';
import type { HtmlExtract } from './bilingual-html.js';
import { prepareForHtml } from './bilingual-prepare.js';
import { extractFromTree } from './bilingual-tree.js';

export { type HtmlMemo, newHtmlMemo } from './bilingual-fast.js';
export type { HtmlExtract, RawPair } from './bilingual-html.js';

/**
 * Bilingual pairs, anchors, links and HTML tables of an article. Well-formed pairs (the common case) are lifted
 * out by a tokenizer with exact offsets and only the rest of the article goes through the HTML parser; anything
 * unusual (a broken pair, a pair in a comment, markup the tree builder could move) reads the whole article as
 * one HTML tree instead, which is what the tokenizer's result always equals on well-formed input.
 */
export function extractHtml(text: string, memo?: HtmlMemo): HtmlExtract {
  const prepared = prepareForHtml(text);
  return extractWellFormed(text, prepared, memo) ?? extractFromTree(text, prepared);
}

/** The reference reading (whole article as one HTML tree), for tests that hold the fast path to it. */
export function extractHtmlFromTree(text: string): HtmlExtract {
  return extractFromTree(text, prepareForHtml(text));
}

/** The fast path alone: undefined when it leaves the article to the tree reading. For tests. */
export function extractHtmlWellFormed(text: string, memo?: HtmlMemo): HtmlExtract | undefined {
  return extractWellFormed(text, prepareForHtml(text), memo);
}

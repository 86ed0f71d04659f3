// The text of one half of a pair, and its Markdown reading, as the HTML parser and micromark would give them.
import { decodeHTML } from 'entities';
import { fromHtml } from 'hast-util-from-html';
import { textOf } from './hast-walk.js';
import { restoreLt } from './bilingual-prepare.js';

/** Text without tags as the HTML parser gives it: line endings normalized, character references decoded. */
export const decodeText = (s: string): string => (/[&\r]/.test(s) ? decodeHTML(s.replace(/\r\n?/g, '\n')) : s);

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
export function markdownOfHalf(inner: string, text: string): string | undefined {
  if (!inner.includes('&') || !text.includes('](') || /[\uE001-\uE07F]/.test(inner)) return undefined;
  LINK_SYNTAX_REFERENCE.lastIndex = 0;
  if (!LINK_SYNTAX_REFERENCE.test(inner)) return undefined;
  const shielded = inner.replace(LINK_SYNTAX_REFERENCE, (ref) => String.fromCharCode(STAND_IN_BASE + referenceCode(ref)));
  const decoded = shielded.includes('<') ? (simpleMarkupText(shielded) ?? textOf(fromHtml(shielded, { fragment: true }))) : decodeText(shielded);
  return restoreLt(decoded).replace(STAND_INS, (c) => `&#${c.charCodeAt(0) - STAND_IN_BASE};`);
}

// The article made safe for the HTML parser: same length, offsets kept, nothing a tag could swallow.

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
/** The half's text with the `<` that `neutralizeTextLessThan` replaced. */
export const restoreLt = (s: string): string => (s.includes(LT_PLACEHOLDER) ? s.replaceAll(LT_PLACEHOLDER, '<') : s);

// Elements whose content the HTML parser reads as raw text, swallowing any pair after an unclosed one.
const RAW_TEXT = /<(?=(?:script|style|textarea|title|xmp|plaintext|noscript|iframe|noembed|noframes)\b)/gi;

/**
 * The article as the HTML parser is given it: code blanked, raw-text elements and text `<` neutralized. Same length
 * as the article everywhere, so every offset stays the article's.
 */
export function prepareForHtml(text: string): string {
  return neutralizeTextLessThan(blankFencedCode(text).replace(RAW_TEXT, ' '));
}

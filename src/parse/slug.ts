// Heading ids as the docs sites build them: DocFX (Markdig's AutoIdentifiers, GitHub option) and GitHub itself.
//
// Both read the heading's rendered text (Markdown syntax gone, references decoded), lower-case it, turn each space
// into a hyphen and drop what is not a letter or digit, `-` or `_`. Nothing is trimmed and runs of hyphens stay
// (`# 🚀 Emoji` → `-emoji`, `A - B` → `a---b`). A repeated id gets `-1`, `-2`… (the first free one). They differ at
// the edges: Markdig keeps only letters and decimal digits of one UTF-16 unit (no combining marks, no letter outside
// the BMP) and names an empty heading `section`; github-slugger keeps marks and letter numbers too.
import { decodeHTML } from 'entities';
import { micromark } from 'micromark';

export type SlugFlavor = 'docfx' | 'github';

const DOCFX_KEEP = /[\p{L}\p{Nd}_-]/u;
// What github-slugger removes is every category but letters, marks, decimal and letter numbers, connector
// punctuation (`_`), and the space and hyphen themselves.
const GITHUB_DROP = /[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc} -]/gu;

/** The id one heading's rendered text gives, before duplicates are numbered. */
export function slugify(text: string, flavor: SlugFlavor = 'docfx'): string {
  if (flavor === 'github') return text.toLowerCase().replace(GITHUB_DROP, '').replace(/ /g, '-');
  let out = '';
  // Per UTF-16 unit, as .NET's `char.IsLetterOrDigit`: a surrogate half (emoji, astral letters) is neither.
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === ' ') out += '-';
    else if (DOCFX_KEEP.test(c)) out += c.toLowerCase();
  }
  return out === '' ? 'section' : out;
}

/** Numbers repeated ids within one article, as both sites do: the second `Same` is `same-1`. */
export class Slugger {
  private readonly seen = new Set<string>();
  constructor(private readonly flavor: SlugFlavor) {}

  slug(text: string): string {
    const base = slugify(text, this.flavor);
    let id = base;
    for (let n = 1; this.seen.has(id); n++) id = `${base}-${n}`;
    this.seen.add(id);
    return id;
  }
}

/** Markdown syntax that can change a text's rendering (emphasis, code, links, escapes, autolinks, references). */
const INLINE_SYNTAX = /[*_`[\]\\<&!~]/;

/**
 * The text a heading's Markdown renders to: `valid heading with _emphasis_` → `valid heading with emphasis`,
 * `[Link](x.md)` → `Link`, an image → its alt text, `\_` → `_`. `text` is a bilingual half's text, which the HTML
 * reading has already decoded: its `<` and `&` are text, not markup.
 */
export function renderedText(text: string): string {
  if (!INLINE_SYNTAX.test(text)) return text;
  // Read as the content of one ATX heading (inline syntax only), its own `<` and `&` kept as text.
  let body = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\s+/g, ' ').trim();
  // A trailing ` #` would close the heading: keep it as text.
  if (/(^|\s)#+$/.test(body)) body = body.replace(/#$/, '\\#');
  const html = micromark(`# ${body}`);
  return decodeHTML(
    html
      .replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/g, '$1')
      .replace(/<[^>]*>/g, '')
      .trim(),
  );
}

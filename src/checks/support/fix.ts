// Fixes (`--fix`): a replacement inside the translated half of one segment, offered only when it is unambiguous.
// The checks say what to replace with what; this module finds where, once, in the translated span, or gives no fix.
import type { Article, Fix, FixType, LinkRef, Segment, TableCell } from '../../model.js';
import type { LineIndex } from '../../parse/lines.js';
import type { FactIssue } from './fact-compare.js';
import { localeInUrl, localeNeutral } from './urls.js';

/** The article's text and lines, when the check has them (article scope): the fix's place is then exact. */
export interface FixText {
  readonly text: string;
  readonly lines: LineIndex;
}

const WORD = /[\p{L}\p{N}_]/u;

/** Whether `old` at `at` in `text` stands alone: not continued by a letter or digit, nor by a number's separator and digit. */
function standsAlone(text: string, at: number, old: string): boolean {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + old.length);
  if (WORD.test(old.charAt(0)) && WORD.test(before)) return false;
  if (WORD.test(old.charAt(old.length - 1)) && WORD.test(after)) return false;
  // A number inside a longer one (`8,3` in `18,3` or `8,35`, `8,3` in `1.8,3`).
  if (/\d/.test(old.charAt(0)) && /[.,]/.test(before) && /\d/.test(text.charAt(at - 2))) return false;
  if (/\d/.test(old.charAt(old.length - 1)) && /[.,]/.test(after) && /\d/.test(text.charAt(at + old.length + 1))) return false;
  return true;
}

/** Link destinations and URLs blanked to spaces of the same length: a name in a URL is not prose to repair. */
const proseMask = (text: string): string =>
  text.replace(/\]\([^)]*\)/g, (m) => ' '.repeat(m.length)).replace(/[a-z][a-z0-9+.-]*:\/\/[^\s)\]"'<>]+/gi, (m) => ' '.repeat(m.length));

/** The single place of `old` in `text` (standing alone when `token`), or -1 when it is nowhere or more than once. */
function onlyPlace(text: string, old: string, token: boolean): number {
  let found = -1;
  for (let at = text.indexOf(old); at >= 0; at = text.indexOf(old, at + 1)) {
    if (token && !standsAlone(text, at, old)) continue;
    if (found >= 0) return -1;
    found = at;
  }
  return found;
}

const NAME_CHAR = /[\p{L}\p{N}_.\-\\]/u;

/**
 * Whether the whole name around the replaced part (`msRTCSIP-Msrtcsip-connectionpoint` around `connectionpoint`),
 * once repaired, is a name of the English: a part of a longer dotted or dashed name is repaired only when the result
 * is what the English writes, never into a hybrid.
 */
function wholeNameInEnglish(segment: Segment, i: number, old: string, replacement: string): boolean {
  const t = segment.target;
  let from = i;
  while (from > 0 && NAME_CHAR.test(t.charAt(from - 1))) from--;
  let to = i + old.length;
  while (to < t.length && NAME_CHAR.test(t.charAt(to))) to++;
  let whole = `${t.slice(from, i)}${replacement}${t.slice(i + old.length, to)}`;
  whole = whole.replace(/^[.\-\\]+|[.\-\\]+$/g, '');
  return whole === replacement || segment.source.includes(whole);
}

const SPAN_BETWEEN = '</span><span class="sxs-lookup">';

const offsetOf = (lines: LineIndex, line: number, column: number): number => (lines.starts[line - 1] ?? Number.NaN) + column - 1;

/**
 * A fix replacing `old` with `replacement` in a segment's translation, or undefined when it is not unambiguous: `old`
 * must stand exactly once in the translation (outside link destinations unless `inUrl`), on one line, and, when the
 * article text is known, exactly once in the span's text as written too.
 */
export function fixInSegment(
  segment: Segment,
  old: string,
  replacement: string,
  type: FixType,
  at?: FixText,
  opts: { token?: boolean; inUrl?: boolean; whole?: boolean } = {},
): Fix | undefined {
  // Markup or a character reference is never written or replaced: only plain text.
  if (old === '' || old === replacement || /[\r\n<>&]/.test(old) || /[\r\n<>&]/.test(replacement)) return undefined;
  const token = opts.token ?? true;
  const target = segment.target;
  const i = onlyPlace(target, old, token);
  if (i < 0) return undefined;
  if (!opts.inUrl && onlyPlace(proseMask(target), old, token) !== i) return undefined;
  if (opts.whole && !wholeNameInEnglish(segment, i, old, replacement)) return undefined;
  const base = {
    type,
    old,
    text: replacement,
    spanLine: segment.targetTextLine,
    spanColumn: segment.targetTextColumn,
    sourceLine: segment.sourceLine,
    sourceColumn: segment.sourceColumn,
  };
  if (at) {
    const start = offsetOf(at.lines, segment.targetTextLine, segment.targetTextColumn);
    const sourceStart = offsetOf(at.lines, segment.sourceLine, segment.sourceColumn);
    const end = at.text.lastIndexOf('</span>', sourceStart);
    if (!(start >= 0 && end >= start)) return undefined;
    const raw = at.text.slice(start, end);
    const j = onlyPlace(raw, old, token);
    if (j < 0) return undefined;
    const pos = at.lines.position(start + j);
    return { ...base, line: pos.line, column: pos.column, endColumn: pos.column + old.length };
  }
  // Without the text (family checks): the span's text as written is taken to be the decoded one before the token;
  // a character reference there would move it, and the fix is then refused when it is applied.
  const before = target.slice(0, i);
  if (/[\r\n&<>]/.test(before)) return undefined;
  // The span as written is exactly as long as its decoded text (no tag, no character reference in it) only when its
  // closing `</span><span class="sxs-lookup">` ends where the English span opens.
  if (segment.sourceLine !== segment.targetTextLine || segment.sourceColumn - segment.targetTextColumn - SPAN_BETWEEN.length !== target.length) return undefined;
  const column = segment.targetTextColumn + i;
  return { ...base, line: segment.targetTextLine, column, endColumn: column + old.length };
}

/** fact-mismatch: a token with blanks inserted, a name re-cased, a version written with the locale's separator. */
export function factFix(issue: FactIssue, segment: Segment, at?: FixText): Fix | undefined {
  const { actual, expected } = issue;
  if (actual === undefined || actual === expected || !segment.source.includes(expected)) return undefined;
  if (issue.kind === 'mangled') {
    // One to one: the mangled form is the token with blanks inserted, nothing else.
    if (actual.replace(/[ \t]/g, '') !== expected || !/[ \t]/.test(actual)) return undefined;
    // Standing alone, and the whole name then the English's: `C: \\ Programmdateien` is not `C:\\Program`.
    return fixInSegment(segment, actual, expected, 'mangled', at, { whole: true });
  }
  if (issue.kind === 'case-changed') {
    if (!['cmdlet', 'identifier', 'parameter'].includes(issue.factKind) || actual.toLowerCase() !== expected.toLowerCase()) return undefined;
    return fixInSegment(segment, actual, expected, 'case-changed', at, { whole: true });
  }
  if (issue.kind === 'changed' && issue.factKind === 'version') {
    // Only the separators differ (`8,3` for `8.3`): the same version, written the locale's way.
    if (!/^\d+(?:\.\d+)+$/.test(expected) || actual.replace(/,/g, '.') !== expected) return undefined;
    return fixInSegment(segment, actual, expected, 'version', at);
  }
  return undefined;
}

/** table-divergence: the translated name in a record table's first column, replaced by the English one. */
export function tableIdentifierFix(article: Article, cell: TableCell, source: string, text: string): Fix | undefined {
  if (cell.segments.length !== 1) return undefined;
  const segment = article.segments[cell.segments[0] as number];
  if (!segment) return undefined;
  if (segment.source.replace(/\*\*/g, '').trim() !== source || segment.target.replace(/\*\*/g, '').trim() !== text) return undefined;
  return fixInSegment(segment, text, source, 'table-identifier', undefined, { token: false });
}

/**
 * stale-link `foreign-locale`: a link of the translation with a locale (`/en-us/`) where its English half has the
 * same link without one: the English's URL. Only when the English half has exactly one such URL.
 */
export function linkLocaleFix(article: Article, link: LinkRef): Fix | undefined {
  if (link.side !== 'target' || link.segment === undefined) return undefined;
  const segment = article.segments[link.segment];
  if (!segment) return undefined;
  const neutral = localeNeutral(link.url);
  const english = new Set(article.links.filter((l) => l.side === 'source' && l.segment === link.segment && localeNeutral(l.url) === neutral).map((l) => l.url));
  if (english.size !== 1) return undefined;
  const url = [...english][0] as string;
  if (url === link.url || localeInUrl(url) !== undefined || !segment.source.includes(url)) return undefined;
  return fixInSegment(segment, link.url, url, 'link-locale', undefined, { token: false, inUrl: true });
}

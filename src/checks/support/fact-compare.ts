// Compares the facts of a segment's source with its target: kept, mangled, changed, missing or added.
import { type Fact, SUPERSCRIPT_DIGIT, dateKey, foldDigits, markupCounts, separators } from '../../parse/facts.js';
import { type InlineLink, inlineLinksOf } from '../../parse/markdown.js';
import { BROKEN_LINK_IN_ENGLISH, brokenLinkTo, withLowerHost } from './urls.js';
import { objectList } from '../../parse/object-list.js';
import { spellsOut } from '../../parse/spelled-numbers.js';

export type FactIssueKind = 'mangled' | 'changed' | 'case-changed' | 'missing' | 'extra' | 'markup' | 'unit-dropped' | 'debris';

export interface FactIssue {
  kind: FactIssueKind;
  /** The source token (or the markup kind). */
  expected: string;
  /** What the translation has instead, when something stands in its place. */
  actual?: string;
  factKind: string;
  /** The English half is the altered form (its link markup broken, a token with blanks inserted): the evidence. */
  englishDamaged?: string;
}

/**
 * The one maker of a `FactIssue`: every issue has the same keys in the same order (absent ones undefined), so the
 * checks that read issues see one object shape and V8 does not recompile them for another.
 */
function factIssue(kind: FactIssueKind, expected: string, actual: string | undefined, factKind: string, englishDamaged?: string): FactIssue {
  return { kind, expected, actual, factKind, englishDamaged };
}

export interface CompareOptions {
  locale: string;
  /** Facts whose text matches any of these are not compared. */
  ignore?: readonly { test(text: string): boolean }[];
  /** Identifiers a translation may change (product names that are localized on purpose). */
  allowIdentifiers?: ReadonlySet<string>;
  /** Per-locale separators overriding CLDR: `{ "de-DE": { "decimal": ",", "group": "." } }`. */
  numberRules?: Readonly<Record<string, { decimal?: string; group?: string }>>;
  /** Skip identifier facts (the first column of a data table is table-divergence's). */
  skipIdentifiers?: boolean;
  /** The links read at parse time inside the source and the target (else read here from texts with a `](`). */
  links?: { readonly source: readonly InlineLink[]; readonly target: readonly InlineLink[] };
}

// Kinds a translation must never add on its own: a new URL, GUID or cmdlet is a wrong fact, not style.
const STRONG_EXTRA = new Set(['url', 'email', 'guid', 'ip', 'cmdlet', 'hash']);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NON_ASCII = /[^\x00-\x7f]/;
// NFKC and the narrow spaces only touch non-ASCII text: most sources are ASCII and are returned as they are.
const norm = (s: string): string => (NON_ASCII.test(s) ? s.normalize('NFKC').replace(/[\u00a0\u202f\u2009]/g, ' ') : s);

/** The token with blanks inserted between its characters (`AdDO…EA = =`, `H. 264`, `litwareinc \ pilar`). */
let blanklessOf: { target: string; blankless: string; at: Int32Array } = { target: '', blankless: '', at: new Int32Array(0) };

/** The target without spaces and tabs, and where each of its characters stands in the target (kept for the next token). */
function blankless(target: string): { blankless: string; at: Int32Array } {
  if (blanklessOf.target !== target) {
    const at = new Int32Array(target.length);
    let n = 0;
    for (let i = 0; i < target.length; i++) {
      const c = target.charCodeAt(i);
      if (c !== 32 && c !== 9) at[n++] = i;
    }
    blanklessOf = { target, blankless: target.replace(/[ \t]/g, ''), at };
  }
  return blanklessOf;
}

/**
 * The first copy of `token` in `target` with at most three blanks between any two of its characters that is not the
 * intact token (with repeated tokens, one copy can be kept and another mangled): what the regex
 * `t[ \t]{0,3}o[ \t]{0,3}k…` would find first, scanning left to right, found through the target without blanks.
 */
export function findSpaced(target: string, token: string): string | undefined {
  if (token.length > 160 || token.length < 3) return undefined;
  // Without its blanks, a spaced copy is the token itself: most targets are ruled out here.
  const { blankless: squeezed, at } = blankless(target);
  let k = squeezed.indexOf(token);
  if (k < 0) return undefined;
  if (/[ \t]/.test(token)) return findSpacedByRegex(target, token);
  while (k >= 0) {
    const start = at[k] as number;
    let ok = true;
    for (let j = 1; j < token.length && ok; j++) ok = (at[k + j] as number) - (at[k + j - 1] as number) <= 4;
    if (!ok) {
      k = squeezed.indexOf(token, k + 1);
      continue;
    }
    const end = (at[k + token.length - 1] as number) + 1;
    if (end - start !== token.length) return target.slice(start, end);
    k = squeezed.indexOf(token, k + token.length); // an intact copy: matches do not overlap
  }
  return undefined;
}

/** The reference (and the reading for a token with blanks of its own). Exported for tests. */
export function findSpacedByRegex(target: string, token: string): string | undefined {
  const re = new RegExp([...token].map(escapeRe).join('[ \\t]{0,3}'), 'g');
  for (const m of target.matchAll(re)) if (m[0] !== token) return m[0];
  return undefined;
}

function valueWith(token: string, locale: string, rules: CompareOptions['numberRules']): number {
  const cldr = separators(locale);
  const rule = rules?.[locale] ?? rules?.[locale.split('-')[0] ?? ''];
  const decimal = rule?.decimal ?? cldr.decimal;
  let out = '';
  for (const ch of token) {
    if (ch === decimal) out += '.';
    else if (/[0-9]/.test(ch)) out += ch;
  }
  return Number(out);
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

// A superscript digit after a token is a footnote mark (`250¹`, from `250&sup1;`), not more of the token.
const CONTINUES_TOKEN = new RegExp(`(?!${SUPERSCRIPT_DIGIT.source})[\\p{L}\\p{N}]`, 'u');

/** Where `token` stands in `text`, not continued by a letter or digit (Get-Method is not in Get-Methode); -1 if nowhere. */
function indexOfToken(text: string, token: string): number {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const after = text.charAt(at + token.length);
    if (!CONTINUES_TOKEN.test(after) || !/[\p{L}\p{N}]$/u.test(token)) return at;
  }
  return -1;
}
/** Text without link destinations and URLs, where names stand lower-cased as paths (`…/get-csuser`) and prove nothing. */
export const textWithoutUrls = (text: string): string => text.replace(/\]\([^)\s]*\)|\b(?:https?|ftp):\/\/\S+/g, ' ');

export const containsToken = (text: string, token: string): boolean => indexOfToken(text, token) >= 0;

/** How often `token` stands in `text` (as in indexOfToken). */
function countToken(text: string, token: string): number {
  let n = 0;
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length)) {
    const after = text.charAt(at + token.length);
    if (!/[\p{L}\p{N}]/u.test(after) || !/[\p{L}\p{N}]$/u.test(token)) n++;
  }
  return n;
}

/** Compact CJK forms (8万 for 80,000) from CLDR's compact notation. */
function compactForms(value: number, locale: string): string[] {
  try {
    return [new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 2 }).format(value).replace(/\s/g, '')];
  } catch {
    return [];
  }
}

/** An English amount (grouped `71,235.81`, or with cents `3.00`): a quantity even where numbers keep their form. */
const AMOUNT = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.\d{2,4}$|^\d{1,3}(?:\.\d{3})*,\d{2}$|^\d+,\d{2}$/;
/** An amount the English wrote the European way (`-14.200,00`, `10000,00`, copied from a localized UI): its value. */
const europeanValue = (token: string): number | undefined =>
  /^(?:\d{1,3}(?:\.\d{3})*|\d+),\d{2}$/.test(token) ? Number(token.replace(/\./g, '').replace(',', '.')) : undefined;

/**
 * The source number with its grouping left out (`1,000.00` → `1000.00`, `17.735,00` → `17735,00`), with the decimal
 * separator as written or as the locale writes it: the same value, written without grouping.
 */
function withoutGrouping(token: string, locale: string): string[] {
  const seps = [...token.matchAll(/[.,]/g)].map((m) => m.index);
  if (seps.length < 2) return [];
  const last = seps[seps.length - 1] as number;
  // The last separator is a decimal one when a different separator comes before it.
  if (token.charAt(last) === token.charAt(seps[0] as number)) return [];
  const plain = token.slice(0, last).replace(/[.,]/g, '');
  const fraction = token.slice(last + 1);
  return [`${plain}${token.charAt(last)}${fraction}`, `${plain}${separators(locale).decimal}${fraction}`];
}

/** A word of the translation's language hyphenated after a verb (Add-Ins, Format-Designer, Write-Verbindung, Export-API), not a cmdlet. */
function compoundNotCmdlet(cmdlet: string, target: string, sourceFacts: readonly Fact[], locale: string): boolean {
  if (locale.toLowerCase().startsWith('en')) return false;
  const noun = cmdlet.slice(cmdlet.indexOf('-') + 1);
  if (!/^(?:[A-Z][a-z\u00df-\u00ff]+|[A-Z]{2,5}s?)$/.test(noun)) return false;
  // Test-Test-csintertrunkrouting: a cmdlet run on into lower-case rest of itself is a mangled cmdlet
  // (Debug-Trace-Format, a compound of three words, is not).
  const at = target.indexOf(cmdlet);
  if (at >= 0 && /^-[a-z]/.test(target.slice(at + cmdlet.length, at + cmdlet.length + 2))) return false;
  // Get-Csuser for Get-CsUser: a cmdlet of the source re-cased.
  const lower = cmdlet.toLowerCase();
  return !sourceFacts.some((f) => f.kind === 'cmdlet' && f.text.toLowerCase() === lower);
}

/** Languages that inflect a kept name with a suffix (Finnish DevOpsissa, Turkish DevOps'ta, Hungarian, Estonian). */
const SUFFIXING = /^(?:fi|tr|hu|et)\b/i;

/**
 * Whether a clock time of the source (`2:45 PM`, key 885 minutes) stands in the target, in 24- or 12-hour form, also
 * with the hour word of Japanese and Chinese (`午前 11 時 02 分`, `11点02分`).
 */
function timeKept(key: string, target: string): boolean {
  const minutes = Number(key);
  for (const m of target.matchAll(/(?<!\d)(\d{1,2})\s?[:.h時时点]\s?(\d{2})(?!\d)/g)) {
    const t = Number(m[1]) * 60 + Number(m[2]);
    if (t === minutes || t === minutes - 720 || (minutes < 60 && t === minutes + 720)) return true;
  }
  // A full hour may be said as its hour alone (الساعة 2 صباحًا for 2:00 AM, 14 Uhr).
  if (minutes % 60 !== 0) return false;
  const hours = new Set([String(minutes / 60), String((minutes / 60) % 12 || 12)]);
  for (const m of target.matchAll(/(?<![\d:.])\d{1,2}(?![\d:.])/g)) if (hours.has(String(Number(m[0])))) return true;
  return false;
}

/** Whether a date of the source (`12/31/2028`) stands in the target in any order of its parts, or with its month in words. */
function dateKept(text: string, key: string, target: string): boolean {
  for (const m of target.matchAll(/(?<!\d)(\d{1,4})\s?[./\-年]\s?(\d{1,2})\s?[./\-月]\s?(\d{1,4})(?!\d)/g)) {
    if (dateKey([m[1] as string, m[2] as string, m[3] as string]) === key) return true;
  }
  // With the month in words: the year and the day stand as numbers (the day is the part that is not the year or month).
  const parts = text.split(/[/-]/);
  const year = parts.find((p) => p.length === 4) ?? parts[2] ?? '';
  const day = parts.length === 3 && (parts[0] as string).length === 4 ? parts[2] : text.includes('/') ? parts[1] : parts[0];
  const numbers = new Set([...target.matchAll(/\d+/g)].map((m) => String(Number(m[0]))));
  return numbers.has(String(Number(year))) && numbers.has(String(Number(day)));
}

export function compareFacts(
  source: string,
  target: string,
  sourceFacts: readonly Fact[],
  targetFacts: readonly Fact[],
  options: CompareOptions,
): FactIssue[] {
  // Most sentences have no fact in their source and none a translation must not add: only their markup is compared.
  if (sourceFacts.length === 0 && !targetFacts.some((f) => STRONG_EXTRA.has(f.kind))) {
    const issues: FactIssue[] = objectList();
    markupIssues(source, target, issues, options.links);
    debrisIssues(source, target, issues);
    return issues;
  }
  const comparison = new Comparison(source, target, sourceFacts, targetFacts, options);
  for (const s of sourceFacts) comparison.compare(s);
  comparison.extraIssues();
  markupIssues(source, target, comparison.issues, options.links);
  debrisIssues(source, target, comparison.issues);
  return comparison.issues;
}

/** A fact of the target, and whether a fact of the source was paired with it already. */
interface Pooled {
  readonly fact: Fact;
  used: boolean;
}

/**
 * One segment's comparison of facts: the target's facts not paired yet, the target's readings (computed when first
 * needed) and the issues found. A class rather than closures inside one large function: each step is compiled on its
 * own (a step that meets a new kind of input is recompiled alone), and the state is one object of one shape.
 */
class Comparison {
  readonly issues: FactIssue[];
  readonly source: string;
  readonly sourceFacts: readonly Fact[];
  readonly options: CompareOptions;
  /** The target with the locale's own digits read as ASCII ones (`(۴۰۳)` is `(403)`): numbers are compared by value. */
  readonly t: string;
  readonly sourceNorm: string;
  readonly pool: Pooled[];
  private tCompact: string | undefined;
  // Numbers inside link destinations and bare URLs (microsoft-365 in a path) do not stand for a number of the text.
  private tWithoutUrls: string | undefined; // only needed for a number not found otherwise: computed then
  /** The pool by text, made at the first `takeText`. */
  private byText: Map<string, Pooled[]> | undefined;
  private readonly mangledReported: Set<string>;
  private readonly lostOfKind: Map<string, number>;
  private readonly unitsSeen: Set<string>;
  readonly withoutUrls: () => string;

  constructor(source: string, target: string, sourceFacts: readonly Fact[], targetFacts: readonly Fact[], options: CompareOptions) {
    this.issues = objectList();
    this.source = source;
    this.sourceFacts = sourceFacts;
    this.options = options;
    this.t = foldDigits(norm(target), options.locale);
    this.sourceNorm = norm(source);
    this.pool = objectList(targetFacts.filter((f) => !this.ignored(f)).map((f) => ({ fact: f, used: false })));
    this.tCompact = undefined;
    this.tWithoutUrls = undefined;
    this.byText = undefined;
    this.mangledReported = new Set();
    this.lostOfKind = new Map();
    this.unitsSeen = new Set();
    this.withoutUrls = (): string => (this.tWithoutUrls ??= textWithoutUrls(this.t));
  }

  ignored(f: Fact): boolean {
    return this.options.ignore?.some((re) => re.test(f.text)) ?? false;
  }

  take(test: (f: Fact) => boolean): Fact | undefined {
    const hit = this.pool.find((p) => !p.used && test(p.fact));
    if (hit) hit.used = true;
    return hit?.fact;
  }

  /**
   * The same as `take((f) => f.text === text && test(f))`, through an index by text: a run of thousands of equal
   * tokens (`1`, `40`) is paired in linear time, not by scanning the pool again for each.
   */
  takeText(text: string, test: (f: Fact) => boolean = () => true): Fact | undefined {
    let byText = this.byText;
    if (!byText) {
      byText = this.byText = new Map();
      for (const p of this.pool) {
        const list = byText.get(p.fact.text);
        if (list) list.push(p);
        else byText.set(p.fact.text, [p]);
      }
    }
    const list = byText.get(text);
    if (!list) return undefined;
    while (list.length > 0 && (list[0] as Pooled).used) list.shift();
    const hit = list.find((p) => !p.used && test(p.fact));
    if (hit) hit.used = true;
    return hit?.fact;
  }

  /** One fact of the source: kept, or its issue added. */
  compare(s: Fact): void {
    if (this.ignored(s) || s.kind === 'link') return;
    if (s.kind === 'time' || s.kind === 'date') this.compareTimeOrDate(s);
    else if (s.kind === 'number' || s.kind === 'version') this.compareNumber(s);
    else if (NAMES.has(s.kind)) {
      const issue = nameIssue(s, this.t, this.withoutUrls, this.sourceFacts);
      if (issue) this.issues.push(issue);
    } else if (s.kind === 'identifier' && (this.options.skipIdentifiers || this.options.allowIdentifiers?.has(s.text))) return;
    else this.compareToken(s);
  }

  compareTimeOrDate(s: Fact): void {
    if (this.take((f) => f.kind === s.kind && (f.text === s.text || f.key === s.key))) return;
    if (s.kind === 'time' ? timeKept(s.key ?? '', this.t) : dateKept(s.text, s.key ?? '', this.t)) return;
    this.issues.push(factIssue('missing', s.text, undefined, s.kind));
  }

  compareNumber(s: Fact): void {
    const issue = this.numberIssue(s);
    if (issue) this.issues.push(issue);
    else if (s.kind === 'number' && !this.unitsSeen.has(s.text)) {
      // The same number again finds the same first copy in the source: looked at once (a run of `50%` stays linear).
      this.unitsSeen.add(s.text);
      unitIssue(s, this.sourceNorm, this.t, this.options.locale, this.issues);
    }
  }

  /** A number of the source: kept (by its form or its value), or the issue. */
  numberIssue(s: Fact): FactIssue | undefined {
    const { t, options } = this;
    if (this.takeText(s.text, (f) => f.kind === 'number' || f.kind === 'version')) return undefined;
    // A version split by blanks (`H.264` → `H. 264`) is mangled, not changed.
    const spacedVersion = s.kind === 'version' ? findSpaced(t, s.text) : undefined;
    if (spacedVersion) return factIssue('mangled', s.text, spacedVersion, s.kind);
    // Amounts in a data table keep their value, not their form: `3.00` → `3,00`, `71,235.81` → `71 235,81`.
    const amount = s.exact === true && AMOUNT.test(s.text);
    if ((!s.exact || amount) && this.sameValue(s)) return undefined;
    const plain = withoutGrouping(s.text, options.locale);
    if (plain.length > 0 && this.take((f) => f.kind === 'number' && plain.includes(f.text))) return undefined;
    const sameDigits = this.take((f) => (f.kind === 'number' || f.kind === 'version') && digitsOf(f.text) === digitsOf(s.text) && /\D/.test(s.text + f.text));
    if (sameDigits) {
      return factIssue('changed', s.text, sameDigits.text, s.exact ? 'version' : 'number');
    }
    if (s.value !== undefined && spellsOut(t, s.value, options.locale)) return undefined;
    // A number that also appears inside another target token (2015 in "2015年") is kept, as often as the source has it.
    // A year may close a date the locale writes with dots or dashes (`October 1, 2020` → `1.10.2020`).
    const before = /^(?:19|20)\d\d$/.test(s.text) ? '(?<![0-9,]|[^0-9]\\.)' : '(?<![0-9.,])';
    const inTarget = this.withoutUrls().match(new RegExp(`${before}${escapeRe(s.text)}(?![0-9])`, 'g'))?.length ?? 0;
    // Counted among the source's facts of its own kind: a version (`7.2`, `10.0.17`) is as much data as a number.
    const inSource = this.sourceFacts.filter((f) => f.kind === s.kind && f.text === s.text).length;
    if (inTarget >= inSource) return undefined;
    return factIssue('missing', s.text, undefined, s.kind);
  }

  /** A number (not exact, or an amount) the target keeps by its value: written the locale's way, in thousands, compact. */
  sameValue(s: Fact): boolean {
    const { t, options } = this;
    const v = s.value ?? Number.NaN;
    const european = europeanValue(s.text);
    // A number grouped with dots (`690.970.000`) is read as a version by its form: its value counts too.
    const grouped = (f: Fact): boolean => f.kind === 'number' || (f.kind === 'version' && /^\d{1,3}(?:\.\d{3})+$/.test(f.text));
    if (this.take((f) => grouped(f) && (valueWith(f.text, options.locale, options.numberRules) === v || f.value === v || (european !== undefined && valueWith(f.text, options.locale, options.numberRules) === european)))) return true;
    // Thousands written with a K (`6K`) that the translation spells out (`6000`).
    // (A substring test first: the regex is built only for the rare source that has one.)
    if (/\dK\b|\d K\b/.test(this.source) && new RegExp(`(?<![\\d.,])${escapeRe(s.text)}\\s?K\\b`).test(this.source) && this.take((f) => f.kind === 'number' && valueWith(f.text, options.locale, options.numberRules) === v * 1000)) return true;
    // Compact forms only differ from the plain number from ten thousand on (8万); below, they would match anything.
    return v >= 10000 && compactForms(v, options.locale).some((c) => (this.tCompact ??= t.replace(/\s/g, '')).includes(c));
  }

  /** A token of the source (identifier, URL, GUID…): kept, mangled, re-cased, changed or missing. */
  compareToken(s: Fact): void {
    const { t, sourceNorm } = this;
    if (this.takeText(s.text)) return;
    // Kept in the text a reader sees: a name left only in a link's destination (`[CsUser](…/Get-CsUser)`) is lost.
    const seen = s.kind === 'url' || s.kind === 'domain' || s.kind === 'email' ? t : this.withoutUrls();
    if (containsToken(seen, s.text)) {
      // Kept (perhaps inside a larger target token). When the source has it more often than the target and a
      // spaced copy stands there, one copy was mangled; a copy merely left out is style (a pronoun), not a finding.
      if (!this.mangledReported.has(s.text) && countToken(seen, s.text) < countToken(sourceNorm, s.text)) {
        const spaced = findSpaced(t, s.text);
        if (spaced) {
          this.mangledReported.add(s.text);
          this.issues.push(factIssue('mangled', s.text, spaced, s.kind));
        }
      }
      return;
    }
    const spaced = findSpaced(t, s.text);
    if (spaced) {
      this.issues.push(factIssue('mangled', s.text, spaced, s.kind));
      return;
    }
    // A name kept with a case ending (Finnish DevOpsissa): kept.
    if (s.kind === 'identifier' && SUFFIXING.test(this.options.locale) && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s.text)}\\p{Ll}`, 'u').test(t)) return;
    // Looked for outside link destinations and URLs: b2b in ../implement-b2b.md is the path, not the name B2B.
    const prose = s.kind === 'url' || s.kind === 'domain' || s.kind === 'email' ? t : this.withoutUrls();
    const lower = prose.toLowerCase();
    const at = indexOfToken(lower, s.text.toLowerCase());
    if (at >= 0) {
      // Host names, e-mail addresses and GUIDs are case-insensitive: PowerBI.Com is PowerBI.com.
      if (s.kind === 'domain' || s.kind === 'email' || s.kind === 'guid' || (s.kind === 'url' && sameUrlButHostCase(s.text, prose.slice(at, at + s.text.length)))) return;
      // Only the letter case changed: cosmetic for PowerShell, so a warning, not an error.
      const actual = prose.slice(at, at + s.text.length);
      const used = this.pool.find((p) => !p.used && p.fact.text === actual);
      if (used) used.used = true;
      this.issues.push(factIssue('case-changed', s.text, actual, s.kind));
      return;
    }
    if (s.kind === 'parameter' && t.includes(s.text.slice(1))) {
      this.issues.push(factIssue('changed', s.text, s.text.slice(1), s.kind));
      return;
    }
    this.issues.push(this.replacedOrMissing(s));
  }

  /**
   * A token of the same kind in its place that the source does not have: translated (Get-Method → Get-Methode).
   * Only when the pairing is unambiguous: one such token lost from the source, one new in the target.
   * The number lost per kind is the same for every token of the kind: counted once (a long run of IP-like tokens
   * would otherwise be counted again for each), and the added ones only when exactly one was lost.
   */
  replacedOrMissing(s: Fact): FactIssue {
    const { t, sourceNorm } = this;
    let lost = this.lostOfKind.get(s.kind);
    if (lost === undefined) this.lostOfKind.set(s.kind, (lost = STRONG_EXTRA.has(s.kind) ? this.sourceFacts.filter((f) => f.kind === s.kind && !containsToken(t, f.text)).length : 0));
    const added = lost === 1 ? this.pool.filter((p) => !p.used && p.fact.kind === s.kind && !sourceNorm.includes(p.fact.text)) : [];
    const replaced = STRONG_EXTRA.has(s.kind) && lost === 1 && added.length === 1 ? this.take((f) => f === added[0]?.fact) : undefined;
    if (replaced) return factIssue('changed', s.text, replaced.text, s.kind);
    return factIssue('missing', s.text, undefined, s.kind);
  }

  /** The target's facts of the kinds a translation must never add that no source fact was paired with. */
  extraIssues(): void {
    const { sourceNorm, source } = this;
    let sourceLower: string | undefined;
    for (const p of this.pool) {
      if (p.used || !STRONG_EXTRA.has(p.fact.kind)) continue;
      if (sourceNorm.includes(p.fact.text)) continue;
      // A GUID or e-mail of the source in another case is the same token (both are case-insensitive); a cmdlet the
      // English wrote with a lower-case verb (`get-CsWindowsService`) that the translation writes right is no addition.
      if (p.fact.kind === 'guid' || p.fact.kind === 'email') {
        if ((sourceLower ??= sourceNorm.toLowerCase()).includes(p.fact.text.toLowerCase())) continue;
      } else if (p.fact.kind === 'cmdlet' && sourceNorm.includes(p.fact.text.charAt(0).toLowerCase() + p.fact.text.slice(1))) continue;
      if (p.fact.kind === 'cmdlet' && compoundNotCmdlet(p.fact.text, this.t, this.sourceFacts, this.options.locale)) continue;
      // The English has the token with blanks inserted (`New- CsMediaConfiguration`) and the translation writes it
      // whole: the English is the altered form.
      const spacedInSource = findSpaced(source, p.fact.text);
      const damaged = spacedInSource ? `the English half has it with blanks inserted ("${spacedInSource}"); the translation writes it whole` : undefined;
      this.issues.push(factIssue('extra', '', p.fact.text, p.fact.kind, damaged));
    }
  }
}

/** Kinds read in the English only and looked for in the translation's text: names, types, options MT splits, re-cases or translates. */
const NAMES = new Set<string>(['name', 'qualified', 'syntax', 'option', 'bracketed', 'caps']);
/** Of those, the kinds a translation may leave out or reword without a finding: only a split or a re-cased copy is reported. */
const ONLY_DAMAGED = new Set<string>(['name', 'syntax', 'caps', 'qualified']);

/** Tokens of `re` in `text` that are not in `have` (the source's): what the translation put in place of a lost one. */
function newTokens(text: string, re: RegExp, have: ReadonlySet<string>): string[] {
  return [...text.matchAll(re)].map((m) => m[1] ?? m[0]).filter((x) => !have.has(x));
}

const TARGET_OPTION = /(?<![\w-])--[\p{L}][\p{L}\p{N}]{0,40}(?:-[\p{L}\p{N}]{1,40}){0,8}(?![\p{L}\p{N}-])/gu;
/** An identifier-like text in brackets (`[adrentry]`, `[XXPROPS]`): Latin letters, digits, `-` and `_`; not a UI label in words. */
const TARGET_BRACKETED = /\[([A-Za-z][A-Za-z0-9]{0,20}(?:[-_][A-Za-z0-9]{1,20}){0,6})\]/g;

/**
 * A name of the source (`name.xsd`, `xsd:string`, `-1.#IND`, `--name`, `[ADRLIST]`, `ADRLIST`) in the target: kept,
 * split by blanks (mangled), re-cased, translated (changed) or, for options and bracketed names, missing.
 */
function nameIssue(s: Fact, t: string, withoutUrls: () => string, sourceFacts: readonly Fact[]): FactIssue | undefined {
  // Kept in the text a reader sees (a link's destination `…/HD-RX-201-C-E` does not keep its link text); a bracketed
  // name kept in its brackets, since the same word may stand bare elsewhere in the sentence (`[FINRA](…) … FINRA 2241`).
  const prose = s.kind === 'bracketed' ? linkTextsOnly(t) : withoutUrls();
  if (s.kind === 'bracketed' ? prose.includes(`[${s.text}]`) : containsToken(prose, s.text)) return undefined;
  if (s.kind === 'bracketed' && containsToken(prose, s.text) && !prose.toLowerCase().includes(`[${s.text.toLowerCase()}]`)) return undefined;
  const spaced = findSpaced(t, s.text);
  // A name split at its dot (`name. xsd`, `ASN. 1`); elsewhere (`v 7.0`) a blank leaves it readable.
  if (spaced && (s.kind !== 'name' || /\s\.|\.\s/.test(spaced))) return factIssue('mangled', s.text, spaced, s.kind);
  // An extension re-cased (`.CSV`) is cosmetic.
  if (s.kind !== 'name') {
    // A bracketed name re-cased is looked for in its brackets: the bare word may be kept elsewhere.
    const at = s.kind === 'bracketed' ? bracketedAt(prose, s.text) : indexOfToken(prose.toLowerCase(), s.text.toLowerCase());
    const actual = at >= 0 ? prose.slice(at, at + s.text.length) : '';
    // A plain upper-case word (`OPTIONAL`, `UNICODE`) capitalized is a word of the sentence; all lower-cased
    // (`invite`, `adrlist`) it is the name lost. Names with `_`, `-` or digits count in any case.
    const plainWord = s.kind === 'caps' && /^[A-Z]+$/.test(s.text);
    if (at >= 0 && (!plainWord || actual === actual.toLowerCase())) return factIssue('case-changed', s.text, actual, s.kind);
    if (at >= 0) return undefined;
  }
  if (s.kind === 'qualified') {
    // The prefix kept and the name after it translated, perhaps with a blank (`xsd:string` → `XSD: Zeichenfolge`).
    const prefix = s.text.slice(0, s.text.indexOf(':'));
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(prefix)}\\s?:\\s?[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]{0,60}[\\p{L}\\p{N}_])?`, 'iu').exec(prose);
    if (m) return factIssue('changed', s.text, m[0], s.kind);
  }
  if (s.kind === 'option') {
    // The two dashes made into a dash (`—name`, `–name`) or one (`-name`): a reader types what is there.
    const m = new RegExp(`(?<![\\w-])(?:[\u2012-\u2015]|-)\\s?${escapeRe(s.text.slice(2))}(?![\\w-])`).exec(prose);
    if (m) return factIssue('changed', s.text, m[0], s.kind);
  }
  if (s.kind === 'option' || s.kind === 'bracketed') {
    // Translated: one such token lost from the source, one new in the target (`--name` → `--nom`, `[ADRLIST]` → `[adrentry]`).
    const own = sourceFacts.filter((f) => f.kind === s.kind);
    const lost = own.filter((f) => !containsToken(prose, f.text));
    // Link texts count for bracketed names (`[adrentry](#adrlist)`): the target as it is, its link destinations left out by the pattern.
    const added = s.kind === 'option' ? newTokens(prose, TARGET_OPTION, new Set(own.map((f) => f.text))) : newTokens(t, TARGET_BRACKETED, new Set(own.map((f) => f.text)));
    if (lost.length === 1 && added.length === 1) return factIssue('changed', s.text, s.kind === 'bracketed' ? `[${added[0]}]` : (added[0] as string), s.kind);
  }
  if (ONLY_DAMAGED.has(s.kind)) return undefined;
  return factIssue('missing', s.text, undefined, s.kind);
}

/** Text with link destinations and bare URLs left out and the brackets of link texts kept (`[name](url)` → `[name]`). */
const linkTextsOnly = (text: string): string => text.replace(/\]\(\s*[^)\s]*(?:\s+"[^"\n]*")?\s*\)/g, ']').replace(/\b(?:https?|ftp):\/\/\S+/g, ' ');

/** Where `[name]` stands in `text` in any case, as the offset of the name inside its brackets; -1 if nowhere. */
function bracketedAt(text: string, name: string): number {
  const at = text.toLowerCase().indexOf(`[${name.toLowerCase()}]`);
  return at < 0 ? -1 : at + 1;
}

/** The ways a locale writes a unit, from CLDR through Intl (`%`, `٪`, `Prozent`, `pour cent`, `yüzde`; `°`, `Grad`, `度`), lower-cased. */
const unitFormCache = new Map<string, string[]>();
function unitForms(unit: 'percent' | 'degree', locale: string): string[] {
  const key = `${unit}:${locale}`;
  let forms = unitFormCache.get(key);
  if (!forms) {
    const set = new Set<string>([unit === 'percent' ? '%' : '°']);
    for (const unitDisplay of ['long', 'short', 'narrow'] as const) {
      for (const n of [0, 1, 2, 3, 5, 11, 50, 100, 1.5]) {
        try {
          for (const part of new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).formatToParts(n)) if (part.type === 'unit') set.add(part.value.toLowerCase());
        } catch {
          // Unknown locale: the symbol only.
        }
      }
    }
    if (unit === 'percent') {
      try {
        for (const part of new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5)) if (part.type === 'percentSign') set.add(part.value);
        for (const part of new Intl.NumberFormat(locale, { style: 'percent', numberingSystem: 'arab' }).formatToParts(0.5)) if (part.type === 'percentSign') set.add(part.value);
      } catch {
        // Unknown locale.
      }
    }
    // Words inflect (Finnish `prosentin` beside CLDR's `prosenttia`, Arabic `في المائة` beside `بالمائة`): their stems count.
    for (const form of [...set]) {
      for (const word of form.split(/\s+/)) {
        if (word.length < 6) continue;
        set.add(word.slice(0, Math.max(4, word.length - 3)));
        set.add(word.slice(3));
      }
    }
    forms = [...set];
    unitFormCache.set(key, forms);
  }
  return forms;
}

const ZERO_PLACEHOLDERS = /^0+[.,]0+$/;

/**
 * A number of the source with a unit symbol (`180°`, `50%`, `50 %`) that the translation keeps without any form of
 * that unit (`180`, `50`): the unit dropped. A unit the locale writes with a blank, before the number or in words is kept.
 */
function unitIssue(s: Fact, source: string, t: string, locale: string, issues: FactIssue[]): void {
  if (!source.includes('%') && !source.includes('°')) return;
  // Zero placeholders with decimals (`0.00%`, `0.0 %`) are a number format (or zero as one shows it), not a quantity
  // with a unit: how a locale writes the format's symbol is the format's business.
  if (ZERO_PLACEHOLDERS.test(s.text)) return;
  const m = new RegExp(`(?<![\\d.,])${escapeRe(s.text)}(\\s?)([%°])`).exec(source);
  if (!m) return;
  // Only a number the translation writes in digits: one said in words (`0%` → `нулевой`) carries no symbol.
  if (!new RegExp(`(?<![\\d.,])${s.text.split(/[.,]/).map(escapeRe).join('[.,]')}(?![\\d])`).test(t)) return;
  const forms = unitForms(m[2] === '%' ? 'percent' : 'degree', locale);
  const lower = t.toLowerCase();
  if (forms.some((f) => lower.includes(f))) return;
  issues.push(factIssue('unit-dropped', m[0], s.text, 'number'));
}

/**
 * Markup debris the translation added: literal escaped asterisks (`\*\*\*\*`), an empty bold or underscore pair
 * (`****`, `__`), an alert marker (`[!NOTE]`) inside a sentence. Each is counted in both halves: the English may have them.
 */
const DEBRIS: readonly RegExp[] = [/(?:\\\*){2,}/g, /(?<![*\\])\*{4,}(?!\*)/g, /(?<![\p{L}\p{N}_\\])__(?![\p{L}\p{N}_])/gu, /\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/gi];
function debrisIssues(source: string, target: string, issues: FactIssue[]): void {
  if (!/[*_[]/.test(target) || emphasisBroken(source)) return;
  for (const re of DEBRIS) {
    const inTarget = target.match(re);
    if (!inTarget || inTarget.length <= (source.match(re)?.length ?? 0)) continue;
    issues.push(factIssue('debris', '', inTarget[0], 'markup'));
  }
}

/** Links, images and inline code the translation has more or fewer of than its source. */
function markupIssues(source: string, target: string, issues: FactIssue[], links: CompareOptions['links']): void {
  const sm = markupCounts(source, links?.source);
  const tm = markupCounts(target, links?.target);
  for (const k of ['links', 'images', 'code'] as const) {
    if (sm[k] === tm[k]) continue;
    const damaged = k === 'links' && tm[k] > sm[k] && targetLinks(target, links?.target).some((l) => !l.autolink && brokenLinkTo(source, l.url));
    issues.push(factIssue('markup', `${sm[k]} ${k}`, `${tm[k]} ${k}`, k, damaged ? BROKEN_LINK_IN_ENGLISH : undefined));
  }
}

/** The translation's inline links: read at parse time, or read here from a text with a `](`. */
const targetLinks = (target: string, links: readonly InlineLink[] | undefined): readonly InlineLink[] =>
  links ?? (target.includes('](') ? (inlineLinksOf([target])[0] ?? []) : []);

/** Two URLs that differ only in the case of their scheme and host, which DNS ignores. */
const sameUrlButHostCase = (a: string, b: string): boolean => withLowerHost(a) === withLowerHost(b);

/**
 * An English half whose emphasis is itself broken (`**_Depreciation year_*_`, an odd number of unescaped `*`): what
 * the translation makes of it (escaped asterisks) is the English's damage carried over, not debris it added.
 */
function emphasisBroken(source: string): boolean {
  const stars = source.replace(/\\\*/g, '').match(/\*/g)?.length ?? 0;
  return stars % 2 === 1 || /\*_|_\*/.test(source);
}

// Tokens that must survive translation (identifiers, numbers, URLs, code…), lifted out of segment text.
import { type InlineLink, inlineLinksOf } from './markdown.js';
import { objectList } from './object-list.js';
import { hasRun } from './runs.js';
import type { Fact, FactKind } from '../model.js';

export type { Fact, FactKind };

export interface MarkupCounts {
  readonly links: number;
  readonly images: number;
  readonly code: number;
  readonly bold: number;
}

const DIGIT = /\d/;
const PATH_START = /:\\|\//;
const FILE_EXTENSION = /[\w-]\.(?:exe|dll|msi|msp|ps1|psm1|psd1|xml|json|config|cfg|ini|log|txt|csv|cer|pfx|zip|cab|bat|cmd|vbs|js|sql|ldf|mdf|bak|vhd|vhdx|iso)\b/i;
const DOMAIN_END = /[a-z0-9]\.(?:com|net|org|edu|gov|io|cn|de|fr|jp|br|es|co|uk|local|contoso|onmicrosoft)\b/i;

const GUID_MIDDLE = /-[0-9A-Fa-f]{4}-/;
const GUID_START = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-/;

const isHashChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43;

/** Whether the text holds 16 hash characters in a row (`[A-Za-z0-9+]{16}`): a regex tried at every offset re-reads each word. */
export const hasHashRun = (text: string): boolean => hasRun(text, 16, isHashChar);

/**
 * Each pattern (linear: bounded repetitions or character classes without nested quantifiers) with what a text must hold for it to match, checked before the pattern runs: most segments hold
 * no URL, path or variable, and a substring test (or a short regex) is much cheaper than a pattern's scan that
 * finds nothing. Each test is a part that every match of its pattern contains, so skipping never loses a fact.
 */
type Needle = (text: string, hasDigit: boolean) => boolean;
/** The fourth field marks a pattern read in English sources only: the fact is looked for in the target as text. */
const PATTERNS: readonly [FactKind, Needle, RegExp, boolean?][] = [
  ['no-loc', (t) => t.includes(':::'), /:::no-loc\s+text="([^"\n]{1,200})":::/g],
  ['code', (t) => t.includes('`'), /`([^`\n]{1,300})`/g],
  // Markdown link destinations first (their URLs are checked by link-mismatch), then bare URLs.
  ['link', (t) => t.includes(']('), /\]\(([^)\s]{1,500})(?:\s+"[^"\n]{0,200}")?\)/g],
  // CJK text runs on right after a URL with no blank (…255876で参照): it is not part of the URL.
  ['url', (t) => t.includes('://'), /\bhttps?:\/\/[^\s)<>"'\]\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]{1,500}/g],
  // Code syntax in prose: a float's special value (`-1.#IND`, `1.#INF`), a member of a C++ or C# type (`CString::Format`, `p->next`).
  ['syntax', (t) => t.includes('#') || t.includes('::') || t.includes('->'), /(?<![\w.#])[-+]?\d{1,3}\.#[A-Z]{2,8}\b|\b[A-Za-z_]\w{0,60}(?:::|->)[A-Za-z_~]\w{0,60}/g, true],
  // The last label is letters only: German compounds hang on with a hyphen (kenmyer@litwareinc.com-Endpunkt).
  ['email', (t) => t.includes('@'), /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,7}\.[A-Za-z]{2,24}\b/g],
  // Clock times (2:45 PM, 02:30 PM, 14:45) and US dates (12/31/2028): locales write them their own way.
  // A namespaced type or name (`xsd:string`, `xs:complexType`): a lower-case prefix, a colon, a name (not `//`).
  ['qualified', (t) => t.includes(':'), /(?<![\w:/.@-])[a-z][a-z0-9]{0,9}:[A-Za-z_][\w-]{0,60}(?:\.[\w-]{1,60}){0,4}(?![\w:/])/g, true],
  // A double-dash option of a command line in prose (`--name`, `--process-start-args`), after a blank or an opening
  // bracket or quote: `countries--such as (EMEA)--an` is an English dash.
  ['option', (t) => t.includes('--'), /(?<=^|[\s("'])--[a-z][a-z0-9]{0,40}(?:-[a-z0-9]{1,40}){0,8}(?![\w-])/g, true],
  // An identifier in brackets or link text (`[MS-XXPROPS]`, `[ADRLIST]`): the name without its brackets.
  ['bracketed', (t) => t.includes('['), /(?<=\[)[A-Z][A-Z0-9]{0,20}(?:[-_][A-Z0-9]{1,20}){0,6}(?=\])/g, true],
  ['time', (t, d) => d && t.includes(':'), /(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?(?![A-Za-z]))?(?![\d:])/g],
  // Also day-month-year with dashes (31-03-2008) and ISO order (2015/01/01, 2015-01-01), which locales rewrite too.
  [
    'date',
    (t, d) => d && (t.includes('/') || t.includes('-')),
    /(?<![\d/.-])(?:(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\/(?:\d{4}|\d{2})|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])-\d{4}|(?:19|20)\d{2}([/-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01]))(?![\d/]|-\d)/g,
  ],
  // `-abcd-` first: it starts with a literal, which the regex engine finds far faster than a run of hex digits.
  ['guid', (t) => GUID_MIDDLE.test(t) && GUID_START.test(t), /\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b/g],
  ['ip', (t, d) => d && /\d\.\d/.test(t), /\b(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?\b/g],
  // Drive paths before accounts (`C:\Windows\System32` is not an account); folder names may hold a few spaces.
  [
    'path',
    (t) => PATH_START.test(t),
    /\b[A-Za-z]:\\(?:[^\\\s<>"|?*]{1,80}(?: [^\\\s<>"|?*]{1,80}){0,4}\\){0,20}[^\s<>"|?*]{0,200}|(?<![\w/])\/(?:etc|var|usr|opt|home|tmp)\/[^\s<>"]{1,200}/g,
  ],
  // DOMAIN\user, two parts only: a longer chain (`model\Payments\Creditor`, `Journal\Dimensions data\Name`, tree
  // paths of a designer whose names hold spaces) is no account.
  ['account', (t) => t.includes('\\'), /(?<![\\A-Za-z0-9])(?<!\\[\w-]{1,40} )[A-Za-z][A-Za-z0-9-]{1,30}\\{1,2}[A-Za-z][A-Za-z0-9._-]{0,30}\b(?![\\]|\s[^\s\\]{1,40}\\)/g],
  [
    'path',
    (t) => FILE_EXTENSION.test(t),
    /\b[\w-]{1,80}\.(?:exe|dll|msi|msp|ps1|psm1|psd1|xml|json|config|cfg|ini|log|txt|csv|cer|pfx|zip|cab|bat|cmd|vbs|js|sql|ldf|mdf|bak|vhd|vhdx|iso)\b/gi,
  ],
  ['domain', (t) => DOMAIN_END.test(t), /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}(?:com|net|org|edu|gov|io|cn|de|fr|jp|br|es|co|uk|local|contoso|onmicrosoft)\b/gi],
  // File names and extensions with any extension (`name.xsd`, `Header.h`, `ASN.1`, `master#.xml`, `.csv`): MT splits
  // them at the dot. The extension is lower-case letters or one or two digits (a bare extension: letters, `.8` is a
  // number), so two sentences glued (`it.The`) are not.
  ['name', (t) => t.includes('.'), /(?<![\w#$.@/\\:-])(?:[A-Za-z_][\w#$-]{1,80}(?:\.[\w#$-]{1,40}){0,4}\.(?:[a-z][a-z0-9]{0,5}|\d{1,2})|\.[a-z][a-z0-9]{0,5})(?![\w#$-]|\.\w)/g, true],
  [
    'cmdlet',
    (t) => /[a-z]-[A-Z]/.test(t),
    // Not after a hyphen: German compounds chain words with hyphens (Online-Besprechungs-Add-Ins).
    /(?<!-)\b(?:Get|Set|New|Remove|Add|Enable|Disable|Grant|Revoke|Test|Start|Stop|Import|Export|Update|Install|Uninstall|Invoke|Move|Register|Unregister|Clear|Sync|Publish|Reset|Backup|Restore|Approve|Request|Complete|Merge|Convert|ConvertTo|ConvertFrom|Select|Write|Read|Search|Measure|Format|Find|Lock|Unlock|Use|Confirm|Initialize|Connect|Disconnect|Block|Unblock|Resume|Suspend|Repair|Wait|Debug|Optimize|Move|Copy|Rename|Show|Hide|Send|Receive|Out|Mount|Dismount)-[A-Z][A-Za-z0-9]{2,80}\b/g,
  ],
  ['parameter', (t) => /-[A-Z][a-z]/.test(t), /(?<=^|[\s(])-[A-Z][a-z]+(?:[A-Z][A-Za-z0-9]*){1,10}\b/g],
  ['variable', (t) => t.includes('$'), /\$(?:true|false|null|True|False|Null|TRUE|FALSE|[A-Za-z_][A-Za-z0-9_]{0,60})\b/g],
  // Base64 and hex runs: long, with digits and letters mixed, optional `=` padding.
  // Without `/`: slash-separated words (`A/V/RTP/TCP/50000`, paths) are not hashes.
  ['hash', (t, d) => d && hasHashRun(t), /(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+]{0,200}\d)(?=[A-Za-z0-9+]{0,200}[A-Za-z])[A-Za-z0-9+]{16,200}={0,2}(?![A-Za-z0-9+/=])/g],
  // Letter-dot-digits names (H.264, G.711) and dotted versions with three or more parts.
  ['version', (t, d) => d && /[A-Z]\.\d|\d\.\d/.test(t), /\b[A-Z]\.\d{2,4}\b|\b\d+\.\d+\.\d+(?:\.\d+)*\b/g],
  // CamelCase names that are data (AppName, OSVersion, iPhoneSkype, DisableAutomaticSendTracing).
  // Upper-case identifiers with an underscore (`MAX_PATH`), or long ones (`ADRLIST`), and names in underscores
  // (`_lppAdrList_`): MT lower-cases them.
  ['caps', (t) => /[A-Z]{2}|_[A-Za-z]/.test(t), /(?<![\w-])(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{6,24}|_[a-z]{1,12}[A-Z][A-Za-z0-9]{1,60}_|_[A-Z]{3,24}_)(?![\w-])/g, true],
  ['identifier', (t) => /[a-z0-9][A-Z]|[A-Z]{3}[a-z]/.test(t), /\b(?:[A-Z]{1,6}[a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+|[a-z]{1,12}[A-Z][A-Za-z0-9]*|[A-Z]{2,6}[A-Z][a-z]+[A-Za-z0-9]*)\b/g],
];

// Numbers: digits with optional grouping and decimals. Spaces group only when a three-digit group follows.
const NUMBER = /\d{1,3}(?:(?:[,.]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?/g;

// Words before a number that make it a version or an identifier rather than a quantity.
const VERSION_CUE = /(?:\bversions?|\bv|\bver\.?|\bbuild|\brelease|\bWindows|\biOS|\bAndroid|\bmacOS|\bOS X|\bServer|\bTLS|\bSSL|\bHTTP|\bSQL|\bIPv|\bPowerShell|\bExchange|\bOffice|\.NET)\s?$/i;

const ENGLISH_LIST = /^\d+(?:,(?:\d{1,2}|\d{4,}))+$/;
/** A short list of numbers (`2,8,9`; at most 40 characters, so an unbounded run is not made into as many facts). */
const SHORT_LIST = /^\d+(?:,\d+){2,}(?![\d,])/;

/** Separators of a locale from CLDR (through Intl), cached. */
const separatorCache = new Map<string, { group: string; decimal: string }>();
export function separators(locale: string): { group: string; decimal: string } {
  let s = separatorCache.get(locale);
  if (!s) {
    let group = ',';
    let decimal = '.';
    try {
      for (const part of new Intl.NumberFormat(locale).formatToParts(12345.6)) {
        if (part.type === 'group') group = part.value;
        if (part.type === 'decimal') decimal = part.value;
      }
    } catch {
      // Unknown locale: English conventions.
    }
    s = { group, decimal };
    separatorCache.set(locale, s);
  }
  return s;
}

const SPACES = /[\u00a0\u202f\u2009 ]/;

/**
 * Each decimal digit of every numbering system Intl knows (Arabic-Indic `٣`, Persian `۴`, Devanagari `३`, Bengali
 * `১`, Thai `๓`…) with its value, read from Intl itself: no hand table. Built once, on the first text that needs it.
 */
let nativeDigits: Map<string, string> | undefined;
function digitMap(): Map<string, string> {
  if (nativeDigits) return nativeDigits;
  nativeDigits = new Map();
  let systems: string[] = [];
  try {
    systems = Intl.supportedValuesOf('numberingSystem');
  } catch {
    // An Intl without the list: Latin digits only.
  }
  for (const numberingSystem of systems) {
    try {
      const nf = new Intl.NumberFormat('en', { numberingSystem, useGrouping: false });
      for (let d = 0; d <= 9; d++) {
        const glyph = nf.format(d);
        // Decimal digits only: `hanidec`'s 一 and 二 are Chinese words, not digits.
        if ([...glyph].length === 1 && /\p{Nd}/u.test(glyph) && !/[0-9]/.test(glyph)) nativeDigits.set(glyph, String(d));
      }
    } catch {
      // A numbering system this Intl cannot format with: skipped.
    }
  }
  return nativeDigits;
}

/** The locale's own decimal and group symbols when they are not ASCII (`٫` and `٬` in Arabic digits), with the Latin ones they stand for. */
const nativeSeparatorCache = new Map<string, Map<string, string>>();
function nativeSeparators(locale: string): Map<string, string> {
  let m = nativeSeparatorCache.get(locale);
  if (!m) {
    m = new Map();
    const latn = { group: ',', decimal: '.' };
    try {
      for (const part of new Intl.NumberFormat(locale, { numberingSystem: 'latn' }).formatToParts(12345.6)) {
        if (part.type === 'group') latn.group = part.value;
        if (part.type === 'decimal') latn.decimal = part.value;
      }
    } catch {
      // Unknown locale: English conventions.
    }
    for (const numberingSystem of ['arab', 'arabext']) {
      try {
        for (const part of new Intl.NumberFormat(locale, { numberingSystem }).formatToParts(12345.6)) {
          if (part.type === 'decimal' && /[^\x00-\x7f]/.test(part.value)) m.set(part.value, latn.decimal);
          if (part.type === 'group' && /[^\x00-\x7f\s]/.test(part.value)) m.set(part.value, latn.group);
        }
      } catch {
        // Unknown locale.
      }
    }
    nativeSeparatorCache.set(locale, m);
  }
  return m;
}

const NATIVE_DIGIT = /(?![0-9])\p{Nd}/u;
const ABOVE_ARABIC_DIGITS = /[^\u0000-\u065f]/;
/**
 * The text with the locale's own digits written as ASCII digits, and the decimal and group symbols between them as the
 * locale writes them with Latin digits (`(۴۰۳)` → `(403)`, `١٫٥` → `1.5`): a number is compared by its value.
 * A text without such digits is returned as it is.
 */
export function foldDigits(text: string, locale: string): string {
  // Every digit but ASCII's is at U+0660 or above: a text without such a character (most) skips the \p{Nd} scan.
  if (!ABOVE_ARABIC_DIGITS.test(text) || !NATIVE_DIGIT.test(text)) return text;
  const digits = digitMap();
  const seps = nativeSeparators(locale);
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const d = digits.get(c);
    if (d !== undefined) out += d;
    else if (seps.has(c) && digits.has(chars[i - 1] ?? '') && digits.has(chars[i + 1] ?? '')) out += seps.get(c);
    else out += c;
  }
  return out;
}

/** The value of a number token read with a locale's separators (spaces always group). */
export function numberValue(token: string, locale: string): number {
  const { group, decimal } = separators(locale);
  let normalized = '';
  for (const ch of token) {
    if (SPACES.test(ch) || (SPACES.test(group) && SPACES.test(ch))) continue;
    if (ch === decimal) normalized += '.';
    else if (ch === group || ch === ',' || ch === '.') continue;
    else normalized += ch;
  }
  return Number(normalized);
}

/** Number tokens that are ambiguous between grouping and decimals (`1.234`, `80,000`) read either way. */
function englishValue(token: string): number {
  return Number(token.replace(/[ \u00a0\u202f,]/g, ''));
}

export interface ExtractOptions {
  /** Locale whose number conventions the text follows (`en` for sources). */
  locale: string;
  /** Treat every number as exact (table example values, code). */
  exactNumbers?: boolean;
  /** Patterns (from the configuration) whose matches are not facts. */
  ignore?: readonly RegExp[];
}

/** Facts of a text, strongest kinds first; each character belongs to at most one fact. */
/** English words that a missing blank glued to the next word (`inSkype`): a typo, not a CamelCase name. */
const GLUED_WORD = /^(?:a|an|and|as|at|by|for|from|if|in|is|of|on|or|the|to|with)[A-Z][a-z]+$/;
/** Words glued around a digit (`Richtlinie<sup>3</sup>aktualisieren`, the tags dropped): not a hash. */
const WORDS_AROUND_DIGITS = /^[A-Z]?[a-z\u00df-\u00ff]{3,}\d{1,3}[a-z\u00df-\u00ff]{3,}$/;
/** A (German compound) word with a number glued on (`Dimensionsmitgliedsname5` for `Dimension member name5`): not a hash. */
const WORD_AND_NUMBER = /^[A-Z]?[a-z\u00df-\u00ff]{8,}\d{1,6}$/;
/**
 * A key chord (`STRG+UMSCHALT+F3`, `Alt+Shift+F10`, `STRG+ALT+UMSCHALT+1`): words joined by `+`, the last key maybe a
 * digit, not base64. Its key names are the locale's (German `STRG`, `UMSCHALT`, `WAHL`, `BEFEHL`).
 */
const KEY_CHORD = /^(?:(?:[A-Z]+|[A-Z][a-z]+)\d{0,2}\+)+(?:(?:[A-Z]+|[A-Z][a-z]+)\d{0,2}|\d{1,2})$/;
/**
 * An upper-case constant ending a sentence, then a footnote number whose tags the text dropped
 * (`RECEIVE_FILES.<sup>2</sup>` reads `RECEIVE_FILES.2`): the constant and a number, not a file name.
 */
const CONSTANT_AND_FOOTNOTE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\.\d{1,2}$/;
const ALERT_WORD = /^(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)$/;
/** Dotted quads with an octet above 255 (`99.999.999.999,99`, a German amount) are numbers, not IP addresses. */
const notAnIp = (match: string): boolean => match.split('/')[0]!.split('.').some((o) => Number(o) > 255);

/** Minutes after midnight of a clock time (`2:45 PM` → 885), as a string key. */
function timeKey(token: string): string {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?\s?(?:([AaPp])\.?[Mm]\.?)?$/.exec(token);
  if (!m) return token;
  let h = Number(m[1]) % 24;
  const ampm = m[3]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  return String(h * 60 + Number(m[2]));
}

/** The numbers of a date, without leading zeros, sorted: the same for 12/31/2028, 31.12.2028 and 2028年12月31日. */
export function dateKey(numbers: readonly string[]): string {
  return numbers
    .map((n) => String(Number(n)))
    .sort()
    .join(',');
}

/** Superscript digits: after a number or a name, a footnote mark (`250¹`), not more of it. */
export const SUPERSCRIPT_DIGIT = /[¹²³\u2070-\u2079]/;
const FOOTNOTE_ON_NUMBER = new RegExp(`(?<=[0-9])${SUPERSCRIPT_DIGIT.source}+`, 'g');

export function extractFacts(input: string, options: ExtractOptions): Fact[] {
  // Full-width digits and letters (２０１５, ＡＢＣ) are the same tokens to a reader.
  // A superscript digit after a number is its footnote mark (`250¹`, from `250&sup1;`), which NFKC would make `2501`.
  // (Looked for first without the look-behind, which the scan would try at every offset of every text.)
  const unfooted = SUPERSCRIPT_DIGIT.test(input) ? input.replace(FOOTNOTE_ON_NUMBER, (m) => ' '.repeat(m.length)) : input;
  let text = foldDigits(unfooted.normalize('NFKC'), options.locale);
  for (const re of options.ignore ?? []) text = text.replace(re, ' ');
  const facts: Fact[] = objectList();
  // The text before facts were blanked out of it (same offsets): what stood before a number.
  const unblanked = text;
  const blank = (m: string): string => ' '.repeat(m.length);
  const hasDigit = DIGIT.test(text);
  const english = options.locale === 'en';
  for (const [kind, needle, re, sourceOnly] of PATTERNS) {
    if ((sourceOnly === true && !english) || !needle(text, hasDigit)) continue;
    text = text.replace(re, (match: string, group: unknown) => {
      // Plural acronyms (URLs, FQDNs, PINs) are words, not identifiers; nor is an English word glued to the next.
      if (kind === 'identifier' && (/^[A-Z]{2,}s$/.test(match) || GLUED_WORD.test(match))) return match;
      if (kind === 'hash' && (WORDS_AROUND_DIGITS.test(match) || WORD_AND_NUMBER.test(match) || KEY_CHORD.test(match))) return match;
      if (kind === 'ip' && notAnIp(match)) return match;
      // A version (`v7.0`, `Server2019.1`): a name with a digit before a numeric extension is no file name.
      if (kind === 'name' && (/\d[^.]*\.\d+$/.test(match) || CONSTANT_AND_FOOTNOTE.test(match))) return match;
      // Alert words in brackets (`[NOTE]`) are words a locale translates, not identifiers.
      if (kind === 'bracketed' && ALERT_WORD.test(match)) return match;
      const value = typeof group === 'string' ? group : match;
      if (kind === 'time') facts.push({ kind, text: value, key: timeKey(value) });
      else if (kind === 'date') facts.push({ kind, text: match, key: dateKey(match.split(/[/-]/)) });
      // A URL in bold ends at the `**` (`**https://**-etuliitettä`, Finnish suffixing the bold word).
      else facts.push({ kind, text: kind === 'url' ? value.replace(/\*\*.*$/, '').replace(/[.,;:!?]+$/, '') : value });
      return kind === 'link' ? `](${blank(match.slice(2))}` : blank(match);
    });
  }
  if (!hasDigit) return facts;
  for (const m of text.matchAll(NUMBER)) {
    const token = m[0];
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const version = VERSION_CUE.test(before) && /[.,]/.test(token);
    const exact = options.exactNumbers === true || version;
    // In English a comma followed by other than three digits is a list (`decimal(9,2)`), not one number.
    // Only in parentheses (a type's arguments): an unbounded run of them would be as many facts to pair.
    // A run of two or more such commas (`boxes 2,8,9`) is a list wherever it stands: no number groups so.
    if (options.locale === 'en' && !version && (text.charCodeAt(m.index - 1) === 40 || (text[m.index + token.length] === ',' && SHORT_LIST.test(text.slice(m.index, m.index + 42)))) && ENGLISH_LIST.test(token)) {
      for (const part of token.split(',')) facts.push({ kind: 'number', text: part, value: Number(part), exact: options.exactNumbers === true });
      continue;
    }
    // An English decimal without its leading zero (`enter .8`): the locales write `0,8`.
    // (Not after a name: `RECEIVE_FILES.<sup>2</sup>` is a footnote.)
    if (options.locale === 'en' && !exact && /^\d+$/.test(token) && text[m.index - 1] === '.' && !/[\d\p{L}_]/u.test(unblanked[m.index - 2] ?? '')) {
      facts.push({ kind: 'number', text: `.${token}`, value: Number(`0.${token}`), exact: false });
      continue;
    }
    const value = options.locale === 'en' ? englishValue(token) : numberValue(token, options.locale);
    facts.push({ kind: exact && version ? 'version' : 'number', text: token, value, exact });
  }
  return facts;
}

/**
 * Links, images, code spans and bold runs of a segment's text. Links and images are CommonMark's, as micromark reads
 * them (`[[Search]](a.md)` is one link, `[ファイル]` none): from `links`, the text's inline links read at parse time,
 * or read here when the text has a `](`. Autolinks are not counted.
 */
export function markupCounts(text: string, links?: readonly InlineLink[]): MarkupCounts {
  const read = links ?? (text.includes('](') ? (inlineLinksOf([text])[0] ?? []) : []);
  let linkCount = 0;
  let images = 0;
  for (const l of read) {
    if (l.kind === 'image') images++;
    else if (!l.autolink) linkCount++;
  }
  return {
    links: linkCount,
    images,
    code: text.includes('`') ? Math.floor((text.match(/`/g) ?? []).length / 2) : 0,
    bold: text.includes('**') ? Math.floor((text.match(/\*\*/g) ?? []).length / 2) : 0,
  };
}

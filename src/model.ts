// Core records shared by every layer: articles as parsed, findings as reported. The lowest layer: imports nothing
// from src (test/layers.test.ts).

/** What a `Fact` is: the pattern of parse/facts.ts that found it. */
export type FactKind =
  | 'link'
  | 'code'
  | 'no-loc'
  | 'url'
  | 'email'
  | 'guid'
  | 'ip'
  | 'account'
  | 'domain'
  | 'path'
  | 'cmdlet'
  | 'parameter'
  | 'variable'
  | 'hash'
  | 'version'
  | 'time'
  | 'date'
  | 'identifier'
  | 'number'
  // Read in English sources only (the targets' facts are unchanged): compared by looking for them in the target.
  | 'name'
  | 'qualified'
  | 'syntax'
  | 'option'
  | 'bracketed'
  | 'caps';

/** A token that must survive translation (identifier, number, URL, code…), lifted out of segment text by parse/facts.ts. */
export interface Fact {
  readonly kind: FactKind;
  /** The token as written. */
  readonly text: string;
  /** For numbers: the value read with the text's own conventions (English for sources, the locale for targets). */
  readonly value?: number;
  /** For numbers: must keep its exact form (versions, values in code or in a table's example column). */
  readonly exact?: boolean;
  /** For times: minutes after midnight (2:45 PM → 885). For dates: the numbers of the date, sorted (12/31/2028 → 12,31,2028). */
  readonly key?: string;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type Category = 'conflict' | 'link' | 'fact' | 'table' | 'drift' | 'structure' | 'metadata';
export const CATEGORIES: readonly Category[] = ['conflict', 'link', 'fact', 'table', 'drift', 'structure', 'metadata'];

/** Where a bilingual segment sits in the document structure. */
export type SegmentContext =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'blockquote'
  | 'table-cell'
  | 'link-text'
  | 'html-table'
  | 'other';

/** The id prefix of the pairs paired mode writes (`lc-3`, `lc-3-2`): bilingual files use the ids of their tool. */
export const PAIRED_ID_PREFIX = 'lc-';


/** One translated sentence and its embedded English source (a `data-ttu-id` / `data-stu-id` pair). */
export interface Segment {
  /** The `data-ttu-id` value, e.g. `b5882-105`. Not stable across revisions: never align by it. */
  readonly id: string;
  /** Order of the segment in its article, from 0. */
  readonly index: number;
  /** Translated text, entities decoded, inline markup kept as written (Markdown is text here). */
  readonly target: string;
  /** English source text, entities decoded. */
  readonly source: string;
  /** 1-based line and column of the target span's opening tag. */
  readonly line: number;
  readonly column: number;
  /** 1-based line of the source span's opening tag (differs from `line` when a pair straddles lines). */
  readonly sourceLine: number;
  readonly sourceColumn: number;
  /** 1-based line and column where the target text starts (just after the opening tag). */
  readonly targetTextLine: number;
  readonly targetTextColumn: number;
  readonly sourceTextLine: number;
  readonly sourceTextColumn: number;
  readonly endLine: number;
  readonly context: SegmentContext;
  /** `table-key`: first column of a data table; `table-value`: an example/value column; else `text`. */
  readonly role: 'text' | 'table-key' | 'table-value';
  /** Tokens that must survive translation, from the source (read as English) and the target (its locale). */
  readonly sourceFacts: readonly Fact[];
  readonly targetFacts: readonly Fact[];
}

export interface TableCell {
  /** Translated text of the cell (segment targets joined, or the raw cell text when nothing is bilingual). */
  readonly text: string;
  /** English text of the cell (segment sources joined, or the raw cell text). */
  readonly source: string;
  /** Indexes into `Article.segments`. */
  readonly segments: readonly number[];
  readonly line: number;
  readonly column: number;
}

export interface Table {
  readonly kind: 'gfm' | 'html';
  readonly line: number;
  readonly header: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
  /**
   * Set when the header reads like a data table (`Data type | Example | Notes`): rows are records keyed
   * by the first column's source text, and the listed columns hold values that must not be translated.
   */
  readonly record?: { readonly valueColumns: readonly number[] };
}

export type LinkKind = 'link' | 'image' | 'definition' | 'html';

export interface LinkRef {
  readonly url: string;
  readonly kind: LinkKind;
  readonly line: number;
  readonly column: number;
  /** Segment index when the link sits inside a bilingual span. */
  readonly segment?: number;
  /** Which half of the segment holds it; `outside` for links outside any span (e.g. around a link text pair). */
  readonly side: 'target' | 'source' | 'outside';
}

export interface Anchor {
  readonly id: string;
  readonly line: number;
  readonly kind: 'explicit' | 'heading';
}

export interface CodeBlock {
  readonly lang: string;
  readonly value: string;
  /** Line of the block's first line: the opening fence when `fenced`, else the first code line. */
  readonly line: number;
  readonly fenced: boolean;
  readonly endLine: number;
}

export interface Heading {
  readonly depth: number;
  readonly line: number;
  /** Source (English) text when the heading is bilingual, else its text. */
  readonly source: string;
  readonly setext: boolean;
}

/** A problem the parser met: becomes a finding of the check named by `checkId`. */
export interface ParseProblem {
  readonly checkId: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly line: number;
  readonly column: number;
  readonly key: string;
}

/** The compact per-article model every check reads. No tree, no raw text: cheap to keep and to send. */
/** An inline `loccheck-disable…` comment: findings of `ruleIds` (every check when empty) on lines from…to are dropped. */
export interface Suppression {
  readonly kind: 'next-line' | 'range';
  /** Where the comment is. */
  readonly line: number;
  readonly column: number;
  readonly from: number;
  readonly to: number;
  readonly ruleIds: readonly string[];
}

export interface Article {
  /** Path as shown to users, relative to the working directory, with `/` separators. */
  readonly path: string;
  readonly locale: string;
  readonly family: string;
  /** Path of the article below its locale root (or its file name), used to resolve relative links. */
  readonly relPath: string;
  /** Index into the scanned roots, for link resolution. */
  readonly root: number;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** `ms.lasthandoff` as an ISO date (YYYY-MM-DD), when present and valid. */
  readonly handoff?: string;
  readonly bytes: number;
  readonly lineCount: number;
  readonly segments: readonly Segment[];
  readonly tables: readonly Table[];
  readonly links: readonly LinkRef[];
  readonly anchors: readonly Anchor[];
  readonly headings: readonly Heading[];
  readonly codeBlocks: readonly CodeBlock[];
  readonly problems: readonly ParseProblem[];
  readonly suppressions: readonly Suppression[];
  /**
   * A translation-only article aligned with its English here (paired mode): its pairs are the ones loccheck wrote,
   * its sentences cut by loccheck. Set where paired mode builds the article, never read from the file's ids.
   */
  readonly paired?: true;
}

/** A link as the whole-run link resolution sees it: where it is, and the segment it sits in (for the report). */
export interface SummaryLink {
  readonly url: string;
  readonly kind: LinkKind;
  readonly line: number;
  readonly column: number;
  readonly segment?: SegmentText;
  /** The link stands outside the translated text (around a pair, or outside any pair): copied from the English. */
  readonly outside?: true;
  /** Set when the English half of its segment has the same link (an HTML link leaves no URL in the half's text). */
  readonly inSource?: true;
}

/**
 * What a run keeps of an article once its family was checked: enough to resolve links across files, apply
 * suppressions and count the summary. The full model is dropped, so memory does not grow with the corpus.
 */
export interface ArticleSummary {
  readonly path: string;
  readonly locale: string;
  readonly family: string;
  readonly relPath: string;
  readonly root: number;
  readonly segmentCount: number;
  readonly tableCount: number;
  /** Anchor ids (explicit and heading slugs), in document order. */
  readonly anchors: readonly string[];
  /** Links in the target text or outside any span that are not external (candidates for cross-file resolution). */
  readonly localLinks: readonly SummaryLink[];
  readonly suppressions: readonly Suppression[];
}

export interface RelatedLocation {
  readonly path: string;
  readonly locale: string;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
  /** The translated text of the segment at that place, when the place is a bilingual segment. */
  readonly target?: string;
}

/** The bilingual segment a finding sits on: what the HTML report shows side by side. */
export interface SegmentText {
  readonly source: string;
  readonly target: string;
}

/**
 * Whose defect a finding is: `translation` (this locale's translators) or `source` (the English: the defect stands in
 * the current English of the family too, or every locale departs from its English the same way).
 */
export type Origin = 'translation' | 'source';
export const ORIGINS: readonly Origin[] = ['translation', 'source'];

/** What a fix repairs (`--fix-type`): the kinds of mechanical damage whose right form stands in the segment's English. */
export type FixType = 'mangled' | 'case-changed' | 'version' | 'table-identifier' | 'link-locale';
export const FIX_TYPES: readonly FixType[] = ['mangled', 'case-changed', 'version', 'table-identifier', 'link-locale'];

/**
 * A replacement inside the translated half of one segment (never the English half, front matter or text outside the
 * translated span): `old`, on one line at `line`:`column` up to `endColumn` (exclusive; UTF-16 columns of the file's
 * text without its BOM), becomes `text`. Applied only when `old` stands exactly there, inside the translated span that
 * starts at `spanLine`:`spanColumn` and ends before the English span at `sourceLine`:`sourceColumn`, and the file's
 * sha256 is still `hash`.
 */
export interface Fix {
  readonly type: FixType;
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  readonly old: string;
  readonly text: string;
  readonly spanLine: number;
  readonly spanColumn: number;
  readonly sourceLine: number;
  readonly sourceColumn: number;
  /** `column` and `endColumn` counted in UTF-8 bytes of the line (reviewdog's columns), when the bytes were known. */
  readonly byteColumn?: number;
  readonly endByteColumn?: number;
  /** sha256 (hex) of the file's bytes as they were checked. */
  readonly hash?: string;
  /**
   * A translation-only article (paired mode, `--source`): the translated span is the translation's own text, from
   * `spanLine`:`spanColumn` up to `sourceLine`:`sourceColumn` (where the English was written beside it when checked);
   * the file holds no English span.
   */
  readonly translationOnly?: true;
}

/** A finding as checks and the engine produce it, before any reporter formats it. */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly path: string;
  readonly locale: string;
  readonly family: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly message: string;
  readonly actual?: string;
  readonly expected?: string;
  readonly related: readonly RelatedLocation[];
  /** The segment at the finding's line, when there is one. */
  readonly segment?: SegmentText;
  readonly origin: Origin;
  /** For a `source` finding: the evidence that decided it (the current English has it; every locale agrees). */
  readonly evidence?: string;
  readonly fingerprint: string;
  readonly docsUrl: string;
  /** A safe repair (`--fix`), for a translation's mechanical damage whose right form is in the segment's English. */
  readonly fix?: Fix;
}

export interface Summary {
  readonly files: number;
  readonly locales: readonly string[];
  readonly families: number;
  readonly segments: number;
  readonly tables: number;
  readonly findings: { readonly error: number; readonly warning: number; readonly info: number };
  readonly byRule: Readonly<Record<string, number>>;
  readonly byLocale: Readonly<Record<string, number>>;
  /** Findings by origin (reports before version 1.1 have none). */
  readonly byOrigin?: Readonly<Record<Origin, number>>;
  /** Findings that carry a fix (`--fix`); reports before version 1.2 have none. */
  readonly fixable?: number;
  readonly durationMs: number;
}

export interface Report {
  readonly reportVersion: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly summary: Summary;
  readonly findings: readonly Finding[];
  /** Non-fatal notes about the run (inputs skipped, caps applied). */
  readonly notes: readonly string[];
  /** With `--baseline`: how the findings compare with it. */
  readonly baseline?: BaselineSummary;
  /** The config file the run used (relative to the working directory), absent when it used the defaults. */
  readonly config?: string;
  /**
   * Titles of families keyed by an `ms.assetid` (from the front matter), for reports read by people (HTML). The JSON
   * report (1.3) carries those of the families with findings, so a report rendered from JSON shows them too.
   */
  readonly familyTitles?: Readonly<Record<string, string>>;
}

export interface BaselineSummary {
  readonly file: string;
  /** Entries in the baseline file. */
  readonly known: number;
  /** Findings of this run hidden because the baseline has them. */
  readonly matched: number;
  /** Baseline entries that this run no longer finds (fixed, or their text changed). */
  readonly fixed: readonly { fingerprint: string; ruleId: string; path: string; line: number; message: string }[];
}

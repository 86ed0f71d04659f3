// The contract between checks and the engine: checks report message ids with data; the engine stamps identity.
import type { Article, ArticleSummary, Category, Fix, SegmentText, Severity } from '../model.js';
import type { ParsedArticle } from '../parse/article.js';

export interface CheckMeta {
  /** Unique, kebab-case, equal to the file name and to `docs/checks/<id>.md`. */
  readonly id: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  /** One line: what the check finds. */
  readonly description: string;
  /** Message templates by message id; `{name}` is replaced with `data.name`. */
  readonly messages: Readonly<Record<string, string>>;
  /** Severity by message id when a message differs from the check's default (e.g. missing vs. mangled). */
  readonly messageSeverity?: Readonly<Record<string, Severity>>;
  /** Message ids whose findings may carry a fix (`--fix`), with what the fix repairs, for docs and `--list-checks`. */
  readonly fixable?: Readonly<Record<string, string>>;
}

export interface RelatedInput {
  readonly article: Article;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

export interface ReportInput {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The article the finding is on; article-scope checks may omit it. */
  readonly article?: Article | ArticleSummary;
  /** The segment to show with the finding; found from the article's model when omitted. */
  readonly segment?: SegmentText;
  readonly line: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly actual?: string;
  readonly expected?: string;
  readonly related?: readonly RelatedInput[];
  /**
   * What identifies this finding independently of line numbers (normalised source text, the token, …).
   * The engine hashes it with the check id, family and locale into the fingerprint.
   */
  readonly key: string;
  /**
   * What identifies this departure from the English across locales (the source token and sentence, never the
   * locale's own text), for a check whose departures could come from a damaged English: when (nearly) every article
   * of the family reports the same witness, the English is the odd one and the finding's origin is `source`.
   * Left out for MT damage (blanks inserted, case changed, a token split), which stays a translation defect.
   */
  readonly witness?: string;
  /** How many articles of the family could report this witness (default: all of them), e.g. those that have the link. */
  readonly witnessOf?: number;
  /**
   * True when the check saw the defect in the English too: the segment's English half has it, or it stands outside
   * any pair (copied from the English). The engine makes it a `source` finding when that English is current.
   */
  readonly inSource?: boolean;
  /**
   * The check's evidence that this segment's English half is the altered form (its link markup broken where the
   * translation has the link): the engine makes the finding `source` when that English is current.
   */
  readonly sourceDamage?: string;
  /**
   * For a departure that is a locale's choice when several locales make it (a UI term they translate, `FastTab`,
   * `XML\Element`): the share of the family that, reporting the same `witness`, makes it the locales' convention.
   * The engine then keeps the finding at `info`, with that evidence.
   */
  readonly conventionShare?: number;
  /**
   * A safe repair of the translation (see `checks/support/fix.ts`): offered only when the right form is in this
   * segment's English and the damaged form maps to it one to one. The engine adds the file's hash, and drops the fix
   * when the finding turns out to be the English's (`source`).
   */
  readonly fix?: Fix;
}

export type Reporter = (input: ReportInput) => void;

export interface ArticleCheckContext {
  readonly parsed: ParsedArticle;
  readonly article: Article;
  readonly options: Readonly<Record<string, unknown>>;
  readonly report: Reporter;
}

export interface FamilyCheckContext {
  readonly family: string;
  /** Every file of the family: one per locale, or several revisions of one locale (oldest handoff first). */
  readonly articles: readonly Article[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly report: Reporter;
}

/** What project checks know of the whole run: which files exist below each locale root, and every article. */
export interface ProjectIndex {
  readonly roots: readonly string[];
  /** True when a file exists at this path below the given root index (paths normalised, `/` separated). */
  fileExists(root: number, relPath: string): boolean;
  /** The article at a path below a root, when it was scanned. */
  articleAt(root: number, relPath: string): ArticleSummary | undefined;
  /** Paired mode: true when a file exists at this path below the English tree (`--source`). */
  sourceFileExists?(relPath: string): boolean;
}

/** What project checks see: the summary of every article (links, anchors), collected before any is resolved. */
export interface ProjectCheckContext {
  readonly articles: readonly ArticleSummary[];
  readonly project: ProjectIndex;
  readonly options: Readonly<Record<string, unknown>>;
  readonly report: Reporter;
}

export interface ArticleCheck {
  readonly meta: CheckMeta;
  readonly scope: 'article';
  run(context: ArticleCheckContext): void;
}

export interface FamilyCheck {
  readonly meta: CheckMeta;
  readonly scope: 'family';
  run(context: FamilyCheckContext): void;
}

/**
 * Runs once after every family was checked, over the summaries of all articles (links across files), the way
 * remark-validate-links collects from every file first and then resolves.
 */
export interface ProjectCheck {
  readonly meta: CheckMeta;
  readonly scope: 'project';
  run(context: ProjectCheckContext): void;
}

/** What report-scope checks see: every article, and which of their suppressions silenced a finding. */
export interface ReportCheckContext {
  readonly articles: readonly ArticleSummary[];
  /** `used(article, index)` is true when `article.suppressions[index]` dropped at least one finding. */
  readonly used: (article: ArticleSummary, index: number) => boolean;
  readonly options: Readonly<Record<string, unknown>>;
  readonly report: Reporter;
}

/** Runs once after every other check and after suppressions were applied (e.g. unused suppressions). */
export interface ReportCheck {
  readonly meta: CheckMeta;
  readonly scope: 'report';
  run(context: ReportCheckContext): void;
}

export type Check = ArticleCheck | FamilyCheck | ProjectCheck | ReportCheck;

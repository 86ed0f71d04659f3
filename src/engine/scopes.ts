// The four check scopes run in order: article, family (per family, across locales), project (links), report.
import { isExternal } from '../checks/support/urls.js';
import type { ArticleCheck, FamilyCheck, ProjectCheck, ProjectIndex, ReportCheck, ReportInput } from '../checks/types.js';
import type { Article, ArticleSummary, SummaryLink } from '../model.js';
import { type ArticleInput, type ParsedArticle, parseArticle } from '../parse/article.js';
import type { FindingSink } from './project-findings.js';
import { type ActiveRule, type PendingFinding, crashFinding, segmentText, stamp } from './rules.js';

/**
 * Runs one check over one scope. A check that throws loses what it reported there, and the throw becomes an
 * `unreadable-file/crashed` finding on `article` naming the check, so one bad file neither stops the run nor hides
 * the other files' findings (as unified-engine does).
 */
function runGuarded(
  rule: ActiveRule,
  article: { path: string; locale: string; family: string } | undefined,
  fallback: Article | undefined,
  out: FindingSink,
  what: string,
  run: (report: (r: ReportInput) => void) => void,
): void {
  const mark = out.length;
  try {
    run((r) => out.push(stamp(rule, fallback, r)));
  } catch (error) {
    if (!article) throw error;
    out.length = mark;
    out.push(crashFinding(article, `running the check ${rule.check.meta.id}${what}`, error, 'this check was'));
  }
}

/** Runs the article-scope checks on a parsed article. */
export function runArticleChecks(parsed: ParsedArticle, rules: readonly ActiveRule[]): PendingFinding[] {
  const findings: PendingFinding[] = [];
  for (const rule of rules) {
    if (rule.check.scope !== 'article') continue;
    const check = rule.check as ArticleCheck;
    runGuarded(rule, parsed.article, parsed.article, findings, '', (report) =>
      check.run({ parsed, article: parsed.article, options: rule.options, report }),
    );
  }
  return findings;
}

/** Parses one article and runs the article-scope checks on it. The text is not kept. */
export function analyzeArticle(
  input: ArticleInput,
  rules: readonly ActiveRule[],
  maxBytes: number,
): { article: Article; findings: PendingFinding[] } {
  const parsed = parseArticle(input, { maxBytes });
  return { article: parsed.article, findings: runArticleChecks(parsed, rules) };
}

/** Groups articles into families; within a family, by locale, then oldest handoff first. */
export function groupFamilies(articles: readonly Article[]): Map<string, Article[]> {
  const families = new Map<string, Article[]>();
  for (const a of articles) {
    const list = families.get(a.family);
    if (list) list.push(a);
    else families.set(a.family, [a]);
  }
  for (const list of families.values()) {
    list.sort(
      (a, b) =>
        a.locale.localeCompare(b.locale) || (a.handoff ?? '').localeCompare(b.handoff ?? '') || a.path.localeCompare(b.path),
    );
  }
  return families;
}

export function checkFamilies(families: ReadonlyMap<string, readonly Article[]>, rules: readonly ActiveRule[]): PendingFinding[] {
  const findings: PendingFinding[] = [];
  for (const rule of rules) {
    if (rule.check.scope !== 'family') continue;
    const check = rule.check as FamilyCheck;
    for (const [family, articles] of families) {
      // A family check that throws is reported on the family's first article in path order.
      const first = [...articles].sort((a, b) => a.path.localeCompare(b.path))[0];
      runGuarded(rule, first, undefined, findings, ' on the family', (report) => check.run({ family, articles, options: rule.options, report }));
    }
  }
  return findings;
}

/** What the run keeps of a checked article: anchors, local links with their segment text, suppressions, counts. */
export function summarizeArticle(article: Article): ArticleSummary {
  const localLinks: SummaryLink[] = [];
  // The links of each English half, to say which target links the English has too.
  const sourceLinks = new Set<string>();
  for (const l of article.links) if (l.side === 'source') sourceLinks.add(`${l.segment}\u0000${l.url}`);
  for (const l of article.links) {
    // Target and source halves hold the same link: the target's stands for both.
    if (l.side === 'source' || isExternal(l.url.trim())) continue;
    const segment = segmentText(article, l.line, l.column);
    const inSource = l.side === 'target' && sourceLinks.has(`${l.segment}\u0000${l.url}`);
    localLinks.push({ url: l.url, kind: l.kind, line: l.line, column: l.column, ...(segment ? { segment } : {}), ...(l.side === 'outside' ? { outside: true as const } : {}), ...(inSource ? { inSource: true as const } : {}) });
  }
  return {
    path: article.path,
    locale: article.locale,
    family: article.family,
    relPath: article.relPath,
    root: article.root,
    segmentCount: article.segments.length,
    tableCount: article.tables.length,
    anchors: article.anchors.map((a) => a.id),
    localLinks,
    suppressions: article.suppressions,
  };
}

const NO_ANCHORS: readonly string[] = Object.freeze([]);
const NO_LINKS: readonly SummaryLink[] = Object.freeze([]);

/**
 * A summary once the project checks have run: its anchors and local links (with their segment text, the bulk of a
 * summary) served those checks only, so what the rest of the run keeps (suppressions, counts, places) is this.
 */
export function withoutLinks(summary: ArticleSummary): ArticleSummary {
  return {
    path: summary.path,
    locale: summary.locale,
    family: summary.family,
    relPath: summary.relPath,
    root: summary.root,
    segmentCount: summary.segmentCount,
    tableCount: summary.tableCount,
    anchors: NO_ANCHORS,
    localLinks: NO_LINKS,
    suppressions: summary.suppressions,
  };
}

/**
 * Runs the project-scope checks (links across files) over the summaries of every article of the run, into a list, or
 * into `into` (a run without a cache keeps them compact by family: `ProjectFindings`).
 */
export function checkProject(articles: readonly ArticleSummary[], rules: readonly ActiveRule[], project: ProjectIndex): PendingFinding[];
export function checkProject<S extends FindingSink>(articles: readonly ArticleSummary[], rules: readonly ActiveRule[], project: ProjectIndex, into: S): S;
export function checkProject(articles: readonly ArticleSummary[], rules: readonly ActiveRule[], project: ProjectIndex, into?: FindingSink): FindingSink {
  const findings: FindingSink = into ?? [];
  for (const rule of rules) {
    if (rule.check.scope !== 'project') continue;
    const check = rule.check as ProjectCheck;
    const mark = findings.length;
    try {
      check.run({ articles, project, options: rule.options, report: (r) => findings.push(stamp(rule, undefined, r)) });
    } catch {
      // Run again one article at a time (links are resolved per source article), so the one that throws is named.
      findings.length = mark;
      for (const article of articles) {
        runGuarded(rule, article, undefined, findings, '', (report) => check.run({ articles: [article], project, options: rule.options, report }));
      }
    }
  }
  return findings;
}

/**
 * Drops the findings that an inline `loccheck-disable…` comment of their article covers, then runs the
 * report-scope checks (unused suppressions) on what is left.
 */
export function applySuppressions(
  pending: readonly PendingFinding[],
  articles: readonly ArticleSummary[],
  rules: readonly ActiveRule[],
): PendingFinding[] {
  const byPath = new Map<string, ArticleSummary>();
  for (const a of articles) if (a.suppressions.length > 0) byPath.set(a.path, a);
  const used = new Map<ArticleSummary, Set<number>>();
  const kept: PendingFinding[] = [];
  for (const f of pending) {
    const article = byPath.get(f.path);
    const hit = article?.suppressions.findIndex(
      (s) => f.line >= s.from && f.line <= s.to && (s.ruleIds.length === 0 || s.ruleIds.includes(f.ruleId)),
    );
    if (article && hit !== undefined && hit >= 0) {
      let set = used.get(article);
      if (!set) used.set(article, (set = new Set()));
      set.add(hit);
      continue;
    }
    kept.push(f);
  }
  for (const rule of rules) {
    if (rule.check.scope !== 'report') continue;
    const check = rule.check as ReportCheck;
    runGuarded(rule, articles[0], undefined, kept, '', (report) =>
      check.run({ articles, used: (a, i) => used.get(a)?.has(i) ?? false, options: rule.options, report }),
    );
  }
  return kept;
}

// Runs checks over parsed articles and families; stamps check id, severity, category, docs URL and fingerprint.
import * as crypto from 'node:crypto';
import { checks as allChecks } from '../checks/registry.js';
import { isExternal } from '../checks/support/urls.js';
import { unreadableFile } from '../checks/unreadable-file.js';
import type { ArticleCheck, Check, FamilyCheck, ProjectCheck, ProjectIndex, ReportCheck, ReportInput } from '../checks/types.js';
import type { Config } from '../config/schema.js';
import type { Article, ArticleSummary, Finding, Report, Segment, SegmentText, Severity, Summary, SummaryLink } from '../model.js';
import { type ArticleInput, type ParsedArticle, parseArticle } from '../parse/article.js';

export const REPORT_VERSION = '1.0';
export const DOCS_BASE = 'https://github.com/loccheck/loccheck/blob/main/docs/checks/';

export interface ActiveRule {
  check: Check;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Finding before fingerprinting: `key` is what identifies it apart from line numbers. */
export type PendingFinding = Omit<Finding, 'fingerprint'> & { key: string };

/** The checks to run with their configured severity and options; `off` checks are left out. */
export function activeRules(config: Pick<Config, 'checks'>, registry: readonly Check[] = allChecks): ActiveRule[] {
  const rules: ActiveRule[] = [];
  for (const check of registry) {
    const setting = config.checks[check.meta.id];
    if (setting?.severity === 'off') continue;
    rules.push({
      check,
      severity: setting?.severity ?? check.meta.defaultSeverity,
      options: setting?.options ?? {},
    });
  }
  return rules;
}

export function interpolate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/**
 * The segment at a place: among the segments covering the line (several share a table row), the last one that
 * starts at or before the column. Segments are in document order.
 */
export function segmentAt(article: Article, line: number, column = 1): Segment | undefined {
  const segs = article.segments;
  const range = lineRange(article, line);
  if (!range) return undefined;
  // Within the line's range (document order), "starts before this line, or at or before this column" holds for
  // a prefix: the last index where it holds is found by bisection, so a line of 100,000 segments costs log n.
  const holds = (i: number): boolean => {
    const s = segs[i] as Segment;
    const sLine = start(s);
    const sCol = s.line <= s.sourceLine ? s.column : s.sourceColumn;
    return sLine < line || sCol <= column;
  };
  let lo = range[0];
  let hi = range[1];
  if (!holds(lo)) return segs[lo];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (holds(mid)) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

const start = (s: Segment): number => Math.min(s.line, s.sourceLine);
/** Per article and line: the first and last index of the segments covering the line, found once. */
const lineRanges = new WeakMap<Article, Map<number, readonly [number, number] | null>>();

function lineRange(article: Article, line: number): readonly [number, number] | null {
  let byLine = lineRanges.get(article);
  if (!byLine) lineRanges.set(article, (byLine = new Map()));
  const known = byLine.get(line);
  if (known !== undefined) return known;
  const segs = article.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let hit = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (line < start(s)) hi = mid - 1;
    else if (line > s.endLine) lo = mid + 1;
    else {
      hit = mid;
      break;
    }
  }
  let range: readonly [number, number] | null = null;
  if (hit >= 0) {
    let first = hit;
    while (first > 0 && (segs[first - 1] as Segment).endLine >= line && start(segs[first - 1] as Segment) <= line) first--;
    let last = first;
    while (last + 1 < segs.length && start(segs[last + 1] as Segment) <= line) last++;
    range = [first, last];
  }
  byLine.set(line, range);
  return range;
}

const isFullArticle = (a: Article | ArticleSummary): a is Article => Array.isArray((a as Article).segments);

function segmentText(article: Article, line: number, column?: number): SegmentText | undefined {
  const s = segmentAt(article, line, column);
  return s ? { source: s.source, target: s.target } : undefined;
}

function stamp(rule: ActiveRule, fallback: Article | undefined, input: ReportInput): PendingFinding {
  const { meta } = rule.check;
  const article = input.article ?? fallback;
  if (!article) throw new Error(`check ${meta.id} reported without an article`);
  const template = meta.messages[input.messageId];
  if (template === undefined) throw new Error(`check ${meta.id} reported unknown message id "${input.messageId}"`);
  // A configured severity replaces the default; per-message severities scale with it (a warning stays below).
  const configured = rule.severity !== meta.defaultSeverity;
  const severity = configured ? rule.severity : (meta.messageSeverity?.[input.messageId] ?? rule.severity);
  const segment = input.segment ?? (isFullArticle(article) ? segmentText(article, input.line, input.column) : undefined);
  return {
    ruleId: meta.id,
    messageId: input.messageId,
    category: meta.category,
    severity,
    path: article.path,
    locale: article.locale,
    family: article.family,
    line: Math.max(1, input.line),
    column: Math.max(1, input.column ?? 1),
    ...(input.endLine !== undefined ? { endLine: input.endLine } : {}),
    message: interpolate(template, input.data),
    ...(input.actual !== undefined ? { actual: input.actual } : {}),
    ...(input.expected !== undefined ? { expected: input.expected } : {}),
    related: (input.related ?? []).map((r) => {
      const other = segmentAt(r.article, r.line, r.column);
      return {
        path: r.article.path,
        locale: r.article.locale,
        line: r.line,
        ...(r.column !== undefined ? { column: r.column } : {}),
        message: r.message,
        ...(other ? { target: other.target } : {}),
      };
    }),
    ...(segment ? { segment } : {}),
    docsUrl: `${DOCS_BASE}${meta.id}.md`,
    key: input.key,
  };
}

/** An error as one short line for a finding: its class and message, cut. */
export function describeCrash(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/**
 * A file whose parsing or checking threw (a stack overflow, a bug): an `unreadable-file/crashed` error on it,
 * naming the phase or check. It is always reported, even with `unreadable-file` turned off: a failure never hides.
 */
export function crashFinding(where: { path: string; locale: string; family: string }, phase: string, error: unknown, scope = 'the rest of the file was'): PendingFinding {
  const meta = unreadableFile.meta;
  const data = { phase, error: describeCrash(error), scope };
  // A time limit or a heap limit is a bound reached by design, not a bug: said so.
  const messageId = /time limit|OUT_OF_MEMORY/.test(data.error) ? 'limit' : 'crashed';
  return {
    ruleId: meta.id,
    messageId,
    category: meta.category,
    severity: 'error',
    path: where.path,
    locale: where.locale,
    family: where.family,
    line: 1,
    column: 1,
    message: interpolate(meta.messages[messageId] as string, data),
    related: [],
    docsUrl: `${DOCS_BASE}${meta.id}.md`,
    key: `${messageId}:${phase}`,
  };
}

/** Runs the article-scope checks on a parsed article; a check that throws becomes a finding naming it. */
export function runArticleChecks(parsed: ParsedArticle, rules: readonly ActiveRule[]): PendingFinding[] {
  const findings: PendingFinding[] = [];
  for (const rule of rules) {
    if (rule.check.scope !== 'article') continue;
    const check = rule.check as ArticleCheck;
    const mark = findings.length;
    try {
      check.run({
        parsed,
        article: parsed.article,
        options: rule.options,
        report: (r) => findings.push(stamp(rule, parsed.article, r)),
      });
    } catch (error) {
      findings.length = mark;
      findings.push(crashFinding(parsed.article, `running the check ${rule.check.meta.id}`, error, `this check was`));
    }
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
      const mark = findings.length;
      try {
        check.run({ family, articles, options: rule.options, report: (r) => findings.push(stamp(rule, undefined, r)) });
      } catch (error) {
        findings.length = mark;
        const first = [...articles].sort((a, b) => a.path.localeCompare(b.path))[0];
        if (first) findings.push(crashFinding(first, `running the check ${rule.check.meta.id} on the family`, error, 'this check was'));
      }
    }
  }
  return findings;
}

/** What the run keeps of a checked article: anchors, local links with their segment text, suppressions, counts. */
export function summarizeArticle(article: Article): ArticleSummary {
  const localLinks: SummaryLink[] = [];
  for (const l of article.links) {
    // Target and source halves hold the same link: the target's stands for both.
    if (l.side === 'source' || isExternal(l.url.trim())) continue;
    const segment = segmentText(article, l.line, l.column);
    localLinks.push({ url: l.url, kind: l.kind, line: l.line, column: l.column, ...(segment ? { segment } : {}) });
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

/** Runs the project-scope checks (links across files) over the summaries of every article of the run. */
export function checkProject(articles: readonly ArticleSummary[], rules: readonly ActiveRule[], project: ProjectIndex): PendingFinding[] {
  const findings: PendingFinding[] = [];
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
        const at = findings.length;
        try {
          check.run({ articles: [article], project, options: rule.options, report: (r) => findings.push(stamp(rule, undefined, r)) });
        } catch (error) {
          findings.length = at;
          findings.push(crashFinding(article, `running the check ${rule.check.meta.id}`, error, 'this check was'));
        }
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
    check.run({
      articles,
      used: (a, i) => used.get(a)?.has(i) ?? false,
      options: rule.options,
      report: (r) => kept.push(stamp(rule, undefined, r)),
    });
  }
  return kept;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

// The order of `localeCompare`, without its per-call set-up (tens of thousands of findings are sorted).
const collator = new Intl.Collator();

/** Fingerprints (check, family, locale, key, n-th occurrence: never a line number) and a stable order. */
export function finalizeFindings(pending: readonly PendingFinding[]): Finding[] {
  // Paths are ranked once (a few thousand collator calls), not compared at every step of the sort.
  const paths = [...new Set(pending.map((f) => f.path))].sort(collator.compare);
  const rank = new Map(paths.map((p, i) => [p, i]));
  const sorted = [...pending].sort(
    (a, b) =>
      (rank.get(a.path) as number) - (rank.get(b.path) as number) ||
      a.line - b.line ||
      a.column - b.column ||
      collator.compare(a.ruleId, b.ruleId) ||
      collator.compare(a.message, b.message),
  );
  const seen = new Map<string, number>();
  return sorted.map(({ key, ...f }) => {
    const base = `${f.ruleId}\u0000${f.family}\u0000${f.locale}\u0000${f.path}\u0000${key.replace(/\s+/g, ' ').trim()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    // `f` is a fresh copy (the pending finding may be a cached one): completed in place, not copied again.
    const finding = f as typeof f & { fingerprint: string };
    finding.fingerprint = sha256Hex(`${base}\u0000${n}`).slice(0, 32);
    return finding;
  });
}

/** One-shot `crypto.hash` where Node has it (20.12+): a third of the cost of a Hash object per finding. */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash: (algorithm: string, data: string, encoding: 'hex') => string }).hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** The finding counts of a summary: by severity, by check and by locale. */
function countFindings(findings: readonly Finding[]): Pick<Summary, 'findings' | 'byRule' | 'byLocale'> {
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  const byLocale: Record<string, number> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    byLocale[f.locale] = (byLocale[f.locale] ?? 0) + 1;
  }
  return { findings: counts, byRule, byLocale };
}

export function summarize(articles: readonly ArticleSummary[], findings: readonly Finding[], durationMs: number): Summary {
  return {
    files: articles.length,
    locales: [...new Set(articles.map((a) => a.locale))].sort(),
    families: new Set(articles.map((a) => a.family)).size,
    segments: articles.reduce((n, a) => n + a.segmentCount, 0),
    tables: articles.reduce((n, a) => n + a.tableCount, 0),
    ...countFindings(findings),
    durationMs: Math.round(durationMs),
  };
}

export function makeReport(
  version: string,
  articles: readonly ArticleSummary[],
  findings: readonly Finding[],
  notes: readonly string[],
  durationMs: number,
  config?: string,
): Report {
  return {
    reportVersion: REPORT_VERSION,
    tool: { name: 'loccheck', version },
    summary: summarize(articles, findings, durationMs),
    findings,
    notes,
    ...(config ? { config } : {}),
  };
}

/** The report with another list of findings (a filtered one): the summary's counts follow the findings. */
export function withFindings(report: Report, findings: readonly Finding[]): Report {
  return { ...report, findings, summary: { ...report.summary, ...countFindings(findings) } };
}

/** True when a finding is at or above the `--fail-on` threshold. */
export function failsAt(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && severityRank[severity] <= severityRank[failOn];
}

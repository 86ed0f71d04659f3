// The report around the findings: counts by severity, check, locale and origin; the exit-code threshold.
import type { ArticleSummary, Finding, Report, Severity, Summary } from '../model.js';

/** 1.2: findings may carry a `fix`, the summary counts `fixable`. 1.1: findings carry `origin` (and `evidence` for source findings); the summary counts `byOrigin`. */
export const REPORT_VERSION = '1.3';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

type FindingCounts = Pick<Summary, 'findings' | 'byRule' | 'byLocale' | 'byOrigin' | 'fixable'>;

/**
 * The counts of a list of findings, as one small array (a run four times the corpus's size keeps one per file with
 * findings): `[error, warning, info, translation, source, fixable, checks, check, n, …, locale, n, …]`, checks and
 * locales in the order the list meets them.
 */
export type CompactCounts = readonly (string | number)[];

export function compactCounts(findings: Iterable<Finding>): CompactCounts {
  const head: [number, number, number, number, number, number] = [0, 0, 0, 0, 0, 0];
  const byRule = new Map<string, number>();
  const byLocale = new Map<string, number>();
  for (const f of findings) {
    head[f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2]++;
    head[f.origin === 'source' ? 4 : 3]++;
    if (f.fix) head[5]++;
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    byLocale.set(f.locale, (byLocale.get(f.locale) ?? 0) + 1);
  }
  return [...head, byRule.size, ...[...byRule].flat(), ...[...byLocale].flat()];
}

/**
 * The finding counts of a summary (by severity, by check, by locale and by origin) from the counts of consecutive
 * lists of findings: a check or locale is keyed where the whole list would first meet it, so the report's JSON is
 * the same whether its findings were counted at once or a file at a time.
 */
export function sumCounts(parts: Iterable<CompactCounts>): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  const byLocale: Record<string, number> = {};
  const byOrigin = { translation: 0, source: 0 };
  let fixable = 0;
  for (const c of parts) {
    counts.error += c[0] as number;
    counts.warning += c[1] as number;
    counts.info += c[2] as number;
    byOrigin.translation += c[3] as number;
    byOrigin.source += c[4] as number;
    fixable += c[5] as number;
    const rulesEnd = 7 + 2 * (c[6] as number);
    for (let i = 7; i < c.length; i += 2) {
      const into = i < rulesEnd ? byRule : byLocale;
      const k = c[i] as string;
      into[k] = (into[k] ?? 0) + (c[i + 1] as number);
    }
  }
  return { findings: counts, byRule, byLocale, byOrigin, fixable };
}

/** The finding counts of a summary: by severity, by check, by locale and by origin. */
function countFindings(findings: readonly Finding[]): FindingCounts {
  return sumCounts([compactCounts(findings)]);
}

export function summarize(articles: readonly ArticleSummary[], findings: readonly Finding[], durationMs: number): Summary {
  return summarizeCounts(articles, countFindings(findings), durationMs);
}

/** The summary of a run from its articles and its findings' counts (`sumCounts`). */
export function summarizeCounts(articles: readonly ArticleSummary[], counts: FindingCounts, durationMs: number): Summary {
  return {
    files: articles.length,
    locales: [...new Set(articles.map((a) => a.locale))].sort(),
    families: new Set(articles.map((a) => a.family)).size,
    segments: articles.reduce((n, a) => n + a.segmentCount, 0),
    tables: articles.reduce((n, a) => n + a.tableCount, 0),
    ...counts,
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

// The report around the findings: counts by severity, check, locale and origin; the exit-code threshold.
import type { ArticleSummary, Finding, Report, Severity, Summary } from '../model.js';

/** 1.2: findings may carry a `fix`, the summary counts `fixable`. 1.1: findings carry `origin` (and `evidence` for source findings); the summary counts `byOrigin`. */
export const REPORT_VERSION = '1.3';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The finding counts of a summary: by severity, by check, by locale and by origin. */
function countFindings(findings: readonly Finding[]): Pick<Summary, 'findings' | 'byRule' | 'byLocale' | 'byOrigin' | 'fixable'> {
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  const byLocale: Record<string, number> = {};
  const byOrigin = { translation: 0, source: 0 };
  let fixable = 0;
  for (const f of findings) {
    if (f.fix) fixable++;
    counts[f.severity]++;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    byLocale[f.locale] = (byLocale[f.locale] ?? 0) + 1;
    byOrigin[f.origin === 'source' ? 'source' : 'translation']++;
  }
  return { findings: counts, byRule, byLocale, byOrigin, fixable };
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

// Merges JSON reports of shards (--shard i/n) into one report: findings concatenated, summary recomputed.
import type { Finding, Report } from '../model.js';
import { REPORT_VERSION, withFindings } from './summary.js';

export class MergeError extends Error {}

/** Parses a JSON report (the contract of docs/report-format.md); `name` is for error messages. */
export function parseJsonReport(text: string, name: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${name}: not a loccheck JSON report (invalid JSON: ${(error as Error).message})`);
  }
  const r = data as Partial<Report> | null;
  if (!r || typeof r !== 'object' || typeof r.reportVersion !== 'string' || !Array.isArray(r.findings) || !r.summary) {
    throw new MergeError(`${name}: not a loccheck JSON report (write one with --format json)`);
  }
  if (r.reportVersion.split('.')[0] !== REPORT_VERSION.split('.')[0]) {
    throw new MergeError(`${name}: report version ${r.reportVersion} cannot be merged by this loccheck (report version ${REPORT_VERSION})`);
  }
  return r as Report;
}

const order = (a: Finding, b: Finding): number =>
  a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

/**
 * One report from several. Shards split by family, so files, families and segments add up; a finding present in
 * two inputs (the same report merged twice) is kept once, by fingerprint.
 */
export function mergeReports(reports: readonly Report[]): Report {
  if (reports.length === 0) throw new MergeError('merge-reports needs at least one JSON report');
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      // A 1.0 report has no origin: its findings were all reported as the translations'.
      findings.push(f.origin ? f : { ...f, origin: 'translation' });
    }
  }
  findings.sort(order);
  const sum = (key: 'files' | 'families' | 'segments' | 'tables'): number => reports.reduce((n, r) => n + (r.summary[key] ?? 0), 0);
  const first = reports[0] as Report;
  const merged: Report = {
    reportVersion: REPORT_VERSION,
    tool: first.tool,
    summary: {
      ...first.summary,
      files: sum('files'),
      families: sum('families'),
      segments: sum('segments'),
      tables: sum('tables'),
      locales: [...new Set(reports.flatMap((r) => r.summary.locales))].sort(),
      durationMs: Math.max(...reports.map((r) => r.summary.durationMs)),
    },
    findings: [],
    notes: [...new Set(reports.flatMap((r) => r.notes ?? []))],
  };
  return withFindings(merged, findings);
}

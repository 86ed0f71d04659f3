// GitLab Code Quality report: a JSON array of issues for `artifacts:reports:codequality`.
import type { Finding, Report, Severity } from '../model.js';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
const SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface GitlabIssue {
  description: string;
  check_name: string;
  /** GitLab shows only the first issue of a fingerprint; loccheck's are unique within a report. */
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

function description(f: Finding): string {
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`expected: ${JSON.stringify(f.expected)}`);
  if (f.actual !== undefined) values.push(`found: ${JSON.stringify(f.actual)}`);
  return values.length > 0 ? `${f.message} (${values.join('; ')})` : f.message;
}

export function formatGitlab(report: Report): string {
  const issues: GitlabIssue[] = report.findings.map((f) => ({
    description: description(f),
    check_name: f.ruleId,
    fingerprint: f.fingerprint,
    severity: SEVERITY[f.severity],
    location: { path: f.path, lines: { begin: f.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

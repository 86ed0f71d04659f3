// GitLab Code Quality report: a JSON array of issues for `artifacts:reports:codequality`.
import type { Finding, Report, Severity } from '../model.js';
import { byImportance } from './order.js';
import { type PathBase, ciPath } from './paths.js';

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

export interface GitlabOptions {
  /** The run's working directory and the repository root: `location.path` is relative to the root (see paths.ts). */
  paths?: PathBase;
}

/** Issues most important first (order.ts), each path relative to the repository root as GitLab maps it. */
export function formatGitlab(report: Report, options: GitlabOptions = {}): string {
  const issues: GitlabIssue[] = byImportance(report.findings).map((f) => ({
    description: description(f),
    check_name: f.ruleId,
    fingerprint: f.fingerprint,
    severity: SEVERITY[f.severity],
    location: { path: ciPath(f.path, options.paths).path, lines: { begin: f.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

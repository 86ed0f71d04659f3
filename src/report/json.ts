// JSON report: the versioned contract documented in docs/report-format.md.
import type { Report } from '../model.js';

export function formatJson(report: Report): string {
  const findings = report.findings.map((f) => ({
    ruleId: f.ruleId,
    messageId: f.messageId,
    category: f.category,
    severity: f.severity,
    path: f.path,
    locale: f.locale,
    family: f.family,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
    message: f.message,
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    related: f.related,
    ...(f.segment ? { segment: f.segment } : {}),
    fingerprint: f.fingerprint,
    docsUrl: f.docsUrl,
  }));
  return `${JSON.stringify({ reportVersion: report.reportVersion, tool: report.tool, summary: report.summary, notes: report.notes, ...(report.baseline ? { baseline: report.baseline } : {}), findings }, null, 2)}\n`;
}

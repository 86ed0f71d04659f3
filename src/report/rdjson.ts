// reviewdog Diagnostic Format (rdjson): one diagnostic per finding, with its fix as a suggestion, so that
// `reviewdog -f=rdjson -reporter=github-pr-review` shows each fix as a suggested change on the pull request.
// https://github.com/reviewdog/reviewdog/tree/master/proto/rdf
import type { Finding, Report, Severity } from '../model.js';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };

interface Position {
  line: number;
  column?: number;
}

function diagnostic(f: Finding): Record<string, unknown> {
  const fix = f.fix;
  // rdjson columns count UTF-8 bytes; loccheck's count UTF-16 units, so a column is given only where it is known in
  // bytes (a fix's range), and a finding without one is placed on its line.
  const start: Position = fix?.byteColumn !== undefined ? { line: fix.line, column: fix.byteColumn } : { line: f.line };
  const suggestion =
    fix && fix.byteColumn !== undefined && fix.endByteColumn !== undefined
      ? [{ range: { start: { line: fix.line, column: fix.byteColumn }, end: { line: fix.line, column: fix.endByteColumn } }, text: fix.text }]
      : undefined;
  const details = [f.expected !== undefined ? `expected: ${JSON.stringify(f.expected)}` : '', f.actual !== undefined ? `actual: ${JSON.stringify(f.actual)}` : '']
    .filter(Boolean)
    .join(', ');
  return {
    message: f.origin === 'source' ? `[from the English] ${f.message}` : f.message,
    location: {
      path: f.path,
      range: { start, ...(suggestion ? { end: { line: fix?.line, column: fix?.endByteColumn } } : {}) },
    },
    severity: SEVERITY[f.severity],
    source: { name: 'loccheck', url: 'https://github.com/loccheck/loccheck' },
    code: { value: f.ruleId, url: f.docsUrl },
    ...(suggestion ? { suggestions: suggestion } : {}),
    ...(details ? { originalOutput: `${f.path}:${f.line}:${f.column}: ${f.message} (${details})` } : {}),
  };
}

export function formatRdjson(report: Report): string {
  const out = {
    source: { name: 'loccheck', url: 'https://github.com/loccheck/loccheck' },
    diagnostics: report.findings.map(diagnostic),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// A finding for reporter tests: the fields a test does not care about get plain defaults.
import type { Finding, Report, Summary } from '../../src/model.js';

export function finding(over: Partial<Finding> & Pick<Finding, 'path' | 'line' | 'column' | 'ruleId' | 'severity' | 'message'>): Finding {
  return {
    messageId: 'block',
    category: 'conflict',
    locale: 'zh-CN',
    family: 'a.md',
    related: [],
    origin: 'translation',
    fingerprint: '0123456789abcdef0123456789abcdef',
    docsUrl: `https://github.com/loccheck/loccheck/blob/main/docs/checks/${over.ruleId}.md`,
    ...over,
  };
}

/**
 * A report around some findings for reporter tests: severity counts follow the findings, `byRule` and `byLocale`
 * stay empty (reporters that need them count themselves), and any summary field can be set.
 */
export function reportOf(findings: Finding[], over: { notes?: string[]; summary?: Partial<Summary> } = {}): Report {
  const n = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  return {
    reportVersion: '1.0',
    tool: { name: 'loccheck', version: '9.9.9' },
    summary: {
      files: 3,
      locales: ['zh-CN'],
      families: 1,
      segments: 1,
      tables: 0,
      findings: { error: n('error'), warning: n('warning'), info: n('info') },
      byRule: {},
      byLocale: {},
      durationMs: 1,
      ...over.summary,
    },
    findings,
    notes: over.notes ?? [],
  };
}

// Three findings every reporter test shows (a conflict marker, a mangled number, unclosed front matter); each test
// adds the fields its format cares about.
type Extra = Partial<Finding>;
export const conflictFinding = (over: Extra = {}): Finding =>
  finding({
    path: 'zh-CN/a.md',
    line: 80,
    column: 67,
    ruleId: 'merge-conflict-marker',
    severity: 'error',
    message: 'Merge conflict left in the article (lines 80–87): resolve it and remove the markers.',
    ...over,
  });
export const mangledFinding = (over: Extra = {}): Finding =>
  finding({
    path: 'fr-FR/a.md',
    line: 12,
    column: 3,
    ruleId: 'fact-mismatch',
    severity: 'warning',
    message: 'The number 1,024 is changed in the translation.',
    actual: '1 042',
    expected: '1 024',
    ...over,
  });
export const unclosedFinding = (over: Extra = {}): Finding =>
  finding({ path: 'de-DE/b.md', line: 1, column: 1, ruleId: 'front-matter', severity: 'info', message: 'Front matter is never closed.', ...over });

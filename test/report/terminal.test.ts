// Terminal reporter: a pure function from a report to text, grouped by file, with a summary line.
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { formatTerminal } from '../../src/report/terminal.js';
import { conflictFinding, finding, mangledFinding } from '../helpers/finding.js';

const ANSI = /\u001b\[\d+(;\d+)*m/;

const findings: Finding[] = [
  conflictFinding({ actual: '<<<<<<< 标头' }),
  mangledFinding({
    locale: 'fr-FR',
    category: 'fact',
    messageId: 'mangled',
    related: [{ path: 'en-US/a.md', locale: 'en-US', line: 11, column: 3, message: 'the English source' }],
  }),
  // Same file as the first, after a finding of another file: must be listed under zh-CN/a.md.
  finding({
    path: 'zh-CN/a.md',
    line: 108,
    column: 31,
    ruleId: 'merge-conflict-marker',
    severity: 'error',
    message: 'Merge conflict left in the article (lines 108–117): resolve it and remove the markers.',
    actual: '<<<<<<< HEAD',
  }),
];

const report: Report = {
  reportVersion: '1.0',
  tool: { name: 'loccheck', version: '9.9.9' },
  summary: {
    files: 3,
    locales: ['en-US', 'fr-FR', 'zh-CN'],
    families: 1,
    segments: 42,
    tables: 2,
    findings: { error: 2, warning: 1, info: 0 },
    byRule: { 'merge-conflict-marker': 2, 'fact-mismatch': 1 },
    byLocale: { 'zh-CN': 2, 'fr-FR': 1 },
    durationMs: 17,
  },
  findings,
  notes: [],
};

describe('formatTerminal', () => {
  it('groups findings by file, each as `path:line:col severity message check-id`, then the summary line', () => {
    const text = formatTerminal(report, { color: false });
    expect(text.split('\n')).toEqual([
      'zh-CN/a.md',
      '  zh-CN/a.md:80:67  error    Merge conflict left in the article (lines 80–87): resolve it and remove the markers.  merge-conflict-marker',
      '      actual: "<<<<<<< 标头"',
      '  zh-CN/a.md:108:31  error    Merge conflict left in the article (lines 108–117): resolve it and remove the markers.  merge-conflict-marker',
      '      actual: "<<<<<<< HEAD"',
      '',
      'fr-FR/a.md',
      '  fr-FR/a.md:12:3  warning  The number 1,024 is changed in the translation.  fact-mismatch',
      '      actual: "1 042"  expected: "1 024"',
      '      ↳ en-US/a.md:11 (en-US) the English source',
      '',
      '✖ 3 findings (2 errors, 1 warning, 0 info) in 3 files, 3 locales, 1 family, 42 segments · 17 ms',
      '',
    ]);
  });

  it('has no ANSI escape when colour is off, and by default', () => {
    expect(formatTerminal(report, { color: false })).not.toMatch(ANSI);
    expect(formatTerminal(report)).not.toMatch(ANSI);
  });

  it('colours severities (error red, warning yellow) when colour is on, with the same text underneath', () => {
    const text = formatTerminal(report, { color: true });
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[31merror  \u001b[39m');
    expect(text).toContain('\u001b[33mwarning\u001b[39m');
    expect(text.replace(/\u001b\[\d+(;\d+)*m/g, '')).toBe(formatTerminal(report, { color: false }));
  });

  it('an empty report is one summary line with a check mark', () => {
    const empty: Report = {
      ...report,
      findings: [],
      summary: { ...report.summary, files: 1, locales: ['de-DE'], segments: 1, findings: { error: 0, warning: 0, info: 0 }, byRule: {}, byLocale: {} },
    };
    expect(formatTerminal(empty, { color: false })).toBe('✔ 0 findings (0 errors, 0 warnings, 0 info) in 1 file, 1 locale, 1 family, 1 segment · 17 ms\n');
  });

  it('warnings only: a warning mark; notes are listed before the summary', () => {
    const warned: Report = {
      ...report,
      findings: [findings[1] as Finding],
      summary: { ...report.summary, findings: { error: 0, warning: 1, info: 0 } },
      notes: ['skipped symlink de-DE/link.md'],
    };
    const lines = formatTerminal(warned, { color: false }).split('\n');
    expect(lines.slice(-3)).toEqual([
      'note: skipped symlink de-DE/link.md',
      '⚠ 1 finding (0 errors, 1 warning, 0 info) in 3 files, 3 locales, 1 family, 42 segments · 17 ms',
      '',
    ]);
  });

  it('shows three related locations and counts the rest', () => {
    const related = [1, 2, 3, 4, 5].map((n) => ({ path: `l${n}/a.md`, locale: `l${n}`, line: n, message: 'here' }));
    const many: Report = { ...report, findings: [{ ...(findings[1] as Finding), related }] };
    const text = formatTerminal(many, { color: false });
    expect(text).toContain('↳ l3/a.md:3 (l3) here');
    expect(text).not.toContain('l4/a.md');
    expect(text).toContain('↳ … and 2 more');
  });
});

describe('terminal report with a baseline', () => {
  it('lists the baseline entries that were fixed, after the notes', () => {
    const base: Report = {
      ...report,
      findings: [],
      summary: { ...report.summary, files: 0, locales: [], families: 0, segments: 0, durationMs: 0, findings: { error: 0, warning: 0, info: 0 }, byRule: {}, byLocale: {} },
    };
    const withBaseline: Report = {
      ...base,
      baseline: { file: 'b.json', known: 1, matched: 0, fixed: [{ fingerprint: 'f', ruleId: 'merge-conflict-marker', path: 'fr-FR/a.md', line: 5, message: 'Merge conflict left.' }] },
      notes: ['Baseline b.json: 0 known findings hidden, 0 new, 1 baseline entry no longer found.'],
    };
    expect(formatTerminal(withBaseline, { color: false })).toBe(
      'note: Baseline b.json: 0 known findings hidden, 0 new, 1 baseline entry no longer found.\n' +
        'fixed since the baseline: fr-FR/a.md:5 merge-conflict-marker Merge conflict left.\n' +
        '✔ 0 findings (0 errors, 0 warnings, 0 info) in 0 files, 0 locales, 0 families, 0 segments · 0 ms\n',
    );
  });
});

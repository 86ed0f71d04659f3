// JSON reporter: a pure function from a report to the versioned JSON contract.
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { formatJson, formatJsonChunks } from '../../src/report/json.js';
import { conflictFinding, mangledFinding, unclosedFinding } from '../helpers/finding.js';

const withActualOnly = conflictFinding({ endLine: 87, actual: '<<<<<<< 标头' });
const withBoth = mangledFinding({
  locale: 'fr-FR',
  family: 'guide/a.md',
  messageId: 'mangled',
  category: 'fact',
  related: [{ path: 'en-US/a.md', locale: 'en-US', line: 11, column: 3, message: 'the English source' }],
  fingerprint: 'ffffffffffffffffffffffffffffffff',
});
const withNeither = unclosedFinding({
  locale: 'de-DE',
  messageId: 'unclosed',
  category: 'metadata',
  message: 'Front matter opened with --- is never closed: add a --- line after the metadata.',
});

const report: Report = {
  reportVersion: '1.0',
  tool: { name: 'loccheck', version: '9.9.9' },
  summary: {
    files: 3,
    locales: ['de-DE', 'fr-FR', 'zh-CN'],
    families: 2,
    segments: 42,
    tables: 2,
    findings: { error: 1, warning: 1, info: 1 },
    byRule: { 'merge-conflict-marker': 1, 'fact-mismatch': 1, 'front-matter': 1 },
    byLocale: { 'zh-CN': 1, 'fr-FR': 1, 'de-DE': 1 },
    durationMs: 17,
  },
  findings: [withActualOnly, withBoth, withNeither],
  notes: ['skipped symlink de-DE/link.md'],
};

// The JSON contract (src/report/json.ts, REPORT_VERSION 1.0): top-level keys and finding keys, in this order.
const TOP_KEYS = ['reportVersion', 'tool', 'summary', 'notes', 'findings'];
const FINDING_KEYS = ['ruleId', 'messageId', 'category', 'severity', 'path', 'locale', 'family', 'line', 'column', 'message', 'related', 'origin', 'fingerprint', 'docsUrl'];

describe('formatJson', () => {
  const text = formatJson(report);
  const parsed = JSON.parse(text) as {
    reportVersion: string;
    tool: { name: string; version: string };
    summary: Report['summary'];
    notes: string[];
    findings: Record<string, unknown>[];
  };

  it('is one JSON document ending with a newline', () => {
    expect(text.endsWith('}\n')).toBe(true);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('has exactly the top-level keys reportVersion, tool {name, version}, summary, notes, findings', () => {
    expect(Object.keys(parsed)).toEqual(TOP_KEYS);
    expect(parsed.reportVersion).toBe('1.0');
    expect(parsed.tool).toEqual({ name: 'loccheck', version: '9.9.9' });
    expect(parsed.summary).toEqual(report.summary);
    expect(parsed.notes).toEqual(['skipped symlink de-DE/link.md']);
    expect(parsed.findings).toHaveLength(3);
  });

  it('each finding has exactly the documented keys; actual, expected and endLine only when set', () => {
    const [a, b, c] = parsed.findings;
    const sorted = (keys: string[]): string[] => [...keys].sort();
    expect(sorted(Object.keys(a as object))).toEqual(sorted([...FINDING_KEYS, 'endLine', 'actual']));
    expect(sorted(Object.keys(b as object))).toEqual(sorted([...FINDING_KEYS, 'actual', 'expected']));
    expect(sorted(Object.keys(c as object))).toEqual(sorted(FINDING_KEYS));
    for (const f of parsed.findings) {
      for (const key of ['ruleId', 'category', 'severity', 'path', 'locale', 'line', 'column', 'message', 'related', 'fingerprint']) expect(f).toHaveProperty(key);
    }
  });

  it('carries the finding values unchanged, in report order', () => {
    expect(parsed.findings[0]).toEqual({
      ruleId: 'merge-conflict-marker',
      messageId: 'block',
      category: 'conflict',
      severity: 'error',
      path: 'zh-CN/a.md',
      locale: 'zh-CN',
      family: 'a.md',
      line: 80,
      column: 67,
      endLine: 87,
      message: 'Merge conflict left in the article (lines 80–87): resolve it and remove the markers.',
      actual: '<<<<<<< 标头',
      related: [],
      origin: 'translation',
      fingerprint: '0123456789abcdef0123456789abcdef',
      docsUrl: 'https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md',
    });
    expect(parsed.findings[1]).toMatchObject({
      ruleId: 'fact-mismatch',
      severity: 'warning',
      path: 'fr-FR/a.md',
      locale: 'fr-FR',
      line: 12,
      column: 3,
      actual: '1 042',
      expected: '1 024',
      related: [{ path: 'en-US/a.md', locale: 'en-US', line: 11, column: 3, message: 'the English source' }],
      fingerprint: 'ffffffffffffffffffffffffffffffff',
    });
    expect(parsed.findings.map((f) => `${String(f['path'])}:${String(f['line'])} ${String(f['severity'])}`)).toEqual([
      'zh-CN/a.md:80 error',
      'fr-FR/a.md:12 warning',
      'de-DE/b.md:1 info',
    ]);
  });

  it('does not carry fields of the in-memory finding that are not in the contract', () => {
    const extra = { ...withNeither, debug: 'internal' } as Finding;
    const out = JSON.parse(formatJson({ ...report, findings: [extra] })) as { findings: Record<string, unknown>[] };
    expect(out.findings[0]).not.toHaveProperty('debug');
  });

  it('keeps strings from articles as data (quotes, backslashes, control characters, markup)', () => {
    const nasty = '"quoted" \\ back\tslash\n</script><script>alert(1)</script>\u0000';
    const out = JSON.parse(formatJson({ ...report, findings: [{ ...withNeither, message: nasty, actual: nasty }] })) as {
      findings: { message: string; actual: string }[];
    };
    expect(out.findings[0]?.message).toBe(nasty);
    expect(out.findings[0]?.actual).toBe(nasty);
  });
});

describe('formatJsonChunks', () => {
  // What one JSON.stringify of the whole document writes: the chunks must add up to exactly this text.
  const whole = (r: Report): string => {
    const parsed = JSON.parse(formatJson(r)) as Record<string, unknown>;
    return `${JSON.stringify(parsed, null, 2)}\n`;
  };
  const many = (n: number): Finding[] =>
    Array.from({ length: n }, (_, i) => ({ ...withBoth, line: i + 1, message: `finding ${i}\nwith "a break"`, fingerprint: `f${i}` }));

  it.each([0, 1, 3, 32, 33, 500, 1234])('adds up to the same document as one stringify with %i findings', (n) => {
    const r: Report = { ...report, findings: many(n), baseline: { file: 'b.json', known: n, matched: 0, fixed: [] } };
    const chunks = [...formatJsonChunks(r)];
    expect(chunks.join('')).toBe(whole(r));
    expect(JSON.parse(chunks.join('')).findings).toHaveLength(n);
  });

  it('never holds more than 32 findings in one chunk (a chunk stays below V8 large-object size)', () => {
    const chunks = [...formatJsonChunks({ ...report, findings: many(100) })];
    // The head, four batches (32, 32, 32, 4) and the closing brackets.
    expect(chunks).toHaveLength(6);
    expect(chunks.map((c) => (c.match(/"ruleId"/g) ?? []).length)).toEqual([0, 32, 32, 32, 4, 0]);
  });
});

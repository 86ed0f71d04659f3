// GitHub Actions reporter: one escaped workflow command per finding, errors first, capped per level as GitHub shows them.
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { GITHUB_ANNOTATIONS_PER_LEVEL, escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { conflictFinding, finding, mangledFinding, reportOf, unclosedFinding } from '../helpers/finding.js';

const report = (findings: Finding[], notes: string[] = []): Report => reportOf(findings, { notes });

const conflict = conflictFinding({ endLine: 87 });
const mangled = mangledFinding();
const unclosed = unclosedFinding();

describe('formatGithub', () => {
  it('writes one command per finding (error, warning, notice), then the counts', () => {
    expect(formatGithub(report([unclosed, mangled, conflict])).split('\n')).toEqual([
      '::error file=zh-CN/a.md,line=80,col=67,endLine=87,title=merge-conflict-marker::Merge conflict left in the article (lines 80–87): resolve it and remove the markers.',
      '::warning file=fr-FR/a.md,line=12,col=3,title=fact-mismatch::The number 1,024 is changed in the translation.%0Aexpected: "1 024"; found: "1 042"',
      '::notice file=de-DE/b.md,line=1,col=1,title=front-matter::Front matter is never closed.',
      'loccheck: 3 findings (1 error, 1 warning, 1 info) in 3 files.',
      '',
    ]);
  });

  it('escapes a hostile message as data and hostile paths and ids as properties', () => {
    const hostile = finding({
      path: 'a,b:c%\nnext.md',
      line: 2,
      column: 5,
      ruleId: 'x,y:z',
      severity: 'error',
      message: 'a,b:c%\nnext\r\n::error::injected',
    });
    expect(formatGithub(report([hostile]))).toBe(
      '::error file=a%2Cb%3Ac%25%0Anext.md,line=2,col=5,title=x%2Cy%3Az::a,b:c%25%0Anext%0D%0A::error::injected\n' +
        'loccheck: 1 finding (1 error, 0 warnings, 0 info) in 3 files.\n',
    );
  });

  it('escapeData and escapeProperty follow the @actions/core rules', () => {
    expect(escapeData('a,b:c%\nnext')).toBe('a,b:c%25%0Anext');
    expect(escapeProperty('a,b:c%\nnext')).toBe('a%2Cb%3Ac%25%0Anext');
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('\r')).toBe('%0D');
  });

  it('annotates at most 10 per level, errors first, and counts the rest on one plain line', () => {
    const many = (n: number, severity: Finding['severity']): Finding[] =>
      Array.from({ length: n }, (_, i) => finding({ path: `${severity}.md`, line: i + 1, column: 1, ruleId: 'front-matter', severity, message: `${severity} ${i + 1}` }));
    const findings = [...many(1234, 'info'), ...many(12, 'warning'), ...many(15, 'error')];
    const lines = formatGithub(report(findings)).split('\n');
    expect(GITHUB_ANNOTATIONS_PER_LEVEL).toBe(10);
    expect(lines).toHaveLength(33);
    expect(lines.slice(0, 10).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines.slice(10, 20).every((l) => l.startsWith('::warning '))).toBe(true);
    expect(lines.slice(20, 30).every((l) => l.startsWith('::notice '))).toBe(true);
    expect(lines[0]).toBe('::error file=error.md,line=1,col=1,title=front-matter::error 1');
    expect(lines[9]).toBe('::error file=error.md,line=10,col=1,title=front-matter::error 10');
    expect(lines.slice(30)).toEqual([
      'loccheck: 1,231 more findings not annotated (GitHub shows 10 per level per step); see the full report.',
      'loccheck: 1,261 findings (15 errors, 12 warnings, 1,234 info) in 3 files.',
      '',
    ]);
  });

  it('the cap is an option', () => {
    const two = [conflict, { ...conflict, line: 90 }];
    expect(formatGithub(report(two), { maxPerLevel: 1 }).split('\n').slice(1)).toEqual([
      'loccheck: 1 more finding not annotated (GitHub shows 1 per level per step); see the full report.',
      'loccheck: 2 findings (2 errors, 0 warnings, 0 info) in 3 files.',
      '',
    ]);
  });

  it('notes are plain lines with their line breaks escaped; a clean run is just the counts', () => {
    expect(formatGithub(report([], ['skipped symlink a\n::error::x.md']))).toBe(
      'loccheck: note: skipped symlink a%0A::error::x.md\nloccheck: 0 findings (0 errors, 0 warnings, 0 info) in 3 files.\n',
    );
  });
});

describe('formatGithub: importance and paths (issue 19 item 6)', () => {
  it('annotates the most important first: within a level the translations before the English, then registry order, not by path', () => {
    const mk = (path: string, ruleId: string, origin: Finding['origin']): Finding => finding({ path, line: 1, column: 1, ruleId, severity: 'error', origin, message: ruleId });
    const findings = [mk('a.md', 'front-matter', 'translation'), mk('b.md', 'broken-link', 'source'), mk('c.md', 'fact-mismatch', 'translation'), mk('d.md', 'merge-conflict-marker', 'translation')];
    const files = formatGithub(report(findings)).split('\n').filter((l) => l.startsWith('::')).map((l) => /file=([^,]+)/.exec(l)?.[1]);
    expect(files).toEqual(['d.md', 'c.md', 'a.md', 'b.md']);
    // Over the cap the least important are the ones not annotated.
    const capped = formatGithub(report(findings), { maxPerLevel: 2 }).split('\n');
    expect(capped.filter((l) => l.startsWith('::')).map((l) => /file=([^,]+)/.exec(l)?.[1])).toEqual(['d.md', 'c.md']);
  });

  it('file= is relative to the repository root when the run was in a subfolder', () => {
    const f = finding({ path: '../docs/de-DE/a.md', line: 2, column: 1, ruleId: 'front-matter', severity: 'error', message: 'm' });
    expect(formatGithub(report([f]), { paths: { cwd: '/repo/tools', root: '/repo' } }).split('\n')[0]).toBe('::error file=docs/de-DE/a.md,line=2,col=1,title=front-matter::m');
  });
});

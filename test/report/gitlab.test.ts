// GitLab Code Quality reporter: one issue per finding, severities mapped, fingerprints carried over.
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { conflictFinding, mangledFinding, reportOf, unclosedFinding } from '../helpers/finding.js';

const report = (findings: Finding[]): Report =>
  reportOf(findings, { notes: ['a note GitLab has no place for'], summary: { findings: { error: 0, warning: 0, info: 0 } } });

const conflict = conflictFinding({ path: 'zh-CN/my guide/a.md', endLine: 87, actual: '<<<<<<< 标头' });
const mangled = mangledFinding({ fingerprint: 'ffffffffffffffffffffffffffffffff' });
const unclosed = unclosedFinding({ fingerprint: '00000000000000000000000000000000' });

describe('formatGitlab', () => {
  it('writes one issue per finding, most important first (here the report order): error → major, warning → minor, info → info', () => {
    const text = formatGitlab(report([conflict, mangled, unclosed]));
    expect(text.endsWith(']\n')).toBe(true);
    expect(JSON.parse(text)).toEqual([
      {
        description: 'Merge conflict left in the article (lines 80–87): resolve it and remove the markers. (found: "<<<<<<< 标头")',
        check_name: 'merge-conflict-marker',
        fingerprint: '0123456789abcdef0123456789abcdef',
        severity: 'major',
        location: { path: 'zh-CN/my guide/a.md', lines: { begin: 80 } },
      },
      {
        description: 'The number 1,024 is changed in the translation. (expected: "1 024"; found: "1 042")',
        check_name: 'fact-mismatch',
        fingerprint: 'ffffffffffffffffffffffffffffffff',
        severity: 'minor',
        location: { path: 'fr-FR/a.md', lines: { begin: 12 } },
      },
      {
        description: 'Front matter is never closed.',
        check_name: 'front-matter',
        fingerprint: '00000000000000000000000000000000',
        severity: 'info',
        location: { path: 'de-DE/b.md', lines: { begin: 1 } },
      },
    ]);
  });

  it('has exactly the documented keys on each issue', () => {
    const [issue] = JSON.parse(formatGitlab(report([conflict]))) as Record<string, unknown>[];
    expect(Object.keys(issue ?? {})).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
  });

  it('no findings is an empty array', () => {
    expect(formatGitlab(report([]))).toBe('[]\n');
  });

  it('keeps article text as JSON data', () => {
    const nasty = '"quoted" \\ back\ttab\n</script>\u0000';
    const [issue] = JSON.parse(formatGitlab(report([{ ...unclosed, message: nasty }]))) as { description: string }[];
    expect(issue?.description).toBe(nasty);
  });
});

describe('formatGitlab: importance and paths (issue 19 item 6)', () => {
  it('issues are sorted most important first and paths are relative to the repository root', () => {
    const info = { ...unclosed, path: '../de-DE/b.md' };
    const error = { ...conflict, path: '../zh-CN/a.md' };
    const out = JSON.parse(formatGitlab(report([info, mangled, error]), { paths: { cwd: '/repo/docs/tools', root: '/repo' } })) as { severity: string; location: { path: string } }[];
    expect(out.map((i) => [i.severity, i.location.path])).toEqual([
      ['major', 'docs/zh-CN/a.md'],
      ['minor', 'docs/tools/fr-FR/a.md'],
      ['info', 'docs/de-DE/b.md'],
    ]);
  });
});

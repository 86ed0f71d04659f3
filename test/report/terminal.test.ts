// Terminal reporter: a pure function from a report to text, grouped by file, with a summary line.
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { format } from '../../src/report/index.js';
import { DIFF_CONTEXT_WORDS, MESSAGE_COLUMN_MAX, displayWidth, formatTerminal, wordDiff } from '../../src/report/terminal.js';
import { conflictFinding, finding, mangledFinding, reportOf } from '../helpers/finding.js';

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
  // Both conflict messages are longer than MESSAGE_COLUMN_MAX, so they are not padded.
  it('stylish: the path once as a header, `line:col` rows with aligned columns, a tally per check, then the summary', () => {
    const text = formatTerminal(report, { color: false });
    expect(text.split('\n')).toEqual([
      'zh-CN/a.md',
      '   80:67  error  Merge conflict left in the article (lines 80–87): resolve it and remove the markers.  merge-conflict-marker',
      '                 actual: "<<<<<<< 标头"',
      '  108:31  error  Merge conflict left in the article (lines 108–117): resolve it and remove the markers.  merge-conflict-marker',
      '                 actual: "<<<<<<< HEAD"',
      '',
      'fr-FR/a.md',
      '  12:3  warning  The number 1,024 is changed in the translation.  fact-mismatch',
      '                 actual: "1 042"  expected: "1 024"',
      '                 ↳ en-US/a.md:11 (en-US) the English source',
      '',
      '  2  merge-conflict-marker  2 errors',
      '  1  fact-mismatch          1 warning',
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
    expect(text).toContain('\u001b[31merror\u001b[39m');
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
    expect(lines.slice(-4)).toEqual([
      'note: skipped symlink de-DE/link.md',
      '  1  fact-mismatch  1 warning',
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

const plainColors = { red: (s: string) => s, green: (s: string) => s, dim: (s: string) => s };

describe('terminal report, issue 19 item 2', () => {
  const drift = finding({
    path: 'zh-CN/a.md',
    line: 31,
    column: 207,
    ruleId: 'source-drift',
    messageId: 'changed',
    category: 'drift',
    severity: 'warning',
    message: 'The English of this segment is older than in pt-BR/a.md, 2020-06-10: the current source reads "Skype for Business Server and Skype for Business Online collect data.".',
    actual: 'Skype for Business Server 2015, Skype for Business Online collect data.',
    expected: 'Skype for Business Server and Skype for Business Online collect data.',
    related: [{ path: 'pt-BR/a.md', locale: 'pt-BR', line: 35, column: 1, message: 'Skype for Business Server and Skype for Business Online collect data.' }],
  });

  it('source-drift: the sentence once, as a word diff of the old and the current English', () => {
    const lines = formatTerminal(reportOf([drift]), { color: false }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'zh-CN/a.md',
      '  31:207  warning  The English of this segment is older than in pt-BR/a.md, 2020-06-10.  source-drift',
      '                   English: Skype for Business Server [-2015,-]{+and+} Skype for Business Online collect data.',
      '                   ↳ pt-BR/a.md:35 (pt-BR)',
    ]);
    expect(lines.join('\n').split('Skype for Business Online').length - 1).toBe(1);
  });

  it('source-drift in colour: removed words red, added words green, the same text underneath', () => {
    const text = formatTerminal(reportOf([drift]), { color: true });
    expect(text).toContain('\u001b[31m[-2015,-]\u001b[39m\u001b[32m{+and+}\u001b[32m'.slice(0, -5));
    expect(text.replace(/\u001b\[\d+(;\d+)*m/g, '')).toBe(formatTerminal(reportOf([drift]), { color: false }));
  });

  it('a word diff keeps DIFF_CONTEXT_WORDS words of unchanged text around each change, eliding runs 3 words longer', () => {
    expect(DIFF_CONTEXT_WORDS).toBe(5);
    const middle = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi';
    const before = `one two three four five six seven eight nine ten OLD ${middle} OLD2 end of it all here`;
    const after = `one two three four five six seven eight nine ten NEW ${middle} NEW2 end of it all here`;
    expect(wordDiff(before, after, plainColors)).toBe(
      '… six seven eight nine ten [-OLD-]{+NEW+} alpha beta gamma delta epsilon … kappa lambda mu nu xi [-OLD2-]{+NEW2+} end of it all here',
    );
    // 8 words after the last change: 5 kept, 3 hidden would save nothing, so all are shown; 9 are cut.
    expect(wordDiff('a OLD 1 2 3 4 5 6 7 8', 'a NEW 1 2 3 4 5 6 7 8', plainColors)).toBe('a [-OLD-]{+NEW+} 1 2 3 4 5 6 7 8');
    expect(wordDiff('a OLD 1 2 3 4 5 6 7 8 9', 'a NEW 1 2 3 4 5 6 7 8 9', plainColors)).toBe('a [-OLD-]{+NEW+} 1 2 3 4 5 …');
  });

  it('source-drift removed and added: the sentence once, marked removed or added', () => {
    const removed = finding({ ...drift, messageId: 'removed', message: 'This segment is no longer in the current English (pt-BR/a.md, 2020-06-10).', expected: undefined, actual: 'master', related: [] });
    const added = finding({ ...drift, line: 40, column: 1, messageId: 'added', message: 'The current English (pt-BR/a.md) has a segment missing here: "New sentence.".', actual: undefined, expected: 'New sentence.', related: [] });
    expect(formatTerminal(reportOf([removed, added]), { color: false }).split('\n').slice(1, 5)).toEqual([
      '  31:207  warning  This segment is no longer in the current English (pt-BR/a.md, 2020-06-10).  source-drift',
      '                   English: [-master-]',
      '  40:1    warning  The current English (pt-BR/a.md) has a segment missing here.                source-drift',
      '                   English: {+New sentence.+}',
    ]);
  });

  it('broken-link: the link path once (no repeated resolved path, no actual line)', () => {
    const url = '../images/70f1b43f.png';
    const link = finding({
      path: 'zh-CN/a.md',
      line: 111,
      column: 36,
      ruleId: 'broken-link',
      messageId: 'outside-root',
      category: 'link',
      severity: 'warning',
      message: `The link "${url}" leaves the scanned folder (${url}): it cannot be checked and will likely break.`,
      actual: url,
    });
    const text = formatTerminal(reportOf([link]), { color: false });
    expect(text.split(url).length - 1).toBe(1);
    expect(text.split('\n')[1]).toBe(`  111:36  warning  The link "${url}" leaves the scanned folder: it cannot be checked and will likely break.  broken-link`);
  });

  it('a resolved path that differs from the link is kept', () => {
    const link = finding({ path: 'de-DE/a.md', line: 3, column: 1, ruleId: 'broken-link', severity: 'error', message: 'The link target "b.md" does not exist in this locale tree (de-DE/b.md).', actual: 'b.md' });
    expect(formatTerminal(reportOf([link]), { color: false })).toContain('The link target "b.md" does not exist in this locale tree (de-DE/b.md).  broken-link');
  });

  it('tallies with thousands separators, per severity and per check (most findings first)', () => {
    const many: Finding[] = [];
    for (let i = 0; i < 1234; i++) many.push(finding({ path: `f${i % 3}.md`, line: i + 1, column: 1, ruleId: 'stale-link', severity: 'info', message: 'x' }));
    for (let i = 0; i < 2; i++) many.push(finding({ path: 'f0.md', line: 9999 + i, column: 1, ruleId: 'broken-link', severity: 'error', message: 'y' }));
    const text = formatTerminal(reportOf(many, { summary: { files: 1500, segments: 12345, durationMs: 61234, locales: ['de-DE'], byOrigin: { translation: 1230, source: 1006 } } }), { color: false });
    expect(text.split('\n').slice(-4)).toEqual([
      '  1,234  stale-link   1,234 info',
      '      2  broken-link  2 errors',
      '✖ 1,236 findings (2 errors, 0 warnings, 1,234 info, 1,006 from the English) in 1,500 files, 1 locale, 1 family, 12,345 segments · 61,234 ms',
      '',
    ]);
  });

  it('aligns the check ids after messages up to MESSAGE_COLUMN_MAX columns, counting wide characters as two', () => {
    expect(displayWidth('用户 Id')).toBe(7);
    expect(displayWidth('é')).toBe(1);
    const wide = finding({ path: 'a.md', line: 1, column: 1, ruleId: 'table-divergence', severity: 'warning', message: '"用户 Id"' });
    const narrow = finding({ path: 'a.md', line: 2, column: 1, ruleId: 'fact-mismatch', severity: 'warning', message: '"UserID12"' });
    const long = finding({ path: 'a.md', line: 3, column: 1, ruleId: 'front-matter', severity: 'warning', message: 'x'.repeat(MESSAGE_COLUMN_MAX + 10) });
    const lines = formatTerminal(reportOf([wide, narrow]), { color: false }).split('\n');
    expect(lines[1]).toBe('  1:1  warning  "用户 Id"   table-divergence');
    expect(lines[2]).toBe('  2:1  warning  "UserID12"  fact-mismatch');
    const capped = formatTerminal(reportOf([narrow, long]), { color: false }).split('\n');
    expect(capped[1]).toBe(`  2:1  warning  "UserID12"${' '.repeat(MESSAGE_COLUMN_MAX - 10)}  fact-mismatch`);
    expect(capped[2]).toBe(`  3:1  warning  ${'x'.repeat(MESSAGE_COLUMN_MAX + 10)}  front-matter`);
  });

  it('no control character of an article reaches the terminal, the word diff included (format() sanitises first)', () => {
    const hostile = finding({
      ...drift,
      path: 'zh-CN/\u001b[2Ja.md',
      message: 'The English of this segment is older than in x: the current source reads "New \u001b]0;pwned\u0007 text \u202e.".',
      actual: 'Old \u001b[31m text\r\n.',
      expected: 'New \u001b]0;pwned\u0007 text \u202e.',
      related: [{ path: 'p\u009bt.md', locale: 'pt-BR', line: 1, message: 'New \u001b]0;pwned\u0007 text \u202e.' }],
    });
    for (const color of [false, true]) {
      const text = format(reportOf([hostile], { notes: ['note \u001b[1m'] }), 'terminal', { color });
      const withoutOurColours = text.replace(/\u001b\[(\d+)(;\d+)*m/g, '');
      expect(withoutOurColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(withoutOurColours).toContain('zh-CN/\\x1B[2Ja.md');
    }
  });
});

describe('terminal: a very large report', () => {
  it('150,000 findings in one file are laid out (widths found by a loop: spreading them as arguments overflows the stack)', () => {
    const many = Array.from({ length: 150_000 }, (_, i) => finding({ path: 'zh-CN/a.md', line: i + 1, column: 1, ruleId: 'merge-conflict-marker', severity: 'error', message: 'conflict marker' }));
    const out = formatTerminal(reportOf(many));
    const lines = out.split('\n');
    expect(lines[0]).toBe('zh-CN/a.md');
    expect(lines[1]).toMatch(/^ {2} {5}1:1 {2}error {2}conflict marker {2}merge-conflict-marker$/);
    expect(lines).toContain('  150000:1  error  conflict marker  merge-conflict-marker');
    expect(lines).toContain('  150,000  merge-conflict-marker  150,000 errors');
  });
});

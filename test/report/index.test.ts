// Reporter registry: every format name the CLI offers reaches its reporter.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { formatGithub } from '../../src/report/github.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatHtml } from '../../src/report/html.js';
import { FORMATS, format } from '../../src/report/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatTerminal } from '../../src/report/terminal.js';
import { finding } from '../helpers/finding.js';

const report: Report = {
  reportVersion: '1.0',
  tool: { name: 'loccheck', version: '9.9.9' },
  summary: {
    files: 1,
    locales: ['zh-CN'],
    families: 1,
    segments: 1,
    tables: 0,
    findings: { error: 1, warning: 0, info: 0 },
    byRule: { 'merge-conflict-marker': 1 },
    byLocale: { 'zh-CN': 1 },
    durationMs: 1,
  },
  findings: [finding({ path: 'zh-CN/a.md', line: 80, column: 67, ruleId: 'merge-conflict-marker', severity: 'error', message: 'Merge conflict.' })],
  notes: [],
};

describe('format', () => {
  it('offers the three original formats first, then sarif, github, markdown, junit, gitlab and rdjson', () => {
    expect(FORMATS).toEqual(['terminal', 'json', 'html', 'sarif', 'github', 'markdown', 'junit', 'gitlab', 'rdjson']);
  });

  it('dispatches each name to its reporter with default options', () => {
    expect(format(report, 'terminal', { color: true })).toBe(formatTerminal(report, { color: true }));
    expect(format(report, 'json', { color: false })).toBe(formatJson(report));
    expect(format(report, 'html', { color: false })).toBe(formatHtml(report));
    expect(format(report, 'sarif', { color: false })).toBe(formatSarif(report));
    expect(format(report, 'github', { color: false })).toBe(formatGithub(report));
    expect(format(report, 'markdown', { color: false })).toBe(formatMarkdown(report));
    expect(format(report, 'junit', { color: false })).toBe(formatJunit(report));
    expect(format(report, 'gitlab', { color: false })).toBe(formatGitlab(report));
  });
});

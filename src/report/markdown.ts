// Markdown report for $GITHUB_STEP_SUMMARY or a PR comment: totals, counts per check and locale, the first findings.
import type { Finding, Report, Severity } from '../model.js';

/** GitHub refuses a step summary over 1 MiB; the report stays at or under this many UTF-8 bytes. */
export const MARKDOWN_MAX_BYTES = 1024 * 1024;
/** Findings listed in the table; the rest are counted. */
export const MARKDOWN_MAX_FINDINGS = 50;
/** Characters of one message cell; long quoted sentences are cut so one finding cannot take the whole budget. */
export const MARKDOWN_MAX_CELL = 300;
/** Report notes listed; a run that skipped thousands of files says so in one line. */
const MAX_NOTES = 20;

export interface MarkdownOptions {
  maxFindings?: number;
  maxBytes?: number;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Text from articles as inert table-cell content: `&`, `<`, `>` become entities (no HTML, no autolinks in `<…>`),
 * Markdown punctuation is backslash-escaped (`|` would end the cell; `` ` * _ [ ] ~ $ ! # `` would start code,
 * emphasis, links, images, strikethrough or math), control characters go, and line breaks become `<br>`.
 * Left as they are: bare URLs and e-mail addresses, which GFM links after parsing (so escapes cannot stop it);
 * such a link shows its own target, so it cannot disguise one. GitHub's @mentions and #refs are the same kind.
 */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replace(/\t/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/[&<>]/g, (ch) => HTML[ch] as string)
        .replace(/[\\`*_[\]|~$!#]/g, '\\$&'),
    )
    .join('<br>');
}

/** A list item's text: as a cell, and a leading `-`, `+` or `1.` must not open a nested list. */
function listText(text: string): string {
  return escapeCell(text).replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Cuts by code points (never half a surrogate pair) before escaping, so no escape sequence is cut either. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function messageOf(f: Finding): string {
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`expected: ${JSON.stringify(f.expected)}`);
  if (f.actual !== undefined) values.push(`found: ${JSON.stringify(f.actual)}`);
  return values.length > 0 ? `${f.message} (${values.join('; ')})` : f.message;
}

/** Only our own https docs links become links; anything else stays escaped text. */
function checkLink(id: string, url: string): string {
  return /^https:\/\/[A-Za-z0-9\-._~/%]+$/.test(url) ? `[${escapeCell(id)}](${url})` : escapeCell(id);
}

type Counts = Record<Severity, number>;

function countBy(findings: readonly Finding[], key: (f: Finding) => string): [string, Counts][] {
  const map = new Map<string, Counts>();
  for (const f of findings) {
    const k = key(f);
    let c = map.get(k);
    if (!c) map.set(k, (c = { error: 0, warning: 0, info: 0 }));
    c[f.severity] += 1;
  }
  const total = (c: Counts): number => c.error + c.warning + c.info;
  return [...map].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function countTable(title: string, column: string, rows: [string, Counts][], label: (key: string) => string): string[] {
  return [
    `### ${title}`,
    '',
    `| ${column} | Errors | Warnings | Info |`,
    '|---|---:|---:|---:|',
    ...rows.map(([key, c]) => `| ${label(key)} | ${c.error} | ${c.warning} | ${c.info} |`),
    '',
  ];
}

export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxFindings = options.maxFindings ?? MARKDOWN_MAX_FINDINGS;
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const s = report.summary;
  const total = report.findings.length;
  const scope = `${plural(s.files, 'file')}, ${plural(s.locales.length, 'locale')}, ${plural(s.families, 'family').replace('familys', 'families')}, ${plural(s.segments, 'segment')}`;

  const head: string[] = ['## loccheck report', ''];
  if (total === 0) {
    head.push(`No findings in ${scope}.`, '');
  } else {
    const counts = `${plural(s.findings.error, 'error')}, ${plural(s.findings.warning, 'warning')}, ${plural(s.findings.info, 'info')}`;
    head.push(`**${plural(total, 'finding')}** (${counts}) in ${scope}.`, '');
    const docs = new Map(report.findings.map((f) => [f.ruleId, f.docsUrl]));
    head.push(...countTable('By check', 'Check', countBy(report.findings, (f) => f.ruleId), (id) => checkLink(id, docs.get(id) ?? '')));
    head.push(...countTable('By locale', 'Locale', countBy(report.findings, (f) => f.locale), escapeCell));
  }
  if (report.notes.length > 0) {
    head.push('Notes:', '', ...report.notes.slice(0, MAX_NOTES).map((n) => `- ${listText(n)}`));
    if (report.notes.length > MAX_NOTES) head.push(`- and ${plural(report.notes.length - MAX_NOTES, 'more note')}`);
    head.push('');
  }
  if (total === 0) return head.join('\n');

  head.push('### Findings', '', '| Severity | File:line | Check | Message |', '|---|---|---|---|');
  // Errors first, then warnings, then info; report order within a severity.
  const ordered = report.findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i);
  const footer = (shown: number, bySize: boolean): string[] => {
    if (shown === total) return [''];
    const why = bySize ? `the summary stays under ${count(maxBytes)} bytes, GitHub's step-summary limit` : `the list stops at ${count(maxFindings)}`;
    return ['', `${plural(total - shown, 'more finding')} not listed (${why}); the JSON report has them all.`, ''];
  };
  const headText = `${head.join('\n')}\n`;
  let used = bytes(headText);
  const rows: string[] = [];
  let bySize = false;
  for (const { f } of ordered) {
    if (rows.length >= maxFindings) break;
    const row = `| ${f.severity} | ${escapeCell(`${f.path}:${f.line}`)} | ${escapeCell(f.ruleId)} | ${escapeCell(cut(messageOf(f), MARKDOWN_MAX_CELL))} |\n`;
    // Room for this row and for whichever footer would follow it (its counts change with the row).
    const after = Math.max(bytes(footer(rows.length + 1, true).join('\n')), bytes(footer(rows.length + 1, false).join('\n')));
    if (used + bytes(row) + after > maxBytes) {
      bySize = true;
      break;
    }
    rows.push(row);
    used += bytes(row);
  }
  return `${headText}${rows.join('')}${footer(rows.length, bySize).join('\n')}`;
}

// Terminal report in ESLint's "stylish" layout: each file once as a header, then one row per finding with
// `line:col`, severity, message and check id in aligned columns; a tally per check and a summary line at the end.
// Article text reaches this function already passed through sanitize.ts (`format()` in index.ts), so it holds no
// control character; the only escapes in the output are the colours added here.
import { diffWords } from 'diff';
import pc from 'picocolors';
import type { Finding, Report, Severity } from '../model.js';

export interface TerminalOptions {
  color: boolean;
}

/** Messages are padded to the widest of their file up to this many columns, so the check ids line up. */
export const MESSAGE_COLUMN_MAX = 80;
/** Words of unchanged text kept on each side of a change in a word diff; longer runs are elided with `…`. */
export const DIFF_CONTEXT_WORDS = 5;
/** A run is elided only when that hides more than this many words (`…` for one word would save nothing). */
const ELIDE_MIN = 3;

const number = new Intl.NumberFormat('en-US');
const n = (value: number): string => number.format(value);
const plural = (count: number, word: string, many = `${word}s`): string => `${n(count)} ${count === 1 ? word : many}`;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const severityCount = (count: number, s: Severity): string => (s === 'info' ? `${n(count)} info` : plural(count, s));

/**
 * Columns a string takes in a terminal: East Asian wide and fullwidth characters take two, combining marks none.
 * (Enough to align rows holding CJK text; not a full wcwidth.)
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0x303e) ||
      (cp >= 0x3041 && cp <= 0x33ff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xa000 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const padEnd = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * The clause of a message that quotes the expected text, for the messages whose expected text the terminal shows
 * as a word diff instead (so a changed English sentence is printed once, not three times).
 */
const QUOTED_EXPECTED: Readonly<Record<string, (expected: string) => string>> = {
  'source-drift/changed': (e) => `: the current source reads "${e}".`,
  'source-drift/altered': (e) => `; it reads "${e}" there.`,
  'source-drift/added': (e) => `: "${e}".`,
};

interface Colors {
  red(s: string): string;
  green(s: string): string;
  dim(s: string): string;
}

/** Splits a run of unchanged text into words and the spaces after them. */
const words = (text: string): string[] => text.match(/\S+\s*|\s+/g) ?? [];

/** Unchanged text between changes, shortened to the words next to the changes. */
function context(text: string, first: boolean, last: boolean): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const parts = words(text.slice(lead.length));
  const keep = DIFF_CONTEXT_WORDS;
  if (first && last) return text;
  if (first) return parts.length > keep + ELIDE_MIN ? `… ${parts.slice(-keep).join('')}` : text;
  if (last) return parts.length > keep + ELIDE_MIN ? `${lead}${parts.slice(0, keep).join('').trimEnd()} …` : text;
  return parts.length > 2 * keep + ELIDE_MIN ? `${lead}${parts.slice(0, keep).join('')}… ${parts.slice(-keep).join('')}` : text;
}

/**
 * The old and the current text as one line, `[-removed-]{+added+}` (git's --word-diff=plain markers, coloured red
 * and green when colour is on), with long unchanged runs elided.
 */
export function wordDiff(before: string, after: string, c: Colors): string {
  const changes = diffWords(before, after);
  let out = '';
  changes.forEach((change, i) => {
    if (change.removed) out += c.red(`[-${change.value}-]`);
    else if (change.added) out += c.green(`{+${change.value}+}`);
    else out += c.dim(context(change.value, i === 0, i === changes.length - 1));
  });
  return out;
}

interface Row {
  finding: Finding;
  message: string;
  details: string[];
}

/** What a finding shows: its message with repeated values taken out, and the lines below it. */
function row(f: Finding, c: Colors & { bold(s: string): string }): Row {
  let message = f.message;
  const details: string[] = [];
  const key = `${f.ruleId}/${f.messageId}`;
  const clause = f.expected !== undefined ? QUOTED_EXPECTED[key]?.(f.expected) : undefined;
  const diffed = clause !== undefined && message.endsWith(clause);
  if (diffed && f.expected !== undefined) {
    message = `${message.slice(0, -clause.length)}.`;
    details.push(f.actual !== undefined ? `English: ${wordDiff(f.actual, f.expected, c)}` : `English: ${c.green(`{+${f.expected}+}`)}`);
  } else if (key === 'source-drift/removed' && f.actual !== undefined && f.expected === undefined) {
    details.push(`English: ${c.red(`[-${f.actual}-]`)}`);
  } else {
    // A value the message already quotes is not printed again; `"x" … (x)` in the message keeps the quoted one.
    const quoted = (value: string | undefined): boolean => value !== undefined && message.includes(`"${value}"`);
    if (f.actual !== undefined && quoted(f.actual)) message = message.replace(` (${f.actual})`, '');
    const parts: string[] = [];
    if (f.actual !== undefined && !quoted(f.actual)) parts.push(`actual: ${JSON.stringify(f.actual)}`);
    if (f.expected !== undefined && !quoted(f.expected)) parts.push(`expected: ${JSON.stringify(f.expected)}`);
    if (parts.length > 0) details.push(c.dim(parts.join('  ')));
  }
  if (f.origin === 'source') message = `${c.bold('[from the English]')} ${message}`;
  if (f.evidence !== undefined) details.push(c.dim(`origin: the English (${f.evidence})`));
  for (const r of f.related.slice(0, 3)) {
    // A related place whose message is the text already shown (the current English of a drift) names the place only.
    const same = r.message === f.expected || r.message === f.actual;
    details.push(c.dim(`↳ ${r.path}:${r.line} (${r.locale})${same ? '' : ` ${r.message}`}`));
  }
  if (f.related.length > 3) details.push(c.dim(`↳ … and ${n(f.related.length - 3)} more`));
  return { finding: f, message, details };
}

export function formatTerminal(report: Report, options: TerminalOptions = { color: false }): string {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    const rows = findings.map((f) => row(f, c));
    const lineWidth = widest(findings.map((f) => String(f.line).length));
    const colWidth = widest(findings.map((f) => String(f.column).length));
    const sevWidth = widest(findings.map((f) => f.severity.length));
    const plain = (s: string): string => s.replace(/\u001b\[\d+(;\d+)*m/g, '');
    const msgWidth = Math.min(MESSAGE_COLUMN_MAX, widest(rows.map((r) => displayWidth(plain(r.message)))));
    const indent = ' '.repeat(2 + lineWidth + 1 + colWidth + 2 + sevWidth + 2);
    for (const r of rows) {
      const f = r.finding;
      const where = `${String(f.line).padStart(lineWidth)}:${String(f.column).padEnd(colWidth)}`;
      const message = r.message + ' '.repeat(Math.max(0, msgWidth - displayWidth(plain(r.message))));
      out.push(`  ${c.dim(where)}  ${paint[f.severity](f.severity.padEnd(sevWidth))}  ${message}  ${c.dim(f.ruleId)}`);
      for (const d of r.details) out.push(`${indent}${d}`);
    }
    out.push('');
  }
  for (const note of report.notes) out.push(c.dim(`note: ${note}`));
  const fixed = report.baseline?.fixed ?? [];
  for (const e of fixed.slice(0, 20)) out.push(c.green(`fixed since the baseline: ${e.path}:${e.line} ${e.ruleId} ${e.message}`));
  if (fixed.length > 20) out.push(c.green(`… and ${n(fixed.length - 20)} more baseline entries no longer found`));
  out.push(...checkTally(report.findings, paint));
  const s = report.summary;
  const total = s.findings.error + s.findings.warning + s.findings.info;
  const counts = SEVERITIES.map((sev) => paint[sev](severityCount(s.findings[sev], sev))).join(', ');
  const scope = `${plural(s.files, 'file')}, ${plural(s.locales.length, 'locale')}, ${plural(s.families, 'family', 'families')}, ${plural(s.segments, 'segment')}`;
  const mark = total === 0 ? c.green('✔') : s.findings.error > 0 ? c.red('✖') : c.yellow('⚠');
  const fromEnglish = s.byOrigin?.source ? `, ${n(s.byOrigin.source)} from the English` : '';
  out.push(`${mark} ${plural(total, 'finding')} (${counts}${fromEnglish}) in ${scope} · ${n(s.durationMs)} ms${report.config ? ` · config ${report.config}` : ''}`);
  if (s.fixable) out.push(`  ${n(s.fixable)} ${s.fixable === 1 ? 'problem is' : 'problems are'} potentially fixable with the \`--fix\` option.`);
  return `${out.join('\n')}\n`;
}

/** The largest of some widths (0 for none); a loop, as spreading 100,000 arguments overflows the stack. */
function widest(widths: readonly number[]): number {
  let max = 0;
  for (const w of widths) if (w > max) max = w;
  return max;
}

/** One line per check with findings, most findings first: `  count  check-id  errors, warnings, info`. */
function checkTally(findings: readonly Finding[], paint: Record<Severity, (s: string) => string>): string[] {
  if (findings.length === 0) return [];
  const byCheck = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const counts = byCheck.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity] += 1;
    byCheck.set(f.ruleId, counts);
  }
  const total = (x: Record<Severity, number>): number => x.error + x.warning + x.info;
  const rows = [...byCheck].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  const countWidth = widest(rows.map(([, x]) => n(total(x)).length));
  const idWidth = widest(rows.map(([id]) => id.length));
  return rows.map(([id, x]) => {
    const parts = SEVERITIES.filter((s) => x[s] > 0).map((s) => paint[s](severityCount(x[s], s)));
    return `  ${n(total(x)).padStart(countWidth)}  ${id.padEnd(idWidth)}  ${parts.join(', ')}`;
  });
}

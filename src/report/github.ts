// GitHub Actions report: one `::error file=…::message` workflow command per finding, within GitHub's annotation caps.
import type { Finding, Report, Severity } from '../model.js';
import { byImportance } from './order.js';
import { type PathBase, ciPath } from './paths.js';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job). Commands past that
 * are dropped silently, so loccheck stops at the cap itself and says how many findings were not annotated.
 */
export const GITHUB_ANNOTATIONS_PER_LEVEL = 10;

export interface GithubOptions {
  /** Annotations written per level (error, warning, notice). */
  maxPerLevel?: number;
  /** The run's working directory and the repository root: `file=` is relative to the root (see paths.ts). */
  paths?: PathBase;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Escapes a command's message, as @actions/core does: `%`, CR and LF, so text cannot end the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as the message, plus `:` and `,`, which would end the value or the property list. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, word: string): string => `${count(n)} ${word}${n === 1 || word === 'info' ? '' : 's'}`;

function message(f: Finding): string {
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`expected: ${JSON.stringify(f.expected)}`);
  if (f.actual !== undefined) values.push(`found: ${JSON.stringify(f.actual)}`);
  // The values go on a second line of the annotation (the LF is escaped to %0A).
  return values.length > 0 ? `${f.message}\n${values.join('; ')}` : f.message;
}

function command(f: Finding, base: PathBase | undefined): string {
  const props = [`file=${escapeProperty(ciPath(f.path, base).path)}`, `line=${f.line}`, `col=${f.column}`];
  if (f.endLine !== undefined && f.endLine >= f.line) props.push(`endLine=${f.endLine}`);
  props.push(`title=${escapeProperty(f.ruleId)}`);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message(f))}`;
}

export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const cap = options.maxPerLevel ?? GITHUB_ANNOTATIONS_PER_LEVEL;
  const out: string[] = [];
  let annotated = 0;
  // Most important first (order.ts): errors, then warnings, then notices, each level's most important findings
  // within the cap; when a later step or job hits GitHub's 50-per-job cap, the errors are already shown.
  const ordered = byImportance(report.findings);
  for (const severity of ORDER) {
    const shown = ordered.filter((f) => f.severity === severity).slice(0, cap);
    for (const f of shown) out.push(command(f, options.paths));
    annotated += shown.length;
  }
  const rest = report.findings.length - annotated;
  if (rest > 0) {
    out.push(`loccheck: ${plural(rest, 'more finding')} not annotated (GitHub shows ${cap} per level per step); see the full report.`);
  }
  // Notes are plain lines; their line breaks are escaped so a note (a file name) cannot start a command line.
  for (const note of report.notes) out.push(`loccheck: note: ${escapeData(note)}`);
  const s = report.summary;
  const total = s.findings.error + s.findings.warning + s.findings.info;
  out.push(
    `loccheck: ${plural(total, 'finding')} (${plural(s.findings.error, 'error')}, ${plural(s.findings.warning, 'warning')}, ${plural(s.findings.info, 'info')}) in ${plural(s.files, 'file')}.`,
  );
  return `${out.join('\n')}\n`;
}

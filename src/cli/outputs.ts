// The reports one process writes: `-f/--format` may be repeated, each `format` or `format:file`, as pylint's
// `--output-format=json:report.json,colorized` and golangci-lint's `--out-format=checkstyle:report.xml,github-actions`
// take them. So a CI job checks once and writes every report it needs (the action: JSON, SARIF, HTML, a step summary
// and annotations) without starting more processes to render a saved JSON report again. A module of its own, loaded
// with the options, so that parsing argv loads no formatter.
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from '../report/formats.js';

/** One report to write: its format, and its file (relative to the working directory), or stdout when absent. */
export interface ReportTarget {
  format: Format;
  file?: string;
}

/** Reports that cannot all be written as asked (two to stdout, one file twice…): exit code 2 in the cli. */
export class OutputsError extends Error {
  override readonly name = 'OutputsError';
}

const isFormat = (name: string): name is Format => (FORMATS as readonly string[]).includes(name);

/**
 * commander's collector for `-f`: `json` or `json:report.json`, in the order given. The name ends at the first colon
 * (no format name has one), so a file may hold colons. An unknown format or an empty file is rejected while argv is
 * parsed, like any invalid option value.
 */
export function collectFormats(value: string, previous: ReportTarget[] | undefined): ReportTarget[] {
  const colon = value.indexOf(':');
  const name = colon < 0 ? value : value.slice(0, colon);
  if (!isFormat(name)) throw new InvalidArgumentError(`"${name}" is not a format (${FORMATS.join(', ')}).`);
  const file = colon < 0 ? undefined : value.slice(colon + 1);
  if (file === '') throw new InvalidArgumentError(`no file after "${name}:" (write ${name}:<file>, or ${name} alone for stdout or --output).`);
  return [...(previous ?? []), file === undefined ? { format: name } : { format: name, file }];
}

/**
 * Every report the run writes, in the order given. A format named without a file goes to `--output` when given, else
 * to stdout; at most one can (two would interleave on stdout, or both claim `--output`). With no `-f`, the terminal
 * report. `--output` with every format naming its own file would write nothing, and one file named twice would keep
 * only the last report: both are usage errors, before anything is checked.
 */
export function reportTargets(formats: readonly ReportTarget[] | undefined, output: string | undefined, cwd: string): ReportTarget[] {
  const given = formats && formats.length > 0 ? formats : [{ format: 'terminal' as const }];
  const streamed = given.filter((t) => t.file === undefined);
  if (streamed.length > 1) {
    const where = output === undefined ? 'stdout' : `--output ${output}`;
    throw new OutputsError(`--format ${streamed.map((t) => t.format).join(' and ')}: only one report can go to ${where}; name a file for the others (--format ${streamed[1]?.format}:<file>)`);
  }
  if (output !== undefined && streamed.length === 0) {
    throw new OutputsError(`--output ${output}: every --format names its own file, so no report would go there; leave out --output, or a file from one --format`);
  }
  const targets = given.map((t) => (t.file === undefined && output !== undefined ? { format: t.format, file: output } : t));
  const byFile = new Map<string, ReportTarget>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    const abs = path.resolve(cwd, t.file);
    const first = byFile.get(abs);
    if (first) throw new OutputsError(`${t.file}: named for two reports (--format ${first.format} and --format ${t.format}); give each its own file`);
    byFile.set(abs, t);
  }
  return targets;
}

/** The report written to stdout, if any. */
export const streamTarget = (targets: readonly ReportTarget[]): ReportTarget | undefined => targets.find((t) => t.file === undefined);

// Reporter registry: format name → pure function from report to string (or to its chunks, for large reports).
import type { Report } from '../model.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonSafeChunks } from './json.js';
import type { Format } from './formats.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatRdjson } from './rdjson.js';
import { formatSarif } from './sarif.js';
import { displayText, jsonSafe, mapStrings } from './sanitize.js';
import { formatTerminal } from './terminal.js';
import type { PathBase } from './paths.js';

export type { PathBase } from './paths.js';

export interface FormatOptions {
  color: boolean;
  /**
   * The run's working directory and the repository root. SARIF, GitHub annotations and GitLab Code Quality give
   * paths relative to the root (a run in a subfolder has no `../` in them); without it they keep the report's paths.
   */
  paths?: PathBase;
}

export { FORMATS, type Format } from './formats.js';

/** Formats whose text is lines for people and CI logs: every string of the report is made safe to show first. */
const LINE_FORMATS: ReadonlySet<Format> = new Set(['terminal', 'github', 'markdown', 'junit']);

/**
 * The report in a format, safe to print: in line formats every article-derived string is shown with its control
 * characters escaped (`displayText`); JSON formats (json, sarif, gitlab, the data of html) escape them in the JSON
 * itself (`jsonSafe`), so their data is unchanged.
 */
export function format(report: Report, name: Format, options: FormatOptions): string {
  if (LINE_FORMATS.has(name)) return formatRaw(mapStrings(report, displayText), name, options);
  return jsonSafe(formatRaw(report, name, options));
}

function formatRaw(report: Report, name: Format, options: FormatOptions): string {
  switch (name) {
    case 'terminal':
      return formatTerminal(report, { color: options.color });
    case 'json':
      return formatJson(report);
    case 'html':
      return formatHtml(report);
    case 'sarif':
      return formatSarif(report, options.paths ? { paths: options.paths } : {});
    case 'github':
      return formatGithub(report, options.paths ? { paths: options.paths } : {});
    case 'markdown':
      return formatMarkdown(report);
    case 'junit':
      return formatJunit(report);
    case 'gitlab':
      return formatGitlab(report, options.paths ? { paths: options.paths } : {});
    case 'rdjson':
      return formatRdjson(report);
  }
}

/**
 * The same text as `format`, in pieces to write one after another: the JSON report of a large run is never built
 * as one string (the other formats are one piece).
 */
export function formatChunks(report: Report, name: Format, options: FormatOptions): Iterable<string> {
  if (name !== 'json') return [format(report, name, options)];
  return formatJsonSafeChunks(report);
}

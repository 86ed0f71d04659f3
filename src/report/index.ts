// Reporter registry: format name → pure function from report to string (or to its chunks, for large reports).
import type { Report } from '../model.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatHtml } from './html.js';
import { formatJson, formatJsonChunks } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatTerminal } from './terminal.js';

export interface FormatOptions {
  color: boolean;
}

export const FORMATS = ['terminal', 'json', 'html', 'sarif', 'github', 'markdown', 'junit', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

export function format(report: Report, name: Format, options: FormatOptions): string {
  switch (name) {
    case 'terminal':
      return formatTerminal(report, { color: options.color });
    case 'json':
      return formatJson(report);
    case 'html':
      return formatHtml(report);
    case 'sarif':
      return formatSarif(report);
    case 'github':
      return formatGithub(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'junit':
      return formatJunit(report);
    case 'gitlab':
      return formatGitlab(report);
  }
}

/**
 * The same text as `format`, in pieces to write one after another: the JSON report of a large run is never built
 * as one string (the other formats are one piece).
 */
export function formatChunks(report: Report, name: Format, options: FormatOptions): Iterable<string> {
  return name === 'json' ? formatJsonChunks(report) : [format(report, name, options)];
}

// The public API of the `loccheck` package: `import { lint, format } from 'loccheck'`.
// Everything else under dist/ is internal and may change in any release.
import { type LintOptions, type LintResult, lint as runLint } from './run.js';
import { packageVersion } from './version.js';

/**
 * Checks the articles found under `options.inputs` (files or folders, resolved against `options.cwd`) and returns
 * the report. `options.config` defaults to loccheck's defaults (use `loadConfig` to read a config file the way the
 * CLI does); `options.version` defaults to this package's version. Input mistakes (a path that does not exist, no
 * article found) reject with an `InputError`; an article loccheck cannot read is a finding, never a rejection.
 */
export function lint(options: LintOptions): Promise<LintResult> {
  return runLint({ ...options, version: options.version ?? packageVersion() });
}

export type { LintOptions, LintResult } from './run.js';
export { InputError } from './corpus/discover.js';
export { ConfigError, findConfigFile, loadConfig } from './config/load.js';
export { defaultConfig } from './config/schema.js';
export type { CheckSetting, Config } from './config/schema.js';
export { FORMATS, format } from './report/index.js';
export type { Format, FormatOptions, PathBase } from './report/index.js';
export type { TimeLimit } from './engine/pool.js';
export type { PhaseClock } from './engine/analyze-entry.js';
export { SEVERITIES, CATEGORIES, ORIGINS } from './model.js';
export type {
  ArticleSummary,
  BaselineSummary,
  Category,
  Finding,
  Origin,
  RelatedLocation,
  Report,
  SegmentText,
  Severity,
  SeverityOrOff,
  Summary,
} from './model.js';

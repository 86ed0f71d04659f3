// The command line: argv → config → lint → reporter → stdout or file → exit code. The only module with process I/O.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
// Only what every command needs is imported here: `--version` and `--help` load nothing else. The rest (the checks,
// the config loader and its schema validator, the run, the cache, git, baselines, fixes, the formatters) is
// imported by the command that uses it (`await import`), so a pull-request run does not load the HTML reporter.
import type { Check } from '../checks/types.js';
import type { CheckSetting, Config } from '../config/schema.js';
import { FileError, readBounded, replaceableTarget, writeAtomic } from '../io/files.js';
import { collectIds } from './ids.js';
import { collectFormats, OutputsError, reportTargets, streamTarget, type ReportTarget } from './outputs.js';
import { FIX_TYPES, SEVERITIES, type Finding, type Report, type Severity } from '../model.js';
import type { Format } from '../report/formats.js';
import type { FormatOptions } from '../report/index.js';
import { displayLines, displayText } from '../report/sanitize.js';
import { packageVersion } from '../version.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** A bug in loccheck (set by bin/loccheck.js when runCli throws), never a user mistake. */
export const EXIT_INTERNAL = 3;

const EXIT_HELP =
  'Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it (or more warnings than --max-warnings),\n' +
  '2 usage, config or input error, 3 internal error (a bug in loccheck: please report it).';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** Every message to stderr: one line, its user data (file names, refs, arguments) shown safely. */
function say(io: CliIO, message: string): void {
  io.stderr.write(`loccheck: ${displayText(message)}\n`);
}

const version = packageVersion;

/** What a check run needs beyond argv parsing, imported on first use (`--version` and `--help` never load it). */
async function runModules() {
  const [registry, load, schema, discover, args, rules, summary, store] = await Promise.all([
    import('../checks/registry.js'),
    import('../config/load.js'),
    import('../config/schema.js'),
    import('../corpus/discover.js'),
    import('./args.js'),
    import('../engine/rules.js'),
    import('../engine/summary.js'),
    import('../engine/finding-store.js'),
  ]);
  return {
    checks: registry.checks as readonly Check[],
    ConfigError: load.ConfigError,
    loadConfig: load.loadConfig,
    defaultConfig: schema.defaultConfig,
    InputError: discover.InputError,
    compileLocalePattern: discover.compileLocalePattern,
    expandPathArguments: args.expandPathArguments,
    parseMaxWarnings: args.parseMaxWarnings,
    DOCS_BASE: rules.DOCS_BASE,
    failsAt: summary.failsAt,
    withFindings: summary.withFindings,
    severityCounts: store.severityCounts,
  };
}
type RunModules = Awaited<ReturnType<typeof runModules>>;

/** The report in a format, in pieces to write one after another; JSON loads only its own formatter. */
async function reportChunks(report: Report, name: Format, options: FormatOptions): Promise<Iterable<string>> {
  if (name === 'json') return (await import('../report/json.js')).formatJsonSafeChunks(report);
  return (await import('../report/index.js')).formatChunks(report, name, options);
}

/**
 * Writes every report of `targets`, in order: a file through the checked atomic writer (each target checked against
 * the output guard before the first is written, so a refused one leaves no other written), the one without a file
 * to stdout. Colour only for the terminal format, decided per target (a file has none unless `--color`).
 */
async function writeReports(
  report: Report,
  targets: readonly ReportTarget[],
  io: CliIO,
  opts: { color?: boolean; refuse?: (absPath: string) => string | undefined; announce: boolean },
): Promise<void> {
  const { useColor } = await import('./color.js');
  const { pathBase } = await import('./repo-root.js');
  const paths = pathBase(io.cwd);
  for (const t of targets) if (t.file !== undefined) replaceableTarget(path.resolve(io.cwd, t.file), { what: 'report', refuse: opts.refuse });
  for (const t of targets) {
    const color = t.format === 'terminal' && useColor({ flag: opts.color, env: io.env, isTTY: io.stdout.isTTY === true, toFile: t.file !== undefined });
    // Written piece by piece: a large JSON report is never held as one string.
    const chunks = await reportChunks(report, t.format, { color, paths });
    if (t.file === undefined) {
      for (const chunk of chunks) io.stdout.write(chunk);
      continue;
    }
    const target = path.resolve(io.cwd, t.file);
    writeAtomic(target, chunks, { what: 'report', refuse: opts.refuse });
    if (opts.announce) say(io, `report written to ${path.relative(io.cwd, target) || target}`);
  }
}

/** Size limits of the files loccheck reads besides articles (config: see config/load.ts; cache: cache.ts). */
export const MAX_BASELINE_BYTES = 256 * 1024 * 1024;
export const MAX_REPORT_BYTES = 512 * 1024 * 1024;

function readBaselineFile(file: string, name: string, BaselineError: new (message: string) => Error): string {
  try {
    return readBounded(file, MAX_BASELINE_BYTES, 'baseline', { followLinks: true }).toString('utf8');
  } catch (error) {
    const code = (error as FileError).code;
    if (code === 'ETOOBIG' || code === 'ENOTREG') throw new BaselineError(`${name}: ${(error as Error).message.replace(/^.*?: /, '')}`);
    throw new BaselineError(`${name}: cannot read the baseline (${code ?? 'error'}); write one with --write-baseline`);
  }
}

/** `-f`'s help, shared by the run and merge-reports. */
const FORMAT_HELP =
  'report format: terminal (default), json, html, sarif, github, markdown, junit, gitlab or rdjson; repeat it to write several reports ' +
  'in one run, each "format:file" (one format without a file goes to stdout, or to --output), e.g. -f json:loccheck.json -f sarif:loccheck.sarif -f github';

export function program(): Command {
  return new Command()
    .name('loccheck')
    .description('Check localized Markdown articles: conflict markers, mangled facts, stale links, outdated sources.')
    .argument('[paths...]', 'files or folders to check (a folder of locale folders, one folder per locale, or files); quoted globs such as \'docs/*/\' are expanded', ['.'])
    .option('-f, --format <format[:file]>', FORMAT_HELP, collectFormats)
    .option('-o, --output <file>', 'write the report (the one --format without a file) to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(['error', 'warning', 'info', 'never']))
    .option('-c, --config <file>', 'config file (default: loccheck.config.json or .loccheckrc.json, searched from the first path upward to the repository root)')
    .option('--no-config', 'use no config file: the defaults and the options given')
    .option('--print-config', 'print the configuration the run would use, as JSON, and exit')
    .option('--check <ids>', 'run only these checks (comma-separated, or repeat the option)', collectIds)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
    .option('--locale-pattern <pattern>', 'layout with a <locale> part, e.g. "i18n/<locale>/**" or "content/<lang>/**"')
    .addOption(new Option('--origin <origin>', "report the translations' findings, the English's (once per family), or all").choices(['all', 'translation', 'source']))
    .option('-q, --quiet', 'report errors only')
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--write-baseline <file>', "record this run's findings as the baseline (the report is still printed)")
    .option('--cache', 'reuse the results of families whose files did not change (cache in $XDG_CACHE_HOME/loccheck, else ~/.cache/loccheck)')
    .option('--cache-location <dir>', 'cache folder (implies --cache; default: one per project below $XDG_CACHE_HOME/loccheck or ~/.cache/loccheck)')
    .option('--shard <i/n>', 'check only shard i of n (split by article family) for a CI matrix; combine with merge-reports')
    .option('--changed-since <ref>', 'check only the article families with a file changed since this git ref (pull requests)')
    .option('--source <dir>', 'paired mode: the English tree beside translation-only trees; each article is aligned with the English article at its path (docs/paired.md)')
    .option('-j, --jobs <n>', 'worker threads that parse (default: one per core, up to 8, from 64 files on; 0: the main thread alone)')
    .option('--fix', 'repair what machine translation mangled where the English of the segment has the right form (files written in place)')
    .option('--fix-dry-run', 'print as a unified diff what --fix would change (all its passes, run in memory) and write nothing (the report only with --output)')
    .option('--fix-type <types>', `apply only these kinds of fix (${FIX_TYPES.join(', ')}; comma-separated or repeated)`, collectIds)
    .option('--fix-check <ids>', 'apply only the fixes of these checks (comma-separated or repeated)', collectIds)
    .option('--list-checks', 'list the checks and exit (with --format json: as JSON)')
    .option('--color', 'colour the terminal report even when stdout is not a terminal (also FORCE_COLOR)')
    .option('--no-color', 'never colour the terminal report (also NO_COLOR)')
    .version(version(), '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} })
    .showHelpAfterError(false)
    .addHelpText('after', `\n${EXIT_HELP}\nDocs: README.md, docs/checks/<id>.md`);
}

interface CliOptions {
  format?: ReportTarget[];
  output?: string;
  failOn?: Severity | 'never';
  /** A file, or false with --no-config. */
  config?: string | false;
  printConfig?: boolean;
  check?: string[];
  maxWarnings?: string;
  localePattern?: string;
  quiet?: boolean;
  origin?: 'all' | 'translation' | 'source';
  listChecks?: boolean;
  baseline?: string;
  writeBaseline?: string;
  changedSince?: string;
  source?: string;
  shard?: string;
  jobs?: string;
  cache?: boolean;
  cacheLocation?: string;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
  fixCheck?: string[];
}

/**
 * Paired mode reads the English history where the English tree is inside a git repository (src/cli/git.ts); outside
 * one, no git runs and no translation's front matter is read for it.
 */
async function englishHistory(englishTree: string): Promise<{ sourceHistory?: import('../corpus/source-history.js').SourceHistoryReader }> {
  const git = await import('./git.js');
  let real = englishTree;
  try {
    real = realpathSync(englishTree);
  } catch {
    return {};
  }
  return git.repositoryOf(real) ? { sourceHistory: git.readSourceHistory } : {};
}

function parseShard(value: string, InputError: RunModules['InputError']): { index: number; count: number } {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new InputError(`--shard "${value}": expected i/n with 1 ≤ i ≤ n, e.g. 2/4`);
  return { index, count };
}

function parseJobs(value: string, InputError: RunModules['InputError']): number {
  const jobs = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 0 && jobs <= 64)) throw new InputError(`--jobs "${value}": expected a number of worker threads from 0 to 64`);
  return jobs;
}

/** `--check a,b`: every other check off; a named check that the config turns off runs at its default severity. */
function onlyChecks(current: Config['checks'], ids: readonly string[], { checks, InputError }: RunModules): Config['checks'] {
  const known = new Set(checks.map((c) => c.meta.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new InputError(`--check "${unknown}": no such check (known: ${[...known].join(', ')})`);
  const wanted = new Set(ids);
  const out: Config['checks'] = {};
  for (const c of checks) {
    const setting = current[c.meta.id];
    const options = setting?.options ?? {};
    if (!wanted.has(c.meta.id)) out[c.meta.id] = { severity: 'off', options };
    else out[c.meta.id] = setting && setting.severity !== 'off' ? setting : { severity: c.meta.defaultSeverity, options };
  }
  return out;
}

/** `--print-config`: every check with the severity and options it would run with, and the file read (or null). */
function printableConfig(config: Config, checks: readonly Check[]): Record<string, unknown> {
  const all: Record<string, CheckSetting> = {};
  for (const c of checks) all[c.meta.id] = config.checks[c.meta.id] ?? { severity: c.meta.defaultSeverity, options: {} };
  const { file, checks: _checks, ...rest } = config;
  return { file: file ?? null, ...rest, checks: all };
}

/** `--list-checks --format json`: the registry as data. */
function checkList({ checks, DOCS_BASE }: RunModules): Record<string, unknown>[] {
  return checks.map((c) => ({
    id: c.meta.id,
    category: c.meta.category,
    scope: c.scope,
    defaultSeverity: c.meta.defaultSeverity,
    messageSeverity: c.meta.messageSeverity ?? {},
    messages: Object.keys(c.meta.messages),
    fixable: Object.keys(c.meta.fixable ?? {}),
    description: c.meta.description,
    docsUrl: `${DOCS_BASE}${c.meta.id}.md`,
  }));
}

/** `--fix-type`, `--fix-check`: known names only (exit 2 otherwise). */
function fixFilterOf(opts: CliOptions, { checks, InputError }: RunModules): { types?: Set<string>; checks?: Set<string> } {
  const out: { types?: Set<string>; checks?: Set<string> } = {};
  if (opts.fixType) {
    const unknown = opts.fixType.find((t) => !(FIX_TYPES as readonly string[]).includes(t));
    if (unknown !== undefined) throw new InputError(`--fix-type "${unknown}": no such kind of fix (known: ${FIX_TYPES.join(', ')})`);
    out.types = new Set(opts.fixType);
  }
  if (opts.fixCheck) {
    const fixable = checks.filter((c) => c.meta.fixable).map((c) => c.meta.id);
    const unknown = opts.fixCheck.find((id) => !fixable.includes(id));
    if (unknown !== undefined) throw new InputError(`--fix-check "${unknown}": no check with fixes of that name (fixable: ${fixable.join(', ')})`);
    out.checks = new Set(opts.fixCheck);
  }
  return out;
}

/** With --quiet only errors are shown, and the summary counts what is shown. */
function quietReport(report: Report, withFindings: RunModules['withFindings']): Report {
  return withFindings(
    report,
    report.findings.filter((f) => f.severity === 'error'),
  );
}

/** `loccheck merge-reports a.json b.json … [--format f] [--output file] [--fail-on s]`. */
async function runMergeReports(argv: readonly string[], io: CliIO): Promise<number> {
  const cmd = new Command()
    .name('loccheck merge-reports')
    .description('Merge JSON reports of shards (--shard i/n) into one report, in any format.')
    .argument('<reports...>', 'JSON reports written with --format json')
    .option('-f, --format <format[:file]>', FORMAT_HELP, collectFormats)
    .option('-o, --output <file>', 'write the report (the one --format without a file) to a file instead of stdout')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(['error', 'warning', 'info', 'never']).default('error'))
    .option('--color', 'colour the terminal report even when stdout is not a terminal (also FORCE_COLOR)')
    .option('--no-color', 'never colour the terminal report (also NO_COLOR)')
    .exitOverride()
    .configureOutput({ writeOut: () => {}, writeErr: () => {} });
  let files: string[];
  let opts: { format?: ReportTarget[]; output?: string; failOn: Severity | 'never'; color?: boolean };
  let targets: ReportTarget[];
  try {
    cmd.parse([...argv], { from: 'user' });
    files = cmd.processedArgs[0] as string[];
    opts = cmd.opts();
    targets = reportTargets(opts.format, opts.output, io.cwd);
  } catch (error) {
    if (error instanceof OutputsError) {
      say(io, `merge-reports: ${error.message} (see loccheck merge-reports --help)`);
      return EXIT_USAGE;
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
        io.stdout.write(cmd.helpInformation());
        return EXIT_OK;
      }
      say(io, `merge-reports: ${error.message.replace(/^error: /, '')} (see loccheck merge-reports --help)`);
      return EXIT_USAGE;
    }
    throw error;
  }
  const [{ MergeError, mergeReports, parseJsonReport }, { duplicateReports }, { failsAt }] = await Promise.all([
    import('../engine/merge.js'),
    import('./merge-duplicates.js'),
    import('../engine/summary.js'),
  ]);
  try {
    const read = files.map((f) => {
      let text: string;
      try {
        text = readBounded(path.resolve(io.cwd, f), MAX_REPORT_BYTES, 'report', { followLinks: true }).toString('utf8');
      } catch (error) {
        const code = (error as FileError).code;
        if (code === 'ETOOBIG' || code === 'ENOTREG') throw new MergeError(`${f}: ${(error as Error).message.replace(/^.*?: /, '')}`);
        throw new MergeError(`${f}: cannot read the report (${code ?? 'error'})`);
      }
      return { name: f, digest: createHash('sha256').update(text).digest('hex'), report: parseJsonReport(text, f) };
    });
    // The same report given twice would add its files and segments twice: it is merged once, with a warning.
    const { unique, warnings } = duplicateReports(read);
    for (const warning of warnings) say(io, `merge-reports: ${warning}`);
    const report = mergeReports(unique);
    await writeReports(report, targets, io, { ...(opts.color !== undefined ? { color: opts.color } : {}), announce: false });
    return report.findings.some((f) => failsAt(f.severity, opts.failOn)) ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (error instanceof MergeError || error instanceof FileError) {
      say(io, `merge-reports: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'merge-reports') return runMergeReports(argv.slice(1), io);
  const cmd = program();
  let paths: string[];
  let opts: CliOptions;
  const given = new Set<string>();
  cmd.on('option:config', () => given.add('config'));
  cmd.on('option:no-config', () => given.add('no-config'));
  try {
    cmd.parse([...argv], { from: 'user' });
    paths = cmd.processedArgs[0] as string[];
    opts = cmd.opts<CliOptions>();
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
        io.stdout.write(`${cmd.helpInformation()}\n${EXIT_HELP}\n`);
        return EXIT_OK;
      }
      if (error.code === 'commander.version') {
        io.stdout.write(`${version()}\n`);
        return EXIT_OK;
      }
      // Commander puts its suggestion on a second line; the message stays one line (the newline would be escaped).
      say(io, `${error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')} (see loccheck --help)`);
      return EXIT_USAGE;
    }
    throw error;
  }

  if (given.has('config') && given.has('no-config')) {
    say(io, '--config and --no-config cannot be used together (see loccheck --help)');
    return EXIT_USAGE;
  }
  let targets: ReportTarget[];
  try {
    targets = reportTargets(opts.format, opts.output, io.cwd);
  } catch (error) {
    if (!(error instanceof OutputsError)) throw error;
    say(io, `${error.message} (see loccheck --help)`);
    return EXIT_USAGE;
  }
  const streamed = streamTarget(targets);

  // git is asked first: the ref is verified at once (two short blocking calls), then the changed files are listed by
  // child processes while the checks and the run load (their errors are met in order, below).
  const git = opts.changedSince !== undefined && !opts.listChecks && !opts.printConfig ? await import('./git.js') : undefined;
  const changedFiles = git?.changedFilesSince(io.cwd, opts.changedSince as string);
  changedFiles?.catch(() => {});
  const m = await runModules();
  const { checks, InputError, failsAt, severityCounts } = m;
  // The classes of the user mistakes that can reach the catch below (exit code 2), as their modules are loaded.
  const userErrors: (abstract new (...args: never[]) => Error)[] = [m.ConfigError, InputError, FileError];
  if (git) userErrors.push(git.GitError);

  if (opts.listChecks) {
    // The list goes to stdout, in one format.
    const only = targets.length === 1 ? targets[0] : undefined;
    const format = only?.file === undefined ? only?.format : undefined;
    if (format !== 'terminal' && format !== 'json') {
      say(io, `--list-checks prints "terminal" or "json", not ${targets.map((t) => `"${t.format}${t.file !== undefined ? `:${t.file}` : ''}"`).join(', ')}, and only to stdout (see loccheck --help)`);
      return EXIT_USAGE;
    }
    if (format === 'json') io.stdout.write(`${JSON.stringify(checkList(m), null, 2)}\n`);
    else
      for (const c of checks) {
        const fixable = c.meta.fixable ? ` (fixable: ${Object.keys(c.meta.fixable).join(', ')})` : '';
        io.stdout.write(`${c.meta.id.padEnd(24)} ${c.meta.category.padEnd(10)} ${c.meta.defaultSeverity.padEnd(8)} ${c.meta.description}${fixable}\n`);
      }
    return EXIT_OK;
  }

  try {
    const maxWarnings = opts.maxWarnings !== undefined ? m.parseMaxWarnings(opts.maxWarnings) : undefined;
    const fixFilter = fixFilterOf(opts, m);
    paths = m.expandPathArguments(paths, io.cwd);
    const config = opts.config === false ? { ...m.defaultConfig, checks: {} } : m.loadConfig(io.cwd, opts.config, paths);
    if (opts.check) config.checks = onlyChecks(config.checks, opts.check, m);
    if (opts.localePattern) {
      m.compileLocalePattern(opts.localePattern);
      config.localePattern = opts.localePattern;
    }
    const failOn = opts.failOn ?? config.failOn;
    /**
     * The exit code of a run's findings, from their counts by severity (`severityCounts`: a run's report counts them
     * without making the list of its findings, which it keeps compact until they are written).
     */
    const exitCodeOf = (report: Report): number => {
      const counts = severityCounts(report);
      const warnings = counts.warning;
      if (maxWarnings !== undefined && warnings > maxWarnings) {
        say(io, `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}`);
        return EXIT_FINDINGS;
      }
      return SEVERITIES.some((s) => counts[s] > 0 && failsAt(s, failOn)) ? EXIT_FINDINGS : EXIT_OK;
    };
    if (opts.origin) config.origin = opts.origin;
    if (opts.printConfig) {
      io.stdout.write(`${JSON.stringify(printableConfig({ ...config, failOn }, checks), null, 2)}\n`);
      return EXIT_OK;
    }
    // Started now, while git and the config are dealt with: the run's modules (the checks are loaded already).
    const running = Promise.all([import('../run.js'), import('../cache/cache.js')]);
    running.catch(() => {});
    const changed = changedFiles ? { changedFiles: await changedFiles, changedSince: opts.changedSince as string } : {};
    const baselines = opts.baseline || opts.writeBaseline ? await import('../engine/baseline.js') : undefined;
    if (baselines) userErrors.push(baselines.BaselineError);
    const baseline = opts.baseline && baselines ? baselines.parseBaseline(readBaselineFile(path.resolve(io.cwd, opts.baseline), opts.baseline, baselines.BaselineError), opts.baseline) : undefined;
    const shard = opts.shard ? { shard: parseShard(opts.shard, InputError) } : {};
    const jobs = opts.jobs !== undefined ? { jobs: parseJobs(opts.jobs, InputError) } : {};
    const [{ lint }, { CacheError }] = await running;
    userErrors.push(CacheError);
    // People at a terminal see progress on stderr; never in CI (no TTY), with --quiet, or when a machine format
    // goes to stdout (someone pipes it, and the line would only be noise).
    const machineToStdout = streamed !== undefined && streamed.format !== 'terminal';
    const progress = io.stderr.isTTY === true && !opts.quiet && !machineToStdout ? (await import('./progress.js')).progressLine(io.stderr, Number(io.env['LOCCHECK_PROGRESS_DELAY_MS'] ?? 500)) : undefined;
    const useCache = opts.cache || opts.cacheLocation;
    const keys = useCache ? await import('../cache/key.js') : undefined;
    let all: Report;
    let protectedPath: (absPath: string) => string | undefined;
    const lintOptions = {
      inputs: paths,
      cwd: io.cwd,
      config,
      version: version(),
      ...changed,
      ...(opts.source !== undefined ? { source: opts.source, ...(await englishHistory(path.resolve(io.cwd, opts.source))) } : {}),
      ...shard,
      ...jobs,
      ...(useCache && keys
        ? { cacheDir: opts.cacheLocation ? path.resolve(io.cwd, opts.cacheLocation) : keys.defaultCacheDir(io.env, io.cwd), cacheKey: keys.cacheKey(io.env) }
        : {}),
    };
    try {
      ({ report: all, protectedPath } = await lint({ ...lintOptions, ...(progress ? { onProgress: progress.onProgress } : {}) }));
    } finally {
      progress?.done();
    }
    if (opts.writeBaseline && baselines) {
      writeAtomic(path.resolve(io.cwd, opts.writeBaseline), [baselines.formatBaseline(baselines.makeBaseline(all))], { what: 'baseline', refuse: protectedPath });
      say(io, `baseline of ${all.findings.length} finding${all.findings.length === 1 ? '' : 's'} written to ${opts.writeBaseline}`);
    }
    let full = baseline && baselines ? baselines.applyBaseline(all, baseline, opts.baseline as string) : all;
    if (opts.fix || opts.fixDryRun) {
      const { fixUntilStable } = await import('./fix.js');
      // After a pass, the families of the files written are checked again, and their new fixes applied.
      const relint = async (files: string[], contents?: ReadonlyMap<string, Uint8Array>): Promise<Report> => {
        const again = (await lint({ ...lintOptions, changedFiles: files, ...(contents ? { contents } : {}) })).report;
        return baseline && baselines ? baselines.applyBaseline(again, baseline, opts.baseline as string) : again;
      };
      const fixes = await fixUntilStable(full, relint, { cwd: io.cwd, dryRun: opts.fixDryRun === true, maxBytes: config.maxFileBytes, ...fixFilter });
      for (const m of fixes.messages) say(io, m);
      const n = fixes.fixed;
      const what = `${n} problem${n === 1 ? '' : 's'} in ${fixes.files} file${fixes.files === 1 ? '' : 's'}`;
      if (opts.fixDryRun) {
        // Article text may hold escape sequences or workflow commands: the diff is shown, never obeyed.
        io.stdout.write(displayLines(fixes.diff));
        say(io, `--fix-dry-run: ${what} would be fixed; nothing written`);
        // The diff is the output: the reports go only to their files.
        targets = targets.filter((t) => t.file !== undefined);
      } else {
        say(io, `fixed ${what}${fixes.passes > 1 ? ` (${fixes.passes} passes)` : ''}`);
        // What is fixed is no longer a problem: the report shows what is left, checked again.
        full = { ...fixes.report, notes: full.notes };
      }
    }
    const report = opts.quiet ? quietReport(full, m.withFindings) : full;
    await writeReports(report, targets, io, { ...(opts.color !== undefined ? { color: opts.color } : {}), refuse: protectedPath, announce: !opts.quiet });
    return exitCodeOf(full);
  } catch (error) {
    if (userErrors.some((kind) => error instanceof kind)) {
      say(io, `${(error as Error).message}`);
      return EXIT_USAGE;
    }
    const e = error as NodeJS.ErrnoException;
    if (e.code && e.syscall) {
      say(io, `${e.syscall} ${e.path ?? ''}: ${e.code}; check the path and permissions`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

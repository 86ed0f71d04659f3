// The README's options table: the meaning of each option of the CLI, at more length than `--help`. `npm run docs`
// writes the table in commander's order (scripts/readme-tables.ts); every option needs a row here, and a row whose
// option the CLI lacks fails the generator.

export interface OptionDoc {
  /** The option's flags as commander writes them (`-o, --output <file>`); more than one share a row. */
  flags: string[];
  meaning: string;
}

export const OPTION_DOCS: OptionDoc[] = [
  { flags: ['[paths...]'], meaning: 'Files or folders to check (default `.`). A quoted glob (`\'docs/*/\'`, as a CI file passes it without a shell) is expanded by loccheck: a pattern ending in `/` matches folders only, others match files and folders; names starting with a dot and `node_modules`/`.git` are never matched, links are not followed; a path that exists is always taken literally. A glob that matches nothing is exit 2.' },
  { flags: ['-f, --format <format>'], meaning: '`terminal` (default), `json`, `html`, `sarif`, `github`, `markdown`, `junit`, `gitlab` or `rdjson` (reviewdog, fixes as suggested changes). See [docs/formats.md](docs/formats.md).' },
  { flags: ['-o, --output <file>'], meaning: 'Write the report to this file instead of stdout. The file is written to a temporary file, every write checked and flushed, then renamed, so an interrupted run or a full disk never leaves half a report: a failed write is exit 2 with one line naming the file, and the previous file stays as it was. loccheck refuses (exit 2) to replace an article of the run, a path inside a scanned folder that would be read as an article, the config file, a symbolic link, or anything that is not a regular file (`-o /dev/null` is refused: leave out `-o` and redirect stdout instead). Prints `loccheck: report written to <file>` on stderr (not with `--quiet`).' },
  { flags: ['--fail-on <severity>'], meaning: '`error`, `warning`, `info` or `never`: exit 1 when a finding is at or above this severity. Default: `failOn` from the config file, which defaults to `error`.' },
  { flags: ['-c, --config <file>'], meaning: 'Use this config file instead of searching for one.' },
  { flags: ['--no-config'], meaning: 'Use no config file (the defaults and the options given); with `--config` it is exit 2.' },
  { flags: ['--print-config'], meaning: 'Print the configuration the run would use (the file read or `null`, every check with its severity and options, after `--fail-on`, `--origin`, `--locale-pattern`, `--check` and `--no-config`) as JSON and exit 0, without checking.' },
  { flags: ['--check <ids>'], meaning: 'Run only these checks: comma-separated ids, or the option repeated (`--check fact-mismatch,broken-link`). A named check that the config turns off runs at its default severity; an unknown id is exit 2. `unused-suppression` then reports the suppressions of the checks not run as unused: leave it out.' },
  { flags: ['--max-warnings <n>'], meaning: 'Exit 1 when the run has more than `n` warnings (counted before `--quiet` hides them), with one line on stderr saying so, whatever `--fail-on`.' },
  { flags: ['--locale-pattern <pattern>'], meaning: 'Layout with a `<locale>` part, e.g. `"i18n/<locale>/**"`. Overrides `localePattern` from the config file.' },
  { flags: ['--origin <origin>'], meaning: '`all` (default), `translation` or `source`: report the translations\' findings, the English\'s (defects the current English has too, or that every locale reports the same way; once per family, at `info`), or both. Default: `origin` from the config file.' },
  { flags: ['-q, --quiet'], meaning: 'Report only findings of severity `error`; the summary counts what is shown. The exit code is still computed from all findings.' },
  { flags: ['--baseline <file>'], meaning: 'Report only findings whose fingerprint is not in this baseline; list baseline entries no longer found.' },
  { flags: ['--write-baseline <file>'], meaning: 'Record this run\'s findings as a baseline (written by the same checked writer as `--output`, with the same refusals).' },
  { flags: ['--changed-since <ref>'], meaning: 'Check only the article families with a file changed since this git ref, with all their locales.' },
  { flags: ['--source <dir>'], meaning: 'Paired mode: the English tree beside translation-only trees. Each article is aligned block by block with the English article at its path and checked like a bilingual article ([docs/paired.md](docs/paired.md)).' },
  { flags: ['--cache', '--cache-location <dir>'], meaning: 'Reuse the results of every article family whose files did not change (a per-user folder below `$XDG_CACHE_HOME/loccheck` or `~/.cache/loccheck` by default, never inside the checkout; every cache file is signed with a per-user key, so a committed cache is ignored); a changed file re-checks its family, and links across files are resolved again on every run. Safe across loccheck versions and config changes.' },
  { flags: ['--shard <i/n>'], meaning: 'Check only shard `i` of `n` (split by article family) for a CI matrix.' },
  { flags: ['-j, --jobs <n>'], meaning: 'Worker threads that parse, 0 to 64 (default: one for runs under 64 files, else one per core, up to 8; never more than there are batches of work). On workers each family has a time limit (10 s + 10 s per MB) and each worker a 2 GB heap, so a hostile article becomes an `unreadable-file/limit` finding instead of a hung run. `0` parses on the main thread alone, with no time limit (trusted input only). Fewer workers use less memory; the findings are the same.' },
  { flags: ['--color'], meaning: 'Colour the terminal report even when stdout is not a terminal, or when it goes to an `--output` file (wins over `NO_COLOR`).' },
  { flags: ['--no-color'], meaning: 'Never colour the terminal report (wins over `FORCE_COLOR`).' },
  { flags: ['--fix'], meaning: 'Repair the translations\' mechanical damage whose right form is in the segment\'s English (a token with blanks inserted, a cmdlet or identifier re-cased, a version written `8,3`, a translated identifier in a data table, a `/en-us/` the English link does not have), file by file, inside the translated spans only, through the same checked atomic writer. A file whose content changed since it was checked is left alone with a message; so is a fix whose old text is not exactly where it was. Byte order marks and line endings are kept. The families of the files written are then checked again and their new fixes applied (a fix can reveal the next in the same sentence), up to 10 passes, as ESLint does; the report shows what is left, and a second `--fix` changes nothing. See each check\'s page for its fixable findings.' },
  { flags: ['--fix-dry-run'], meaning: 'Run the passes of `--fix` on the text in memory and print, as a unified diff on stdout, what they would change in each file (from the file as it is to the converged text `--fix` would leave); write nothing. The report (of the files as they are) goes only to `--output`.' },
  { flags: ['--fix-type <types>', '--fix-check <ids>'], meaning: 'Apply only these kinds of fix (`mangled`, `case-changed`, `version`, `table-identifier`, `link-locale`) or the fixes of these checks; comma-separated or repeated.' },
  { flags: ['--list-checks'], meaning: 'Print every check (id, category, default severity, description, fixable messages) and exit 0. With `--format json`: a JSON array (`id`, `category`, `scope`, `defaultSeverity`, `messageSeverity`, `messages`, `fixable`, `description`, `docsUrl`).' },
  { flags: ['-v, --version'], meaning: 'Print the version and exit 0.' },
  { flags: ['-h, --help'], meaning: 'Print help and exit 0.' },
];

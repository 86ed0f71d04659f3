// The command line as a user meets it: argv in, text on stdout / stderr and an exit code out (no process I/O).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../src/cli/main.js';
import { type JsonFinding, expectUsageError, run as runIn } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';
import { SEEDS } from './helpers/seeds.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const run = (argv: string[], opts: Parameters<typeof runIn>[1] = {}) => runIn(argv, { cwd: REPO, ...opts });
const CONFLICTED = 'fixtures/seeds/000_c7aa02d0fc662548.txt';
const PKG_VERSION = (JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const ANSI = /\u001b\[\d+(;\d+)*m/;

const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
const fm = (locale: string): string => `---\nms.contentlocale: ${locale}\n---\n`;
// Front matter (3 lines), a blank line, then the block: `<<<<<<<` on line 5.
const conflicted = (locale: string): string => `${fm(locale)}\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> master\n`;
const clean = (locale: string): string => `${fm(locale)}# ${pair('a-1', 'Titre', 'Title')}\n\n${pair('a-2', 'Bonjour.', 'Hello.')}\n`;

const tree = tempTrees('loccheck-cli-');

const findingsOf = (json: string): JsonFinding[] => (JSON.parse(json) as { findings: JsonFinding[] }).findings;

describe('exit 0', () => {
  it('a clean tree of locale folders: exit 0, a summary with no finding, nothing on stderr', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'de-DE/a.md': clean('de-DE') });
    const r = await run([], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toMatch(/^✔ 0 findings \(0 errors, 0 warnings, 0 info\) in 2 files, 2 locales, 1 family, 4 segments · \d+ ms\n$/);
  });

  it('--fail-on never on the seeds: exit 0 although the two conflicts are still reported', async () => {
    const r = await run(['--fail-on', 'never', '--format', 'json', ...SEEDS]);
    expect(r.code).toBe(EXIT_OK);
    const conflicts = findingsOf(r.stdout).filter((f) => f.ruleId === 'merge-conflict-marker');
    expect(conflicts.map((f) => `${f.ruleId} ${f.severity} ${f.path}:${f.line}`)).toEqual([
      `merge-conflict-marker error ${CONFLICTED}:80`,
      `merge-conflict-marker error ${CONFLICTED}:108`,
    ]);
  });

  it('--fail-on from the config file applies when the option is not given, and the option wins over it', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR'), 'loccheck.config.json': '{"failOn":"never"}' });
    expect((await run([], { cwd: dir })).code).toBe(EXIT_OK);
    expect((await run(['--fail-on', 'error'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
  });
});

describe('exit 1', () => {
  it('the seeds with the default --fail-on (error): exit 1, both conflicts under their file as line:col', async () => {
    const r = await run(SEEDS);
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const header = lines.indexOf(CONFLICTED);
    expect(header).toBeGreaterThanOrEqual(0);
    const block = lines.slice(header + 1, lines.indexOf('', header));
    const located = block.filter((l) => /^\s+\d+:\d+\s.*\smerge-conflict-marker$/.test(l));
    expect(located).toHaveLength(2);
    expect(located[0]).toMatch(/^\s+80:\d+\s+error\s+.+\s+merge-conflict-marker$/);
    expect(located[1]).toMatch(/^\s+108:\d+\s+error\s+.+\s+merge-conflict-marker$/);
    // The path is the header only: no row repeats it.
    expect(block.filter((l) => l.includes(`${CONFLICTED}:`))).toEqual([]);
    expect(r.stdout).toMatch(/\n✖ [\d,]+ findings \([1-9][\d,]* errors?, [\d,]+ warnings?, [\d,]+ info(, [\d,]+ from the English)?\) in 5 files, 4 locales, 1 family, [\d,]+ segments · [\d,]+ ms\n {2}[\d,]+ problems are potentially fixable with the `--fix` option\.\n$/);
  });

  it('--fail-on warning fails on a finding configured down to a warning; --fail-on error does not', async () => {
    const dir = tree({
      'fr-FR/a.md': conflicted('fr-FR'),
      'loccheck.config.json': JSON.stringify({ checks: { 'merge-conflict-marker': 'warning' } }),
    });
    expect((await run(['--fail-on', 'warning'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
    expect((await run(['--fail-on', 'error'], { cwd: dir })).code).toBe(EXIT_OK);
    expect((await run([], { cwd: dir })).code).toBe(EXIT_OK);
  });
});

describe('exit 2: usage, config and input errors, one line on stderr', () => {
  it('a path that does not exist', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR') });
    const r = await run(['no/such/folder'], { cwd: dir });
    expectUsageError(r, 'no/such/folder');
    expect(r.stderr).toContain('no such file or folder');
  });

  it('an unknown option', async () => {
    expectUsageError(await run(['--bogus', ...SEEDS]), "unknown option '--bogus'");
  });

  it("an unknown option close to a known one: commander's suggestion on the same line", async () => {
    const r = await run(['--cach', ...SEEDS]);
    expectUsageError(r, "unknown option '--cach' (Did you mean --cache?) (see loccheck --help)");
  });

  it('--jobs: 0 to 64 worker threads, the same findings however many; anything else is a usage error', async () => {
    for (const bad of ['65', 'two', '1.5', '']) expectUsageError(await run(['--jobs', bad, ...SEEDS]), `--jobs "${bad}"`);
    const json = async (extra: string[]) => JSON.parse((await run(['-f', 'json', '--fail-on', 'never', ...extra, ...SEEDS])).stdout).findings;
    const one = await json(['--jobs', '0']);
    expect(one.length).toBeGreaterThan(50);
    expect(await json(['-j', '4'])).toEqual(one);
  });

  it('a --format that is not terminal, json or html', async () => {
    const r = await run(['--format', 'xml', ...SEEDS]);
    expectUsageError(r, "'xml'");
    expect(r.stderr).toContain('terminal, json, html');
  });

  it('a --fail-on that is not a severity', async () => {
    expectUsageError(await run(['--fail-on', 'sometimes', ...SEEDS]), "'sometimes'");
  });

  it('an invalid config file found upward names the file and the key', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'loccheck.config.json': '{"failOn":"sometimes"}' });
    const r = await run([], { cwd: dir });
    expectUsageError(r, 'loccheck.config.json');
    expect(r.stderr).toContain('/failOn');
  });

  it('a config file that is not JSON, given with --config', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'my.json': '{ failOn: never' });
    const r = await run(['--config', 'my.json'], { cwd: dir });
    expectUsageError(r, 'my.json');
    expect(r.stderr).toContain('not valid JSON');
  });

  it('a --config file that does not exist', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR') });
    expectUsageError(await run(['--config', 'missing.json'], { cwd: dir }), 'missing.json');
  });

  it('a folder with no article in it', async () => {
    const dir = tree({ 'notes.txt': 'not an article', 'img/logo.png': 'png' });
    const r = await run(['.'], { cwd: dir });
    expectUsageError(r, 'no article found');
  });

  it('a --locale-pattern without <locale> or <lang>', async () => {
    const dir = tree({ 'i18n/fr-FR/a.md': clean('fr-FR') });
    expectUsageError(await run(['--locale-pattern', 'i18n/*/**'], { cwd: dir }), '--locale-pattern');
  });

  it('an --output file in a folder that does not exist', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR') });
    const r = await run(['--output', 'no/such/dir/report.json'], { cwd: dir });
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^loccheck: /);
    expect(readdirSync(dir).sort()).toEqual(['fr-FR']);
  });
});

describe('--version and --help', () => {
  it('--version and -v print the package version and exit 0', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await run([flag]);
      expect(r).toEqual({ code: EXIT_OK, stdout: `${PKG_VERSION}\n`, stderr: '' });
    }
  });

  it('--help prints usage, the options and the exit codes on stdout and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: loccheck \[options\] \[paths\.\.\.\]/);
    for (const opt of ['--format <format[:file]>', '--output <file>', '--fail-on <severity>', '--config <file>', '--locale-pattern <pattern>', '--quiet', '--version']) {
      expect(r.stdout).toContain(opt);
    }
    expect(r.stdout).toContain(
      'Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it (or more warnings than --max-warnings),\n' +
        '2 usage, config or input error, 3 internal error (a bug in loccheck: please report it).\n',
    );
  });
});

describe('--format json on the seeds', () => {
  it('reports exactly the two merge-conflict-marker findings of 000 (lines 80 and 108) and none in the other seeds', async () => {
    const r = await run(['--format', 'json', ...SEEDS]);
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { summary: { files: number; locales: string[]; families: number }; findings: JsonFinding[] };
    expect(report.summary.files).toBe(5);
    expect(report.summary.locales).toEqual(['es-ES', 'fr-FR', 'pt-BR', 'zh-CN']);
    expect(report.summary.families).toBe(1);
    const conflicts = report.findings.filter((f) => f.ruleId === 'merge-conflict-marker');
    expect(conflicts.map((f) => ({ ruleId: f.ruleId, severity: f.severity, path: f.path, locale: f.locale, line: f.line, actual: f.actual }))).toEqual([
      { ruleId: 'merge-conflict-marker', severity: 'error', path: CONFLICTED, locale: 'zh-CN', line: 80, actual: '<<<<<<< 标头' },
      { ruleId: 'merge-conflict-marker', severity: 'error', path: CONFLICTED, locale: 'zh-CN', line: 108, actual: '<<<<<<< HEAD' },
    ]);
    for (const seed of SEEDS.slice(1)) expect(conflicts.filter((f) => f.path === seed)).toEqual([]);
  });

  it('a finding on a segment carries its source and target text; related places carry their locale\'s text', async () => {
    const r = await run(['--format', 'json', ...SEEDS]);
    type Seg = { segment?: { source: string; target: string }; related: { path: string; target?: string }[]; messageId: string };
    const findings = JSON.parse(r.stdout).findings as (JsonFinding & Seg)[];
    const version = findings.find((f) => f.ruleId === 'fact-mismatch' && f.path === SEEDS[2] && f.line === 54 && f.actual === '8,3');
    expect(version?.segment).toEqual({ source: '8.3', target: '8,3' });
    const conflict = findings.find((f) => f.ruleId === 'merge-conflict-marker');
    // The translated marker sits inside a bilingual pair in the seed: the report shows both halves.
    expect(conflict?.segment?.target).toContain('<<<<<<< 标头');
    expect(conflict?.segment?.source).toContain('<<<<<<< HEAD');
    const divergence = findings.find((f) => f.ruleId === 'table-divergence' && f.path === SEEDS[1] && f.line === 53);
    expect(divergence?.segment?.source).toBe('DeviceID');
  });

  it('JSON is never coloured, even on a TTY', async () => {
    const r = await run(['--format', 'json', CONFLICTED], { tty: true });
    expect(r.stdout).not.toMatch(ANSI);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

describe('--output', () => {
  it('writes the report to the file, prints nothing on stdout, and leaves no temporary file', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR') });
    const r = await run(['--format', 'json', '--output', 'out.json', 'fr-FR'], { cwd: dir, tty: true });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('loccheck: report written to out.json\n');
    expect(readdirSync(dir).sort()).toEqual(['fr-FR', 'out.json']);
    const written = findingsOf(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(written.map((f) => `${f.ruleId} ${f.path}:${f.line} ${f.locale}`)).toEqual(['merge-conflict-marker fr-FR/a.md:5 fr-FR']);
  });

  it('a terminal report written to a file has no colour even when stdout is a TTY', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR') });
    const r = await run(['--output', 'report.txt'], { cwd: dir, tty: true });
    expect(r.stdout).toBe('');
    const text = readFileSync(path.join(dir, 'report.txt'), 'utf8');
    expect(text).not.toMatch(ANSI);
    expect(text).toMatch(/^fr-FR\/a\.md\n\s+5:1\s+error\s+.+\s+merge-conflict-marker$/m);
  });

  it('replaces an existing report file', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'report.json': 'old content' });
    expect((await run(['--format', 'json', '-o', 'report.json', 'fr-FR'], { cwd: dir })).code).toBe(EXIT_OK);
    expect(findingsOf(readFileSync(path.join(dir, 'report.json'), 'utf8'))).toEqual([]);
  });
});

describe('--quiet', () => {
  const files = {
    'fr-FR/a.md': conflicted('fr-FR'), // configured down to a warning below
    'fr-FR/b.md': '---\nms.contentlocale: fr-FR\n\nNo closing line.\n', // front-matter error, line 1
    'loccheck.config.json': JSON.stringify({ checks: { 'merge-conflict-marker': 'warning' } }),
  };

  it('without --quiet both the warning and the error are listed', async () => {
    const r = await run(['--format', 'json'], { cwd: tree(files) });
    expect(findingsOf(r.stdout).map((f) => `${f.ruleId} ${f.severity} ${f.path}:${f.line}`)).toEqual([
      'merge-conflict-marker warning fr-FR/a.md:5',
      'front-matter error fr-FR/b.md:1',
    ]);
  });

  it('--quiet lists errors only, and keeps the exit code of the full run', async () => {
    const dir = tree(files);
    const json = await run(['--quiet', '--format', 'json'], { cwd: dir });
    expect(json.code).toBe(EXIT_FINDINGS);
    expect(findingsOf(json.stdout).map((f) => `${f.ruleId} ${f.severity} ${f.path}:${f.line}`)).toEqual(['front-matter error fr-FR/b.md:1']);
    const text = await run(['-q'], { cwd: dir });
    expect(text.stdout).toMatch(/^fr-FR\/b\.md\n\s+1:1\s+error\s+.+\s+front-matter$/m);
    expect(text.stdout).not.toContain('merge-conflict-marker');
    expect(text.stdout).not.toContain('fr-FR/a.md');
  });

  it('--quiet with --output writes nothing on stderr or stdout', async () => {
    const dir = tree(files);
    const r = await run(['--quiet', '--output', 'r.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(findingsOf(readFileSync(path.join(dir, 'r.json'), 'utf8')).map((f) => f.ruleId)).toEqual(['front-matter']);
  });
});

describe('colour', () => {
  const files = { 'fr-FR/a.md': conflicted('fr-FR') };

  it('is used when stdout is a TTY and NO_COLOR is unset', async () => {
    const r = await run([], { cwd: tree(files), tty: true, env: {} });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout).toContain('\u001b[31merror'); // the severity in red
  });

  it('is not used when stdout is not a TTY', async () => {
    const r = await run([], { cwd: tree(files), tty: false, env: {} });
    expect(r.stdout).toMatch(/^fr-FR\/a\.md\n\s+5:1 /m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('is not used on a TTY when NO_COLOR is set', async () => {
    const r = await run([], { cwd: tree(files), tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/^fr-FR\/a\.md\n\s+5:1 /m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('is not used on a TTY when TERM is dumb', async () => {
    const r = await run([], { cwd: tree(files), tty: true, env: { TERM: 'dumb' } });
    expect(r.stdout).toMatch(/^fr-FR\/a\.md\n\s+5:1 /m);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('FORCE_COLOR turns it on without a TTY; FORCE_COLOR=0 turns it off on a TTY; NO_COLOR wins over FORCE_COLOR', async () => {
    const dir = tree(files);
    expect((await run([], { cwd: dir, tty: false, env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[31merror');
    expect((await run([], { cwd: dir, tty: false, env: { FORCE_COLOR: '' } })).stdout).toMatch(ANSI);
    expect((await run([], { cwd: dir, tty: true, env: { FORCE_COLOR: '0' } })).stdout).not.toMatch(ANSI);
    expect((await run([], { cwd: dir, tty: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('--color forces it (without a TTY, over NO_COLOR, into -o); --no-color turns it off (over FORCE_COLOR, on a TTY)', async () => {
    const dir = tree(files);
    expect((await run(['--color'], { cwd: dir, tty: false, env: { NO_COLOR: '1' } })).stdout).toContain('\u001b[31merror');
    expect((await run(['--no-color'], { cwd: dir, tty: true, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    await run(['--color', '-o', 'colored.txt'], { cwd: dir, tty: false });
    expect(readFileSync(path.join(dir, 'colored.txt'), 'utf8')).toMatch(ANSI);
    // Machine formats are never coloured.
    expect((await run(['--color', '--format', 'github'], { cwd: dir })).stdout).not.toMatch(ANSI);
  });

  it('merge-reports takes --color and --no-color too', async () => {
    const dir = tree(files);
    await run(['--format', 'json', '-o', 'r.json'], { cwd: dir });
    expect((await run(['merge-reports', 'r.json', '--color'], { cwd: dir })).stdout).toContain('\u001b[31merror');
    expect((await run(['merge-reports', 'r.json', '--no-color'], { cwd: dir, tty: true })).stdout).not.toMatch(ANSI);
  });
});

describe('--list-checks', () => {
  it('lists every check id with its category and default severity, exit 0', async () => {
    const r = await run(['--list-checks']);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stdout).toMatch(/^merge-conflict-marker\s+conflict\s+error\s+\S/m);
    expect(r.stdout).toMatch(/^front-matter\s+metadata\s+error\s+\S/m);
  });
});

describe('--origin (issue #16)', () => {
  type OriginFinding = JsonFinding & { origin: string; evidence?: string; related: { locale: string }[] };
  const seedFindings = async (extra: string[]): Promise<OriginFinding[]> => {
    const r = await run(['--format', 'json', '--fail-on', 'never', ...extra, ...SEEDS]);
    expect(r.code).toBe(EXIT_OK);
    return findingsOf(r.stdout) as OriginFinding[];
  };

  it('all (default): the seeds’ images missing from every revision are reported once, from the English, at info', async () => {
    const source = (await seedFindings([])).filter((f) => f.origin === 'source');
    expect(source.map((f) => `${f.ruleId} ${f.severity} ${f.path}:${f.line} +${f.related.map((r) => r.locale).join(',')}`)).toEqual([
      `broken-link info ${SEEDS[1]}:103 +pt-BR,es-ES,es-ES`,
      `broken-link info ${SEEDS[1]}:106 +pt-BR,es-ES,es-ES`,
      `broken-link info ${SEEDS[1]}:119 +pt-BR,es-ES,es-ES`,
    ]);
    for (const f of source) expect(f.evidence).toBe('4 of the 4 articles of the family that have it report it the same way');
  });

  it('translation leaves the English’s findings out; source keeps only them; a bad value is a usage error', async () => {
    const translation = await seedFindings(['--origin', 'translation']);
    expect(translation.length).toBeGreaterThan(0);
    expect(translation.filter((f) => f.origin !== 'translation')).toEqual([]);
    expect((await seedFindings(['--origin', 'source'])).map((f) => f.origin)).toEqual(['source', 'source', 'source']);
    expectUsageError(await run(['--origin', 'english', ...SEEDS]), '--origin');
  });
});

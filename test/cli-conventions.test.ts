// CLI conventions of other linters (issue #19): quoted globs, --max-warnings, --print-config, --no-config, --check,
// --list-checks --format json. In-process through runCli, and the glob once through the built bin as CI runs it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/checks/registry.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../src/cli/main.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { REPO, SEEDS } from './helpers/seeds.js';
import { tempTrees } from './helpers/temp-tree.js';

const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
const fm = (locale: string): string => `---\nms.contentlocale: ${locale}\n---\n`;
// `<<<<<<<` on line 5.
const conflicted = (locale: string): string => `${fm(locale)}\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> master\n`;
const clean = (locale: string): string => `${fm(locale)}# ${pair('a-1', 'Titre', 'Title')}\n\n${pair('a-2', 'Bonjour.', 'Hello.')}\n`;

const tree = tempTrees('loccheck-conventions-');

interface JsonReport {
  findings: { ruleId: string; severity: string; path: string; line: number }[];
  summary: { files: number };
}
const report = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const places = (stdout: string): string[] => report(stdout).findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}:${f.line}`);
// The glob layouts hold clean and conflicted revisions of one family: other checks (source-drift) report too.
const conflicts = (stdout: string): string[] => places(stdout).filter((p) => p.startsWith('merge-conflict-marker '));

describe('glob arguments', () => {
  const layout = () =>
    tree({
      'docs/fr-FR/a.md': conflicted('fr-FR'),
      'docs/de-DE/a.md': clean('de-DE'),
      'docs/ja-JP/a.md': conflicted('ja-JP'),
      'docs/index.md': conflicted('fr-FR'),
      'docs/node_modules/x/a.md': conflicted('fr-FR'),
    });

  it("'docs/*/' (quoted, as a CI file passes it) checks each locale folder: folders only, sorted", async () => {
    const r = await run(['docs/*/', '--format', 'json'], { cwd: layout() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(conflicts(r.stdout)).toEqual(['merge-conflict-marker error docs/fr-FR/a.md:5', 'merge-conflict-marker error docs/ja-JP/a.md:5']);
    expect(report(r.stdout).summary.files).toBe(3);
  });

  it("'docs/*' matches files too, and 'docs/*/a.md' files below; node_modules is never matched", async () => {
    const dir = layout();
    const all = await run(['docs/*', '--format', 'json'], { cwd: dir });
    expect(conflicts(all.stdout)).toEqual([
      'merge-conflict-marker error docs/fr-FR/a.md:5',
      'merge-conflict-marker error docs/index.md:5',
      'merge-conflict-marker error docs/ja-JP/a.md:5',
    ]);
    const files = await run(['docs/{fr-FR,de-DE}/a.md', '--format', 'json'], { cwd: dir });
    expect(conflicts(files.stdout)).toEqual(['merge-conflict-marker error docs/fr-FR/a.md:5']);
    expect(report(files.stdout).summary.files).toBe(2);
    const deep = await run(['docs/**/a.md', '--format', 'json'], { cwd: dir });
    expect(report(deep.stdout).summary.files).toBe(3);
  });

  it('a glob that matches nothing is a usage error (exit 2, one line)', async () => {
    expectUsageError(await run(['articles/*/'], { cwd: layout() }), 'articles/*/: no file or folder matches this pattern');
  });

  it('a path that exists is taken literally, even with glob characters in its name', async () => {
    const dir = tree({ 'fr-FR/a[1].md': conflicted('fr-FR'), 'fr-FR/a1.md': clean('fr-FR') });
    const r = await run(['fr-FR/a[1].md', '--format', 'json'], { cwd: dir });
    expect(conflicts(r.stdout)).toEqual(['merge-conflict-marker error fr-FR/a[1].md:5']);
    expect(report(r.stdout).summary.files).toBe(1);
  });

  it('the built bin expands the glob itself (no shell): exit 1 on the conflict, exit 2 on no match', () => {
    const dir = layout();
    const bin = path.join(REPO, 'bin', 'loccheck.js');
    const ok = spawnSync(process.execPath, [bin, 'docs/*/', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    expect([ok.status, ok.stderr]).toEqual([EXIT_FINDINGS, '']);
    expect(conflicts(ok.stdout)).toEqual(['merge-conflict-marker error docs/fr-FR/a.md:5', 'merge-conflict-marker error docs/ja-JP/a.md:5']);
    const none = spawnSync(process.execPath, [bin, 'articles/*/'], { cwd: dir, encoding: 'utf8' });
    expect([none.status, none.stdout, none.stderr]).toEqual([EXIT_USAGE, '', 'loccheck: articles/*/: no file or folder matches this pattern\n']);
  });
});

describe('--max-warnings', () => {
  // Two conflicts, each a warning through the config: exit 0 at the default --fail-on error.
  const warned = () =>
    tree({
      'fr-FR/a.md': conflicted('fr-FR'),
      'de-DE/a.md': conflicted('de-DE'),
      'loccheck.config.json': '{"checks":{"merge-conflict-marker":"warning"}}',
    });

  it('exit 0 when the warnings do not exceed n, 1 with one line on stderr when they do', async () => {
    const dir = warned();
    const within = await run(['--max-warnings', '2', '--format', 'json'], { cwd: dir });
    expect([within.code, within.stderr]).toEqual([EXIT_OK, '']);
    expect(places(within.stdout)).toEqual(['merge-conflict-marker warning de-DE/a.md:5', 'merge-conflict-marker warning fr-FR/a.md:5']);
    const over = await run(['--max-warnings', '1', '--format', 'json'], { cwd: dir });
    expect([over.code, over.stderr]).toEqual([EXIT_FINDINGS, 'loccheck: 2 warnings, more than --max-warnings 1\n']);
    expect(places(over.stdout)).toHaveLength(2);
  });

  it('--quiet hides the warnings but they still count; 0 allows none', async () => {
    const r = await run(['--max-warnings', '0', '--quiet'], { cwd: warned() });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stderr).toBe('loccheck: 2 warnings, more than --max-warnings 0\n');
    expect(r.stdout).toMatch(/^✔ 0 findings \(0 errors, 0 warnings, 0 info\)/);
  });

  it('errors still fail through --fail-on when the warnings are within n', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR') });
    const r = await run(['--max-warnings', '10'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([EXIT_FINDINGS, '']);
  });

  it('a value that is not a whole number is a usage error', async () => {
    for (const value of ['-1', 'many', '1.5']) {
      expectUsageError(await run(['--max-warnings', value], { cwd: warned() }), `--max-warnings "${value}": expected a whole number of warnings, 0 or more`);
    }
  });
});

describe('--print-config', () => {
  const configured = () =>
    tree({
      'fr-FR/a.md': conflicted('fr-FR'),
      'loccheck.config.json': JSON.stringify({ checks: { 'fact-mismatch': ['warning', { ignore: ['^v\\d'] }], 'stale-link': 'off' }, failOn: 'warning' }),
    });
  const printed = (stdout: string) =>
    JSON.parse(stdout) as { file: string | null; failOn: string; origin: string; localePattern?: string; checks: Record<string, { severity: string; options: object }> };

  it('prints the resolved configuration as JSON (every check, the file read) and exits 0 without checking', async () => {
    const dir = configured();
    const r = await run(['--print-config'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([EXIT_OK, '']);
    const c = printed(r.stdout);
    expect(c.file).toBe('loccheck.config.json');
    expect(c.failOn).toBe('warning');
    expect(Object.keys(c.checks)).toEqual(checks.map((k) => k.meta.id));
    expect(c.checks['fact-mismatch']).toEqual({ severity: 'warning', options: { ignore: ['^v\\d'] } });
    expect(c.checks['stale-link']).toEqual({ severity: 'off', options: {} });
    expect(c.checks['merge-conflict-marker']).toEqual({ severity: 'error', options: {} });
  });

  it('command-line options are applied: --fail-on, --origin, --locale-pattern, --check, --no-config', async () => {
    const dir = configured();
    const r = await run(['--print-config', '--fail-on', 'info', '--origin', 'source', '--locale-pattern', 'i18n/<locale>/**', '--check', 'merge-conflict-marker'], { cwd: dir });
    const c = printed(r.stdout);
    expect([c.failOn, c.origin, c.localePattern]).toEqual(['info', 'source', 'i18n/<locale>/**']);
    expect(Object.entries(c.checks).filter(([, s]) => s.severity !== 'off').map(([id]) => id)).toEqual(['merge-conflict-marker']);
    const none = printed((await run(['--print-config', '--no-config'], { cwd: dir })).stdout);
    expect([none.file, none.failOn]).toEqual([null, 'error']);
    expect(none.checks['fact-mismatch']).toEqual({ severity: 'error', options: {} });
  });

  it('an invalid config file is still exit 2', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'loccheck.config.json': '{"failOn":"sometimes"}' });
    expectUsageError(await run(['--print-config'], { cwd: dir }), 'loccheck.config.json');
  });
});

describe('--no-config', () => {
  it('ignores the config file that would be found, even an invalid one', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR'), 'loccheck.config.json': '{"failOn":"never"}' });
    expect((await run([], { cwd: dir })).code).toBe(EXIT_OK);
    const r = await run(['--no-config', '--format', 'json'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([EXIT_FINDINGS, '']);
    expect(places(r.stdout)).toEqual(['merge-conflict-marker error fr-FR/a.md:5']);
    const broken = tree({ 'fr-FR/a.md': conflicted('fr-FR'), '.loccheckrc.json': '{ not json' });
    expect((await run(['--no-config'], { cwd: broken })).code).toBe(EXIT_FINDINGS);
  });

  it('with --config is a usage error, one line', async () => {
    const dir = tree({ 'fr-FR/a.md': clean('fr-FR'), 'c.json': '{}' });
    expectUsageError(await run(['--no-config', '-c', 'c.json'], { cwd: dir }), '--config and --no-config cannot be used together');
    expectUsageError(await run(['--config', 'c.json', '--no-config'], { cwd: dir }), '--config and --no-config cannot be used together');
  });
});

describe('--check', () => {
  const rules = (stdout: string): string[] => [...new Set(report(stdout).findings.map((f) => f.ruleId))].sort();

  it('runs only the named checks (comma-separated or repeated)', async () => {
    const all = await run(['--format', 'json', '--fail-on', 'never', ...SEEDS], { cwd: REPO });
    expect(rules(all.stdout).length).toBeGreaterThan(3);
    const one = await run(['--check', 'merge-conflict-marker', '--format', 'json', ...SEEDS], { cwd: REPO });
    expect(one.code).toBe(EXIT_FINDINGS);
    expect(places(one.stdout)).toEqual([`merge-conflict-marker error ${SEEDS[0]}:80`, `merge-conflict-marker error ${SEEDS[0]}:108`]);
    for (const argv of [['--check', 'merge-conflict-marker,fact-mismatch'], ['--check', 'fact-mismatch', '--check', 'merge-conflict-marker']]) {
      const two = await run([...argv, '--format', 'json', '--fail-on', 'never', ...SEEDS], { cwd: REPO });
      expect(rules(two.stdout)).toEqual(['fact-mismatch', 'merge-conflict-marker']);
    }
  });

  it('a check the config turns off runs at its default severity when named', async () => {
    const dir = tree({ 'fr-FR/a.md': conflicted('fr-FR'), 'loccheck.config.json': '{"checks":{"merge-conflict-marker":"off"}}' });
    expect((await run([], { cwd: dir })).code).toBe(EXIT_OK);
    const r = await run(['--check', 'merge-conflict-marker', '--format', 'json'], { cwd: dir });
    expect(places(r.stdout)).toEqual(['merge-conflict-marker error fr-FR/a.md:5']);
  });

  it('an unknown id is a usage error naming it and the known ids, one line', async () => {
    const r = await run(['--check', 'merge-conflict-marker,no-such-check', ...SEEDS], { cwd: REPO });
    expectUsageError(r, `--check "no-such-check": no such check (known: ${checks.map((c) => c.meta.id).join(', ')})`);
  });
});

describe('--list-checks --format json', () => {
  it('prints the registry as a JSON array, exit 0', async () => {
    const r = await run(['--list-checks', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([EXIT_OK, '']);
    const list = JSON.parse(r.stdout) as { id: string; category: string; scope: string; defaultSeverity: string; messageSeverity: object; messages: string[]; description: string; docsUrl: string }[];
    expect(list.map((c) => c.id)).toEqual(checks.map((c) => c.meta.id));
    expect(list[0]).toEqual({
      id: 'merge-conflict-marker',
      category: 'conflict',
      scope: 'article',
      defaultSeverity: 'error',
      messageSeverity: {},
      messages: Object.keys(checks[0]?.meta.messages ?? {}),
      fixable: [],
      description: 'Git merge-conflict markers left in a published article.',
      docsUrl: 'https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md',
    });
    expect(list.find((c) => c.id === 'broken-link')?.scope).toBe('project');
    expect((list.find((c) => c.id === 'fact-mismatch') as unknown as { fixable: string[] }).fixable).toEqual(['mangled', 'case-changed', 'changed']);
  });

  it('other formats are a usage error', async () => {
    expectUsageError(await run(['--list-checks', '--format', 'sarif']), '--list-checks prints "terminal" or "json", not "sarif"');
  });
});

// Several reports from one process: `-f format:file` repeated (the action writes JSON, SARIF, HTML, a step summary and
// annotations from one run), for a check run and for merge-reports, with the usage errors and the output guard.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../src/cli/main.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-outputs-');
const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
const fm = (locale: string): string => `---\nms.contentlocale: ${locale}\n---\n`;
// `<<<<<<<` on line 5 of fr-FR/a.md: one merge-conflict-marker error.
const files = {
  'fr-FR/a.md': `${fm('fr-FR')}\n<<<<<<< HEAD\n${pair('a-1', 'Bonjour.', 'Hello.')}\n=======\ntheirs\n>>>>>>> master\n`,
  'de-DE/a.md': `${fm('de-DE')}\n${pair('a-1', 'Hallo.', 'Hello.')}\n`,
};
/** A JSON report without its timing, which differs from run to run. */
const untimed = (text: string): unknown => {
  const report = JSON.parse(text) as { summary: Record<string, unknown> };
  delete report.summary['durationMs'];
  delete report.summary['timing'];
  return report;
};
const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

describe('a check run writing several reports', () => {
  it('-f json:… -f sarif:… -f html:… -f markdown:… -f github: four files and the annotations on stdout, as each format alone writes them', async () => {
    const dir = tree(files);
    const r = await run(['-f', 'json:r.json', '-f', 'sarif:r.sarif', '-f', 'html:r.html', '-f', 'markdown:r.md', '-f', 'github', 'fr-FR', 'de-DE'], { cwd: dir });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR', 'r.html', 'r.json', 'r.md', 'r.sarif']);
    expect(r.stderr).toBe(
      'loccheck: report written to r.json\nloccheck: report written to r.sarif\nloccheck: report written to r.html\nloccheck: report written to r.md\n',
    );
    expect(r.stdout).toMatch(/^::error file=fr-FR\/a\.md,line=5,/m);
    const json = JSON.parse(read(dir, 'r.json')) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(json.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['merge-conflict-marker fr-FR/a.md:5']);

    // Each file holds what a run with that one format writes.
    for (const [format, file] of [['sarif', 'r.sarif'], ['markdown', 'r.md']] as const) {
      const alone = await run(['-f', format, 'fr-FR', 'de-DE'], { cwd: dir });
      expect(read(dir, file), format).toBe(alone.stdout);
    }
    const alone = await run(['-f', 'json', 'fr-FR', 'de-DE'], { cwd: dir });
    expect(untimed(read(dir, 'r.json'))).toEqual(untimed(alone.stdout));
    expect(read(dir, 'r.html')).toMatch(/^<!doctype html>/i);
    expect(read(dir, 'r.html')).toContain('merge-conflict-marker');
  });

  it('the one format without a file goes to --output; -q announces no file', async () => {
    const dir = tree(files);
    const r = await run(['-q', '-f', 'json:r.json', '-f', 'terminal', '-o', 'r.txt', 'fr-FR', 'de-DE'], { cwd: dir, tty: true });
    expect(r).toEqual({ code: EXIT_FINDINGS, stdout: '', stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR', 'r.json', 'r.txt']);
    expect(read(dir, 'r.txt')).toMatch(/^fr-FR\/a\.md\n\s+5:1\s+error\s+.+\s+merge-conflict-marker$/m);
    expect(read(dir, 'r.txt')).not.toContain('\u001b['); // a file has no colour without --color
  });

  it('a file name may hold a colon: only the first one ends the format', async () => {
    const dir = tree(files);
    const r = await run(['-f', 'json:a:b.json', 'fr-FR'], { cwd: dir });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(readdirSync(dir).sort()).toEqual(['a:b.json', 'de-DE', 'fr-FR']);
  });

  it('one -f and -o, in either order, as before', async () => {
    const dir = tree(files);
    expect((await run(['-o', 'x.json', '-f', 'json', 'fr-FR'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
    expect((await run(['-f', 'sarif', '-o', 'x.sarif', 'fr-FR'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
    expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR', 'x.json', 'x.sarif']);
  });
});

describe('usage errors (exit 2, nothing written)', () => {
  const cases: [string, string[], string][] = [
    ['two formats to stdout', ['-f', 'json', '-f', 'sarif'], '--format json and sarif: only one report can go to stdout; name a file for the others (--format sarif:<file>)'],
    ['two formats to --output', ['-f', 'json', '-f', 'sarif', '-o', 'r.txt'], '--format json and sarif: only one report can go to --output r.txt'],
    ['--output with every format naming its file', ['-f', 'json:r.json', '-o', 'r.txt'], '--output r.txt: every --format names its own file, so no report would go there'],
    ['one file for two reports', ['-f', 'json:r.json', '-f', 'sarif:./r.json'], './r.json: named for two reports (--format json and --format sarif)'],
    ['--output naming a file of another report', ['-f', 'json:r.json', '-f', 'sarif', '-o', 'r.json'], 'r.json: named for two reports (--format json and --format sarif)'],
    ['an unknown format', ['-f', 'json:r.json', '-f', 'xml:r.xml'], '"xml" is not a format (terminal, json, html, sarif, github, markdown, junit, gitlab, rdjson)'],
    ['a colon and no file', ['-f', 'json:'], 'no file after "json:" (write json:<file>, or json alone for stdout or --output)'],
  ];
  for (const [what, argv, message] of cases) {
    it(what, async () => {
      const dir = tree(files);
      const r = await run([...argv, 'fr-FR'], { cwd: dir });
      expectUsageError(r, message);
      expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR']);
    });
  }

  it('an article of the run as one target: refused before any report is written', async () => {
    const dir = tree(files);
    const before = read(dir, 'fr-FR/a.md');
    const r = await run(['-f', 'json:r.json', '-f', 'sarif:de-DE/a.md', 'fr-FR', 'de-DE'], { cwd: dir });
    expectUsageError(r, 'de-DE/a.md: ');
    expect(r.stderr).toContain('loccheck does not overwrite it');
    expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR']);
    expect(readdirSync(path.join(dir, 'de-DE'))).toEqual(['a.md']);
    expect(read(dir, 'fr-FR/a.md')).toBe(before);
  });

  it('--list-checks prints one format to stdout, never to files', async () => {
    expectUsageError(await run(['--list-checks', '-f', 'json:checks.json']), '--list-checks prints "terminal" or "json", not "json:checks.json", and only to stdout');
    expect((await run(['--list-checks', '-f', 'json'])).code).toBe(EXIT_OK);
  });
});

describe('merge-reports writing several reports', () => {
  it('renders one saved JSON report to several files and stdout in one process; exit code from --fail-on', async () => {
    const dir = tree(files);
    expect((await run(['-f', 'json:r.json', 'fr-FR', 'de-DE'], { cwd: dir })).code).toBe(EXIT_FINDINGS);
    const r = await run(['merge-reports', 'r.json', '-f', 'sarif:m.sarif', '-f', 'html:m.html', '-f', 'markdown:m.md', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(EXIT_FINDINGS);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^::error file=fr-FR\/a\.md,line=5,/m);
    expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR', 'm.html', 'm.md', 'm.sarif', 'r.json']);
    const sarifAlone = await run(['merge-reports', 'r.json', '-f', 'sarif'], { cwd: dir });
    expect(read(dir, 'm.sarif')).toBe(sarifAlone.stdout);
    expect((await run(['merge-reports', 'r.json', '--fail-on', 'never', '-f', 'markdown:m2.md'], { cwd: dir })).code).toBe(EXIT_OK);
    expect(read(dir, 'm2.md')).toBe(read(dir, 'm.md'));
  });

  it('the same usage errors, exit 2', async () => {
    const dir = tree(files);
    writeFileSync(path.join(dir, 'r.json'), (await run(['-f', 'json', 'fr-FR'], { cwd: dir })).stdout);
    const r = await run(['merge-reports', 'r.json', '-f', 'json', '-f', 'github'], { cwd: dir });
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toBe('loccheck: merge-reports: --format json and github: only one report can go to stdout; name a file for the others (--format github:<file>) (see loccheck merge-reports --help)\n');
    const twice = await run(['merge-reports', 'r.json', '-f', 'sarif:m', '-f', 'html:m'], { cwd: dir });
    expect(twice.code).toBe(EXIT_USAGE);
    expect(twice.stderr).toContain('m: named for two reports (--format sarif and --format html)');
    expect(readdirSync(dir).sort()).toEqual(['de-DE', 'fr-FR', 'r.json']);
  });
});

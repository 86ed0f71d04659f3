// --fix (issue 20): fixes inside the translated span only, unambiguous, applied atomically, converging.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { createTwoFilesPatch } from 'diff';
import { afterEach, describe, expect, it } from 'vitest';
import { applyFixes } from '../src/cli/fix.js';
import { defaultConfig } from '../src/config/schema.js';
import type { Finding } from '../src/model.js';
import { format } from '../src/report/index.js';
import { lint } from '../src/run.js';
import { fm, pair } from './helpers/check-tester.js';
import { run } from './helpers/cli-run.js';
import { REPO, SEEDS } from './helpers/seeds.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-fix-');
const doc = (locale: string, body: string): string => `${fm(locale)}\n${body}\n`;
const table = (locale: string, rows: [string, string, string, string][]): string =>
  doc(
    locale,
    `|${pair('t-1', '**Data**', '**Data**')}|${pair('t-2', '**Exemple**', '**Example**')}|\n|:--|:--|\n${rows
      .map(([kt, ks, vt, vs], i) => `|${pair(`t-${10 + i}`, kt, ks)}  <br/> |${pair(`t-${20 + i}`, vt, vs)}  <br/> |`)
      .join('\n')}`,
  );

/** Every English half (`data-stu-id` span) of a text, in order. */
const englishHalves = (text: string): string[] => [...text.matchAll(/<span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g)].map((m) => m[0]);
/** The text outside the translated halves: front matter, markup, English halves. */
const outsideTranslations = (text: string): string => text.replace(/(<span data-ttu-id="[^"]*">)[\s\S]*?(<\/span><span class="sxs-lookup">)/g, '$1…$2');

async function fixTwice(dir: string, file: string, extra: string[] = []): Promise<{ before: string; after: string; first: string; second: string }> {
  const abs = path.join(dir, file);
  const before = readFileSync(abs, 'utf8');
  const first = await run(['.', '--fix', '--fail-on', 'never', '-j', '0', ...extra], { cwd: dir });
  const after = readFileSync(abs, 'utf8');
  const second = await run(['.', '--fix', '--fail-on', 'never', '-j', '0', ...extra], { cwd: dir });
  expect(readFileSync(abs, 'utf8')).toBe(after);
  expect(second.stderr).toContain('fixed 0 problems in 0 files');
  expect(englishHalves(after)).toEqual(englishHalves(before));
  expect(outsideTranslations(after)).toBe(outsideTranslations(before));
  return { before, after, first: first.stderr, second: second.stderr };
}

describe('each fixable kind: applied, the English byte-identical, a second --fix changes nothing', () => {
  it('fact-mismatch mangled: blanks inserted into a hash and a file name are removed', async () => {
    const dir = tree({
      'fr-fr/a.md': doc('fr-FR', `${pair('a', 'La valeur est AdDO8hsJqilU93hQHC3OZaPR2saEA = = ici.', 'The value is AdDO8hsJqilU93hQHC3OZaPR2saEA== here.')}\n\n${pair('b', 'Exécutez Setup. exe maintenant.', 'Run Setup.exe now.')}`),
    });
    const r = await fixTwice(dir, 'fr-fr/a.md');
    expect(r.after).toContain('La valeur est AdDO8hsJqilU93hQHC3OZaPR2saEA== ici.');
    expect(r.after).toContain('Exécutez Setup.exe maintenant.');
    expect(r.first).toContain('fixed 2 problems in 1 file');
  });

  it('fact-mismatch case-changed: a cmdlet given the case of the English', async () => {
    const dir = tree({
      'fr-fr/a.md': doc('fr-FR', pair('a', 'Exécutez Set-cswebserviceconfiguration pour activer la télémétrie.', 'Run Set-CsWebServiceConfiguration to turn on telemetry.')),
    });
    const r = await fixTwice(dir, 'fr-fr/a.md');
    expect(r.after).toContain('Exécutez Set-CsWebServiceConfiguration pour');
  });

  it('fact-mismatch changed: a version written with the locale separator, in a table value column', async () => {
    const dir = tree({ 'pt-br/a.md': table('pt-BR', [['OSName', 'OSName', 'iOS', 'iOS'], ['OSVersion', 'OSVersion', '8,3', '8.3']]) });
    const r = await fixTwice(dir, 'pt-br/a.md');
    expect(r.after).toContain('>8.3</span><span class="sxs-lookup">');
    expect(r.after).not.toContain('8,3');
  });

  it('table-divergence identifier-translated: the translated name replaced by the English one', async () => {
    const dir = tree({ 'pt-br/a.md': table('pt-BR', [['AppName', 'AppName', 'Skype', 'Skype'], ['Versão do sistema operacional', 'OSVersion', '8.3', '8.3']]) });
    const r = await fixTwice(dir, 'pt-br/a.md');
    expect(r.after).toContain('<span data-ttu-id="t-11">OSVersion</span>');
    expect(r.after).not.toContain('Versão do sistema operacional');
  });

  it('stale-link foreign-locale: the /en-us/ the English does not have is dropped (the English URL)', async () => {
    const dir = tree({
      'fr-fr/a.md': doc('fr-FR', pair('a', 'Voir [la page](https://docs.microsoft.com/en-us/skype/setup).', 'See [the page](https://docs.microsoft.com/skype/setup).')),
    });
    const r = await fixTwice(dir, 'fr-fr/a.md');
    expect(r.after).toContain('Voir [la page](https://docs.microsoft.com/skype/setup).');
  });
});

describe('no fix when it is not unambiguous', () => {
  it('a mangled form twice in the translation, a re-cased name inside a link destination: findings, no fix', async () => {
    const dir = tree({
      'fr-fr/a.md': doc(
        'fr-FR',
        `${pair('a', 'Lancez Setup. exe puis Setup. exe encore.', 'Run Setup.exe and then Setup.exe again.')}\n\n${pair('b', 'Voir [get-csuser](https://example.com/get-csuser).', 'See Get-CsUser.')}`,
      ),
    });
    const before = readFileSync(path.join(dir, 'fr-fr/a.md'), 'utf8');
    const { report } = await lint({ inputs: ['.'], cwd: dir, config: defaultConfig, jobs: 0 });
    const mismatches = report.findings.filter((f) => f.ruleId === 'fact-mismatch');
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches.filter((f) => f.fix)).toEqual([]);
    expect(report.summary.fixable).toBe(0);
    const r = await run(['.', '--fix', '--fail-on', 'never', '-j', '0'], { cwd: dir });
    expect(r.stderr).toContain('fixed 0 problems');
    expect(readFileSync(path.join(dir, 'fr-fr/a.md'), 'utf8')).toBe(before);
  });

  it('a re-cased part of a longer name is not repaired into a hybrid the English does not write', async () => {
    const dir = tree({ 'ja-jp/a.md': doc('ja-JP', pair('a', '属性 Scopeprincipal.scopeprinid を設定します。', 'Set the ScopePrincipal.scopePrinID attribute.')) });
    const { report } = await lint({ inputs: ['.'], cwd: dir, config: defaultConfig, jobs: 0 });
    expect(report.findings.filter((f) => f.messageId === 'case-changed').length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.fix)).toEqual([]);
  });

  it('a mangled token that continues into a translated word is not repaired into a hybrid', async () => {
    const dir = tree({
      'de-de/a.md': doc('de-DE', pair('a', 'Im Verzeichnis C: \\ Programmdateien \\ Allgemeine Dateien befindet.', 'In the directory C:\\Program Files\\Common Files.')),
    });
    const { report } = await lint({ inputs: ['.'], cwd: dir, config: defaultConfig, jobs: 0 });
    expect(report.findings.filter((f) => f.fix)).toEqual([]);
  });

  it('a departure every locale makes the same way (origin source) carries no fix', async () => {
    const rows: [string, string, string, string][] = [['OSName', 'OSName', 'iOS', 'iOS'], ['OSVersion', 'OSVersion', '8,3', '8.3']];
    const dir = tree({ 'pt-br/a.md': table('pt-BR', rows), 'fr-fr/a.md': table('fr-FR', rows), 'de-de/a.md': table('de-DE', rows) });
    const { report } = await lint({ inputs: ['.'], cwd: dir, config: defaultConfig, jobs: 0 });
    const changed = report.findings.filter((f) => f.messageId === 'changed');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((f) => f.origin === 'source' && f.fix === undefined)).toBe(true);
  });
});

describe('applying safely', () => {
  it('a file changed after it was checked is not written, with a message', async () => {
    const dir = tree({ 'fr-fr/a.md': doc('fr-FR', pair('a', 'Exécutez Setup. exe maintenant.', 'Run Setup.exe now.')) });
    const { report } = await lint({ inputs: ['.'], cwd: dir, config: defaultConfig, jobs: 0 });
    expect(report.summary.fixable).toBe(1);
    const file = path.join(dir, 'fr-fr/a.md');
    const edited = `${readFileSync(file, 'utf8')}\nUne ligne ajoutée.\n`;
    writeFileSync(file, edited);
    const result = applyFixes(report.findings, { cwd: dir, dryRun: false, maxBytes: 1e6 });
    expect(result.files).toBe(0);
    expect(result.messages).toEqual(['fr-fr/a.md: not fixed: the file changed since it was checked (run loccheck again)']);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  it('a file changed between the re-read and the write is not written, with a message', async () => {
    const dir = tree({ 'fr-fr/a.md': doc('fr-FR', pair('a', 'Exécutez Setup. exe maintenant.', 'Run Setup.exe now.')) });
    const { report } = await lint({ inputs: ['.'], cwd: dir, config: defaultConfig, jobs: 0 });
    const file = path.join(dir, 'fr-fr/a.md');
    const result = applyFixes(report.findings, { cwd: dir, dryRun: false, maxBytes: 1e6, beforeWrite: (abs) => writeFileSync(abs, 'changed meanwhile\n') });
    expect(result.files).toBe(0);
    expect(result.messages).toEqual(['fr-fr/a.md: not fixed: the file changed while it was being fixed']);
    expect(readFileSync(file, 'utf8')).toBe('changed meanwhile\n');
  });

  it('old text no longer where the fix says: that fix is left out with a message', () => {
    const dir = tree({ 'a.md': `${fm('fr-FR')}\n${pair('a', 'Setup. exe', 'Setup.exe')}\n` });
    const text = readFileSync(path.join(dir, 'a.md'));
    const hash = createHash('sha256').update(text).digest('hex');
    const finding = {
      ruleId: 'fact-mismatch',
      path: 'a.md',
      line: 6,
      origin: 'translation',
      fix: { type: 'mangled', line: 6, column: 3, endColumn: 13, old: 'Setup. exe', text: 'Setup.exe', spanLine: 6, spanColumn: 23, sourceLine: 6, sourceColumn: 40, hash },
    } as unknown as Finding;
    const result = applyFixes([finding], { cwd: dir, dryRun: true, maxBytes: 1e6 });
    expect(result.files).toBe(0);
    expect(result.messages[0]).toMatch(/not fixed: "Setup\. exe" is no longer at 6:3/);
  });

  it('CRLF line endings and a BOM are kept', async () => {
    const text = `\uFEFF${doc('fr-FR', `${pair('a', 'Exécutez Setup. exe maintenant.', 'Run Setup.exe now.')}\n\n${pair('b', 'La version AdDO8hsJqilU93hQHC3OZaPR2saEA = =.', 'The AdDO8hsJqilU93hQHC3OZaPR2saEA==.')}`)}`.replace(/\n/g, '\r\n');
    const dir = tree({ 'fr-fr/a.md': text });
    const r = await run(['.', '--fix', '--fail-on', 'never', '-j', '0'], { cwd: dir });
    expect(r.stderr).toContain('fixed 2 problems in 1 file');
    const bytes = readFileSync(path.join(dir, 'fr-fr/a.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const after = bytes.toString('utf8');
    expect(after).toBe(text.replace('Setup. exe', 'Setup.exe').replace('EA = =.', 'EA==.'));
    expect(after.match(/\r\n/g)?.length).toBe(text.match(/\r\n/g)?.length);
    expect(after.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('--fix-dry-run prints a unified diff and writes nothing; --fix-type limits; unknown names are exit 2', async () => {
    const dir = tree({ 'fr-fr/a.md': doc('fr-FR', `${pair('a', 'Exécutez Setup. exe.', 'Run Setup.exe.')}\n\n${pair('b', 'Exécutez Get-csuser.', 'Run Get-CsUser.')}`) });
    const file = path.join(dir, 'fr-fr/a.md');
    const before = readFileSync(file, 'utf8');
    const dry = await run(['.', '--fix-dry-run', '-j', '0'], { cwd: dir });
    expect(dry.stdout).toContain('--- a/fr-fr/a.md');
    expect(dry.stdout).toContain('+<span data-ttu-id="a">Exécutez Setup.exe.</span>');
    expect(dry.stdout).toContain('+<span data-ttu-id="b">Exécutez Get-CsUser.</span>');
    expect(dry.stderr).toContain('2 problems in 1 file would be fixed; nothing written');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const only = await run(['.', '--fix', '--fix-type', 'case-changed', '--fail-on', 'never', '-j', '0'], { cwd: dir });
    expect(only.stderr).toContain('fixed 1 problem in 1 file');
    expect(readFileSync(file, 'utf8')).toBe(before.replace('Get-csuser', 'Get-CsUser'));
    expect((await run(['.', '--fix', '--fix-type', 'spelling'], { cwd: dir })).code).toBe(2);
    expect((await run(['.', '--fix', '--fix-check', 'front-matter'], { cwd: dir })).code).toBe(2);
  });
});

describe('--fix-dry-run: what it prints and how it exits', () => {
  it('an escape sequence or workflow command in the article text is shown as an escape in the diff, never obeyed', async () => {
    const dir = tree({ 'fr-fr/a.md': doc('fr-FR', pair('a', 'Exécutez Setup. exe \u001b]0;pwned\u0007\u001b[31m.', 'Run Setup.exe \u001b]0;pwned\u0007\u001b[31m.')) });
    const dry = await run(['.', '--fix-dry-run', '--fail-on', 'never', '-j', '0'], { cwd: dir });
    expect(dry.stdout).toContain('+<span data-ttu-id="a">Exécutez Setup.exe \\x1B]0;pwned\\x07\\x1B[31m.</span>');
    expect(dry.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('--max-warnings counts as it does without --fix-dry-run', async () => {
    const dir = tree({ 'fr-fr/a.md': doc('fr-FR', pair('a', 'Exécutez Get-csuser.', 'Run Get-CsUser.')) });
    const args = ['.', '--fail-on', 'never', '--max-warnings', '0', '-j', '0'];
    expect((await run(args, { cwd: dir })).code).toBe(1);
    const dry = await run([...args, '--fix-dry-run'], { cwd: dir });
    expect(dry.code).toBe(1);
    expect(dry.stderr).toContain('1 warning, more than --max-warnings 0');
    expect((await run(['.', '--fail-on', 'never', '--max-warnings', '1', '-j', '0', '--fix-dry-run'], { cwd: dir })).code).toBe(0);
  });
});

describe('passes', () => {
  it('fixes revealed by a fix are applied in a further pass, and the report is checked again', async () => {
    // The first pass repairs the first spaced copy of each token; the second, the copy left.
    const dir = tree({ 'fr-fr/a.md': doc('fr-FR', pair('a', 'Lancez Setup. exe, puis relancez Set up.exe.', 'Run Setup.exe, then run Setup.exe again.')) });
    const file = path.join(dir, 'fr-fr/a.md');
    const r = await run(['.', '--fix', '--fail-on', 'never', '-j', '0', '-f', 'json'], { cwd: dir });
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('Lancez Setup.exe, puis relancez Setup.exe.');
    expect(r.stderr).toMatch(/fixed [2-9] problems in 1 file \([2-9] passes\)/);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toEqual([]);
    const second = await run(['.', '--fix', '--fail-on', 'never', '-j', '0'], { cwd: dir });
    expect(second.stderr).toContain('fixed 0 problems in 0 files');
    expect(readFileSync(file, 'utf8')).toBe(after);
  });
});

describe('--fix-dry-run runs the passes in memory', () => {
  const twoPasses = (): string => doc('fr-FR', pair('a', 'Lancez Setup. exe, puis relancez Set up.exe.', 'Run Setup.exe, then run Setup.exe again.'));

  it('its diff is that of the converged text, what --fix then writes, and nothing is written', async () => {
    const dir = tree({ 'fr-fr/a.md': twoPasses() });
    const file = path.join(dir, 'fr-fr/a.md');
    const before = readFileSync(file, 'utf8');
    const dry = await run(['.', '--fix-dry-run', '--fail-on', 'never', '-j', '0'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(before);
    // One diff for the file, from the text on disk to the text after the last pass.
    expect(dry.stdout.match(/^--- a\/fr-fr\/a\.md/gm)).toHaveLength(1);
    expect(dry.stdout).toContain('+<span data-ttu-id="a">Lancez Setup.exe, puis relancez Setup.exe.</span>');
    const fixed = (await run(['.', '--fix', '--fail-on', 'never', '-j', '0'], { cwd: dir })).stderr.match(/fixed (\d+) problems in 1 file/)?.[1];
    expect(dry.stderr).toContain(`--fix-dry-run: ${fixed} problems in 1 file would be fixed; nothing written`);
    const after = readFileSync(file, 'utf8');
    expect(dry.stdout).toBe(createTwoFilesPatch('a/fr-fr/a.md', 'b/fr-fr/a.md', before, after, undefined, undefined, { context: 1 }));
  });

  it('the built CLI on a worker thread checks the fixed text it was handed (the bytes travel with the family)', () => {
    const dir = tree({ 'fr-fr/a.md': twoPasses() });
    const dry = spawnSync(process.execPath, [path.join(REPO, 'bin/loccheck.js'), '.', '--fix-dry-run', '--fail-on', 'never', '-j', '1'], { cwd: dir, encoding: 'utf8' });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('+<span data-ttu-id="a">Lancez Setup.exe, puis relancez Setup.exe.</span>');
    expect(readFileSync(path.join(dir, 'fr-fr/a.md'), 'utf8')).toBe(twoPasses());
  });

  it('a cache is neither read nor written for the text in memory', async () => {
    const dir = tree({ 'fr-fr/a.md': twoPasses() });
    const cache = ['--cache-location', path.join(dir, '.cache-dir')];
    const once = await run(['.', '--fix-dry-run', '--fail-on', 'never', '-j', '0', ...cache], { cwd: dir });
    const twice = await run(['.', '--fix-dry-run', '--fail-on', 'never', '-j', '0', ...cache], { cwd: dir });
    expect(twice.stdout).toBe(once.stdout);
    expect(twice.stdout).toContain('relancez Setup.exe.');
    // The report after the dry run is that of the file on disk: its findings are all still there.
    const report = JSON.parse((await run(['.', '-f', 'json', '--fail-on', 'never', '-j', '0', ...cache], { cwd: dir })).stdout) as { summary: { fixable: number } };
    expect(report.summary.fixable).toBeGreaterThan(0);
  });
});

describe('the seeds', () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('after --fix the mangled hash is right in all five, 8,3 is 8.3, and no byte of the English halves changed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'loccheck-fix-seeds-'));
    temps.push(dir);
    const names = SEEDS.map((s) => path.basename(s));
    for (const s of SEEDS) copyFileSync(path.join(REPO, s), path.join(dir, path.basename(s)));
    const before = names.map((n) => readFileSync(path.join(dir, n), 'utf8'));
    const first = await run([...names, '--fix', '--fail-on', 'never'], { cwd: dir });
    expect(first.stderr).toMatch(/fixed \d+ problems in 5 files/);
    const after = names.map((n) => readFileSync(path.join(dir, n), 'utf8'));
    for (let i = 0; i < names.length; i++) {
      const a = after[i] as string;
      expect(a).not.toMatch(/AdDO8hsJqilU93hQHC3OZaPR2saEA(?: =|= )/);
      expect(a.match(/">AdDO8hsJqilU93hQHC3OZaPR2saEA==<\/span>/g)?.length).toBe(2); // the translation and the English
      expect(englishHalves(a)).toEqual(englishHalves(before[i] as string));
      expect(outsideTranslations(a)).toBe(outsideTranslations(before[i] as string));
    }
    expect(before[2]).toContain('>8,3</span>');
    expect(after[2]).toContain('<span data-ttu-id="9e91c-127">8.3</span>');
    const second = await run([...names, '--fix', '--fail-on', 'never', '-f', 'json'], { cwd: dir });
    expect(second.stderr).toContain('fixed 0 problems in 0 files');
    expect(names.map((n) => readFileSync(path.join(dir, n), 'utf8'))).toEqual(after);
    expect((JSON.parse(second.stdout) as { summary: { fixable: number } }).summary.fixable).toBe(0);
  });

  it('reports: fixable in the summary and terminal, SARIF fixes valid against the 2.1.0 schema, rdjson suggestions', async () => {
    const { report } = await lint({ inputs: SEEDS, cwd: REPO, config: defaultConfig });
    const fixable = report.findings.filter((f) => f.fix);
    expect(report.summary.fixable).toBe(fixable.length);
    expect(fixable.length).toBeGreaterThanOrEqual(10);
    expect(fixable.every((f) => f.origin === 'translation')).toBe(true);
    expect(format(report, 'terminal', { color: false })).toContain(`${fixable.length} problems are potentially fixable with the \`--fix\` option.`);
    const sarif = JSON.parse(format(report, 'sarif', { color: false })) as { runs: { results: { fixes?: unknown[] }[] }[] };
    expect(sarif.runs[0]?.results.filter((r) => r.fixes).length).toBe(fixable.length);
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
    ajv.addFormat('uri', () => true);
    ajv.addFormat('uri-reference', () => true);
    ajv.addFormat('date-time', () => true);
    const validate = ajv.compile(JSON.parse(readFileSync(path.resolve(REPO, '../shared/schemas/sarif-schema-2.1.0.json'), 'utf8')) as object);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const rd = JSON.parse(format(report, 'rdjson', { color: false })) as { diagnostics: { suggestions?: { range: { start: { line: number; column: number } }; text: string }[]; code: { value: string } }[] };
    expect(rd.diagnostics).toHaveLength(report.findings.length);
    const suggested = rd.diagnostics.filter((d) => d.suggestions);
    expect(suggested).toHaveLength(fixable.length);
    expect(suggested.map((d) => d.suggestions?.[0]?.text)).toContain('AdDO8hsJqilU93hQHC3OZaPR2saEA==');
  });
});

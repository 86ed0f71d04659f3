// Pull-request workflows through the CLI: baselines (--write-baseline, --baseline) and --changed-since.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_OK } from '../src/cli/main.js';
import { fm, pair } from './helpers/check-tester.js';
import { expectUsageError, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-pr-');

interface JsonReport {
  findings: { ruleId: string; path: string; line: number; fingerprint: string }[];
  notes: string[];
  baseline?: { known: number; matched: number; fixed: { ruleId: string; path: string }[] };
}
const json = (s: string): JsonReport => JSON.parse(s) as JsonReport;

// A mangled hash (fact-mismatch, error) in a paragraph, and a conflict block further down.
const mangled = pair('a-1', 'Le jeton AdDO8hsJqilU93hQHC3OZaPR2saEA = = est requis pour la connexion au service.', 'The token AdDO8hsJqilU93hQHC3OZaPR2saEA== is required to connect to the service.');
const article = `${fm('fr-FR')}\n# Titre\n\n${mangled}\n\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n`;

describe('baseline', () => {
  it('records the findings; a later run with the lines moved and the paragraph re-wrapped reports nothing new', async () => {
    const dir = tree({ 'fr-FR/a.md': article });
    const first = await run(['-f', 'json', '--write-baseline', 'baseline.json', 'fr-FR'], { cwd: dir });
    expect(first.code).toBe(EXIT_FINDINGS);
    expect(first.stderr).toBe('loccheck: baseline of 2 findings written to baseline.json\n');
    const before = json(first.stdout).findings;
    expect(before.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['fact-mismatch:8', 'merge-conflict-marker:10']);
    const saved = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { findings: { fingerprint: string }[] };
    expect(saved.findings.map((f) => f.fingerprint)).toEqual(before.map((f) => f.fingerprint));

    // Three new lines above, and the sentence re-wrapped over two lines: every finding moves.
    const moved = article.replace('# Titre\n', 'Intro.\n\nMore intro.\n\n# Titre\n').replace('est requis pour', 'est requis\npour');
    writeFileSync(path.join(dir, 'fr-FR/a.md'), moved);
    const again = await run(['-f', 'json', 'fr-FR'], { cwd: dir });
    expect(json(again.stdout).findings.map((f) => `${f.ruleId}:${f.line}`)).toEqual(['fact-mismatch:12', 'merge-conflict-marker:15']);
    const later = await run(['-f', 'json', '--baseline', 'baseline.json', 'fr-FR'], { cwd: dir });
    expect(later.code).toBe(EXIT_OK);
    const report = json(later.stdout);
    expect(report.findings).toEqual([]);
    expect(report.baseline).toEqual({ file: 'baseline.json', known: 2, matched: 2, fixed: [] });
    expect(report.notes).toContain('Baseline baseline.json: 2 known findings hidden, 0 new, 0 baseline entries no longer found.');
  });

  it('reports only the new finding, and lists the baseline entry that was fixed', async () => {
    const dir = tree({ 'fr-FR/a.md': article });
    await run(['-f', 'json', '--write-baseline', 'b.json', 'fr-FR'], { cwd: dir });
    const fixedConflict = article.replace(/<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n/, 'ours\n');
    writeFileSync(path.join(dir, 'fr-FR/a.md'), `${fixedConflict}\n${pair('a-2', 'Exécutez Set-Cs User.', 'Run Set-CsUser.')}\n`);
    const r = await run(['-f', 'json', '--baseline', 'b.json', 'fr-FR'], { cwd: dir });
    expect(r.code).toBe(EXIT_FINDINGS);
    const report = json(r.stdout);
    expect(report.findings.map((f) => `${f.ruleId}:${f.path}:${f.line}`)).toEqual(['fact-mismatch:fr-FR/a.md:12']);
    expect(report.baseline?.fixed.map((f) => `${f.ruleId}:${f.path}`)).toEqual(['merge-conflict-marker:fr-FR/a.md']);
  });

  it('a missing or malformed baseline is a one-line usage error', async () => {
    const dir = tree({ 'fr-FR/a.md': article, 'bad.json': '{"findings": 3}' });
    expectUsageError(await run(['--baseline', 'nope.json', 'fr-FR'], { cwd: dir }), 'nope.json: cannot read the baseline (ENOENT)');
    expectUsageError(await run(['--baseline', 'bad.json', 'fr-FR'], { cwd: dir }), 'bad.json: not a loccheck baseline');
  });
});

describe('--changed-since', () => {
  const git = (cwd: string, ...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, encoding: 'utf8' });
  const conflict = (locale: string): string => `${fm(locale)}\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n`;
  const clean = (locale: string, text: string): string => `${fm(locale)}\n${pair('c-1', text, 'Hello.')}\n`;

  it('checks only the families with a changed file, with all their locales', async () => {
    const dir = tree({
      'docs/fr-FR/a.md': clean('fr-FR', 'Bonjour.'),
      'docs/de-DE/a.md': clean('de-DE', 'Hallo.'),
      'docs/fr-FR/b.md': conflict('fr-FR'),
      'docs/de-DE/b.md': conflict('de-DE'),
    });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    // One locale's file of family a.md changes: a conflict lands there. b.md (already conflicted) is not checked.
    writeFileSync(path.join(dir, 'docs/de-DE/a.md'), conflict('de-DE'));
    const r = await run(['-f', 'json', '--changed-since', 'HEAD', 'docs'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT_FINDINGS);
    const report = json(r.stdout);
    expect(report.findings.map((f) => `${f.ruleId}:${f.path}:${f.line}`)).toEqual(['merge-conflict-marker:docs/de-DE/a.md:6']);
    expect(report.notes).toContain('Changed-only run (since HEAD): 1 changed file, 1 family checked (2 files) of 4 files found.');
    const all = await run(['-f', 'json', 'docs'], { cwd: dir });
    expect(json(all.stdout).findings).toHaveLength(3);
  });

  it('nothing changed: nothing is checked, exit 0; a ref that does not exist is a usage error', async () => {
    const dir = tree({ 'docs/fr-FR/a.md': conflict('fr-FR') });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    const r = await run(['-f', 'json', '--changed-since', 'HEAD', 'docs'], { cwd: dir });
    expect(r.code).toBe(EXIT_OK);
    expect(json(r.stdout).findings).toEqual([]);
    expectUsageError(await run(['--changed-since', 'no-such-ref', 'docs'], { cwd: dir }), 'is not a commit in this repository');
  });
});

// Paired mode never writes into the English tree: it is an input of the run, as the articles are.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_USAGE } from '../src/cli/main.js';
import { run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-paired-guard-');
const EN = '---\ntitle: T\n---\n\n# Set up\n\nUse version 8.3 of Set-CsUser.\n';
const DE = '---\ntitle: T\n---\n\n# Einrichten\n\nVerwenden Sie Version 8,3 von Set-CsUser.\n';

describe('--source: the output guard covers the English tree', () => {
  it('-o naming an English article (or a new file inside the English tree) is a usage error, and the file is unchanged', async () => {
    const dir = tree({ 'en-US/a.md': EN, 'de-DE/a.md': DE });
    const english = path.join(dir, 'en-US/a.md');
    const r = await run(['de-DE', '--source', 'en-US', '--no-config', '-o', 'en-US/a.md'], { cwd: dir });
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain('inside the English tree');
    expect(readFileSync(english, 'utf8')).toBe(EN);
    const fresh = await run(['de-DE', '--source', 'en-US', '--no-config', '-o', 'en-US/report.json', '-f', 'json'], { cwd: dir });
    expect(fresh.code).toBe(EXIT_USAGE);
    expect(existsSync(path.join(dir, 'en-US/report.json'))).toBe(false);
  });

  it('a report beside the trees is written', async () => {
    const dir = tree({ 'en-US/a.md': EN, 'de-DE/a.md': DE });
    const r = await run(['de-DE', '--source', 'en-US', '--no-config', '-o', 'report.json', '-f', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(report.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['fact-mismatch de-DE/a.md:7']);
  });
});

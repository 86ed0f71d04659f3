// One file that breaks parsing or a check, or kills its worker, is a finding on that file; the run goes on.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleCheck, FamilyCheck, ProjectCheck } from '../src/checks/types.js';
import { EXIT_FINDINGS } from '../src/cli/main.js';
import { defaultConfig } from '../src/config/schema.js';
import { type ActiveRule, checkFamilies, checkProject, groupFamilies, runArticleChecks, summarizeArticle } from '../src/engine/engine.js';
import { parseArticle } from '../src/parse/article.js';
import { fm, pair } from './helpers/check-tester.js';
import { run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-crash-');
const CONFLICT = `${fm('de-DE')}\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n`;

describe('crash isolation', () => {
  it('2,000 nested inline <span> (overflowed the HTML tree builder): read with plain spans as text, the pair kept', async () => {
    const nested = `${fm('de-DE')}\n<span data-ttu-id="a-1">${'<span>'.repeat(2000)}x${'</span>'.repeat(2000)}</span><span class="sxs-lookup"><span data-stu-id="a-1">Hello</span></span>\n`;
    const dir = tree({ 'de-DE/nested.md': nested, 'de-DE/ok.md': CONFLICT });
    const r = await run(['-f', 'json', '--jobs', '0', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(EXIT_FINDINGS);
    const report = JSON.parse(r.stdout) as { summary: { segments: number }; findings: { path: string; ruleId: string; messageId: string }[] };
    expect(report.findings.map((f) => `${f.path} ${f.ruleId}`)).toContain('de-DE/ok.md merge-conflict-marker');
    expect(report.summary.segments).toBe(1);
  });

  it('a file that still breaks the parser (20,000 nested pair spans: a stack overflow) is a finding naming the phase; the others are reported', async () => {
    const deep = `${fm('de-DE')}\n${'<span data-ttu-id="a-1">'.repeat(20_000)}x${'</span>'.repeat(20_000)}\n`;
    const dir = tree({ 'de-DE/deep.md': deep, 'de-DE/ok.md': CONFLICT });
    const r = await run(['-f', 'json', '--jobs', '0', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(EXIT_FINDINGS);
    const findings = (JSON.parse(r.stdout) as { findings: { path: string; ruleId: string; messageId: string; message: string }[] }).findings;
    expect(findings.map((f) => `${f.path} ${f.ruleId}`)).toContain('de-DE/ok.md merge-conflict-marker');
    const crash = findings.find((f) => f.path === 'de-DE/deep.md');
    expect(crash?.messageId).toBe('crashed');
    expect(crash?.message).toMatch(/while parsing the file \(RangeError: Maximum call stack size exceeded\)/);
  });

  const parsed = parseArticle({ path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE', family: 'a.md', bytes: new TextEncoder().encode(`${fm('de-DE')}\n${pair('a-1', 'Hallo', 'Hello')}\n`) });
  const boom = (): never => {
    throw new RangeError('Maximum call stack size exceeded');
  };
  const meta = { id: 'fake-check', category: 'structure', defaultSeverity: 'error', description: 'x', messages: { m: 'm' } } as const;
  const rule = (check: unknown): ActiveRule => ({ check: check as ActiveRule['check'], severity: 'error', options: {} });

  it('an article, family or project check that throws becomes a finding naming the check; the others still run', () => {
    const others = runArticleChecks(parsed, [rule({ scope: 'article', meta, run: boom } satisfies ArticleCheck)]);
    expect(others.map((f) => `${f.path} ${f.ruleId}/${f.messageId} ${f.message}`)).toEqual([
      expect.stringMatching(/^de-DE\/a\.md unreadable-file\/crashed .*the check fake-check \(RangeError: Maximum call stack size exceeded\)/),
    ]);
    const fam = checkFamilies(groupFamilies([parsed.article]), [rule({ scope: 'family', meta, run: boom } satisfies FamilyCheck)]);
    expect(fam.map((f) => `${f.path} ${f.messageId}`)).toEqual(['de-DE/a.md crashed']);
    const summary = summarizeArticle(parsed.article);
    const other = { ...summary, path: 'de-DE/b.md', relPath: 'b.md' };
    // Throws on a.md only: b.md's findings are kept, a.md is named.
    const project: ProjectCheck = {
      scope: 'project',
      meta,
      run: ({ articles, report }) => {
        for (const a of articles) {
          if (a.path === 'de-DE/a.md') boom();
          report({ article: a as never, messageId: 'm', line: 1, key: 'k' });
        }
      },
    };
    const proj = checkProject([summary, other], [rule(project)], { roots: [], fileExists: () => false, articleAt: () => undefined });
    expect(proj.map((f) => `${f.path} ${f.ruleId}/${f.messageId}`)).toEqual(['de-DE/a.md unreadable-file/crashed', 'de-DE/b.md fake-check/m']);
    void defaultConfig;
  });

  it('a worker that dies (out of memory) has its family retried, then reported as crashed; the other families are reported', async () => {
    const compiled = (await import(pathToFileURL(path.resolve('dist/run.js')).href)) as typeof import('../src/run.js');
    const line = `${pair('a-1', 'Hallo [x](y.md) 1.2.3 https://example.com', 'Hello [x](y.md) 1.2.3 https://example.com')}\n`;
    const files: Record<string, string> = { 'de-DE/big.md': `${fm('de-DE')}\n${line.repeat(40_000)}` };
    for (let i = 0; i < 6; i++) files[`de-DE/ok${i}.md`] = CONFLICT;
    const dir = tree(files);
    const r = await compiled.lint({ inputs: ['.'], cwd: dir, jobs: 2, workerMemoryMb: 16 });
    const byPath = r.report.findings.map((f) => `${f.path} ${f.ruleId}/${f.messageId}`);
    expect(byPath.filter((f) => f.endsWith('merge-conflict-marker/block') || f.includes('merge-conflict-marker'))).toHaveLength(6);
    expect(byPath).toContain('de-DE/big.md unreadable-file/limit');
    expect(r.report.findings.find((f) => f.path === 'de-DE/big.md')?.message).toMatch(/ERR_WORKER_OUT_OF_MEMORY/);
    expect(r.report.summary.files).toBe(7);
  }, 60_000);
});

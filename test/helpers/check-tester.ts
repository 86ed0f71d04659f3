// A table-driven check tester (after ESLint's RuleTester): valid and invalid cases over small multi-locale trees.
import { describe, expect, it } from 'vitest';
import type { Check, ProjectIndex } from '../../src/checks/types.js';
import { checks as registry } from '../../src/checks/registry.js';
import {
  type PendingFinding,
  activeRules,
  analyzeArticle,
  checkFamilies,
  checkProject,
  finishFindings,
  groupFamilies,
  originFromEnglish,
  summarizeArticle,
} from '../../src/engine/engine.js';
import type { Article, Finding, Origin } from '../../src/model.js';

/** Files by path; the first path segment is the locale folder (`zh-CN/a.md`), or a file name alone. */
export type Tree = Record<string, string>;

export interface ExpectedFinding {
  messageId: string;
  path: string;
  line: number;
  column?: number;
  actual?: string;
  expected?: string;
  severity?: Finding['severity'];
  origin?: Origin;
}

export interface InvalidCase {
  name: string;
  files: Tree;
  options?: Record<string, unknown>;
  errors: ExpectedFinding[];
}

export interface ValidCase {
  name: string;
  files: Tree;
  options?: Record<string, unknown>;
}

function localeOf(p: string): { locale?: string; rel: string } {
  const [first, ...rest] = p.split('/');
  if (rest.length > 0 && /^[a-z]{2}(-[A-Za-z]{2})?$/.test(first as string)) return { locale: first as string, rel: rest.join('/') };
  return { rel: p };
}

/**
 * Runs one check over an in-memory tree, through the real parser and engine: the family pass with its witnesses,
 * suppressions, source findings once per family. A report-scope check sees the findings of every other check, so
 * all run and only its own are returned.
 */
export function runCheckOnTree(check: Check, files: Tree, options: Record<string, unknown> = {}): Finding[] {
  const rules = activeRules(
    { checks: { [check.meta.id]: { severity: check.meta.defaultSeverity, options } } },
    check.scope === 'report' ? registry : [check],
  );
  const roots = new Map<string, number>();
  const articles: Article[] = [];
  const pending: PendingFinding[] = [];
  const rootFiles: Set<string>[] = [];
  for (const p of Object.keys(files)) {
    const { locale, rel } = localeOf(p);
    const rootKey = locale ?? '';
    if (!roots.has(rootKey)) {
      roots.set(rootKey, roots.size);
      rootFiles.push(new Set());
    }
    rootFiles[roots.get(rootKey) as number]?.add(rel.toLowerCase());
  }
  for (const [p, text] of Object.entries(files)) {
    const { locale, rel } = localeOf(p);
    const root = roots.get(locale ?? '') as number;
    const { article, findings } = analyzeArticle(
      { bytes: new TextEncoder().encode(text), path: p, relPath: rel, root, ...(locale ? { locale, family: rel.toLowerCase() } : {}) },
      rules,
      1e9,
    );
    articles.push(article);
    pending.push(...findings);
  }
  const summaries = articles.map(summarizeArticle);
  const project: ProjectIndex = {
    roots: [...roots.keys()],
    fileExists: (root, rel) => rootFiles[root]?.has(rel.toLowerCase()) ?? false,
    articleAt: (root, rel) => summaries.find((a) => a.root === root && a.relPath.toLowerCase() === rel.toLowerCase()),
  };
  const families = groupFamilies(articles);
  pending.push(...checkFamilies(families, rules));
  for (const [family, members] of families) originFromEnglish(members, pending.filter((f) => f.family === family));
  pending.push(...checkProject(summaries, rules, project));
  return finishFindings(pending, summaries, rules).filter((f) => f.ruleId === check.meta.id);
}

export function testCheck(check: Check, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(check.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const findings = runCheckOnTree(check, c.files, c.options);
        expect(findings.map((f) => `${f.path}:${f.line} ${f.messageId} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const findings = runCheckOnTree(check, c.files, c.options);
        const got = findings.map((f) => ({ messageId: f.messageId, path: f.path, line: f.line }));
        expect(got).toEqual(c.errors.map((e) => ({ messageId: e.messageId, path: e.path, line: e.line })));
        c.errors.forEach((e, i) => {
          const f = findings[i] as Finding;
          expect(f.ruleId).toBe(check.meta.id);
          if (e.column !== undefined) expect(f.column).toBe(e.column);
          if (e.actual !== undefined) expect(f.actual).toBe(e.actual);
          if (e.expected !== undefined) expect(f.expected).toBe(e.expected);
          if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
          if (e.origin !== undefined) expect(f.origin).toBe(e.origin);
        });
      });
    }
  });
}

/** A bilingual pair as the sxs-lookup format writes it. */
export function pair(id: string, target: string, source: string): string {
  return `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
}

/** Front matter with a locale and asset id. */
export function fm(locale: string, extra: Record<string, string> = {}): string {
  const lines = [`ms.contentlocale: ${locale}`, 'ms.assetid: 00000000-0000-0000-0000-000000000001', ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`)];
  return `---\n${lines.join('\n')}\n---\n`;
}

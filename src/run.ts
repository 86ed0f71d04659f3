// The library entry: discover inputs, read and parse each article once, run article then family checks.
import path from 'node:path';
import type { ProjectIndex } from './checks/types.js';
import type { Config } from './config/schema.js';
import { defaultConfig } from './config/schema.js';
import { discover } from './corpus/discover.js';
import { readArticleBytes } from './corpus/read.js';
import {
  type PendingFinding,
  activeRules,
  analyzeArticle,
  checkFamilies,
  finalizeFindings,
  groupFamilies,
  makeReport,
  runArticleChecks,
} from './engine/engine.js';
import type { Article, Report } from './model.js';
import { emptyArticle } from './parse/article.js';

export interface LintOptions {
  inputs: readonly string[];
  cwd: string;
  config?: Config;
  version?: string;
  /** Called after each article is parsed (progress display). */
  onProgress?: (done: number, total: number) => void;
}

export interface LintResult {
  report: Report;
  articles: Article[];
}

function projectIndex(roots: readonly string[], files: readonly Set<string>[], articles: readonly Article[]): ProjectIndex {
  const byPath = new Map<string, Article>();
  for (const a of articles) byPath.set(`${a.root}\u0000${a.relPath.toLowerCase()}`, a);
  const lowerFiles = files.map((set) => new Set([...set].map((f) => f.toLowerCase())));
  return {
    roots,
    fileExists: (root, rel) => lowerFiles[root]?.has(path.posix.normalize(rel).toLowerCase()) ?? false,
    articleAt: (root, rel) => byPath.get(`${root}\u0000${path.posix.normalize(rel).toLowerCase()}`),
  };
}

export function lint(options: LintOptions): LintResult {
  const started = performance.now();
  const config = options.config ?? defaultConfig;
  const found = discover(options.inputs, {
    cwd: options.cwd,
    include: config.include,
    ignore: config.ignore,
    ...(config.localePattern ? { localePattern: config.localePattern } : {}),
  });
  const rules = activeRules(config);
  const articles: Article[] = [];
  const pending: PendingFinding[] = [];
  for (const [i, entry] of found.entries.entries()) {
    const input = {
      path: entry.path,
      relPath: entry.relPath,
      root: entry.root,
      ...(entry.locale ? { locale: entry.locale } : {}),
      ...(entry.family ? { family: entry.family } : {}),
    };
    const read = readArticleBytes(entry.absPath, config.maxFileBytes);
    let result;
    if (read.ok) {
      result = analyzeArticle({ ...input, bytes: read.bytes }, rules, config.maxFileBytes);
    } else {
      const problem: { messageId: string; data: Record<string, string | number> } =
        read.reason === 'too-large'
          ? { messageId: 'too-large', data: { bytes: read.size ?? 0, max: config.maxFileBytes } }
          : { messageId: 'unreadable', data: { reason: read.reason } };
      const parsed = emptyArticle(input, [{ checkId: 'unreadable-file', line: 1, column: 1, key: problem.messageId, ...problem }]);
      result = { article: parsed.article, findings: runArticleChecks(parsed, rules) };
    }
    articles.push(result.article);
    pending.push(...result.findings);
    options.onProgress?.(i + 1, found.entries.length);
  }
  const families = groupFamilies(articles);
  pending.push(...checkFamilies(families, rules, projectIndex(found.roots, found.files, articles)));
  const findings = finalizeFindings(pending);
  return {
    report: makeReport(options.version ?? '0.0.0', articles, findings, found.notes, performance.now() - started),
    articles,
  };
}

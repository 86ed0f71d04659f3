// One family of files → the summaries of its articles and their findings (article and family scope).
import type { FileEntry } from '../corpus/discover.js';
import { readArticleBytes } from '../corpus/read.js';
import type { Article, ArticleSummary } from '../model.js';
import { emptyArticle } from '../parse/article.js';
import { type ActiveRule, type PendingFinding, analyzeArticle, checkFamilies, groupFamilies, runArticleChecks, summarizeArticle } from './engine.js';

export interface EntryResult {
  article: Article;
  findings: PendingFinding[];
}

/** What a worker sends back for a family: no article model, only what the rest of the run needs. */
export interface FamilyResult {
  summaries: ArticleSummary[];
  findings: PendingFinding[];
}

export function analyzeEntry(entry: FileEntry, rules: readonly ActiveRule[], maxBytes: number): EntryResult {
  const input = {
    path: entry.path,
    relPath: entry.relPath,
    root: entry.root,
    ...(entry.locale ? { locale: entry.locale } : {}),
    ...(entry.family ? { family: entry.family } : {}),
  };
  const read = readArticleBytes(entry.absPath, maxBytes);
  if (read.ok) return analyzeArticle({ ...input, bytes: read.bytes }, rules, maxBytes);
  const problem: { messageId: string; data: Record<string, string | number> } =
    read.reason === 'too-large'
      ? { messageId: 'too-large', data: { bytes: read.size ?? 0, max: maxBytes } }
      : { messageId: 'unreadable', data: { reason: read.reason } };
  const parsed = emptyArticle(input, [{ checkId: 'unreadable-file', line: 1, column: 1, key: problem.messageId, ...problem }]);
  return { article: parsed.article, findings: runArticleChecks(parsed, rules) };
}

/** Parses every file of one family, runs the article and family checks, and keeps only the summaries. */
export function analyzeFamily(entries: readonly FileEntry[], rules: readonly ActiveRule[], maxBytes: number): FamilyResult {
  const results = entries.map((e) => analyzeEntry(e, rules, maxBytes));
  const articles = results.map((r) => r.article);
  const findings = results.flatMap((r) => r.findings);
  findings.push(...checkFamilies(groupFamilies(articles), rules));
  return { summaries: articles.map(summarizeArticle), findings };
}

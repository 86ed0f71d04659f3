// One discovered file → its article model and article-scope findings (read errors become findings).
import type { FileEntry } from '../corpus/discover.js';
import { readArticleBytes } from '../corpus/read.js';
import type { Article } from '../model.js';
import { emptyArticle } from '../parse/article.js';
import { type ActiveRule, type PendingFinding, analyzeArticle, runArticleChecks } from './engine.js';

export interface EntryResult {
  article: Article;
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

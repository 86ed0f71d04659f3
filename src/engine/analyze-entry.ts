// One family of files → the summaries of its articles and their findings (article and family scope).
import { type FileEntry, entryAbsPath, entryPath } from '../corpus/entry.js';
import { type ReadResult, readArticleBytes } from '../corpus/read.js';
import type { Article, ArticleSummary, Fix } from '../model.js';
import { type ParseMemo, emptyArticle, newParseMemo, parseArticle } from '../parse/article.js';
import type { PairedColumns } from '../parse/pair-align.js';
import { type PairedTranslation, type SourceAtCommit, pairTranslation } from '../parse/paired.js';
import type { ActiveRule, PendingFinding } from './rules.js';
import { crashFinding } from './rules.js';
import { checkFamilies, groupFamilies, runArticleChecks, summarizeArticle } from './scopes.js';
import { stampFixHashes } from './fixes.js';
import { originFromEnglish } from './witnesses.js';

/** Milliseconds spent per phase (summed over files; in workers, over threads): for the benchmark. */
export interface PhaseClock {
  readMs: number;
  parseMs: number;
  checksMs: number;
}

export const newClock = (): PhaseClock => ({ readMs: 0, parseMs: 0, checksMs: 0 });

export interface EntryResult {
  article: Article;
  findings: PendingFinding[];
  /** The bytes checked, while the family's fixes still need their hash. */
  bytes?: Uint8Array;
  /** Paired mode: the columns of the paired text checked ↔ the translation file's. */
  columns?: PairedColumns;
}

/** What a worker sends back for a family: no article model, only what the rest of the run needs. */
export interface FamilyResult {
  summaries: ArticleSummary[];
  findings: PendingFinding[];
}

export function analyzeEntry(
  entry: FileEntry,
  rules: readonly ActiveRule[],
  maxBytes: number,
  clock: PhaseClock = newClock(),
  memo?: ParseMemo,
): EntryResult {
  const input = {
    path: entryPath(entry),
    relPath: entry.relPath,
    root: entry.root,
    ...(entry.locale ? { locale: entry.locale } : {}),
    ...(entry.family ? { family: entry.family } : {}),
  };
  let t = performance.now();
  const read: ReadResult = entry.contents
    ? entry.contents.length > maxBytes ? { ok: false, reason: 'too-large', size: entry.contents.length } : { ok: true, bytes: entry.contents }
    : readArticleBytes(entryAbsPath(entry), maxBytes);
  clock.readMs += performance.now() - t;
  if (read.ok) {
    t = performance.now();
    let parsed;
    const paired = entry.sourceAbsPath ? withEnglish(read.bytes, entry.sourceAbsPath, maxBytes, entry.sourceAtCommit) : undefined;
    const bytes = paired?.bytes ?? read.bytes;
    try {
      parsed = parseArticle({ ...input, bytes }, { maxBytes, ...(memo ? { memo } : {}) });
      if (paired) parsed = { ...parsed, article: { ...parsed.article, paired: true as const } };
      // Paired mode: what did not align with the English is reported by missing-segment (as problems addressed to it).
      if (paired && (paired.differences.length > 0 || paired.stale || paired.history.length > 0)) {
        const extra = [...(paired.stale ? [paired.stale] : []), ...paired.differences, ...paired.history];
        parsed = { ...parsed, article: { ...parsed.article, problems: [...parsed.article.problems, ...extra] } };
      }
    } catch (error) {
      // A file that breaks the parser (a stack overflow in a tree builder, a bug) is a finding on it; the run goes on.
      clock.parseMs += performance.now() - t;
      const empty = emptyArticle({ ...input, bytes: read.bytes }, []);
      return { article: empty.article, findings: [crashFinding(empty.article, 'parsing the file', error), ...runArticleChecks(empty, rules)] };
    }
    const parsedAt = performance.now();
    clock.parseMs += parsedAt - t;
    const checked = runArticleChecks(parsed, rules);
    const findings = paired ? checked.map((f) => inTranslation(f, paired.columns)) : checked;
    clock.checksMs += performance.now() - parsedAt;
    return { article: parsed.article, findings, bytes: read.bytes, ...(paired ? { columns: paired.columns } : {}) };
  }
  const problem: { messageId: string; data: Record<string, string | number> } =
    read.reason === 'too-large'
      ? { messageId: 'too-large', data: { bytes: read.size ?? 0, max: maxBytes } }
      : { messageId: 'unreadable', data: { reason: read.reason } };
  const parsed = emptyArticle(input, [{ checkId: 'unreadable-file', line: 1, column: 1, key: problem.messageId, ...problem }]);
  return { article: parsed.article, findings: runArticleChecks(parsed, rules) };
}

/**
 * A finding on a paired article as it stands in the translation file: columns of the paired text (the pairs written
 * in it) mapped back to the translation's own, its fix too (see `fixInTranslation`).
 */
function inTranslation(f: PendingFinding, columns: PairedColumns): PendingFinding {
  const { fix, ...rest } = f;
  const related = f.related.map((r) => (r.path === f.path && r.column !== undefined ? { ...r, column: columns.toTranslation(r.line, r.column) } : r));
  const mapped = fix ? fixInTranslation(fix, columns) : undefined;
  return { ...rest, column: columns.toTranslation(f.line, f.column), related, ...(mapped ? { fix: mapped } : {}) };
}

/** A paired article's summary with its links at the translation file's columns (the project checks report them). */
function linksInTranslation(summary: ArticleSummary, columns: PairedColumns): ArticleSummary {
  return { ...summary, localLinks: summary.localLinks.map((l) => ({ ...l, column: columns.toTranslation(l.line, l.column) })) };
}

/**
 * A fix computed on the paired text, as it applies to the translation-only file: the text it replaces must be the
 * translation's own, unbroken (else no fix). The translated span is then the translation's block text, from the
 * span's start to where the English was written after it (`translationOnly`: there is no English span to check).
 */
function fixInTranslation(fix: Fix, columns: PairedColumns): Fix | undefined {
  const column = columns.toTranslation(fix.line, fix.column);
  const endColumn = columns.toTranslation(fix.line, fix.endColumn);
  if (endColumn - column !== fix.endColumn - fix.column) return undefined;
  return {
    ...fix,
    column,
    endColumn,
    spanColumn: columns.toTranslation(fix.spanLine, fix.spanColumn),
    sourceColumn: columns.toTranslation(fix.sourceLine, fix.sourceColumn),
    translationOnly: true,
  };
}

/**
 * Paired mode: the translation paired with its English (read here, the one file the engine reads for it; the pairing
 * itself is pure, in parse/paired.ts). Undefined when the English cannot be read: the article is checked as it is.
 */
function withEnglish(bytes: Uint8Array, englishPath: string, maxBytes: number, atCommit?: SourceAtCommit): PairedTranslation | undefined {
  const english = readArticleBytes(englishPath, maxBytes);
  if (!english.ok) return undefined;
  return pairTranslation(bytes, english.bytes, atCommit);
}

/**
 * The result of a family that could not be analysed at all (its worker died, out of memory): an `unreadable-file/
 * crashed` finding and an empty summary for each of its files.
 */
export function crashedFamily(entries: readonly FileEntry[], phase: string, error: unknown): FamilyResult {
  const articles = entries.map(
    (e) =>
      emptyArticle({ path: entryPath(e), relPath: e.relPath, root: e.root, ...(e.locale ? { locale: e.locale } : {}), ...(e.family ? { family: e.family } : {}) }, [])
        .article,
  );
  return { summaries: articles.map(summarizeArticle), findings: articles.map((a) => crashFinding(a, phase, error)) };
}

/** Files left out of an analysis (they exceeded the time limit alone), with why: checked as empty, with a finding. */
export type SkipList = ReadonlyMap<string, string>;

/** Parses every file of one family, runs the article and family checks, and keeps only the summaries. */
export function analyzeFamily(
  entries: readonly FileEntry[],
  rules: readonly ActiveRule[],
  maxBytes: number,
  clock: PhaseClock = newClock(),
  skip?: SkipList,
): FamilyResult {
  // Locales of a family share most of their structure and all of their English: parsed once, by text.
  const memo = newParseMemo();
  const results = entries.map((e) => {
    const why = skip?.get(entryAbsPath(e));
    if (why === undefined) return analyzeEntry(e, rules, maxBytes, clock, memo);
    const empty = emptyArticle({ path: entryPath(e), relPath: e.relPath, root: e.root, ...(e.locale ? { locale: e.locale } : {}), ...(e.family ? { family: e.family } : {}) }, []);
    return { article: empty.article, findings: [crashFinding(empty.article, 'analysing the file', why), ...runArticleChecks(empty, rules)] };
  });
  const articles = results.map((r) => r.article);
  const findings = results.flatMap((r) => r.findings);
  const t = performance.now();
  const families = groupFamilies(articles);
  // Family findings on a paired article: in its translation's columns too.
  const columnsOf = new Map(results.flatMap((r) => ('columns' in r && r.columns ? [[r.article.path, r.columns] as const] : [])));
  for (const f of checkFamilies(families, rules)) {
    const columns = columnsOf.get(f.path);
    findings.push(columns ? inTranslation(f, columns) : f);
  }
  for (const [family, members] of families) originFromEnglish(members, findings.filter((f) => f.family === family));
  stampFixHashes(findings, results);
  const summaries = articles.map((a) => {
    const summary = summarizeArticle(a);
    const columns = columnsOf.get(a.path);
    return columns ? linksInTranslation(summary, columns) : summary;
  });
  clock.checksMs += performance.now() - t;
  return { summaries, findings };
}

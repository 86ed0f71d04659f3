// The library entry: discover inputs, read and parse each article once, run article then family checks.
import path from 'node:path';
import type { ProjectIndex } from './checks/types.js';
import type { Config } from './config/schema.js';
import { defaultConfig } from './config/schema.js';
import { ArticleCache, cacheSalt } from './corpus/cache.js';
import { canonical, discover } from './corpus/discover.js';
import { type EntryResult, analyzeEntry } from './engine/analyze-entry.js';
import { type PendingFinding, activeRules, applySuppressions, checkFamilies, finalizeFindings, groupFamilies, makeReport } from './engine/engine.js';
import { analyzeInWorkers, defaultJobs, workersAvailable } from './engine/pool.js';
import type { Article, Report } from './model.js';

export interface LintOptions {
  inputs: readonly string[];
  cwd: string;
  config?: Config;
  version?: string;
  /** Worker threads for parsing; default: one per core for larger runs, none for small ones. */
  jobs?: number;
  /**
   * Pull-request mode: absolute paths of the files changed (e.g. since a git ref). Only the families holding at
   * least one of them are checked, with all their locales; `undefined` checks everything.
   */
  changedFiles?: readonly string[];
  /** What the changed files were computed from, for the report's notes (e.g. `origin/main`). */
  changedSince?: string;
  /** `{ index, count }` (index from 1): check only the families that hash to this shard. */
  shard?: { index: number; count: number };
  /** A content-hash cache folder: unchanged files are not parsed again. */
  cacheDir?: string;
  /** Called after each article is parsed (progress display). */
  onProgress?: (done: number, total: number) => void;
}

export interface LintResult {
  report: Report;
  articles: Article[];
  /** Milliseconds per phase, and cache hits (for the benchmark). */
  timings: { discoverMs: number; parseMs: number; familyMs: number; finishMs: number; cacheHits: number; cacheMisses: number };
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

/** The shard (1…count) of a family: a stable hash of its key, so every locale and revision lands in one shard. */
export function shardOf(family: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < family.length; i++) h = Math.imul(h ^ family.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % count) + 1;
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const started = performance.now();
  const config = options.config ?? defaultConfig;
  const found = discover(options.inputs, {
    cwd: options.cwd,
    include: config.include,
    ignore: config.ignore,
    ...(config.localePattern ? { localePattern: config.localePattern } : {}),
  });
  const rules = activeRules(config);
  let entries = found.entries;
  let changedPaths: Set<string> | undefined;
  if (options.changedFiles) {
    const changed = new Set(options.changedFiles.map(canonical));
    const hit = entries.filter((e) => changed.has(canonical(e.absPath)));
    changedPaths = new Set(hit.map((e) => e.path));
    // Folder layouts know each file's family before parsing; files grouped by ms.assetid are parsed to learn it.
    if (hit.every((e) => e.family !== undefined)) {
      const families = new Set(hit.map((e) => e.family));
      entries = entries.filter((e) => families.has(e.family));
    }
  }
  const shard = options.shard;
  const inShard = (family: string): boolean => !shard || shardOf(family, shard.count) === shard.index;
  // Folder layouts know the family before parsing, so a shard reads only its own files.
  if (shard) entries = entries.filter((e) => e.family === undefined || inShard(e.family));
  const discoverMs = performance.now() - started;
  // With a cache, only the files whose content (or place) changed are parsed.
  const cache = options.cacheDir ? ArticleCache.open(options.cacheDir, cacheSalt(options.version ?? '0.0.0', config)) : undefined;
  const keys = cache ? entries.map((e) => cache.keyOf(e)) : [];
  const cached: (EntryResult | undefined)[] = cache ? entries.map((e, i) => cache.get(e, keys[i])) : [];
  const todo = cache ? entries.filter((_, i) => cached[i] === undefined) : entries;
  const hits = entries.length - todo.length;
  const progress = options.onProgress ? (done: number, total: number) => options.onProgress?.(hits + done, hits + total) : undefined;
  const jobs = options.jobs ?? defaultJobs(todo.length);
  let fresh: EntryResult[];
  if (jobs > 1 && workersAvailable()) {
    fresh = await analyzeInWorkers(todo, config, jobs, progress);
  } else {
    fresh = todo.map((entry, i) => {
      const r = analyzeEntry(entry, rules, config.maxFileBytes);
      progress?.(i + 1, todo.length);
      return r;
    });
  }
  let results: EntryResult[];
  if (cache) {
    let n = 0;
    results = entries.map((e, i) => {
      const hit = cached[i];
      if (hit) return hit;
      const r = fresh[n++] as EntryResult;
      cache.set(e, keys[i], r);
      return r;
    });
    if (todo.length > 0) cache.save();
  } else {
    results = fresh;
  }
  const parsedAt = performance.now();
  const notes = [...found.notes];
  if (shard) {
    results = results.filter((r) => inShard(r.article.family));
    notes.push(`Shard ${shard.index}/${shard.count}: ${results.length} of ${found.entries.length} files (every locale of a family in one shard).`);
  }
  if (changedPaths) {
    const paths = changedPaths;
    const families = new Set(results.filter((r) => paths.has(r.article.path)).map((r) => r.article.family));
    results = results.filter((r) => families.has(r.article.family));
    notes.push(
      `Changed-only run${options.changedSince ? ` (since ${options.changedSince})` : ''}: ${paths.size} changed file${paths.size === 1 ? '' : 's'}, ` +
        `${families.size} famil${families.size === 1 ? 'y' : 'ies'} checked (${results.length} files) of ${found.entries.length} files found.`,
    );
  }
  const articles = results.map((r) => r.article);
  const pending: PendingFinding[] = results.flatMap((r) => r.findings);
  const families = groupFamilies(articles);
  const familyStart = performance.now();
  pending.push(...checkFamilies(families, rules, projectIndex(found.roots, found.files, articles)));
  const familyEnd = performance.now();
  const findings = finalizeFindings(applySuppressions(pending, articles, rules));
  const report = makeReport(options.version ?? '0.0.0', articles, findings, notes, performance.now() - started);
  return {
    report,
    articles,
    timings: {
      discoverMs,
      parseMs: parsedAt - started - discoverMs,
      familyMs: familyEnd - familyStart,
      finishMs: performance.now() - familyEnd,
      cacheHits: cache?.hits ?? 0,
      cacheMisses: cache?.misses ?? 0,
    },
  };
}

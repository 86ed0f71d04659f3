// The library entry: discover inputs, read and parse each article once, run article then family checks.
import path from 'node:path';
import type { ProjectIndex } from './checks/types.js';
import type { Config } from './config/schema.js';
import { defaultConfig } from './config/schema.js';
import { FamilyCache, cacheSalt } from './cache/cache.js';
import { cacheKey } from './cache/key.js';
import { canonical, canonicalFiles, changedFileTest, discover, wouldDiscover } from './corpus/discover.js';
import { type FileEntry, entryAbsPath } from './corpus/entry.js';
import { type SourceHistoryReader, withSourceHistory } from './corpus/source-history.js';
import { type FamilyEntry, familyHash, familyTitles, groupByFamily, withFamilies } from './corpus/family.js';
import { type FamilyResult, type PhaseClock, analyzeFamily, crashedFamily, newClock } from './engine/analyze-entry.js';
import { CompactCodec } from './engine/compact.js';
import { finishFamilies } from './engine/finish.js';
import { makeStoredReport } from './engine/finding-store.js';
import { type KeptFamily, type KeptFindings, LinkReader, keepCompact, keepPlain } from './engine/kept.js';
import { ProjectFindings, unitsByPath } from './engine/project-findings.js';
import { type ActiveRule, activeRules } from './engine/rules.js';
import { checkProject, withoutLinks } from './engine/scopes.js';
import { type EarlyWorker, type TimeLimit, type WorkerLimits, analyzeInWorkers, defaultJobs, startEarlyWorker, workersAvailable } from './engine/pool.js';
import { shareStrings } from './engine/share-strings.js';
import { SpillFile } from './io/spill.js';
import type { ArticleSummary, Report } from './model.js';

export interface LintOptions {
  inputs: readonly string[];
  cwd: string;
  config?: Config;
  version?: string;
  /**
   * Worker threads that parse; 0 parses on the main thread. Default: one per core (up to 8) for runs of 64 files or
   * more, none for smaller ones. One worker uses less memory than the main thread alone: its heap holds one family at
   * a time, while the main thread's also holds every result.
   */
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
  /** A content-hash cache folder: families whose files did not change are not parsed again. */
  cacheDir?: string;
  /** The secret that signs the cache (default: the user's, `cacheKey(process.env)`, outside any checked-out tree). */
  cacheKey?: Buffer;
  /** The heap limit of each worker thread in MB (V8's default when undefined); a worker that exceeds it is retried, then reported. */
  workerMemoryMb?: number;
  /** Time allowed per family on a worker (default `DEFAULT_TIME_LIMIT`: 10 s + 10 s per MB); past it, its slow files become findings. */
  timeLimit?: TimeLimit;
  /**
   * Paired mode: the English tree (a folder) beside translation-only locale trees. Each article is aligned with the
   * English article at the same path and checked as a bilingual article; the English tree is not checked itself.
   */
  source?: string;
  /**
   * Paired mode with the English history: reads the English articles at the commits the translations record
   * (`ms.sourcegitcommit`, `l10n.sourceCommit`); the cli passes git's (`cli/git.ts`). Without it no history is read.
   */
  sourceHistory?: SourceHistoryReader;
  /**
   * Bytes to check instead of what is on disk, by absolute path (`--fix-dry-run`: the fixed text of a pass, checked
   * again for the next pass's fixes without writing anything). The cache is not used with them.
   */
  contents?: ReadonlyMap<string, Uint8Array>;
  /** Called as articles are analysed (progress display). */
  onProgress?: (done: number, total: number) => void;
}

export interface LintResult {
  report: Report;
  /**
   * Why loccheck must not write to `absPath` (an article of this run, a file the next run would read as one, the
   * config file), or undefined. The cli's output writer asks it before replacing anything.
   */
  protectedPath: (absPath: string) => string | undefined;
  /**
   * What the run kept of each article it checked (no article models: those stay in the workers), for its counts and
   * suppressions: `anchors` and `localLinks` are empty (the project checks used them; they are not kept after).
   */
  articles: ArticleSummary[];
  /** Milliseconds per phase, and files served from the cache (for the benchmark). */
  timings: {
    discoverMs: number;
    /** Wall time of reading, parsing and the article and family checks (in workers on larger runs). */
    analyzeMs: number;
    /** The same work by phase, summed over threads (CPU-side milliseconds, so they can exceed `analyzeMs`). */
    phases: PhaseClock;
    projectMs: number;
    finishMs: number;
    cacheHits: number;
    cacheMisses: number;
  };
}

function projectIndex(roots: readonly string[], files: readonly Set<string>[], articles: readonly ArticleSummary[], sourceFiles?: ReadonlySet<string>): ProjectIndex {
  // Every locale folder holds the same paths: one lower-cased string for each path, not one per folder and article.
  const lowered = new Map<string, string>();
  const lowerOf = (p: string): string => {
    const l = p.toLowerCase();
    if (l === p) return p;
    const known = lowered.get(l);
    if (known !== undefined) return known;
    lowered.set(l, l);
    return l;
  };
  // A map per root keyed by the lower-cased path itself: no key string of its own per article (most paths are lower case).
  const byPath = files.map(() => new Map<string, ArticleSummary>());
  for (const a of articles) byPath[a.root]?.set(lowerOf(a.relPath), a);
  const lowerFiles = files.map((set) => lowerCasedOthers(set, lowerOf));
  const lowerSource = sourceFiles ? lowerCasedOthers(sourceFiles, lowerOf) : undefined;
  // Only building needs it (the closures below share this scope: cleared, it keeps nothing).
  lowered.clear();
  // A path is found in any case: as it is in the listing (where it is lower case already), else lower-cased.
  const exists = (set: ReadonlySet<string>, lower: ReadonlySet<string>, key: string): boolean => set.has(key) || lower.has(key);
  // Asked for the same few paths over and over (every locale links to the same files): normalized once each.
  const keys = new Map<string, string>();
  const keyOf = (rel: string): string => {
    let k = keys.get(rel);
    if (k === undefined) {
      k = path.posix.normalize(rel).toLowerCase();
      keys.set(rel, k);
    }
    return k;
  };
  return {
    roots,
    fileExists: (root, rel) => {
      const set = files[root];
      const lower = lowerFiles[root];
      return set !== undefined && lower !== undefined && exists(set, lower, keyOf(rel));
    },
    articleAt: (root, rel) => byPath[root]?.get(keyOf(rel)),
    ...(sourceFiles && lowerSource ? { sourceFileExists: (rel: string) => exists(sourceFiles, lowerSource, keyOf(rel)) } : {}),
  };
}

/**
 * The lower-cased paths of a listing that are not lower case already: with the listing itself, every path in lower
 * case, without a second set of the paths that are (issue #21: the listings of four times the corpora).
 */
function lowerCasedOthers(files: ReadonlySet<string>, lowerOf: (path: string) => string): Set<string> {
  const lower = new Set<string>();
  for (const f of files) {
    const l = lowerOf(f);
    if (l !== f) lower.add(l);
  }
  return lower;
}

/** The shard (1…count) of a family: a stable hash of its key, so every locale and revision lands in one shard. */
export function shardOf(family: string, count: number): number {
  return (familyHash(family) % count) + 1;
}

/** Entries whose bytes the caller holds carry them (keys compared as real paths, as discovery gives them). */
function withContents(entries: FamilyEntry[], contents: ReadonlyMap<string, Uint8Array>): FamilyEntry[] {
  const byPath = new Map([...contents].map(([abs, bytes]) => [canonical(abs), bytes]));
  return entries.map((e) => {
    const bytes = byPath.get(canonical(entryAbsPath(e)));
    return bytes ? { ...e, contents: bytes } : e;
  });
}

export async function lint(options: LintOptions): Promise<LintResult> {
  const config = options.config ?? defaultConfig;
  // Without a cache every family found is analysed: a worker is started now, and loads while files are discovered.
  const limits = { ...(options.workerMemoryMb ? { maxOldGenerationSizeMb: options.workerMemoryMb } : {}), ...(options.timeLimit ? { time: options.timeLimit } : {}) };
  // With a cache, one is started at the first family that the cache does not hold (most runs then need one).
  let early: EarlyWorker | undefined;
  const startEarly = (): void => {
    if (!early && options.jobs !== 0 && workersAvailable()) early = startEarlyWorker(config, limits);
  };
  if (!options.cacheDir) startEarly();
  try {
    return await lintWith(options, config, limits, startEarly);
  } finally {
    early?.release();
  }
}

async function lintWith(options: LintOptions, config: Config, limits: WorkerLimits, startEarly: () => void): Promise<LintResult> {
  const started = performance.now();
  const found = discover(options.inputs, {
    cwd: options.cwd,
    include: config.include,
    ignore: config.ignore,
    ...(config.localePattern ? { localePattern: config.localePattern } : {}),
    ...(options.source !== undefined ? { source: options.source } : {}),
  });
  const rules = activeRules(config);
  // Families are known before parsing (folder layout, else `ms.assetid`): the unit of work, cache and shard.
  let entries: FamilyEntry[] = withFamilies(found.entries, config.maxFileBytes);
  const notes = [...found.notes];
  if (options.changedFiles) {
    const isChanged = changedFileTest(options.changedFiles);
    // Paired mode: an edit of the English changes what its translations are checked against.
    const hit = entries.filter((e) => isChanged(entryAbsPath(e)) || (e.sourceAbsPath !== undefined && isChanged(e.sourceAbsPath)));
    const families = new Set(hit.map((e) => e.family));
    entries = entries.filter((e) => families.has(e.family));
    notes.push(
      `Changed-only run${options.changedSince ? ` (since ${options.changedSince})` : ''}: ${hit.length} changed file${hit.length === 1 ? '' : 's'}, ` +
        `${families.size} famil${families.size === 1 ? 'y' : 'ies'} checked (${entries.length} files) of ${found.entries.length} files found.`,
    );
  }
  const shard = options.shard;
  if (shard) {
    entries = entries.filter((e) => shardOf(e.family, shard.count) === shard.index);
    notes.push(`Shard ${shard.index}/${shard.count}: ${entries.length} of ${found.entries.length} files (every locale of a family in one shard).`);
  }
  if (options.contents) entries = withContents(entries, options.contents);
  if (options.source !== undefined && options.sourceHistory) {
    entries = await withSourceHistory(entries, canonical(path.resolve(options.cwd, options.source)), options.sourceHistory, config.maxFileBytes, options.cwd, notes);
  }
  const groups = groupByFamily(entries);
  const discoverMs = performance.now() - started;

  // With a cache, only the families with a changed file are analysed again.
  // The cache keys on the articles' bytes (in paired mode, their English files' too: see FamilyCache.keyOf). Not with
  // contents held in memory: the cache would store results of text that is not on disk.
  const cache = options.cacheDir && !options.contents
    ? FamilyCache.open(options.cacheDir, cacheSalt(options.version ?? '0.0.0', config), options.cacheKey ?? cacheKey(process.env), config.maxFileBytes)
    : undefined;
  const keys: (string | undefined)[] = [];
  const hits: (FamilyResult | undefined)[] = groups.map((g) => {
    if (!cache) return undefined;
    const key = cache.keyOf(g);
    keys.push(key);
    // A cached result comes unpacked with its equal strings shared already.
    const hit = cache.get((g[0] as FamilyEntry).family, key);
    // The first family to analyse starts a worker, which loads while the cache is gone through.
    if (!hit) startEarly();
    return hit;
  });
  const todo = groups.flatMap((g, i) => (hits[i] === undefined ? [i] : []));
  const todoFiles = todo.reduce((n, i) => n + (groups[i] as FamilyEntry[]).length, 0);
  const hitFiles = entries.length - todoFiles;
  const progress = options.onProgress ? (done: number, total: number) => options.onProgress?.(hitFiles + done, hitFiles + total) : undefined;
  const jobs = options.jobs ?? defaultJobs(todoFiles);
  const clock = newClock();
  const analyze = <T>(keep: (r: FamilyResult) => T): Promise<T[]> => {
    const todoGroups = todo.map((i) => groups[i] as FamilyEntry[]);
    if (jobs >= 1 && workersAvailable()) return analyzeInWorkers(todoGroups, config, jobs, progress, clock, limits, keep);
    return analyzeInline(todoGroups, rules, config.maxFileBytes, clock, progress, keep);
  };
  // Without a cache, what the run holds of each family until its report is written is compact (`keepCompact`):
  // on a large run, the summaries' links and the findings are most of the main thread's memory. A cache stores
  // whole results, so a run with one keeps them as they are.
  // Their bytes go to a temporary file (unlinked at once where the system allows it), read back when needed: what
  // grows with the corpus then costs no memory. When no such file can be made, they stay in memory.
  const codec = cache ? undefined : new CompactCodec(true, SpillFile.open());
  const reader = codec ? new LinkReader(codec) : undefined;
  const kept: KeptFamily[] = hits.map((hit) => (hit ? keepPlain(hit) : (undefined as unknown as KeptFamily)));
  if (reader) {
    const fresh = await analyze((r) => keepCompact(r, reader));
    todo.forEach((i, n) => (kept[i] = fresh[n] as KeptFamily));
  } else {
    const fresh = await analyze(shareStrings);
    todo.forEach((i, n) => {
      kept[i] = keepPlain(fresh[n] as FamilyResult);
      cache?.set((groups[i] as FamilyEntry[])[0]?.family as string, keys[i], fresh[n] as FamilyResult);
    });
  }
  if (cache) {
    // A full run knows every family: the others were deleted or renamed.
    if (!shard && !options.changedFiles) cache.prune(new Set(groups.map((g) => (g[0] as FamilyEntry).family)));
    cache.save();
    notes.push(...cache.notes);
  }
  const analyzedAt = performance.now();

  // The summaries of every family in order, and where each family's begin; from here on each family's findings
  // live in its `KeptFindings` alone, taken when the family is finished.
  const articles: ArticleSummary[] = [];
  const starts: number[] = [];
  const units: KeptFindings[] = kept.map((k, i) => {
    starts.push(articles.length);
    for (const s of k.takeSummaries(groups[i])) articles.push(s);
    return k.findings;
  });
  starts.push(articles.length);
  kept.length = 0;
  // The project checks' pending findings are kept by family (compact on a run without a cache) until finished.
  const unitOf = unitsByPath(starts, articles);
  const project = checkProject(articles, rules, projectIndex(found.roots, found.files, articles, found.sourceFiles), new ProjectFindings((p) => unitOf.get(p), codec));
  unitOf.clear();
  // Links and anchors (with the segment text of each link) served the project checks alone: the rest of the run
  // and the caller keep the summaries without them, and what the checks built on them can be collected.
  for (let i = 0; i < articles.length; i++) articles[i] = withoutLinks(articles[i] as ArticleSummary);
  reader?.release();
  const projectAt = performance.now();
  const store = finishFamilies(units, starts, articles, project, rules, config, codec);
  const titles = familyTitles(entries);
  const report = makeStoredReport(options.version ?? '0.0.0', articles, store, notes, performance.now() - started, config.file, Object.keys(titles).length > 0 ? titles : undefined);
  const protectedPath = outputGuard(found.entries, found.roots, config, options.cwd, found.sourceRoot);
  return {
    report,
    protectedPath,
    articles,
    timings: {
      discoverMs,
      analyzeMs: analyzedAt - started - discoverMs,
      phases: clock,
      projectMs: projectAt - analyzedAt,
      finishMs: performance.now() - projectAt,
      cacheHits: hitFiles,
      cacheMisses: cache ? todoFiles : 0,
    },
  };
}

/** The entries by file name. */
function entriesByName(entries: readonly FileEntry[]): Map<string, FileEntry[]> {
  const byName = new Map<string, FileEntry[]>();
  for (const e of entries) {
    const name = path.basename(e.relPath);
    const list = byName.get(name);
    if (list) list.push(e);
    else byName.set(name, [e]);
  }
  return byName;
}

/**
 * The families analysed on the main thread (`jobs: 0`, or no compiled worker), each result kept as `keep` makes it.
 * A family that throws becomes a crash finding; back to the event loop now and then, so that Ctrl-C and SIGTERM are
 * honoured between families.
 */
async function analyzeInline<T>(
  groups: readonly FamilyEntry[][],
  rules: readonly ActiveRule[],
  maxBytes: number,
  clock: PhaseClock,
  progress: ((done: number, total: number) => void) | undefined,
  keep: (r: FamilyResult) => T,
): Promise<T[]> {
  const total = groups.reduce((n, g) => n + g.length, 0);
  const out: T[] = [];
  let done = 0;
  let yieldedAt = performance.now();
  for (const group of groups) {
    let r: FamilyResult;
    try {
      r = analyzeFamily(group, rules, maxBytes, clock);
    } catch (error) {
      r = crashedFamily(group, 'analysing the family', error);
    }
    done += r.summaries.length;
    out.push(keep(r));
    progress?.(done, total);
    if (performance.now() - yieldedAt > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      yieldedAt = performance.now();
    }
  }
  return out;
}

/**
 * The cli's output guard (`LintResult.protectedPath`). Built in a scope of its own: a closure made inside `lint`
 * would share its context, and keep every family result and pending finding alive while the report is written.
 */
function outputGuard(entries: readonly FileEntry[], roots: readonly string[], config: Config, cwd: string, sourceRoot?: string): (absPath: string) => string | undefined {
  const configFile = config.file ? canonical(path.resolve(cwd, config.file)) : undefined;
  // The entries by file name, made once for all the outputs of a run (`-f format:file` five times in the action).
  let byName: Map<string, FileEntry[]> | undefined;
  return (absPath: string): string | undefined => {
    const real = path.join(canonical(path.dirname(absPath)), path.basename(absPath));
    // Entries are never links themselves, so only those of the same name can resolve to it.
    const name = path.basename(real);
    const canonicalEntry = canonicalFiles();
    byName ??= entriesByName(entries);
    if (byName.get(name)?.some((e) => canonicalEntry(entryAbsPath(e)) === real)) return 'is an article this run checked';
    if (configFile === real) return 'is the config file';
    if (sourceRoot !== undefined && real.startsWith(sourceRoot + path.sep)) return `is inside the English tree ${sourceRoot} (--source)`;
    const root = wouldDiscover(absPath, roots, config.include, config.ignore);
    return root ? `is inside the scanned folder ${root} and would be read as an article` : undefined;
  };
}

// Spreads family analysis over worker threads (both cores); results come back in input order.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import { type FileEntry, entryAbsPath } from '../corpus/entry.js';
import { type FamilyResult, type PhaseClock, crashedFamily } from './analyze-entry.js';
import { shareStrings } from './share-strings.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

/** Workers need the compiled worker next to this module (dist/); from sources (tests) analysis runs inline. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_URL);
}

/**
 * Worker threads for a run of `files` files to analyse: one per core (up to 8) from 64 files on, else one. Analysis
 * always runs on a worker when the compiled worker exists, even for one file: there its time and heap are bounded
 * and a crash is contained, and the main thread stays free to honour Ctrl-C.
 */
export function defaultJobs(files: number): number {
  if (files === 0) return 0;
  if (files < 64) return 1;
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/** Files per message: enough to amortise the message, few enough that both workers finish together. */
const BATCH_FILES = 24;

/**
 * A parse makes many short-lived objects (trees, tokens): a larger young generation in the workers scavenges
 * less often. Measured on the corpus: about 10% faster than V8's default, for about 140 MB more peak RSS.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

export interface WorkerLimits {
  /** The old-generation heap of each worker, in MB. */
  maxOldGenerationSizeMb?: number;
  /** Time allowed to analyse a family: `baseMs` plus `msPerMB` per MB of its files. */
  time?: TimeLimit;
}

export interface TimeLimit {
  baseMs: number;
  msPerMB: number;
}

/**
 * The default time a family may take: far above what any real family needs (the corpus's largest takes well under
 * a second), low enough that a hostile file cannot hold a CI runner: 10 s plus 10 s per MB.
 */
export const DEFAULT_TIME_LIMIT: TimeLimit = { baseMs: 10_000, msPerMB: 10_000 };
/**
 * The default heap of a worker that takes batches: far above a family's needs (the corpus peaks near 200 MB), and
 * below 2 GB on purpose. V8 sets an old generation's next limit at up to 4 times what a major GC left alive when the
 * heap's maximum is 2 GB or more (64-bit builds without pointer compression, as Node's), and at up to 1.6 times at
 * 1 GB. A worker holds one family at a time (about 20–55 MB alive between families), but a major GC that met a large
 * family in flight set the next limit from it: at 2 GB each worker's heap swung between 130 and 310 MB, and a longer
 * run met higher swings (issue #21: the peak at four times the corpora). At 1 GB: 170–210 MB, the same CPU.
 */
export const DEFAULT_WORKER_HEAP_MB = 1024;
/**
 * The default heap of a worker that analyses a family alone, after its batch's worker died (out of heap, perhaps): a
 * family that needs more than a batch's worker has is still analysed whole before any of its files is left out.
 */
export const RETRY_WORKER_HEAP_MB = 2048;

/** The old-generation heap of a worker in MB: the caller's limit, else the default for batches or for a family alone. */
export function workerHeapMb(limits: WorkerLimits, alone: boolean): number {
  return limits.maxOldGenerationSizeMb ?? (alone ? RETRY_WORKER_HEAP_MB : DEFAULT_WORKER_HEAP_MB);
}

/** The options every analysis worker is created with (`alone`: one family retried after its worker died). */
function workerOptions(config: Config, limits: WorkerLimits, alone = false) {
  return {
    workerData: { config },
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerHeapMb(limits, alone) },
  };
}

/**
 * A worker started ahead of the work, while the main thread is still discovering files: loading its modules (a
 * few tenths of a second) then overlaps with discovery. `analyzeInWorkers` called with the same config and limits
 * takes it as its first worker; `release` ends it when it was not needed.
 */
export interface EarlyWorker {
  release(): void;
}
let early: { worker: Worker; config: Config; limits: WorkerLimits; exited: boolean; taken: boolean } | undefined;

export function startEarlyWorker(config: Config, limits: WorkerLimits = {}): EarlyWorker {
  const worker = new Worker(WORKER_URL, workerOptions(config, limits));
  // Until taken it does not keep the process alive (a run that fails in discovery still ends).
  worker.unref();
  const mine = { worker, config, limits, exited: false, taken: false };
  worker.once('exit', () => {
    mine.exited = true;
  });
  // An error before it is taken ends it (its exit is then seen, and a fresh worker is started instead).
  worker.on('error', () => {});
  early = mine;
  return {
    // Ends this worker unless a run took it, even when a later call (a second lint() at the same time) has started
    // its own early worker since: one slot, but no worker left behind.
    release: () => {
      if (early === mine) early = undefined;
      if (!mine.taken) void worker.terminate();
    },
  };
}

/** The early worker, if it was started for this config and these limits and is still alive. */
function takeEarlyWorker(config: Config, limits: WorkerLimits): Worker | undefined {
  const e = early;
  if (!e || e.config !== config || e.limits.maxOldGenerationSizeMb !== limits.maxOldGenerationSizeMb) return undefined;
  early = undefined;
  if (e.exited) return undefined;
  e.taken = true;
  e.worker.ref();
  return e.worker;
}

type Msg = { started: number } | { offset: number; results: FamilyResult[]; clock: PhaseClock };
type Outcome = { results: FamilyResult[] } | { failure: string; timedOut: boolean };

const workerFailure = (error: unknown, code?: number): string =>
  error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : `the worker thread exited with code ${code}`;

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Analyses the families on `jobs` worker threads; results come back in input order. Every batch is timed (a limit
 * linear in its size) and every worker's heap is bounded. A worker that dies (out of memory, a crash) or runs out of
 * time does not end the run: the families it had in hand are analysed again, each alone in a fresh worker; a
 * family that fails alone has its files tried one by one, the files that fail alone are left out with an
 * `unreadable-file/crashed` finding, and the family is analysed without them.
 */
export async function analyzeInWorkers<T = FamilyResult>(
  families: readonly (readonly FileEntry[])[],
  config: Config,
  jobs: number,
  onProgress?: (done: number, total: number) => void,
  clock?: PhaseClock,
  limits: WorkerLimits = {},
  // What is kept of each result as it arrives (by default the result with its equal strings shared).
  keep: (result: FamilyResult) => T = shareStrings as (result: FamilyResult) => T,
): Promise<T[]> {
  const results: (T | undefined)[] = new Array(families.length);
  const total = families.reduce((n, f) => n + f.length, 0);
  let done = 0;
  const options = workerOptions(config, limits);
  const aloneOptions = workerOptions(config, limits, true);
  const time = limits.time ?? DEFAULT_TIME_LIMIT;
  const bytes = families.map((f) => f.reduce((n, e) => n + Math.min(sizeOf(entryAbsPath(e)), config.maxFileBytes), 0));
  const allowance = (b: number): number => time.baseMs + (time.msPerMB * b) / (1024 * 1024);
  const take = (offset: number, rs: FamilyResult[], c?: PhaseClock): void => {
    if (clock && c) {
      clock.readMs += c.readMs;
      clock.parseMs += c.parseMs;
      clock.checksMs += c.checksMs;
    }
    rs.forEach((r, i) => {
      done += r.summaries.length;
      // Kept until the end of the run: the copies the message made of repeated strings are shared again (or the
      // caller's compact form).
      results[offset + i] = keep(r);
    });
    onProgress?.(done, total);
  };
  // Families whose worker died or ran out of time before answering, with why.
  const lost = new Map<number, string>();

  // Batches of consecutive families, handed out in order.
  const batches: { offset: number; count: number; ms: number }[] = [];
  for (let next = 0; next < families.length; ) {
    const offset = next;
    let files = 0;
    let ms = 0;
    while (next < families.length && (files === 0 || files + (families[next] as FileEntry[]).length <= BATCH_FILES)) {
      files += (families[next] as FileEntry[]).length;
      ms += allowance(bytes[next] as number);
      next++;
    }
    batches.push({ offset, count: next - offset, ms });
  }
  let nextBatch = 0;

  await new Promise<void>((resolve) => {
    let running = 0;
    // Replacements for lost workers, bounded so a fault that kills every worker cannot loop.
    let spares = jobs + 4;
    const start = (): void => {
      running++;
      const w = takeEarlyWorker(config, limits) ?? new Worker(WORKER_URL, options);
      // Batches sent to this worker and not yet answered. Two in flight: a worker starts its next batch at once
      // instead of idling while the main thread takes in its last result.
      const inFlight: { offset: number; count: number; ms: number }[] = [];
      let stopped = false;
      let failure: string | undefined;
      let timer: NodeJS.Timeout | undefined;
      const feed = (): void => {
        const batch = batches[nextBatch];
        if (!batch) {
          // Stopped only once everything it was sent has come back.
          if (inFlight.length === 0 && !stopped) {
            stopped = true;
            w.postMessage(null);
          }
          return;
        }
        nextBatch++;
        inFlight.push(batch);
        w.postMessage({ families: families.slice(batch.offset, batch.offset + batch.count), offset: batch.offset });
      };
      w.on('message', (msg: Msg) => {
        if ('started' in msg) {
          const batch = inFlight.find((b) => b.offset === msg.started);
          clearTimeout(timer);
          timer = setTimeout(() => {
            failure = `over the time limit of ${Math.round((batch?.ms ?? 0) / 1000)} s for the files of its batch`;
            void w.terminate();
          }, batch?.ms ?? time.baseMs);
          return;
        }
        clearTimeout(timer);
        const i = inFlight.findIndex((b) => b.offset === msg.offset);
        if (i >= 0) inFlight.splice(i, 1);
        take(msg.offset, msg.results, msg.clock);
        feed();
      });
      w.on('error', (error) => {
        failure ??= workerFailure(error);
      });
      w.on('exit', (code) => {
        clearTimeout(timer);
        running--;
        if (inFlight.length > 0 || (code !== 0 && !stopped)) {
          const why = failure ?? workerFailure(undefined, code);
          for (const b of inFlight) for (let f = b.offset; f < b.offset + b.count; f++) lost.set(f, why);
          inFlight.length = 0;
          if (nextBatch < batches.length && spares > 0) {
            spares--;
            start();
            return;
          }
        }
        if (running === 0) {
          // Every worker gone with work left (no spares): what was never sent is lost too.
          for (; nextBatch < batches.length; nextBatch++) {
            const b = batches[nextBatch] as { offset: number; count: number };
            for (let f = b.offset; f < b.offset + b.count; f++) lost.set(f, failure ?? 'no worker thread left');
          }
          resolve();
        }
      });
      feed();
      feed();
    };
    const n = Math.max(1, Math.min(jobs, batches.length));
    if (batches.length === 0) resolve();
    else for (let i = 0; i < n; i++) start();
  });

  /** One job alone in a fresh worker, stopped after `ms`. */
  const alone = (job: readonly (readonly FileEntry[])[], ms: number, skip?: Map<string, string>): Promise<Outcome> =>
    new Promise((resolve) => {
      const w = new Worker(WORKER_URL, aloneOptions);
      let answer: FamilyResult[] | undefined;
      let failure: string | undefined;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        failure = `over the time limit of ${Math.round(ms / 1000)} s for its size`;
        void w.terminate();
      }, ms);
      w.on('message', (msg: Msg) => {
        if ('started' in msg) return;
        answer = msg.results;
        clearTimeout(timer);
        w.postMessage(null);
      });
      w.on('error', (error) => {
        failure ??= workerFailure(error);
      });
      w.on('exit', (code) => {
        clearTimeout(timer);
        resolve(answer ? { results: answer } : { failure: failure ?? workerFailure(undefined, code), timedOut });
      });
      w.postMessage({ families: job, offset: 0, ...(skip ? { skip: [...skip] } : {}) });
    });

  for (const [index, firstFailure] of [...lost].sort((a, b) => a[0] - b[0])) {
    const family = families[index] as FileEntry[];
    let outcome = await alone([family], allowance(bytes[index] as number));
    if ('failure' in outcome && family.length > 1) {
      // Which files fail alone? Those are left out (with a finding) and the family is analysed without them.
      const skip = new Map<string, string>();
      for (const e of family) {
        const one = await alone([[e]], allowance(Math.min(sizeOf(entryAbsPath(e)), config.maxFileBytes)));
        if ('failure' in one) skip.set(entryAbsPath(e), one.failure);
      }
      if (skip.size > 0) outcome = await alone([family], allowance(bytes[index] as number), skip);
    }
    if ('results' in outcome) take(index, outcome.results);
    else take(index, [crashedFamily(family, 'analysing the file on a worker thread', `${outcome.failure}; retried alone after: ${firstFailure}`)]);
  }
  return results as T[];
}

// Worker thread: parses and checks whole families; sends back summaries and findings, never article models.
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import type { FileEntry } from '../corpus/discover.js';
import { type FamilyResult, analyzeFamily, crashedFamily, newClock } from './analyze-entry.js';
import { activeRules } from './rules.js';

interface Job {
  families: FileEntry[][];
  offset: number;
  /** absPath → why: files analysed as empty, with a finding. */
  skip?: [string, string][];
  /** Send the summaries' local links apart, serialized (`packLinks`): the main thread keeps them on disk. */
  spill?: boolean;
}

const { config } = workerData as { config: Config };
const rules = activeRules(config);

parentPort?.on('message', (job: Job | null) => {
  if (job === null) {
    // Nothing else holds the thread's event loop: with its port closed the worker ends (exit code 0).
    parentPort?.close();
    return;
  }
  // Told first, so that the main thread can time this batch (it cannot see inside a busy worker).
  parentPort?.postMessage({ started: job.offset });
  const clock = newClock();
  const skip = job.skip ? new Map(job.skip) : undefined;
  const results = job.families.map((family) => {
    try {
      return analyzeFamily(family, rules, config.maxFileBytes, clock, skip);
    } catch (error) {
      return crashedFamily(family, 'analysing the family', error);
    }
  });
  if (!job.spill) {
    parentPort?.postMessage({ offset: job.offset, results, clock });
    return;
  }
  const links = packLinks(results);
  // Transferred, not copied: the main thread writes the bytes out without reading them.
  parentPort?.postMessage({ offset: job.offset, results, clock, links }, [links.bytes]);
});

/**
 * Takes the local links out of every summary of the results (in order), each summary's serialized on its own:
 * `lengths[k]` bytes for the k-th summary (0: it has none), one after another in `bytes`.
 */
function packLinks(results: FamilyResult[]): { bytes: ArrayBuffer; lengths: number[] } {
  const parts: Buffer[] = [];
  for (const r of results) {
    r.summaries = r.summaries.map((s) => {
      parts.push(s.localLinks.length > 0 ? serialize(s.localLinks) : EMPTY);
      return { ...s, localLinks: [] };
    });
  }
  // A buffer of its own (serialize's may share a pool), so that it can be transferred.
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes: bytes.buffer, lengths: parts.map((p) => p.length) };
}

const EMPTY = Buffer.alloc(0);

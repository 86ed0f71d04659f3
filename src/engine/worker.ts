// Worker thread: parses and checks whole families; sends back summaries and findings, never article models.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import type { FileEntry } from '../corpus/entry.js';
import { analyzeFamily, crashedFamily, newClock } from './analyze-entry.js';
import { activeRules } from './rules.js';

interface Job {
  families: FileEntry[][];
  offset: number;
  /** absPath → why: files analysed as empty, with a finding. */
  skip?: [string, string][];
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
  parentPort?.postMessage({ offset: job.offset, results, clock });
});

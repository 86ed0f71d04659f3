// Worker thread: reads, parses and runs article checks on a batch of files; sends back compact models only.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import type { FileEntry } from '../corpus/discover.js';
import { analyzeEntry } from './analyze-entry.js';
import { activeRules } from './engine.js';

interface Job {
  entries: FileEntry[];
  offset: number;
}

const { config } = workerData as { config: Config };
const rules = activeRules(config);

parentPort?.on('message', (job: Job | null) => {
  if (job === null) {
    process.exit(0);
  }
  const results = job.entries.map((entry) => analyzeEntry(entry, rules, config.maxFileBytes));
  parentPort?.postMessage({ offset: job.offset, results });
});

// The heap of the analysis workers (issue #21): 1 GB for batches, so that V8 grows a worker's old generation by at most
// 1.6 times what a major GC left alive (at 2 GB: 4 times, and a long run's workers swung up to 310 MB each); 2 GB for
// a family retried alone after its worker died; the caller's limit, when given, for both.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKER_HEAP_MB, RETRY_WORKER_HEAP_MB, workerHeapMb } from '../../src/engine/pool.js';

describe('workerHeapMb', () => {
  it('batches get 1 GB, a family retried alone 2 GB', () => {
    expect(workerHeapMb({}, false)).toBe(1024);
    expect(workerHeapMb({}, true)).toBe(2048);
    expect(DEFAULT_WORKER_HEAP_MB).toBeLessThan(RETRY_WORKER_HEAP_MB);
  });

  it('the caller’s limit (lint({ workerMemoryMb })) bounds both', () => {
    expect(workerHeapMb({ maxOldGenerationSizeMb: 16 }, false)).toBe(16);
    expect(workerHeapMb({ maxOldGenerationSizeMb: 16 }, true)).toBe(16);
    expect(workerHeapMb({ maxOldGenerationSizeMb: 4096, time: { baseMs: 1, msPerMB: 1 } }, false)).toBe(4096);
  });
});

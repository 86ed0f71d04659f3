// Memory sampler for a run (issue #21): every second, the process RSS and this thread's heap and external memory,
// appended to $MEMLOG.<pid> (main thread and workers; a busy thread samples when it gets back to its event loop).
//   MEMLOG=/tmp/m MEMLOG_T0=$(date +%s%3N) node --expose-gc --import ./bench/mem-sampler.mjs bin/loccheck.js …
// A temporary `globalThis.__memtrace?.('label')` in the sources logs a line after a full GC (what is live there),
// and writes a heap snapshot when the label is in $MEMSNAP (comma-separated); see bench/heap-dominators.mjs.
import { appendFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { isMainThread, threadId } from 'node:worker_threads';
const file = process.env.MEMLOG;
if (file) {
  const t0 = Number(process.env.MEMLOG_T0 ?? Date.now());
  const out = `${file}.${process.pid}`;
  const mb = (n) => Math.round(n / 1048576);
  const tick = () => {
    const m = process.memoryUsage();
    appendFileSync(out, `${((Date.now() - t0) / 1000).toFixed(1)} t${threadId} rss=${mb(m.rss)} used=${mb(m.heapUsed)} total=${mb(m.heapTotal)} ext=${mb(m.external)} ab=${mb(m.arrayBuffers)}\n`);
  };
  setInterval(tick, 1000).unref();
  if (isMainThread) process.on('exit', tick);
}
if (file && isMainThread) {
  globalThis.__memtrace = (label) => {
    const t0 = Number(process.env.MEMLOG_T0 ?? Date.now());
    const mb = (n) => Math.round(n / 1048576);
    const before = process.memoryUsage();
    globalThis.gc?.();
    const m = process.memoryUsage();
    appendFileSync(`${file}.${process.pid}`, `${((Date.now() - t0) / 1000).toFixed(1)} MARK ${label} rss=${mb(m.rss)} used=${mb(m.heapUsed)} (before gc ${mb(before.heapUsed)}) total=${mb(m.heapTotal)} ext=${mb(m.external)} ab=${mb(m.arrayBuffers)}\n`);
    if ((process.env.MEMSNAP ?? '').split(',').includes(label)) writeHeapSnapshot(`${file}.${label}.heapsnapshot`);
  };
}

// Benchmark: loccheck over a real localized corpus against a read-all-files + one-regex "floor".
// Usage: npm run bench -- [corpus-dir] [--sample N] [--scale N] [--cold N] [--remark]
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string' }, remark: { type: 'boolean', default: false }, scale: { type: 'string' }, cold: { type: 'string', default: '3' } },
});

if (!existsSync(path.join(DIST, 'run.js'))) {
  console.error('dist/ not found: run `npm run build` first.');
  process.exit(2);
}
const corpusArg = positionals[0] ? path.resolve(positionals[0]) : path.join(ROOT, '.cache/corpus');
if (!existsSync(corpusArg)) {
  console.error(`corpus not found at ${corpusArg}; extract it (from the repository root) with:`);
  console.error('  mkdir -p .cache/corpus && tar -xzf ../shared/corpus/sfb-2020-10-teams-lync.tar.gz -C .cache/corpus');
  process.exit(2);
}

// Imported only after the check above, so a missing dist/ gets a message rather than a stack trace.
const { lint } = await import(path.join(DIST, 'run.js'));
const { discover } = await import(path.join(DIST, 'corpus/discover.js'));
const { defaultConfig } = await import(path.join(DIST, 'config/schema.js'));
const { checks } = await import(path.join(DIST, 'checks/registry.js'));
const { defaultJobs } = await import(path.join(DIST, 'engine/pool.js'));
const { format: formatReport } = await import(path.join(DIST, 'report/index.js'));

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

/** Every .md file below `dir`, sorted (code-unit order) so "the first N" is stable. */
function listMd(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

// --sample N: copy the first N .md files of each locale folder into .cache/bench-sample, and bench that.
let corpus = corpusArg;
const sample = opts.sample === undefined ? undefined : Number(opts.sample);
if (sample !== undefined) {
  if (!Number.isInteger(sample) || sample < 1) throw new Error(`--sample wants a positive integer, got ${opts.sample}`);
  corpus = path.join(ROOT, '.cache/bench-sample');
  rmSync(corpus, { recursive: true, force: true });
  for (const locale of readdirSync(corpusArg).sort()) {
    const dir = path.join(corpusArg, locale);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of listMd(dir).slice(0, sample)) {
      const to = path.join(corpus, path.relative(corpusArg, f));
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(f, to);
    }
  }
}

// --scale N: the corpus replicated N times under new folder names (copy-2/…) inside each locale, for growth figures.
const scale = opts.scale === undefined ? 1 : Number(opts.scale);
if (scale > 1) {
  const to = path.join(ROOT, `.cache/bench-scale-${scale}`);
  if (!existsSync(to)) {
    for (const locale of readdirSync(corpus).sort()) {
      const dir = path.join(corpus, locale);
      if (!statSync(dir).isDirectory()) continue;
      cpSync(dir, path.join(to, locale), { recursive: true });
      for (let k = 2; k <= scale; k++) cpSync(dir, path.join(to, locale, `copy-${k}`), { recursive: true });
    }
  }
  corpus = to;
}

// Corpus size, measured outside every timed section.
const allMd = listMd(corpus);
const bytes = allMd.reduce((n, f) => n + statSync(f).size, 0);
const MB = bytes / 1e6;

// 1. Floor: list, read each file as UTF-8, one global regex pass counting bilingual pairs.
const PAIR = /<span data-ttu-id="[^"]*">[\s\S]*?<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;
function floor() {
  const t0 = performance.now();
  const files = listMd(corpus);
  let pairs = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    PAIR.lastIndex = 0;
    while (PAIR.exec(text) !== null) pairs++;
  }
  return { ms: performance.now() - t0, files: files.length, pairs };
}
// The machine is shared and runs vary by ±20%: warm figures are medians of several runs, their range printed.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `median of ${xs.length}: ${xs.map((x) => x.toFixed(0)).join(', ')} ms`;
const coldCount = Number(opts.cold);
if (!Number.isInteger(coldCount) || coldCount < 1) throw new Error(`--cold wants a positive integer, got ${opts.cold}`);
log(`floor: ${allMd.length} files, ${MB.toFixed(1)} MB (cold run, then 3 warm runs, then 2 before each of the ${coldCount} cold loccheck runs)`);
const floorCold = floor();
const floorRuns = [1, 2, 3].map(() => floor());

// 2. loccheck: discovery alone, then the whole lint() with default jobs, sampling RSS every 50 ms.
const inputs = [corpus];
let t = performance.now();
const found = discover(inputs, { cwd: ROOT, include: defaultConfig.include, ignore: defaultConfig.ignore });
const discoverMs = performance.now() - t;

log(`loccheck: lint() over ${found.entries.length} files, ${defaultJobs(found.entries.length)} jobs, ${coldCount} cold runs`);
// Cold runs alternate with floor runs, so the ratio compares the two over the same stretch of a shared machine's
// load; the figures are the median run's.
const rssBefore = process.memoryUsage().rss;
const rssPeaks = [];
let rssPeak = rssBefore;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
}, 50);
const cacheDir = path.join(ROOT, '.cache/bench-loccheck-cache');
const coldRuns = [];
for (let i = 0; i < coldCount; i++) {
  floorRuns.push(floor(), floor());
  let lastProgress = 0;
  rmSync(cacheDir, { recursive: true, force: true });
  rssPeak = process.memoryUsage().rss;
  const start = performance.now();
  const run = await lint({ inputs, cwd: ROOT, cacheDir, onProgress: () => (lastProgress = performance.now()) });
  const end = performance.now();
  // After the last article is parsed: family checks, fingerprints and the report (main thread). Only the first
  // run's report is kept (the runs find the same): holding every run's would inflate the RSS figure.
  coldRuns.push({ ms: end - start, timings: run.timings, report: i === 0 ? run.report : undefined, tailMs: lastProgress ? end - lastProgress : 0 });
  rssPeaks.push(Math.max(rssPeak, process.memoryUsage().rss));
}
clearInterval(sampler);
// The first cold run's peak is a user's run (one process, one run); later runs start from what the earlier
// ones left mapped (freed heap the allocator keeps), so they are printed beside it, not used for the target.
rssPeak = rssPeaks[0];
const floorWarm = { ms: median(floorRuns.map((r) => r.ms)), pairs: floorRuns[0].pairs };
const coldMedian = [...coldRuns].sort((a, b) => a.ms - b.ms)[Math.floor(coldRuns.length / 2)];
const { report } = coldRuns[0];
const { timings } = coldMedian;
const lintMs = coldMedian.ms;
const tailMs = coldMedian.tailMs;
const coldTimes = coldRuns.map((r) => r.ms);
t = performance.now();
const jsonBytes = Buffer.byteLength(formatReport(report, 'json', { color: false }));
const jsonMs = performance.now() - t;

// 2b. Warm cache, nothing changed (3 runs); then one file changed (3 files in turn, each restored afterwards).
let warm;
const warmRuns = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  warm = await lint({ inputs, cwd: ROOT, cacheDir });
  warmRuns.push(performance.now() - t);
}
const warmMs = median(warmRuns);
let oneChanged;
const oneChangedRuns = [];
for (const at of [0.25, 0.5, 0.75]) {
  const victim = allMd[Math.floor(allMd.length * at)];
  const original = readFileSync(victim);
  writeFileSync(victim, Buffer.concat([original, Buffer.from('\n<!-- bench: one changed file -->\n')]));
  try {
    t = performance.now();
    oneChanged = await lint({ inputs, cwd: ROOT, cacheDir });
    oneChangedRuns.push(performance.now() - t);
  } finally {
    writeFileSync(victim, original);
  }
  await lint({ inputs, cwd: ROOT, cacheDir }); // untimed: the cache holds the restored file again
}
oneChanged.ms = median(oneChangedRuns);

// 3. Optional: remark-parse alone (the engine's own frozen processor), single thread, first 500 files.
let remark;
if (opts.remark) {
  const { markdownProcessor } = await import(path.join(DIST, 'parse/markdown-tree.js'));
  const files = allMd.slice(0, 500);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const sampleBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  log(`remark: parsing ${files.length} files`);
  const t1 = performance.now();
  for (const text of texts) markdownProcessor.parse(text);
  const ms = performance.now() - t1;
  // Extrapolated by bytes (the first files are not of average size).
  remark = { files: files.length, ms, estAllMs: (ms * bytes) / sampleBytes };
}

// Output: an aligned table on stdout, the same numbers as JSON in .cache/bench-last.json.
const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const rate = (ms) => `${Math.round(allMd.length / (ms / 1000)).toLocaleString('en-US')} files/s, ${(MB / (ms / 1000)).toFixed(1)} MB/s`;
const segs = report.summary.segments;
const rows = [
  ['corpus', `${path.relative(process.cwd(), corpus) || '.'}${sample ? ` (first ${sample} .md per locale)` : ''}`],
  ['files / size', `${allMd.length.toLocaleString('en-US')} .md, ${MB.toFixed(1)} MB; node ${process.version}, ${availableParallelism()} cores`],
  ['floor (warm)', `${fmtMs(floorWarm.ms)}  ${rate(floorWarm.ms)}  (cold ${fmtMs(floorCold.ms)}; ${spread(floorRuns.map((r) => r.ms))})`],
  ['floor pairs', floorWarm.pairs.toLocaleString('en-US')],
  ['loccheck total', `${fmtMs(lintMs)}  ${rate(lintMs)}  (${report.summary.files} files, ${defaultJobs(found.entries.length)} jobs; cold, ${spread(coldTimes)})`],
  ['  discover', `${fmtMs(timings.discoverMs)}  (list files, locales, families)`],
  ['  analyze', `${fmtMs(timings.analyzeMs)} wall  (workers: read, parse, article and family checks; cache written)`],
  ['    read', `${fmtMs(timings.phases.readMs)} thread time`],
  ['    parse', `${fmtMs(timings.phases.parseMs)} thread time`],
  ['    checks', `${fmtMs(timings.phases.checksMs)} thread time  (article and family checks, summaries)`],
  ['  project checks', `${fmtMs(timings.projectMs)}  (links across files, main thread)`],
  ['  report', `${fmtMs(timings.finishMs)}  (suppressions, fingerprints, summary) + JSON ${fmtMs(jsonMs)} (${mib(jsonBytes)})`],
  ['warm cache', `${fmtMs(warmMs)}  ratio to floor ${(warmMs / floorWarm.ms).toFixed(1)}x  (hits ${warm.timings.cacheHits}, misses ${warm.timings.cacheMisses}; ${spread(warmRuns)})`],
  ['one file changed', `${fmtMs(oneChanged.ms)}  (hits ${oneChanged.timings.cacheHits}, misses ${oneChanged.timings.cacheMisses}; ${spread(oneChangedRuns)})`],
  ['same findings', `${JSON.stringify(warm.report.findings.map((f) => f.fingerprint)) === JSON.stringify(report.findings.map((f) => f.fingerprint)) ? 'yes' : 'NO'} (cold vs warm cache)`],
  ['peak RSS', `${mib(rssPeak)}  (sampled during the first cold run, before it ${mib(rssBefore)}; all cold runs ${rssPeaks.map(mib).join(', ')}; this process's maxRSS over all its runs ${mib(process.resourceUsage().maxRSS * 1024)}; scale ${scale}x)`],
  ['segments', `${segs.toLocaleString('en-US')}  (floor pairs ${floorWarm.pairs.toLocaleString('en-US')}, diff ${segs - floorWarm.pairs >= 0 ? '+' : ''}${segs - floorWarm.pairs})`],
  ['ratio', `loccheck / floor = ${(lintMs / floorWarm.ms).toFixed(1)}x (cold cache)`],
];
if (remark) {
  rows.push(['remark (500)', `${fmtMs(remark.ms)} for ${remark.files} files, 1 thread; est. all ${fmtMs(remark.estAllMs)}`]);
  rows.push(['  ratios', `remark-est / floor = ${(remark.estAllMs / floorWarm.ms).toFixed(1)}x, loccheck / remark-est = ${(lintMs / remark.estAllMs).toFixed(2)}x`]);
}
// The targets of issue #6, side by side with what this run measured.
const verdict = (ok) => (ok ? 'met' : 'MISSED');
rows.push(['targets', '']);
rows.push(['  cold <= 35x floor', `${(lintMs / floorWarm.ms).toFixed(1)}x  ${verdict(lintMs <= 35 * floorWarm.ms)}`]);
if (remark) rows.push(['  cold >= 5x faster than remark', `${(remark.estAllMs / lintMs).toFixed(1)}x  ${verdict(remark.estAllMs >= 5 * lintMs)}`]);
rows.push(['  warm <= 3x floor', `${(warmMs / floorWarm.ms).toFixed(1)}x  ${verdict(warmMs <= 3 * floorWarm.ms)}`]);
rows.push(['  one changed < 2 s', `${fmtMs(oneChanged.ms)}  ${verdict(oneChanged.ms < 2000)}`]);
rows.push(['  peak RSS < 1 GB', `${mib(rssPeak)}  ${verdict(rssPeak < 1e9)}`]);
rows.push(['findings', `${report.findings.length.toLocaleString('en-US')} (error ${report.summary.findings.error}, warning ${report.summary.findings.warning}, info ${report.summary.findings.info})`]);
for (const c of checks) rows.push([`  ${c.meta.id}`, (report.summary.byRule[c.meta.id] ?? 0).toLocaleString('en-US')]);
const width = Math.max(...rows.map((r) => r[0].length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));

const json = {
  date: new Date().toISOString(),
  node: process.version,
  cores: availableParallelism(),
  corpus,
  sample: sample ?? null,
  files: allMd.length,
  bytes,
  floor: { coldMs: floorCold.ms, warmMs: floorWarm.ms, warmRunsMs: floorRuns.map((r) => r.ms), pairs: floorWarm.pairs },
  loccheck: {
    files: report.summary.files,
    jobs: defaultJobs(found.entries.length),
    totalMs: lintMs,
    coldRunsMs: coldTimes,
    jsonReportMs: jsonMs,
    jsonReportBytes: jsonBytes,
    discoveryMs: discoverMs,
    restMs: lintMs - discoverMs,
    timings,
    warmMs,
    warmRunsMs: warmRuns,
    oneChangedMs: oneChanged.ms,
    oneChangedRunsMs: oneChangedRuns,
    scale,
    afterLastParseMs: tailMs,
    rssBeforeBytes: rssBefore,
    rssPeakBytes: rssPeak,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    segments: segs,
    segmentsMinusPairs: segs - floorWarm.pairs,
    findings: report.summary.findings,
    byRule: report.summary.byRule,
  },
  ratio: lintMs / floorWarm.ms,
  remark: remark ?? null,
};
mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
writeFileSync(path.join(ROOT, '.cache/bench-last.json'), `${JSON.stringify(json, null, 2)}\n`);

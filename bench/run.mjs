// Benchmark: the loccheck CLI as a user runs it (a child process, JSON report written), on both development corpora
// together, against a floor (a child process that reads every .md file of the same trees and makes one regex pass).
// Usage: npm run bench -- [root…] [--sample N] [--scale N[,N…]] [--cold N] [--no-breakdown] [--remark]
//
// The roots (default .cache/corpus and .cache/corpus-dyn365) are copied once into .cache/bench/tree-…/<name>/, a git
// repository with one commit; the corpora themselves are never modified. Every case runs
//   node bin/loccheck.js <name>… [--cache --cache-location <dir>] --format json -o <file> --fail-on never
// in that tree, timed from spawn to exit (startup, discovery, cache, checks, report written), with the child's peak
// RSS from /usr/bin/time -f %M (else bench/rss-wrap.mjs).
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const BIN = path.join(ROOT, 'bin/loccheck.js');
const FLOOR = path.join(ROOT, 'bench/floor.mjs');
const OUT = path.join(ROOT, '.cache/bench');
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sample: { type: 'string' },
    scale: { type: 'string', default: '1' },
    cold: { type: 'string', default: '3' },
    'no-breakdown': { type: 'boolean', default: false },
    remark: { type: 'boolean', default: false },
  },
});

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const fail = (msg) => {
  console.error(msg);
  process.exit(2);
};
if (!existsSync(path.join(DIST, 'cli/main.js'))) fail('dist/ not found: run `npm run build` first.');

// The roots, each with a short name (its folder in the bench tree).
const defaultRoots = [
  ['sfb', path.join(ROOT, '.cache/corpus'), 'mkdir -p .cache/corpus && tar -xzf ../shared/corpus/sfb-2020-10-teams-lync.tar.gz -C .cache/corpus'],
  ['dyn365', path.join(ROOT, '.cache/corpus-dyn365'), 'mkdir -p .cache/corpus-dyn365 && tar -xzf ../shared/corpus/dyn365-2021-08-27.tar.gz -C .cache/corpus-dyn365'],
];
const roots = positionals.length
  ? positionals.map((p, i) => [`${path.basename(path.resolve(p)).replace(/[^\w.-]/g, '_')}-${i}`, path.resolve(p), ''])
  : defaultRoots;
for (const [, dir, how] of roots) if (!existsSync(dir)) fail(`corpus not found at ${dir}${how ? `; extract it with:\n  ${how}` : ''}`);

const scales = String(opts.scale)
  .split(',')
  .map((s) => Number(s));
if (scales.some((s) => !Number.isInteger(s) || s < 1)) fail(`--scale wants positive integers (e.g. 4 or 1,2,4), got ${opts.scale}`);
const coldCount = Number(opts.cold);
if (!Number.isInteger(coldCount) || coldCount < 1) fail(`--cold wants a positive integer, got ${opts.cold}`);
const sample = opts.sample === undefined ? undefined : Number(opts.sample);
if (sample !== undefined && (!Number.isInteger(sample) || sample < 1)) fail(`--sample wants a positive integer, got ${opts.sample}`);

/** Every .md file below `dir`, sorted (code-unit order) so "the first N" is stable. */
function listMd(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function git(cwd, args) {
  const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * The bench tree for one scale: each root copied under its name (its locale folders; with --sample the first N .md
 * files of each), each locale folder replicated N times as copy-k/ for --scale, committed once as a git repository.
 * Kept between runs and reused while it is clean at its first commit.
 */
function benchTree(scale) {
  const dir = path.join(OUT, `tree-x${scale}${sample ? `-sample${sample}` : ''}${positionals.length ? '-custom' : ''}`);
  const marker = path.join(dir, '.git/bench-base');
  if (existsSync(marker)) {
    const base = readFileSync(marker, 'utf8').trim();
    try {
      if (git(dir, ['rev-parse', 'HEAD']) !== base) git(dir, ['reset', '-q', '--hard', base]);
      if (git(dir, ['status', '--porcelain']) === '') return dir;
    } catch {
      // rebuilt below
    }
  }
  log(`building the bench tree ${path.relative(ROOT, dir)} (a copy: the corpora are never modified)`);
  rmSync(dir, { recursive: true, force: true });
  for (const [name, src] of roots) {
    for (const locale of readdirSync(src).sort()) {
      const from = path.join(src, locale);
      if (locale.startsWith('.') || !statSync(from).isDirectory()) continue;
      const to = path.join(dir, name, locale);
      const copy = (dest) => {
        if (!sample) return cpSync(from, dest, { recursive: true });
        for (const f of listMd(from).slice(0, sample)) {
          const target = path.join(dest, path.relative(from, f));
          mkdirSync(path.dirname(target), { recursive: true });
          cpSync(f, target);
        }
      };
      copy(to);
      for (let k = 2; k <= scale; k++) copy(path.join(to, `copy-${k}`));
    }
  }
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'bench: the corpora']);
  writeFileSync(marker, `${git(dir, ['rev-parse', 'HEAD'])}\n`);
  return dir;
}

const HAS_TIME = existsSync('/usr/bin/time');
const rssFile = path.join(OUT, 'rss.txt');

/** Runs `node <script> args` in `cwd`: wall time (spawn to exit), peak RSS of the child, exit code, output. */
function timed(script, args, cwd) {
  rmSync(rssFile, { force: true });
  const argv = HAS_TIME
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, process.execPath, script, ...args]]
    : [process.execPath, [path.join(ROOT, 'bench/rss-wrap.mjs'), rssFile, script, ...args]];
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  const rssKiB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
  return { ms, rss: rssKiB * 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(r, what) {
  if (r.status !== 0) throw new Error(`${what} exited with ${r.status}:\n${r.stderr}`);
  return r;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const list = (xs) => xs.map((x) => (x / 1000).toFixed(2)).join(', ');

/** One scale: every case (full) or the floor and one cold run (growth of time and memory). */
function benchScale(scale, full) {
  const tree = benchTree(scale);
  const names = roots.map(([name]) => name);
  const outDir = path.join(OUT, `out-x${scale}`);
  const cacheDir = path.join(outDir, 'cache');
  mkdirSync(outDir, { recursive: true });
  const report = (label) => path.join(outDir, `${label}.json`);
  const cli = (label, extra = [], cache = true) =>
    ok(timed(BIN, [...names, ...(cache ? ['--cache', '--cache-location', cacheDir] : []), ...extra, '--format', 'json', '-o', report(label), '--fail-on', 'never'], tree), `loccheck (${label})`);
  const floorRun = () => {
    const r = ok(timed(FLOOR, names, tree), 'floor');
    return { ...r, ...JSON.parse(r.stdout) };
  };
  const files = names.flatMap((n) => listMd(path.join(tree, n)));
  const res = { scale, tree, files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
  log(`x${scale}: ${res.files} .md files, ${(res.bytes / 1e6).toFixed(1)} MB in ${path.relative(ROOT, tree)}`);

  // Floor: three runs first (the page cache warmed), then one before and one after each cold run.
  const floors = [floorRun(), floorRun(), floorRun()];
  res.floorPairs = floors[0].pairs;
  const colds = [];
  const aroundFloors = [];
  const runs = full ? coldCount : 1;
  for (let i = 0; i < runs; i++) {
    const before = floorRun();
    rmSync(cacheDir, { recursive: true, force: true });
    log(`x${scale}: cold run ${i + 1} of ${runs}`);
    const c = cli(i === 0 ? 'cold' : `cold-${i + 1}`);
    const after = floorRun();
    colds.push(c);
    aroundFloors.push(before.ms, after.ms);
    floors.push(before, after);
  }
  res.floorMs = median(floors.map((f) => f.ms));
  res.floorRunsMs = floors.map((f) => f.ms);
  res.floorAroundColdMs = median(aroundFloors);
  res.floorRssBytes = Math.max(...floors.map((f) => f.rss));
  res.coldRunsMs = colds.map((c) => c.ms);
  res.coldMs = median(res.coldRunsMs);
  res.coldRatio = res.coldMs / res.floorAroundColdMs;
  res.coldRssBytes = colds.map((c) => c.rss);
  res.rssBytes = Math.max(...res.coldRssBytes);
  const coldReport = JSON.parse(readFileSync(report('cold'), 'utf8'));
  res.findings = coldReport.summary.findings;
  res.byRule = coldReport.summary.byRule;
  res.reportFiles = coldReport.summary.files;
  res.reportBytes = statSync(report('cold')).size;
  res.segments = coldReport.summary.segments;
  const coldPrints = JSON.stringify(coldReport.findings.map((f) => f.fingerprint));
  if (!full) return res;

  // Warm: the cache the last cold run wrote, nothing changed.
  log(`x${scale}: warm (3 runs)`);
  const warms = [cli('warm'), cli('warm'), cli('warm')];
  res.warmRunsMs = warms.map((w) => w.ms);
  res.warmMs = median(res.warmRunsMs);
  res.warmRssBytes = Math.max(...warms.map((w) => w.rss));
  res.sameFindingsWarm = JSON.stringify(JSON.parse(readFileSync(report('warm'), 'utf8')).findings.map((f) => f.fingerprint)) === coldPrints;

  // One changed file: three articles in turn, each restored (and the cache primed again, untimed) afterwards.
  log(`x${scale}: one changed file (3 runs)`);
  const changed = [];
  for (const at of [0.25, 0.5, 0.75]) {
    const victim = files[Math.floor(files.length * at)];
    const original = readFileSync(victim);
    writeFileSync(victim, Buffer.concat([original, Buffer.from('\n<!-- bench: one changed file -->\n')]));
    try {
      changed.push(cli('one-changed'));
    } finally {
      writeFileSync(victim, original);
    }
    cli('reprime');
  }
  res.oneChangedRunsMs = changed.map((c) => c.ms);
  res.oneChangedMs = median(res.oneChangedRunsMs);
  res.oneChangedRssBytes = Math.max(...changed.map((c) => c.rss));

  // Pull request: one commit changing one article; a fresh CI runner (no cache), --changed-since HEAD~1. Then the
  // action's default invocation: that run writing JSON, SARIF, HTML (the artifact), a markdown step summary and
  // annotations, in one process.
  log(`x${scale}: pull request (3 runs, then 3 of the action's run)`);
  const prVictim = files[Math.floor(files.length * 0.4)];
  writeFileSync(prVictim, Buffer.concat([readFileSync(prVictim), Buffer.from('\nbench: a pull request changed this article.\n')]));
  git(tree, ['commit', '-q', '-am', 'bench: one article changed']);
  try {
    const prs = [1, 2, 3].map(() => cli('pr', ['--changed-since', 'HEAD~1'], false));
    res.prRunsMs = prs.map((p) => p.ms);
    res.prMs = median(res.prRunsMs);
    res.prRssBytes = Math.max(...prs.map((p) => p.rss));
    res.prFiles = JSON.parse(readFileSync(report('pr'), 'utf8')).summary.files;
    // action.yml's run step: one process writes every report (annotations on stdout), exit 1 on findings at or
    // above fail-on (error); the step summary is then appended from the Markdown file.
    const actionRuns = [];
    const actionOut = (ext) => path.join(outDir, `pr-action.${ext}`);
    for (let i = 0; i < 3; i++) {
      const formats = ['-f', `json:${actionOut('json')}`, '-f', `sarif:${actionOut('sarif')}`, '-f', `html:${actionOut('html')}`, '-f', `markdown:${actionOut('md')}`, '-f', 'github'];
      const t0 = performance.now();
      const r = timed(BIN, [...names, '--changed-since', 'HEAD~1', '--fail-on', 'error', ...formats], tree);
      if (r.status !== 0 && r.status !== 1) throw new Error(`the action's run exited with ${r.status}:\n${r.stderr}`);
      appendFileSync(path.join(outDir, 'step-summary.md'), readFileSync(actionOut('md')));
      actionRuns.push(performance.now() - t0);
    }
    res.actionRunsMs = actionRuns;
    res.actionMs = median(actionRuns);
  } finally {
    git(tree, ['reset', '-q', '--hard', 'HEAD~1']);
  }
  return res;
}

mkdirSync(OUT, { recursive: true });
const results = scales.map((s, i) => benchScale(s, i === 0));
const main = results[0];

// In-process breakdown (lint() in this process, as the bench measured before): where a cold and a warm run go.
let breakdown = null;
if (!opts['no-breakdown']) {
  log('breakdown: lint() in this process, cold then warm');
  const { lint } = await import(path.join(DIST, 'run.js'));
  const { format: formatReport } = await import(path.join(DIST, 'report/index.js'));
  const inputs = roots.map(([name]) => path.join(main.tree, name));
  const cacheDir = path.join(OUT, 'breakdown-cache');
  rmSync(cacheDir, { recursive: true, force: true });
  let t = performance.now();
  const cold = await lint({ inputs, cwd: main.tree, cacheDir });
  const coldMs = performance.now() - t;
  t = performance.now();
  const jsonBytes = Buffer.byteLength(formatReport(cold.report, 'json', { color: false }));
  const jsonMs = performance.now() - t;
  t = performance.now();
  const warm = await lint({ inputs, cwd: main.tree, cacheDir });
  const warmMs = performance.now() - t;
  breakdown = { coldMs, cold: cold.timings, jsonMs, jsonBytes, warmMs, warm: warm.timings };
}

let remark = null;
if (opts.remark) {
  // The reference processor lives with the tests (TypeScript, not built): loaded through tsx, a dev dependency.
  const { tsImport } = await import('tsx/esm/api');
  const { markdownProcessor } = await tsImport('../test/support/markdown-tree.ts', import.meta.url);
  const files = roots.flatMap(([name]) => listMd(path.join(main.tree, name)));
  const sampleFiles = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 500)) === 0).slice(0, 500);
  const texts = sampleFiles.map((f) => readFileSync(f, 'utf8'));
  const sampleBytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0);
  log(`remark: parsing ${sampleFiles.length} files`);
  const t1 = performance.now();
  for (const text of texts) markdownProcessor.parse(text);
  const ms = performance.now() - t1;
  remark = { files: sampleFiles.length, ms, estAllMs: (ms * main.bytes) / sampleBytes };
}

// The table: each case, its target, met or MISSED.
const verdict = (ok) => (ok ? 'met' : 'MISSED');
const rows = [['case', 'measured', 'target', '', 'detail']];
const f = main.floorMs;
rows.push(['floor (read + regex)', fmtMs(f), '', '', `median of ${main.floorRunsMs.length} child runs (s): ${list(main.floorRunsMs)}; ${main.floorPairs.toLocaleString('en-US')} pairs`]);
rows.push(['cold (no cache)', fmtMs(main.coldMs), '<= 20x floor', verdict(main.coldRatio <= 20), `${main.coldRatio.toFixed(1)}x the floor measured around the runs (${fmtMs(main.floorAroundColdMs)}); median of ${main.coldRunsMs.length} (s): ${list(main.coldRunsMs)}`]);
rows.push(['warm (cache, nothing changed)', fmtMs(main.warmMs), '<= 2x floor', verdict(main.warmMs <= 2 * f), `${(main.warmMs / f).toFixed(1)}x the floor; median of 3 (s): ${list(main.warmRunsMs)}; same findings as cold: ${main.sameFindingsWarm ? 'yes' : 'NO'}`]);
rows.push(['one changed file (cache)', fmtMs(main.oneChangedMs), '<= warm + 0.5 s', verdict(main.oneChangedMs <= main.warmMs + 500), `median of 3 (s): ${list(main.oneChangedRunsMs)}`]);
rows.push(['pull request (--changed-since HEAD~1)', fmtMs(main.prMs), '<= 1.5 s', verdict(main.prMs <= 1500), `no cache; ${main.prFiles} files checked; median of 3 (s): ${list(main.prRunsMs)}`]);
rows.push(['  the action (one run, 5 reports)', fmtMs(main.actionMs), '<= 1.5 s', verdict(main.actionMs <= 1500), `median of 3 (s): ${list(main.actionRunsMs)}`]);
rows.push([`peak RSS x${main.scale} (cold)`, mib(main.rssBytes), main.scale === 1 ? '< 1 GB' : '', main.scale === 1 ? verdict(main.rssBytes < 1e9) : '', `cold runs: ${main.coldRssBytes.map(mib).join(', ')}; warm ${mib(main.warmRssBytes)}, one changed ${mib(main.oneChangedRssBytes)}, PR ${mib(main.prRssBytes)}, floor ${mib(main.floorRssBytes)}`]);
const one = results.find((r) => r.scale === 1);
for (const r of results.slice(1)) {
  const target = r.scale === 4 && one ? `<= 1.15x x1 (${mib(one.rssBytes * 1.15)})` : '';
  rows.push([`peak RSS x${r.scale} (cold)`, mib(r.rssBytes), target, target ? verdict(r.rssBytes <= one.rssBytes * 1.15) : '', `${(one ? r.rssBytes / one.rssBytes : NaN).toFixed(2)}x the x1 peak; cold ${fmtMs(r.coldMs)} = ${r.coldRatio.toFixed(1)}x its floor ${fmtMs(r.floorAroundColdMs)}; ${r.files} files`]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ');
console.log(`loccheck CLI, ${roots.map(([n]) => n).join(' + ')}${sample ? ` (first ${sample} .md per locale)` : ''}: ${main.files.toLocaleString('en-US')} .md files, ${(main.bytes / 1e6).toFixed(1)} MB, node ${process.version}, ${availableParallelism()} cores; JSON report ${(main.reportBytes / 1e6).toFixed(1)} MB, ${main.reportFiles.toLocaleString('en-US')} files, ${(main.findings.error + main.findings.warning + main.findings.info).toLocaleString('en-US')} findings`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));

if (breakdown) {
  const b = breakdown;
  const p = b.cold.phases;
  console.log('\nbreakdown (lint() in this process; no startup, no report written):');
  const brows = [
    ['cold lint()', `${fmtMs(b.coldMs)}`],
    ['  discover', `${fmtMs(b.cold.discoverMs)}  (list files, locales, families)`],
    ['  analyze', `${fmtMs(b.cold.analyzeMs)} wall  (workers: read, parse, article and family checks; cache written)`],
    ['    read', `${fmtMs(p.readMs)} thread time`],
    ['    parse', `${fmtMs(p.parseMs)} thread time`],
    ['    checks', `${fmtMs(p.checksMs)} thread time  (article and family checks, summaries)`],
    ['  project checks', `${fmtMs(b.cold.projectMs)}  (links across files, main thread)`],
    ['  finish', `${fmtMs(b.cold.finishMs)}  (suppressions, fingerprints, summary)`],
    ['  JSON text', `${fmtMs(b.jsonMs)}  (${mib(b.jsonBytes)}, one string, not written)`],
    ['warm lint()', `${fmtMs(b.warmMs)}  (hits ${b.warm.cacheHits}, misses ${b.warm.cacheMisses}; discover ${fmtMs(b.warm.discoverMs)}, analyze ${fmtMs(b.warm.analyzeMs)}, project ${fmtMs(b.warm.projectMs)}, finish ${fmtMs(b.warm.finishMs)})`],
  ];
  const w = Math.max(...brows.map((r) => r[0].length));
  for (const [k, v] of brows) console.log(`${k.padEnd(w)}  ${v}`);
}
if (remark) console.log(`\nremark-parse alone, 1 thread: ${fmtMs(remark.ms)} for ${remark.files} files; est. all ${fmtMs(remark.estAllMs)}; cold CLI is ${(remark.estAllMs / main.coldMs).toFixed(1)}x faster`);
console.log(`\nfindings: error ${main.findings.error}, warning ${main.findings.warning}, info ${main.findings.info}; ${Object.entries(main.byRule)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ')}`);

const json = { date: new Date().toISOString(), node: process.version, cores: availableParallelism(), rssFrom: HAS_TIME ? '/usr/bin/time -f %M' : 'process.resourceUsage (bench/rss-wrap.mjs)', roots: roots.map(([name, dir]) => ({ name, dir })), sample: sample ?? null, scales: results, breakdown, remark };
writeFileSync(path.join(OUT, 'last.json'), `${JSON.stringify(json, null, 2)}\n`);
log(`results written to ${path.relative(ROOT, path.join(OUT, 'last.json'))}`);

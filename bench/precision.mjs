// Precision on both development corpora: runs the CLI on each, matches its findings with the hand-judged samples in
// bench/judged/<corpus>.json, and prints per stratum (check/messageId at warning or error) how many judged findings
// are still reported and how many of those are true.
// Usage: npm run build && node bench/precision.mjs [--corpus sfb|dyn365|paired] [--reuse] [--sample N] [--seed S]
//   --reuse      read the last report from .cache/precision/<corpus>.json instead of running the CLI again
//   --sample N   also write .cache/precision/<corpus>-to-judge.json: up to N unjudged findings per stratum, drawn at random
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPORA = {
  sfb: { dir: '.cache/corpus', archive: 'sfb-2020-10-teams-lync.tar.gz' },
  dyn365: { dir: '.cache/corpus-dyn365', archive: 'dyn365-2021-08-27.tar.gz' },
  // Paired mode (issue #22): six translation-only trees checked against the English tree beside them.
  paired: {
    dir: '.cache/paired',
    archive: 'paired-teams-2021-07-08.tar.gz',
    args: ['de-DE', 'es-ES', 'fr-FR', 'ja-JP', 'pt-BR', 'zh-CN', '--source', 'en-US'],
  },
};
const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    sample: { type: 'string' },
    seed: { type: 'string', default: '16' },
  },
});
const OUT = path.join(ROOT, '.cache/precision');
mkdirSync(OUT, { recursive: true });

/** The identity of a finding that survives re-runs: what, where and the token. */
export const identity = (f) => [f.ruleId, f.path, f.line, f.actual ?? '', f.expected ?? ''].join('\u0000');
const stratumOf = (f) => `${f.ruleId}/${f.messageId}`;

/** A small seeded generator (mulberry32), so a sample can be drawn again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ensureCorpus(name) {
  const { dir, archive } = CORPORA[name];
  const abs = path.join(ROOT, dir);
  if (existsSync(abs)) return abs;
  const tar = path.join(ROOT, '../shared/corpus', archive);
  if (!existsSync(tar)) throw new Error(`no corpus at ${dir} and no archive ${tar}`);
  mkdirSync(abs, { recursive: true });
  execFileSync('tar', ['-xzf', tar, '-C', abs]);
  return abs;
}

/** Runs the CLI as a user does and returns the findings with paths relative to the corpus root. */
function runCorpus(name) {
  const abs = ensureCorpus(name);
  const report = path.join(OUT, `${name}.json`);
  if (!opts.reuse || !existsSync(report)) {
    const inputs = CORPORA[name].args ?? ['.'];
    execFileSync(process.execPath, [path.join(ROOT, 'bin/loccheck.js'), ...inputs, '--format', 'json', '-o', report, '--fail-on', 'never', '--origin', 'all'], {
      cwd: abs,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return JSON.parse(readFileSync(report, 'utf8')).findings;
}

function loadJudged(name) {
  const file = path.join(ROOT, 'bench/judged', `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).judgments : [];
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}

let failed = false;
for (const name of opts.corpus ? [opts.corpus] : Object.keys(CORPORA)) {
  const findings = runCorpus(name);
  const judged = loadJudged(name);
  // Findings by identity; two checks' messages can share one (a missing and an extra block at one line, neither with a
  // value): a judgment goes to the finding of its own message where there is one.
  const reported = new Map();
  for (const f of findings) reported.set(identity(f), [...(reported.get(identity(f)) ?? []), f]);
  const reportedAs = (j) => {
    const same = reported.get(identity(j));
    return same?.find((f) => f.messageId === j.messageId) ?? same?.[0];
  };
  const counts = new Map();
  for (const f of findings) {
    const k = `${stratumOf(f)} ${f.severity}${f.origin === 'source' ? ' source' : ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  console.log(`\n## ${name}: ${findings.length} findings\n`);
  console.log(table([['check/messageId severity [origin]', 'findings'], ...[...counts].sort((a, b) => b[1] - a[1])]));

  // Per stratum of the current report: judged findings still reported there, and their verdicts.
  const strata = new Map();
  for (const j of judged) {
    const f = reportedAs(j);
    if (!f || f.severity === 'info' || f.origin === 'source') continue;
    const s = stratumOf(f);
    const row = strata.get(s) ?? { severity: f.severity, TRUE: 0, FALSE: 0, 'TRUE-NOISE': 0 };
    row[j.verdict] += 1;
    strata.set(s, row);
  }
  const gone = judged.filter((j) => !reported.has(identity(j)));
  const goneFalse = gone.filter((j) => j.verdict !== 'TRUE').length;
  const rows = [['stratum', 'severity', 'judged', 'TRUE', 'NOISE', 'FALSE', 'precision', 'target']];
  for (const [s, row] of [...strata].sort()) {
    const n = row.TRUE + row.FALSE + row['TRUE-NOISE'];
    const p = row.TRUE / n;
    const target = row.severity === 'error' ? 0.9 : 0.8;
    const met = n >= 1 && p >= target;
    if (!met) failed = true;
    rows.push([s, row.severity, n, row.TRUE, row['TRUE-NOISE'], row.FALSE, p.toFixed(2), `${target} ${met ? 'met' : 'MISSED'}`]);
  }
  const unjudged = [...new Set(findings.filter((f) => f.severity !== 'info' && f.origin !== 'source').map(stratumOf))].filter((s) => !strata.has(s));
  console.log(`\n${table(rows)}`);
  console.log(`\njudged ${judged.length}; no longer reported ${gone.length} (${goneFalse} of them judged FALSE or NOISE); strata without a judged finding: ${unjudged.join(', ') || 'none'}`);

  const sample = opts.sample === undefined ? 0 : Number(opts.sample);
  if (sample > 0) {
    const next = random(Number(opts.seed));
    const judgedIds = new Set(judged.map((j) => `${identity(j)}\u0000${j.messageId}`));
    const byStratum = new Map();
    for (const f of findings) {
      if (f.severity === 'info' || f.origin === 'source' || judgedIds.has(`${identity(f)}\u0000${f.messageId}`)) continue;
      const list = byStratum.get(stratumOf(f)) ?? [];
      list.push(f);
      byStratum.set(stratumOf(f), list);
    }
    const have = (s) => { const r = strata.get(s); return r ? r.TRUE + r.FALSE + r['TRUE-NOISE'] : 0; };
    const picked = [];
    for (const [s, list] of [...byStratum].sort()) {
      const want = Math.max(0, sample - have(s));
      for (let i = 0; i < want && list.length > 0; i++) picked.push(list.splice(Math.floor(next() * list.length), 1)[0]);
    }
    const file = path.join(OUT, `${name}-to-judge.json`);
    writeFileSync(file, JSON.stringify({ corpus: name, root: CORPORA[name].dir, findings: picked }, null, 1));
    console.log(`wrote ${picked.length} findings to judge: ${path.relative(ROOT, file)}`);
  }
}
process.exitCode = failed ? 1 : 0;

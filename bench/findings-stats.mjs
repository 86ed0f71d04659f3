// Counts a JSON report's findings per check, message and locale, and draws a seeded random sample per check.
// Usage: node bench/findings-stats.mjs report.json [sample-size] [check-id]
import { readFileSync } from 'node:fs';

const [file, sizeArg = '0', only] = process.argv.slice(2);
const report = JSON.parse(readFileSync(file, 'utf8'));
const size = Number(sizeArg);
const by = (key) => {
  const m = new Map();
  for (const f of report.findings) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1]);
};
console.log(`files ${report.summary.files}, segments ${report.summary.segments}, findings ${report.findings.length}`);
console.log('\nper check / message / severity:');
for (const [k, n] of by((f) => `${f.ruleId} ${f.messageId} ${f.severity}`)) console.log(`  ${String(n).padStart(7)}  ${k}`);
console.log('\nper check × locale:');
for (const [k, n] of by((f) => `${f.ruleId} ${f.locale}`)) console.log(`  ${String(n).padStart(7)}  ${k}`);
// Seeded shuffle (mulberry32) so a sample can be drawn again.
let seed = 20261120;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
if (size > 0) {
  const checks = [...new Set(report.findings.map((f) => f.ruleId))].filter((c) => !only || c === only);
  for (const c of checks) {
    const all = report.findings.filter((f) => f.ruleId === c);
    const pick = [];
    const pool = [...all];
    while (pick.length < size && pool.length > 0) pick.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
    console.log(`\n=== sample of ${pick.length} / ${all.length} ${c}`);
    for (const f of pick) console.log(JSON.stringify({ at: `${f.path}:${f.line}:${f.column}`, id: f.messageId, sev: f.severity, msg: f.message, actual: f.actual, expected: f.expected }));
  }
}

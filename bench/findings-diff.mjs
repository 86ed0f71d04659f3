// Compare two JSON reports of loccheck: their findings (every field, in order) and their summaries, timing fields
// (durationMs) left out. Exit 0 when identical, 1 with the first differences listed otherwise.
// Usage: node bench/findings-diff.mjs before.json after.json
import { readFileSync } from 'node:fs';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node bench/findings-diff.mjs before.json after.json');
  process.exit(2);
}
const TIMING = new Set(['durationMs', 'timings']);
const strip = (value) => JSON.stringify(value, (key, v) => (TIMING.has(key) ? undefined : v));
const load = (file) => JSON.parse(readFileSync(file, 'utf8'));
const before = load(a);
const after = load(b);
const fa = before.findings.map(strip);
const fb = after.findings.map(strip);
let differ = 0;
const shown = [];
for (let i = 0; i < Math.max(fa.length, fb.length); i++) {
  if (fa[i] === fb[i]) continue;
  differ++;
  if (shown.length < 5) shown.push(`#${i}\n  - ${fa[i] ?? '(none)'}\n  + ${fb[i] ?? '(none)'}`);
}
const summaryA = strip(before.summary);
const summaryB = strip(after.summary);
const notesSame = strip(before.notes) === strip(after.notes);
console.log(`${a}: ${fa.length} findings; ${b}: ${fb.length} findings`);
console.log(`findings differing: ${differ}; summary (without timing) identical: ${summaryA === summaryB}; notes identical: ${notesSame}`);
for (const s of shown) console.log(s);
if (summaryA !== summaryB) console.log(`summary\n  - ${summaryA}\n  + ${summaryB}`);
process.exit(differ === 0 && summaryA === summaryB ? 0 : 1);

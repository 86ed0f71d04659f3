// Summarise a V8 .cpuprofile (node --cpu-prof): total sampled time, the top N functions by self time, and self time
// grouped by file (package or src module). Usage: node bench/profile-summary.mjs file.cpuprofile [N]
import { readFileSync } from 'node:fs';

const [file, n = '15'] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = (prof.endTime - prof.startTime) / 1000;
const short = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, 'nm/')
    .replace(/^(?!nm\/).*\/dist\//, 'dist/')
    .replace(/^node:/, 'node:');
const fns = new Map();
const files = new Map();
for (const [id, us] of self) {
  const { callFrame: cf } = byId.get(id);
  const where = cf.url ? `${short(cf.url)}:${cf.lineNumber + 1}` : '';
  const key = `${cf.functionName || '(anonymous)'} ${where}`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  const group = cf.url ? (short(cf.url).startsWith('nm/') ? short(cf.url).split('/').slice(0, short(cf.url).split('/')[1].startsWith('@') ? 3 : 2).join('/') : short(cf.url)) : `(${cf.functionName || 'native'})`;
  files.set(group, (files.get(group) ?? 0) + us);
}
const ms = (us) => `${(us / 1000).toFixed(0).padStart(6)} ms`;
const pct = (us) => `${((100 * us) / 1000 / total).toFixed(1).padStart(5)} %`;
console.log(`${file.split('/').pop()}: ${total.toFixed(0)} ms sampled`);
console.log(`\ntop ${n} functions by self time:`);
for (const [k, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${ms(us)} ${pct(us)}  ${k}`);
console.log(`\ntop ${n} files/packages by self time:`);
for (const [k, us] of [...files].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${ms(us)} ${pct(us)}  ${k}`);

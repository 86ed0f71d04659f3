// Inclusive time (a function and everything it calls) per function of a V8 .cpuprofile, largest first.
// Usage: node bench/profile-inclusive.mjs file.cpuprofile [functionName…] (all functions when none are named)
import { readFileSync } from 'node:fs';
const [file, ...names] = process.argv.slice(2);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const incl = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  let p = id;
  while (p !== undefined) { const cf = byId.get(p).callFrame; const k = `${cf.functionName}@${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber+1}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + us); } p = parent.get(p); }
}
const rows = [...incl].filter(([k]) => names.length === 0 || names.some((n) => k.startsWith(n + '@')));
for (const [k, us] of rows.sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((us / 1000).toFixed(0).padStart(6), k);

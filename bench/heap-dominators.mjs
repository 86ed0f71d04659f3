// Where a V8 heap snapshot's memory is: the dominator tree (what each object alone keeps alive), printed from the
// root down to the children above a size, and optionally the subtrees under every node of one label aggregated by
// edge name and label (issue #21's memory work: which structure holds what, at 1x and 4x).
//   node --max-old-space-size=6000 bench/heap-dominators.mjs <file.heapsnapshot> [depth=8] [minMB=0.5] [label to aggregate, e.g. object:FindingStore]
// Snapshots: `node --heapsnapshot-signal=SIGUSR2 bin/loccheck.js …` (kill -USR2 <pid>), or v8.writeHeapSnapshot().
import { readFileSync } from 'node:fs';
const snap = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const m = snap.snapshot.meta;
const NF = m.node_fields.length, EF = m.edge_fields.length;
const nTypes = m.node_fields.indexOf('type'), nName = m.node_fields.indexOf('name'), nSize = m.node_fields.indexOf('self_size'), nEdges = m.node_fields.indexOf('edge_count');
const eType = m.edge_fields.indexOf('type'), eName = m.edge_fields.indexOf('name_or_index'), eTo = m.edge_fields.indexOf('to_node');
const nodeTypes = m.node_types[0], edgeTypes = m.edge_types[0];
const nodes = snap.nodes, edges = snap.edges, strings = snap.strings;
const N = nodes.length / NF;
const firstEdge = new Uint32Array(N + 1);
for (let i = 0, e = 0; i < N; i++) { firstEdge[i] = e; e += nodes[i * NF + nEdges] * EF; firstEdge[i + 1] = e; }
const weak = edgeTypes.indexOf('weak'), shortcut = edgeTypes.indexOf('shortcut');
const label = (i) => { const t = nodeTypes[nodes[i * NF + nTypes]]; const nm = strings[nodes[i * NF + nName]]; return `${t}:${nm.slice(0, 50).replace(/\n/g, ' ')}`; };
const order = new Int32Array(N).fill(-1), post = new Int32Array(N); let pn = 0;
const stack = [0], it = [firstEdge[0]]; order[0] = -2;
const skip = (e) => { const t = edges[e + eType]; return t === weak || t === shortcut; };
while (stack.length) {
  const v = stack[stack.length - 1]; let e = it[it.length - 1];
  let pushed = false;
  while (e < firstEdge[v + 1]) { const ed = e; e += EF; if (skip(ed)) continue; const w = edges[ed + eTo] / NF; if (order[w] === -1) { order[w] = -2; it[it.length - 1] = e; stack.push(w); it.push(firstEdge[w]); pushed = true; break; } }
  if (!pushed) { stack.pop(); it.pop(); order[v] = pn; post[pn++] = v; }
}
const predCount = new Uint32Array(N + 1);
for (let v = 0; v < N; v++) if (order[v] >= 0) for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) { if (skip(e)) continue; predCount[edges[e + eTo] / NF + 1]++; }
for (let i = 0; i < N; i++) predCount[i + 1] += predCount[i];
const preds = new Uint32Array(predCount[N]); const fill = predCount.slice();
for (let v = 0; v < N; v++) if (order[v] >= 0) for (let e = firstEdge[v]; e < firstEdge[v + 1]; e += EF) { if (skip(e)) continue; const w = edges[e + eTo] / NF; preds[fill[w]++] = v; }
const idom = new Int32Array(N).fill(-1); idom[0] = 0;
const intersect = (a, b) => { while (a !== b) { while (order[a] < order[b]) a = idom[a]; while (order[b] < order[a]) b = idom[b]; } return a; };
let changed = true;
while (changed) { changed = false;
  for (let k = pn - 2; k >= 0; k--) { const v = post[k]; let nd = -1;
    for (let p = predCount[v]; p < predCount[v + 1]; p++) { const u = preds[p]; if (idom[u] === -1) continue; nd = nd === -1 ? u : intersect(u, nd); }
    if (nd !== -1 && idom[v] !== nd) { idom[v] = nd; changed = true; } } }
const retained = new Float64Array(N);
for (let k = 0; k < pn; k++) { const v = post[k]; retained[v] += nodes[v * NF + nSize]; if (v !== 0 && idom[v] >= 0) retained[idom[v]] += retained[v]; }
const kids = new Map();
for (let v = 1; v < N; v++) if (idom[v] >= 0) { const p = idom[v]; (kids.get(p) ?? kids.set(p, []).get(p)).push(v); }
const edgeName = (u, v) => { for (let e = firstEdge[u]; e < firstEdge[u + 1]; e += EF) if (edges[e + eTo] / NF === v) { const t = edgeTypes[edges[e + eType]]; const n = edges[e + eName]; return t === 'element' || t === 'hidden' ? `[${n}]` : strings[n]; } return '~'; };
const show = (v, depth, maxDepth, minMB, indent = '') => {
  console.log(`${indent}${(retained[v] / 1048576).toFixed(2)} MB ${label(v)}`);
  if (depth >= maxDepth) return;
  const ks = (kids.get(v) ?? []).sort((a, b) => retained[b] - retained[a]);
  let rest = 0, restN = 0;
  for (const k of ks) { if (retained[k] >= minMB * 1048576) { process.stdout.write(`${indent}  .${edgeName(v, k)} `); show(k, depth + 1, maxDepth, minMB, indent + '  '); } else { rest += retained[k]; restN++; } }
  if (restN) console.log(`${indent}  (+${restN} smaller: ${(rest / 1048576).toFixed(2)} MB)`);
};
show(0, 0, Number(process.argv[3] ?? 8), Number(process.argv[4] ?? 0.5));
// aggregate: retained by (label of child) under the findings array-ish: sample a few large nodes of type object:Object
// The subtrees under every node labelled argv[5], two levels down, by edge name (indices folded) and label.
const target = process.argv[5];
if (target) {
  const byLabel = new Map();
  const walk = (x, d) => {
    for (const k of kids.get(x) ?? []) {
      const en = edgeName(x, k);
      const l = `${d}:${en.startsWith('[') ? '[i]' : en}:${label(k)}`;
      const a = byLabel.get(l) ?? [0, 0];
      a[0] += retained[k];
      a[1]++;
      byLabel.set(l, a);
      if (d < 2) walk(k, d + 1);
    }
  };
  for (let v = 0; v < N; v++) if (label(v) === target) walk(v, 0);
  console.log(`\nunder ${target}:`);
  for (const [l, [s, c]] of [...byLabel].sort((a, b) => b[1][0] - a[1][0]).slice(0, 30)) console.log(`${(s / 1048576).toFixed(2).padStart(8)} MB ${String(c).padStart(7)} ${l}`);
}

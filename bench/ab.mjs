// Interleaved before/after timing of one command line with two builds (A B A B …), median wall time and peak RSS.
// Usage: node bench/ab.mjs <binA> <binB> <runs> <cwd> -- <args…>
// Each run is a child process; wall time from spawn to exit; RSS from /usr/bin/time -f %M when present.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const [binA, binB, runs, cwd] = argv.slice(0, dash).map((a, i) => (i === 2 ? a : path.resolve(a)));
const args = argv.slice(dash + 1);
const HAS_TIME = existsSync('/usr/bin/time');
const one = (bin) => {
  const cmd = HAS_TIME ? ['/usr/bin/time', ['-f', '%M %U %S', process.execPath, bin, ...args]] : [process.execPath, [bin, ...args]];
  const t = performance.now();
  const r = spawnSync(cmd[0], cmd[1], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  const [kb, user, sys] = HAS_TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, rss: kb / 1024, cpu: user + sys };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const A = [];
const B = [];
for (let i = 0; i < Number(runs); i++) {
  A.push(one(binA));
  B.push(one(binB));
}
const show = (name, xs) => `${name}: median ${(median(xs.map((x) => x.ms)) / 1000).toFixed(2)} s [${xs.map((x) => (x.ms / 1000).toFixed(2)).join(', ')}], CPU (user+sys, all threads) median ${median(xs.map((x) => x.cpu)).toFixed(2)} s, peak RSS ${Math.max(...xs.map((x) => x.rss)).toFixed(0)} MiB`;
console.log(show('A', A));
console.log(show('B', B));

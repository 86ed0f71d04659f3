// Live heap of discovery's structures (issue #21): discover, withFamilies, groupByFamily, every file stat'ed.
//   cd <tree> && node --expose-gc <repo>/bench/discovery-heap.mjs <repo>/dist    (inputs: sfb dyn365)
import { statSync } from 'node:fs';
const dist = process.argv[2];
const { discover } = await import(`${dist}/corpus/discover.js`);
const { withFamilies, groupByFamily } = await import(`${dist}/corpus/family.js`);
const { defaultConfig } = await import(`${dist}/config/schema.js`);
let entryAbs; try { ({ entryAbsPath: entryAbs } = await import(`${dist}/corpus/entry.js`)); } catch { entryAbs = (e) => e.absPath; }
gc(); const h0 = process.memoryUsage().heapUsed;
const found = discover(['sfb', 'dyn365'], { cwd: process.cwd(), include: defaultConfig.include, ignore: defaultConfig.ignore });
const entries = withFamilies(found.entries, defaultConfig.maxFileBytes);
const groups = groupByFamily(entries);
let n = 0; for (const e of entries) n += statSync(entryAbs(e)).size > 0 ? 1 : 0;
gc(); const h1 = process.memoryUsage().heapUsed;
console.log(`${entries.length} entries, ${groups.length} families: ${((h1 - h0) / 1048576).toFixed(1)} MiB live`);
globalThis.keep = [found, entries, groups];

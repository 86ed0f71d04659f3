import fs from 'node:fs';
import { parseArticle } from './src/parse/article.js';
import { markersOnLine } from './src/checks/merge-conflict-marker.js';
const p = parseArticle({ bytes: fs.readFileSync('fixtures/seeds/000_c7aa02d0fc662548.txt'), path: 'x', relPath: 'x', root: 0 });
console.log([...p.codeLines], [...p.setextUnderlines]);
for (const n of [80,83,87,108,112,113,117]) console.log(n, markersOnLine(p.lines.lineText(n)));

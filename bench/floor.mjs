// The floor of `npm run bench`, run as a child process like the CLI: list every .md file below the roots given,
// read each as UTF-8 and make one regex pass over its bilingual pairs. Prints {"files", "bytes", "pairs"} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PAIR = /<span data-ttu-id="[^"]*">[\s\S]*?<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">[\s\S]*?<\/span><\/span>/g;
let files = 0;
let bytes = 0;
let pairs = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) {
      const text = readFileSync(p, 'utf8');
      files++;
      bytes += text.length;
      PAIR.lastIndex = 0;
      while (PAIR.exec(text) !== null) pairs++;
    }
  }
};
for (const root of process.argv.slice(2)) walk(path.resolve(root));
process.stdout.write(`${JSON.stringify({ files, bytes, pairs })}\n`);

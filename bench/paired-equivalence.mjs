// Paired mode against the bilingual reading (issue #22): each bilingual article of a corpus is split into its English
// (the English halves in place) and its translation (the translated halves in place), the right alignment being then
// known; paired mode aligns the two again, and the script counts how many of the bilingual reading's segments come
// back as the same (translation, English) pair, and the article-scope findings per check of both readings.
// Usage: npm run build && node bench/paired-equivalence.mjs [corpus-dir…] [--files N]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { analyzeArticle, activeRules } = await import(path.join(ROOT, 'dist/engine/engine.js'));
const { pairWithEnglish } = await import(path.join(ROOT, 'dist/parse/pair-align.js'));
const { defaultConfig } = await import(path.join(ROOT, 'dist/config/schema.js'));

const { values: opts, positionals } = parseArgs({ allowPositionals: true, options: { files: { type: 'string', default: '0' } } });
const corpora = positionals.length > 0 ? positionals : ['.cache/corpus', '.cache/corpus-dyn365'];
const limit = Number(opts.files);
// The article-scope checks that compare a translation with its English (the others do not depend on the pairing).
const rules = activeRules(defaultConfig);

const PAIR = /<span data-ttu-id="([^"]*)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="\1">([\s\S]*?)<\/span><\/span>/g;
const norm = (s) => s.replace(/\s+/g, ' ').trim();

function* markdownFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory()) yield* markdownFiles(abs);
    else if (name.endsWith('.md')) yield abs;
  }
}

for (const corpus of corpora) {
  const abs = path.resolve(ROOT, corpus);
  let files = 0;
  let segments = 0;
  let recovered = 0;
  let unitsTotal = 0;
  let unitsAligned = 0;
  const bilingualByCheck = new Map();
  const pairedByCheck = new Map();
  const started = performance.now();
  for (const locale of readdirSync(abs).sort()) {
    for (const file of markdownFiles(path.join(abs, locale))) {
      if (limit > 0 && files >= limit) break;
      const text = readFileSync(file, 'utf8');
      if (!text.includes('sxs-lookup')) continue;
      files++;
      const english = text.replace(PAIR, (_, _id, _t, e) => e);
      const translation = text.replace(PAIR, (_, _id, t) => t);
      const rel = path.relative(abs, file);
      const input = (bytes) => ({ bytes: Buffer.from(bytes), path: rel, relPath: rel, root: 0, locale });
      const bilingual = analyzeArticle(input(text), rules, 1e9);
      const paired = pairWithEnglish(translation, english);
      unitsTotal += paired.units;
      unitsAligned += paired.aligned;
      const again = analyzeArticle(input(paired.text), rules, 1e9);
      const have = new Map();
      for (const s of again.article.segments) {
        const k = `${norm(s.target)}\u0000${norm(s.source)}`;
        have.set(k, (have.get(k) ?? 0) + 1);
      }
      for (const s of bilingual.article.segments) {
        segments++;
        const k = `${norm(s.target)}\u0000${norm(s.source)}`;
        const n = have.get(k) ?? 0;
        if (n > 0) {
          recovered++;
          have.set(k, n - 1);
        }
      }
      for (const [map, found] of [[bilingualByCheck, bilingual.findings], [pairedByCheck, again.findings]]) {
        for (const f of found) map.set(f.ruleId, (map.get(f.ruleId) ?? 0) + 1);
      }
    }
  }
  const pct = (a, b) => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`);
  console.log(`\n## ${corpus}: ${files} bilingual articles, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`segments of the bilingual reading recovered as the same pair: ${recovered} of ${segments} (${pct(recovered, segments)})`);
  console.log(`blocks of the translations aligned with an English block: ${unitsAligned} of ${unitsTotal} (${pct(unitsAligned, unitsTotal)})`);
  console.log('article-scope findings per check (bilingual → paired):');
  for (const id of [...new Set([...bilingualByCheck.keys(), ...pairedByCheck.keys()])].sort()) {
    const b = bilingualByCheck.get(id) ?? 0;
    const p = pairedByCheck.get(id) ?? 0;
    console.log(`  ${id.padEnd(24)} ${String(b).padStart(7)} → ${String(p).padStart(7)}  (${b === 0 ? 'n/a' : `${(((p - b) / b) * 100).toFixed(1)} %`})`);
  }
}

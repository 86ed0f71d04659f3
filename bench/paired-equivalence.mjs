// Paired mode against the bilingual reading (issue #22): each bilingual article of a corpus is split into its English
// (the English halves in place) and its translation (the translated halves in place), the right alignment being then
// known; paired mode aligns the two again, and the script counts how many of the bilingual reading's segments come
// back as the same (translation, English) pair, and compares the article-scope findings per check of both readings.
//
// Usage: npm run build && node bench/paired-equivalence.mjs [corpus-dir…] [--files N] [--samples K]
//   --files N    N articles spread evenly over the corpus (every k-th file of the sorted list; 0 = all)
//   --samples K  print K findings per check that only one reading has (to explain the differences); a paired
//                finding is compared and printed on the bilingual file's line of its text
//   --misses K   print K bilingual segments (merged pairs aside) not recovered as the same pair, with the paired
//                reading's pairs on their line
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMergedId, markdownFiles, norm, PAIR } from './bilingual-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { analyzeArticle, activeRules } = await import(path.join(ROOT, 'dist/engine/engine.js'));
const { pairWithEnglish } = await import(path.join(ROOT, 'dist/parse/pair-align.js'));
const { defaultConfig } = await import(path.join(ROOT, 'dist/config/schema.js'));

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { files: { type: 'string', default: '0' }, samples: { type: 'string', default: '0' }, misses: { type: 'string', default: '0' } },
});
const corpora = positionals.length > 0 ? positionals : ['.cache/corpus', '.cache/corpus-dyn365'];
const limit = Number(opts.files);
const samples = Number(opts.samples);
const missesWanted = Number(opts.misses);
const rules = activeRules(defaultConfig);

const bare = (s) => s.replace(/\s+/g, '');

/**
 * Whether the bilingual segment `s` is cut finer, the same way, in the paired reading: consecutive paired segments
 * whose translations together are its translation and whose English together is its English (the bilingual format
 * holds a few paragraphs as one pair, ids `…-pNNN`, that paired mode cuts into their sentences).
 */
function refined(s, paired, byStart) {
  const t = bare(s.target);
  const e = bare(s.source);
  for (const k of byStart.get(t.slice(0, 12)) ?? []) {
    let tt = '';
    let ee = '';
    for (let j = k; j < paired.length && tt.length < t.length; j++) {
      tt += bare(paired[j].target);
      ee += bare(paired[j].source);
      if (tt === t && ee === e) return true;
    }
  }
  return false;
}

const findingKey = (f, line = f.line) => `${f.ruleId}/${f.messageId}:${line}:${f.actual ?? ''}`;

/**
 * For each line of the translation split from a bilingual article (1-based), the bilingual article's line that holds
 * its start. The bilingual file also holds the English halves: where one spans lines, the translation's lines after
 * it are that many lines higher up, and a paired finding is compared on the bilingual line of its text.
 */
function bilingualLines(text) {
  const map = [0, 1];
  let bLine = 1;
  const count = (s, both) => {
    for (const c of s) {
      if (c !== '\n') continue;
      bLine++;
      if (both) map.push(bLine);
    }
  };
  let last = 0;
  for (const m of text.matchAll(PAIR)) {
    count(text.slice(last, m.index), true);
    count(m[2], true);
    count(m[3], false);
    last = m.index + m[0].length;
  }
  count(text.slice(last), true);
  return map;
}

for (const corpus of corpora) {
  const abs = path.resolve(ROOT, corpus);
  const all = [];
  for (const locale of readdirSync(abs).sort()) for (const file of markdownFiles(path.join(abs, locale))) all.push({ locale, file });
  const stride = limit > 0 ? Math.max(1, Math.floor(all.length / limit)) : 1;
  let files = 0;
  let brokenMarkup = 0;
  let segments = 0;
  let recovered = 0;
  let alike = 0;
  let merged = 0;
  let mergedRecovered = 0;
  let unitsTotal = 0;
  let unitsAligned = 0;
  const misses = []; // bilingual segments (merged pairs aside) not recovered, with the paired pairs on their line
  const byCheck = new Map(); // ruleId → { bilingual, paired, same, onlyB: [], onlyP: [] }
  const started = performance.now();
  for (let n = 0; n < all.length; n += stride) {
    if (limit > 0 && files >= limit) break;
    const { locale, file } = all[n];
    const text = readFileSync(file, 'utf8');
    if (!text.includes('sxs-lookup')) continue;
    const english = text.replace(PAIR, (_, _id, _t, e) => e);
    const translation = text.replace(PAIR, (_, _id, t) => t);
    const rel = path.relative(abs, file);
    const input = (bytes) => ({ bytes: Buffer.from(bytes), path: rel, relPath: rel, root: 0, locale });
    const bilingual = analyzeArticle(input(text), rules, 1e9);
    // Pair markup the bilingual reading finds broken (`&quot;` for `"` in the spans) cannot be split into an English
    // and a translation: such an article is left out, and counted.
    if (bilingual.findings.some((f) => f.ruleId === 'bilingual-markup')) {
      brokenMarkup++;
      continue;
    }
    files++;
    const paired = pairWithEnglish(translation, english);
    unitsTotal += paired.units;
    unitsAligned += paired.aligned;
    const again = analyzeArticle(input(paired.text), rules, 1e9);
    const have = new Map();
    const byStart = new Map();
    again.article.segments.forEach((s, k) => {
      const key = `${norm(s.target)}\u0000${norm(s.source)}`;
      have.set(key, (have.get(key) ?? 0) + 1);
      const start = bare(s.target).slice(0, 12);
      byStart.set(start, [...(byStart.get(start) ?? []), k]);
    });
    for (const s of bilingual.article.segments) {
      segments++;
      const isMerged = isMergedId(s.id);
      if (isMerged) merged++;
      const key = `${norm(s.target)}\u0000${norm(s.source)}`;
      const left = have.get(key) ?? 0;
      if (left > 0) {
        recovered++;
        alike++;
        if (isMerged) mergedRecovered++;
        have.set(key, left - 1);
      } else {
        if (refined(s, again.article.segments, byStart)) alike++;
        if (!isMerged && missesWanted > 0) misses.push({ rel, s, paired: again.article.segments.filter((x) => x.targetTextLine === s.targetTextLine) });
      }
    }
    const keysOf = (found, line = (f) => f.line) => {
      const m = new Map();
      for (const f of found) m.set(findingKey(f, line(f)), [...(m.get(findingKey(f, line(f))) ?? []), f]);
      return m;
    };
    const b = keysOf(bilingual.findings);
    const lineOf = bilingualLines(text);
    const p = keysOf(again.findings, (f) => lineOf[f.line] ?? f.line);
    const entry = (id) => {
      if (!byCheck.has(id)) byCheck.set(id, { bilingual: 0, paired: 0, same: 0, onlyB: [], onlyP: [] });
      return byCheck.get(id);
    };
    for (const f of bilingual.findings) entry(f.ruleId).bilingual++;
    for (const f of again.findings) entry(f.ruleId).paired++;
    for (const [k, list] of b) {
      const other = p.get(k) ?? [];
      const c = entry(list[0].ruleId);
      c.same += Math.min(list.length, other.length);
      for (const f of list.slice(other.length)) c.onlyB.push(`${rel}:${f.line} ${f.messageId} ${JSON.stringify(f.actual ?? '')}`);
    }
    for (const [k, list] of p) {
      const other = b.get(k) ?? [];
      for (const f of list.slice(other.length)) entry(list[0].ruleId).onlyP.push(`${rel}:${lineOf[f.line] ?? f.line} ${f.messageId} ${JSON.stringify(f.actual ?? '')} (translation line ${f.line})`);
    }
  }
  const pct = (a, total) => (total === 0 ? 'n/a' : `${((100 * a) / total).toFixed(1)} %`);
  console.log(
    `\n## ${corpus}: ${files} bilingual articles (every ${stride}. file; ${brokenMarkup} more left out, their pair markup broken), ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`segments of the bilingual reading recovered as the same pair: ${recovered} of ${segments} (${pct(recovered, segments)})`);
  console.log(`  without the bilingual format's merged pairs (ids …-pNNN, ${merged}): ${recovered - mergedRecovered} of ${segments - merged} (${pct(recovered - mergedRecovered, segments - merged)})`);
  console.log(`segments aligned alike (the same pair, or cut finer into consecutive pairs the same way): ${alike} of ${segments} (${pct(alike, segments)})`);
  console.log(`blocks of the translations aligned with an English block: ${unitsAligned} of ${unitsTotal} (${pct(unitsAligned, unitsTotal)})`);
  const stepM = Math.max(1, Math.floor(misses.length / Math.max(1, missesWanted)));
  for (const { rel, s, paired } of misses.filter((_, k) => k % stepM === 0).slice(0, missesWanted)) {
    console.log(`  miss ${rel}:${s.targetTextLine}\n    bilingual T: ${norm(s.target)}\n              E: ${norm(s.source)}`);
    for (const x of paired) console.log(`    paired    T: ${norm(x.target)}\n              E: ${norm(x.source)}`);
  }
  console.log('article-scope findings per check: bilingual → paired (change; the same finding in both)');
  for (const [id, c] of [...byCheck].sort((x, y) => x[0].localeCompare(y[0]))) {
    const change = c.bilingual === 0 ? 'n/a' : `${c.paired >= c.bilingual ? '+' : ''}${(((c.paired - c.bilingual) / c.bilingual) * 100).toFixed(1)} %`;
    console.log(`  ${id.padEnd(20)} ${String(c.bilingual).padStart(6)} → ${String(c.paired).padStart(6)}  (${change}; ${c.same} the same)`);
    if (samples > 0) {
      for (const s of c.onlyB.filter((_, k) => k % Math.max(1, Math.floor(c.onlyB.length / samples)) === 0).slice(0, samples)) console.log(`      bilingual only: ${s}`);
      for (const s of c.onlyP.filter((_, k) => k % Math.max(1, Math.floor(c.onlyP.length / samples)) === 0).slice(0, samples)) console.log(`      paired only:    ${s}`);
    }
  }
}

// The bilingual format's merged pairs (ids `…-pNNN`: one pair holding several English sentences and their translation)
// against the sentence boundaries it cuts (issue #22, the equivalence test's strict measure). Reads the same sample as
// bench/paired-equivalence.mjs and, for every English sentence boundary that paired mode's split finds (`sentencesOf`)
// inside a run of pairs of one block, records whether the bilingual format cut there (between two pairs) or merged
// (inside a `-p` pair), with what ends the first sentence, what starts the next, the blank between, the lengths, the
// block's context; and, for each merged pair, whether the other locales of the family hold the same English merged,
// cut, or not at all (another revision).
//
// Usage: npm run build && node bench/merged-pairs.mjs [corpus-dir…] [--files N] [--json out.json] [--examples K]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMergedId, markdownFiles, norm, PAIR } from './bilingual-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { analyzeArticle, activeRules } = await import(path.join(ROOT, 'dist/engine/engine.js'));
const { sentencesOf } = await import(path.join(ROOT, 'dist/parse/pair-align.js'));
const { defaultConfig } = await import(path.join(ROOT, 'dist/config/schema.js'));

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { files: { type: 'string', default: '3000' }, json: { type: 'string' }, examples: { type: 'string', default: '0' } },
});
const corpora = positionals.length > 0 ? positionals : ['.cache/corpus', '.cache/corpus-dyn365'];
const limit = Number(opts.files);
const examplesWanted = Number(opts.examples);
// Only the parse and its markup problems: an article whose pair markup is broken is left out, as the equivalence does.
const markupRules = activeRules(defaultConfig).filter((r) => r.check.meta.id === 'bilingual-markup');

// The translation's sentence ends as paired mode reads them (src/parse/pair-align.ts, TARGET_SENTENCE_END).
const CLOSERS = String.raw`(?:[*_"”»’']|\\<[\w.-]+\\>)*`;
const TARGET_SENTENCE_END = new RegExp(String.raw`[.!?؟]${CLOSERS}(?=\s+[^\s\p{Ll}])|(?<=\p{Ll})[.!?](?=\p{Lu}\p{Ll})|[。！？][*_)」』”]*(?=\s*\S)`, 'gu');

const frontField = (text, name) => new RegExp(`^${name.replace('.', '\\.')}:\\s*"?([^"\\n]*)"?`, 'm').exec(text.slice(0, 3000))?.[1]?.trim() ?? '';

/**
 * Runs of pairs that stand in one block: consecutive pairs with only inline text between them (no blank line, no
 * table pipe, no `<br>` or HTML block tag, no new list item, heading or quote line). Each run: its pairs, and its
 * English as paired mode's English tree holds it (the English halves with what stands between them).
 */
function blocksOf(text) {
  const pairs = [...text.matchAll(PAIR)].map((m) => ({ id: m[1], target: m[2], source: m[3], at: m.index, end: m.index + m[0].length }));
  const runs = [];
  let run = [];
  for (const p of pairs) {
    const last = run.at(-1);
    const between = last ? text.slice(last.end, p.at) : '';
    const inline = last && !/\n\s*\n|\||<br|<\/?(?:td|th|tr|p|li|div|table)\b|\n\s*(?:[-*+>#]|\d+\.)\s/i.test(between);
    if (!inline && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push({ ...p, before: inline ? between : '' });
  }
  if (run.length > 0) runs.push(run);
  return runs.map((ps) => {
    let english = '';
    const spans = [];
    for (const p of ps) {
      english += p.before;
      spans.push({ pair: p, start: english.length, end: english.length + p.source.length });
      english += p.source;
    }
    return { pairs: ps, spans, english };
  });
}

/**
 * How the bilingual format holds each boundary of paired mode's split of a block's English: `cut` (between two pairs),
 * `merged` (inside a `-p` pair) or `inside` (inside a pair without `p`).
 */
function boundaryKinds(block, sentences) {
  const kinds = [];
  for (let k = 0; k + 1 < sentences.length; k++) {
    const a = sentences[k];
    const b = sentences[k + 1];
    const inPair = block.spans.find((s) => s.start < a.end && b.start < s.end);
    kinds.push(inPair ? (isMergedId(inPair.pair.id) ? 'merged' : 'inside') : 'cut');
  }
  return kinds;
}

/** What ends the sentence `s` (its text up to the stop and closing marks). */
function endClass(s) {
  const m = /([\s\S]?)([\s\S])([.!?])((?:[*_"”»’']|\\<[\w.-]+\\>)*)$/u.exec(s);
  if (!m) return 'other';
  const [, b2, b1, stop, closers] = m;
  let cls;
  if (stop !== '.') cls = stop;
  else if (/\d/.test(b1)) cls = 'digit.';
  else if (b1 === ')') cls = /\]\([^)]*\)$/.test(s.slice(0, -1 - closers.length)) ? 'link.' : 'paren.';
  else if (b1 === '`') cls = 'code.';
  else if (/["”»’']/.test(b1)) cls = 'quote.';
  else if (/[*_]/.test(b1)) cls = 'emphasis.';
  else if (b1 === '>') cls = 'tag.';
  else if (/\p{Lu}/u.test(b1)) cls = /\p{Lu}/u.test(b2) ? 'CAPS.' : 'Upper.';
  else if (/\p{Ll}/u.test(b1)) cls = 'word.';
  else cls = `${b1}.`;
  return closers ? `${cls}${closers.startsWith('*') ? '**' : closers[0] === '\\' ? '\\<>' : '"'}` : cls;
}

/** What starts the sentence `s`. */
function startClass(s) {
  const c = s[0] ?? '';
  if (/\p{Lu}/u.test(c)) return 'Capital';
  if (/\p{Ll}/u.test(c)) return 'lower';
  if (/\d/.test(c)) return 'digit';
  if (c === '`') return 'code';
  if (c === '[') return 'link';
  if (c === '*' || c === '_') return s.startsWith('**') ? 'bold' : 'emphasis';
  if (c === '<') return 'tag';
  if (/["“«']/.test(c)) return 'quote';
  if (c === '(') return 'paren';
  return 'other';
}

/** Where the block stands, read from its first pair's line in the bilingual file. */
function placeOf(text, at) {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const prefix = text.slice(lineStart, at);
  if (/^\s*#/.test(prefix)) return 'heading';
  if (/^\s*>\s*\[!/.test(prefix) || /^\s*>/.test(prefix)) return /^\s*>/.test(prefix) ? 'note/quote' : 'note';
  if (/^\s*\|/.test(prefix) || /\|\s*$/.test(prefix)) return 'table-cell';
  if (/<t[dh]\b/i.test(prefix)) return 'html-cell';
  if (/^\s*(?:[-*+]|\d+\.)\s/.test(prefix)) return 'list-item';
  if (/\[\s*$/.test(prefix)) return 'link-text';
  if (/^\s{2,}\S/.test(prefix) || /^\s+$/.test(prefix)) return 'indented (list continuation)';
  return 'paragraph';
}

const tally = () => new Map();
const add = (m, k, n = 1) => m.set(k, (m.get(k) ?? 0) + n);
const lengthBucket = (n) => (n < 40 ? '<40' : n < 80 ? '40-79' : n < 160 ? '80-159' : n < 320 ? '160-319' : '320+');

const allRows = [];
for (const corpus of corpora) {
  const abs = path.resolve(ROOT, corpus);
  const locales = readdirSync(abs).sort();
  const all = [];
  for (const locale of locales) for (const file of markdownFiles(path.join(abs, locale))) all.push({ locale, file });
  const stride = limit > 0 ? Math.max(1, Math.floor(all.length / limit)) : 1;
  const boundaries = []; // every English boundary of the sample: merged (inside a -p pair), cut (between pairs), inside (a non-p pair)
  const mergedPairs = []; // every merged pair of the sample, with its family's decisions
  const blockCache = new Map();
  const blocksAt = (locale, rel) => {
    const key = `${locale}/${rel}`;
    if (!blockCache.has(key)) {
      const file = path.join(abs, locale, rel);
      if (!existsSync(file)) blockCache.set(key, null);
      else {
        const t = readFileSync(file, 'utf8');
        const blocks = blocksOf(t);
        const byEnglish = new Map(blocks.map((b) => [norm(b.english), b]));
        blockCache.set(key, { handoff: frontField(t, 'ms.lasthandoff'), commit: frontField(t, 'ms.sourcegitcommit'), mt: frontField(t, 'ms.translationtype'), blocks, byEnglish });
      }
      if (blockCache.size > 400) blockCache.delete(blockCache.keys().next().value);
    }
    return blockCache.get(key);
  };
  /** How `locale`'s file at `rel` holds the English `e`: merged (one -p pair), one (one pair, no p), cut (several pairs), other, absent. */
  const decisionOf = (locale, rel, e) => {
    const other = blocksAt(locale, rel);
    if (!other) return { how: 'no-file' };
    for (const b of other.blocks) {
      for (let i = 0; i < b.pairs.length; i++) {
        const first = b.pairs[i];
        if (norm(first.source) === e) return { how: isMergedId(first.id) ? 'merged' : 'one', handoff: other.handoff, commit: other.commit, mt: other.mt };
        if (!e.startsWith(norm(first.source))) continue;
        let joined = norm(first.source);
        for (let j = i + 1; j < b.pairs.length && joined.length < e.length; j++) {
          joined = norm(`${joined} ${b.pairs[j].before.trim()} ${b.pairs[j].source}`);
          if (joined === e) return { how: 'cut', handoff: other.handoff, commit: other.commit, mt: other.mt };
        }
      }
      if (norm(b.english).includes(e)) return { how: 'other', handoff: other.handoff, commit: other.commit, mt: other.mt };
    }
    return { how: 'absent', handoff: other.handoff, commit: other.commit, mt: other.mt };
  };
  let files = 0;
  let left = 0;
  for (let n = 0; n < all.length; n += stride) {
    if (limit > 0 && files >= limit) break;
    const { locale, file } = all[n];
    const text = readFileSync(file, 'utf8');
    if (!text.includes('sxs-lookup')) continue;
    const rel = path.relative(path.join(abs, locale), file);
    const parsed = analyzeArticle({ bytes: Buffer.from(text), path: rel, relPath: rel, root: 0, locale }, markupRules, 1e9);
    if (parsed.findings.length > 0) {
      left++;
      continue;
    }
    files++;
    const handoff = frontField(text, 'ms.lasthandoff');
    const mt = frontField(text, 'ms.translationtype');
    for (const block of blocksOf(text)) {
      const place = placeOf(text, block.pairs[0].at);
      const sentences = sentencesOf(block.english);
      const kinds = boundaryKinds(block, sentences);
      // The same English block in the other locales of the family: how each holds each boundary.
      const elsewhere = locales.filter((l) => l !== locale).map((l) => blocksAt(l, rel)?.byEnglish.get(norm(block.english))).filter((b) => b !== undefined);
      const otherKinds = elsewhere.map((b) => boundaryKinds(b, sentencesOf(b.english))).filter((ks) => ks.length === kinds.length);
      for (let k = 0; k + 1 < sentences.length; k++) {
        const a = sentences[k];
        const b = sentences[k + 1];
        const kind = kinds[k];
        const first = block.english.slice(a.start, a.end);
        const next = block.english.slice(b.start, b.end);
        const gap = block.english.slice(a.end, b.start);
        boundaries.push({
          corpus,
          locale,
          rel,
          kind,
          place,
          end: endClass(first),
          start: startClass(next),
          gap: gap.includes('\n') ? 'newline' : gap.length > 1 ? 'blanks' : 'blank',
          firstLength: first.length,
          nextLength: next.length,
          blockSentences: sentences.length,
          blockLength: block.english.length,
          firstWords: first.split(/\s+/).length,
          othersMerged: otherKinds.filter((ks) => ks[k] === 'merged').length,
          othersCut: otherKinds.filter((ks) => ks[k] === 'cut').length,
          subtree: rel.split(path.sep)[0],
          markup: [/\*\*/.test(block.english) ? 'bold' : '', /\]\(/.test(block.english) ? 'link' : '', /`/.test(block.english) ? 'code' : '', /<[a-z]/i.test(block.english) ? 'tag' : ''].filter(Boolean).join('+') || 'none',
          mt,
          handoff,
          tail: first.slice(-30),
          head: next.slice(0, 30),
        });
      }
      for (const span of block.spans) {
        if (!isMergedId(span.pair.id)) continue;
        const e = norm(span.pair.source);
        const eSentences = sentencesOf(span.pair.source).length;
        const tSentences = sentencesOf(span.pair.target, TARGET_SENTENCE_END).length;
        const family = {};
        for (const other of locales) if (other !== locale) family[other] = decisionOf(other, rel, e);
        mergedPairs.push({ corpus, locale, rel, id: span.pair.id, place, handoff, mt, english: e, target: norm(span.pair.target), eSentences, tSentences, family, pairsInBlock: block.pairs.length });
      }
    }
  }
  allRows.push({ corpus, boundaries, mergedPairs });

  // Tables.
  const pct = (a, b) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)} %`);
  console.log(`\n## ${corpus}: ${files} articles (every ${stride}. file; ${left} left out: pair markup broken)`);
  console.log(`merged pairs: ${mergedPairs.length}; English sentences by paired mode's split: ${[...(() => { const m = tally(); for (const p of mergedPairs) add(m, p.eSentences >= 4 ? '4+' : p.eSentences); return m; })()].sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  const sameCount = mergedPairs.filter((p) => p.eSentences >= 2 && p.tSentences === p.eSentences).length;
  console.log(`  of those with 2+ English sentences (${mergedPairs.filter((p) => p.eSentences >= 2).length}), the translation as many by paired mode's split: ${sameCount}`);
  const kinds = tally();
  for (const b of boundaries) add(kinds, b.kind);
  console.log(`English sentence boundaries (paired mode's split) in runs of pairs: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const feature = (name, f) => {
    const m = new Map();
    for (const b of boundaries) {
      const key = f(b);
      if (!m.has(key)) m.set(key, { merged: 0, cut: 0, inside: 0 });
      m.get(key)[b.kind]++;
    }
    const merged = kinds.get('merged') ?? 0;
    const cut = kinds.get('cut') ?? 0;
    const inside = kinds.get('inside') ?? 0;
    console.log(`\n  by ${name}: value | merged (share of merged) | cut (share of cut) | merged / (merged + cut) | inside a pair without p (share)`);
    for (const [k, v] of [...m].sort((x, y) => y[1].merged + y[1].cut - (x[1].merged + x[1].cut))) {
      if (v.merged + v.cut + v.inside < Math.max(5, (merged + cut) / 500)) continue;
      console.log(`    ${String(k).padEnd(28)} ${String(v.merged).padStart(6)} ${pct(v.merged, merged)} | ${String(v.cut).padStart(7)} ${pct(v.cut, cut)} | ${pct(v.merged, v.merged + v.cut)} | ${String(v.inside).padStart(5)} ${pct(v.inside, inside)}`);
    }
  };
  feature('place', (b) => b.place);
  feature('what ends the first sentence', (b) => b.end);
  feature('what starts the next', (b) => b.start);
  feature('blank between', (b) => b.gap);
  feature('first sentence length', (b) => lengthBucket(b.firstLength));
  feature('next sentence length', (b) => lengthBucket(b.nextLength));
  feature('sentences in the block', (b) => (b.blockSentences >= 6 ? '6+' : b.blockSentences));
  feature('locale', (b) => b.locale);
  feature('folder', (b) => b.subtree);
  feature('markup in the block', (b) => b.markup);
  feature('the other locales holding the same English block', (b) => (b.othersMerged + b.othersCut === 0 ? 'none holds it' : b.othersCut === 0 ? 'all merge' : b.othersMerged === 0 ? 'all cut' : b.othersMerged > b.othersCut ? 'most merge' : 'most cut'));
  // The family: does every locale holding the same English merge it?
  const how = tally();
  const perPair = tally();
  for (const p of mergedPairs) {
    const ds = Object.values(p.family).map((d) => d.how);
    for (const d of ds) add(how, d);
    const present = ds.filter((d) => d === 'merged' || d === 'one' || d === 'cut' || d === 'other');
    const label = present.length === 0 ? 'no other locale holds this English' : present.every((d) => d === 'merged' || d === 'one') ? 'every other locale holding it: one pair' : present.every((d) => d === 'cut') ? 'every other locale holding it: cut' : 'mixed';
    add(perPair, label);
  }
  console.log(`\n  the other locales of the family, for each merged pair's English: ${[...how].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [k, v] of perPair) console.log(`    ${k}: ${v} of ${mergedPairs.length} (${pct(v, mergedPairs.length)})`);
  if (examplesWanted > 0) {
    const step = Math.max(1, Math.floor(mergedPairs.length / examplesWanted));
    for (const p of mergedPairs.filter((_, k) => k % step === 0).slice(0, examplesWanted)) {
      console.log(`  ${p.locale}/${p.rel} ${p.id} [${p.place}] ${p.eSentences}/${p.tSentences}: ${p.english.slice(0, 160)}`);
      console.log(`    ${Object.entries(p.family).map(([l, d]) => `${l}:${d.how}`).join(' ')}`);
    }
  }
}
if (opts.json) writeFileSync(opts.json, JSON.stringify(allRows));

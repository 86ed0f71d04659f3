// Mutation test: plants known defects in real corpus articles and measures, per kind, the share loccheck finds.
// Usage: npm run build && node bench/mutation.mjs [corpus…] [--families N] [--kind <kind prefix>]
// Without a corpus it runs on both development corpora (.cache/corpus and .cache/corpus-dyn365), one after the other.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const familiesArg = process.argv.indexOf('--families');
const roots = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--families' && args[i - 1] !== '--kind').map((a) => path.resolve(a));
if (roots.length === 0) roots.push(path.resolve('.cache/corpus'), path.resolve('.cache/corpus-dyn365'));
const kindArg = process.argv.indexOf('--kind');
const ONLY_KIND = kindArg > 0 ? process.argv[kindArg + 1] : undefined;
const FAMILIES = familiesArg > 0 ? Number(process.argv[familiesArg + 1]) : 80;
if (!existsSync('dist/engine/engine.js')) {
  console.error('run `npm run build` first');
  process.exit(2);
}
for (const root of roots) {
  if (!existsSync(root)) {
    console.error(`no corpus at ${root}: extract it as ../shared/corpus/README.md says (e.g. mkdir -p .cache/corpus && tar -xzf ../shared/corpus/sfb-2020-10-teams-lync.tar.gz -C .cache/corpus)`);
    process.exit(2);
  }
}
const { activeRules, analyzeArticle, checkFamilies, checkProject, finishFindings, groupFamilies, originFromEnglish, summarizeArticle } = await import('../dist/engine/engine.js');
const { parseArticle } = await import('../dist/parse/article.js');
const { defaultConfig } = await import('../dist/config/schema.js');
const rules = activeRules(defaultConfig);
for (const root of roots) {
console.log(`\n## ${path.relative(process.cwd(), root) || root}`);
const locales = readdirSync(root).filter((l) => /^[a-z]{2,3}-[a-z]{2}$/i.test(l)).sort();

// Families present in every locale, spread over the sorted list so Lync and Teams both appear.
const all = [];
const walk = (dir, rel) => {
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) walk(dir, r);
    else if (e.name.endsWith('.md')) all.push(r);
  }
};
walk(path.join(root, locales[0]), '');
all.sort();
const complete = all.filter((rel) => locales.every((l) => existsSync(path.join(root, l, rel))));
const step = Math.max(1, Math.floor(complete.length / FAMILIES));
const families = complete.filter((_, i) => i % step === 0).slice(0, FAMILIES);

/** Runs every check over one family given as { locale: text }. */
function run(texts, rel) {
  const articles = [];
  const pending = [];
  const files = locales.map(() => new Set());
  locales.forEach((l, i) => {
    for (const f of readdirSync(path.join(root, l, path.dirname(rel)))) files[i].add(path.posix.join(path.dirname(rel), f).toLowerCase());
  });
  locales.forEach((locale, i) => {
    const { article, findings } = analyzeArticle(
      { bytes: Buffer.from(texts[locale]), path: `${locale}/${rel}`, relPath: rel, root: i, locale, family: rel.toLowerCase() },
      rules,
      1e9,
    );
    articles.push(article);
    pending.push(...findings);
  });
  const summaries = articles.map(summarizeArticle);
  const project = {
    roots: locales,
    fileExists: (r, p) => files[r].has(path.posix.normalize(p).toLowerCase()),
    articleAt: (r, p) => summaries.find((a) => a.root === r && a.relPath.toLowerCase() === path.posix.normalize(p).toLowerCase()),
  };
  const grouped = groupFamilies(articles);
  pending.push(...checkFamilies(grouped, rules));
  for (const [family, members] of grouped) originFromEnglish(members, pending.filter((f) => f.family === family));
  pending.push(...checkProject(summaries, rules, project));
  // The whole pipeline, witnesses included: a planted defect counts only when reported as the translation's.
  return finishFindings(pending, summaries, rules).filter((f) => f.origin === 'translation');
}

const replaceAt = (text, start, end, by) => text.slice(0, start) + by + text.slice(end);

/** Offsets of a segment's target text in the file (between its opening tag and `</span>`). */
function targetRange(text, lines, seg) {
  const start = lines[seg.targetTextLine - 1] + seg.targetTextColumn - 1;
  return { start, end: text.indexOf('</span>', start) };
}
function sourceRange(text, lines, seg) {
  const start = lines[seg.sourceTextLine - 1] + seg.sourceTextColumn - 1;
  return { start, end: text.indexOf('</span>', start) };
}
/** Where a token stands as text in a segment's target: not inside a tag (`href="…-2013-…"`) nor a URL path. */
function textOccurrence(text, token, range) {
  for (let at = text.indexOf(token, range.start); at >= 0 && at < range.end; at = text.indexOf(token, at + 1)) {
    const before = text.slice(range.start, at);
    const inTag = before.lastIndexOf('<') > before.lastIndexOf('>');
    const inUrl = /\]\([^)]*$/.test(before) || /[-/_.=]$/.test(before) || /^[-/_]/.test(text.slice(at + token.length));
    if (!inTag && !inUrl) return at;
  }
  return -1;
}
const lineStarts = (t) => {
  const s = [0];
  for (let i = 0; i < t.length; i++) if (t[i] === '\n') s.push(i + 1);
  return s;
};

// Each kind: pick a segment (or place), plant the defect, say which checks may find it and on which line.
const KINDS = {
  'number changed': { checks: ['fact-mismatch'], plant(text, lines, a) {
    const s = a.segments.find((x) => x.role === 'text' && x.sourceFacts.some((f) => f.kind === 'number' && /^\d{2,}$/.test(f.text) && x.target.includes(f.text)));
    if (!s) return undefined;
    const f = s.sourceFacts.find((x) => x.kind === 'number' && /^\d{2,}$/.test(x.text) && s.target.includes(x.text));
    const r = targetRange(text, lines, s);
    const at = text.indexOf(f.text, r.start);
    const changed = String(Number(f.text) + 7);
    return { text: replaceAt(text, at, at + f.text.length, changed), line: s.targetTextLine, what: `${f.text} → ${changed}` };
  } },
  'identifier mangled': { checks: ['fact-mismatch'], plant(text, lines, a) {
    const kinds = new Set(['identifier', 'cmdlet', 'hash', 'guid', 'domain']);
    const s = a.segments.find((x) => x.role === 'text' && x.sourceFacts.some((f) => kinds.has(f.kind) && f.text.length >= 6 && x.target.includes(f.text)));
    if (!s) return undefined;
    const f = s.sourceFacts.find((x) => kinds.has(x.kind) && x.text.length >= 6 && s.target.includes(x.text));
    const at = text.indexOf(f.text, targetRange(text, lines, s).start);
    return { text: replaceAt(text, at + 3, at + 3, ' '), line: s.targetTextLine, what: `${f.kind} ${f.text}` };
  } },
  'table value changed': { checks: ['fact-mismatch', 'table-divergence'], plant(text, lines, a) {
    // A value in a table cell (a record table's value column, or any cell with a number, version or name in it).
    const kinds = new Set(['number', 'version', 'identifier', 'cmdlet', 'parameter', 'guid', 'path', 'domain', 'code']);
    const usable = (x) =>
      x.sourceFacts.find((f) => kinds.has(f.kind) && /[0-9A-Za-z]/.test(f.text) && x.target.split(f.text).length === 2 && textOccurrence(text, f.text, targetRange(text, lines, x)) >= 0);
    const s = a.segments.find((x) => (x.role === 'table-value' || x.context === 'table-cell' || x.context === 'html-table') && usable(x));
    if (!s) return undefined;
    const f = usable(s);
    const at = textOccurrence(text, f.text, targetRange(text, lines, s));
    const mutated = /\d/.test(f.text) ? f.text.replace(/\d/, (d) => String((Number(d) + 1) % 10)) : f.text.replace(/[A-Za-z]/, (c) => (c === 'x' ? 'y' : 'x'));
    return { text: replaceAt(text, at, at + f.text.length, mutated), line: s.targetTextLine, what: `${f.kind} ${f.text} → ${mutated}` };
  } },
  'token dropped': { checks: ['fact-mismatch'], plant(text, lines, a) {
    const kinds = new Set(['identifier', 'cmdlet', 'guid', 'domain', 'version', 'path', 'account']);
    const s = a.segments.find((x) => x.role === 'text' && x.sourceFacts.some((f) => kinds.has(f.kind) && x.target.split(f.text).length === 2));
    if (!s) return undefined;
    const f = s.sourceFacts.find((x) => kinds.has(x.kind) && s.target.split(x.text).length === 2);
    const at = text.indexOf(f.text, targetRange(text, lines, s).start);
    return { text: replaceAt(text, at, at + f.text.length, ''), line: s.targetTextLine, what: `${f.kind} ${f.text}` };
  } },
  'link changed in target': { checks: ['link-mismatch'], plant(text, lines, a) {
    const l = a.links.find((x) => x.side === 'target' && x.kind === 'link' && x.url.length > 4);
    if (!l) return undefined;
    const s = a.segments[l.segment];
    const at = text.indexOf(`](${l.url}`, targetRange(text, lines, s).start);
    if (at < 0) return undefined;
    return { text: replaceAt(text, at + 2, at + 2 + l.url.length, `${l.url}-moved`), line: s.targetTextLine };
  } },
  'relative link to a missing file': { checks: ['broken-link'], plant(text) {
    const lines = text.split('\n').length;
    return { text: `${text}\n\nSee [the guide](no-such-article-4711.md).\n`, line: lines + 2 };
  } },
  'source sentence changed in one locale': { checks: ['source-drift'], plant(text, lines, a) {
    const s = a.segments.find((x) => x.role === 'text' && x.source.length > 40 && x.context === 'paragraph');
    if (!s) return undefined;
    const r = sourceRange(text, lines, s);
    return { text: replaceAt(text, r.start, r.start, 'Previously, '), line: s.sourceTextLine };
  } },
  'segment deleted in one locale': { checks: ['missing-segment', 'source-drift'], anyLine: true, plant(text, lines, a) {
    const s = a.segments.find((x) => x.context === 'paragraph' && x.source.length > 30 && a.segments.filter((y) => y.source === x.source).length === 1);
    if (!s) return undefined;
    const start = lines[s.line - 1] + s.column - 1;
    const endTag = '</span></span>';
    const end = text.indexOf(endTag, sourceRange(text, lines, s).start) + endTag.length;
    return { text: replaceAt(text, start, end, ''), line: 1 };
  } },
  'code line changed in one locale': { checks: ['missing-segment'], plant(text, lines, a) {
    const c = a.codeBlocks.find((b) => /[A-Za-z]{3}/.test(b.value) && !b.value.trim().startsWith('#'));
    if (!c) return undefined;
    const first = c.value.split('\n').findIndex((l) => /[A-Za-z]{3}/.test(l) && !/^\s*(#|\/\/)/.test(l));
    if (first < 0) return undefined;
    const lineNo = c.line + 1 + first;
    const at = lines[lineNo - 1];
    const m = /[A-Za-z]{3,}/.exec(text.slice(at, lines[lineNo] ?? text.length));
    if (!m) return undefined;
    return { text: replaceAt(text, at + m.index, at + m.index + m[0].length, `${m[0]}X`), line: lineNo };
  } },
};

const results = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { planted: 0, found: 0, missed: [] }]));
const started = performance.now();
families.forEach((rel, n) => {
  const texts = Object.fromEntries(locales.map((l) => [l, readFileSync(path.join(root, l, rel), 'utf8')]));
  // A multiset: a planted defect may repeat a message already on that line (a second missing token).
  const baseline = new Map();
  for (const f of run(texts, rel)) {
    const key = `${f.path}|${f.ruleId}|${f.line}|${f.message}`;
    baseline.set(key, (baseline.get(key) ?? 0) + 1);
  }
  Object.entries(KINDS).forEach(([kind, spec], k) => {
    if (ONLY_KIND && !kind.startsWith(ONLY_KIND)) return;
    const locale = locales[(n + k) % locales.length];
    const text = texts[locale];
    const parsed = parseArticle({ bytes: Buffer.from(text), path: `${locale}/${rel}`, relPath: rel, root: 0, locale });
    const planted = spec.plant(text, lineStarts(text), parsed.article);
    if (!planted) return;
    results[kind].planted++;
    const findings = run({ ...texts, [locale]: planted.text }, rel);
    const seen = new Map();
    const hit = findings.some((f) => {
      if (f.path !== `${locale}/${rel}` || !spec.checks.includes(f.ruleId) || !(spec.anyLine || f.line === planted.line)) return false;
      const key = `${f.path}|${f.ruleId}|${f.line}|${f.message}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return seen.get(key) > (baseline.get(key) ?? 0);
    });
    if (hit) results[kind].found++;
    else results[kind].missed.push(`${locale}/${rel}:${planted.line}${planted.what ? ` (${planted.what})` : ''}`);
  });
});
console.log(`mutation test: ${families.length} families × ${locales.length} locales, ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [kind, r] of Object.entries(results)) {
  if (ONLY_KIND && !kind.startsWith(ONLY_KIND)) continue;
  const recall = r.planted ? r.found / r.planted : Number.NaN;
  console.log(`${kind.padEnd(40)} planted ${String(r.planted).padStart(4)}  found ${String(r.found).padStart(4)}  recall ${recall.toFixed(3)}`);
  for (const m of r.missed.slice(0, 5)) console.log(`    missed ${m}`);
}
}

// Mutation test: plants known defects in real corpus articles and measures, per kind, the share loccheck finds.
// Usage: npm run build && node bench/mutation.mjs [corpus…] [--families N] [--kind <kind prefix>]
// Without a corpus it runs on both development corpora (.cache/corpus and .cache/corpus-dyn365), one after the other.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const familiesArg = process.argv.indexOf('--families');
const roots = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--families' && args[i - 1] !== '--kind' && args[i - 1] !== '--family').map((a) => path.resolve(a));
if (roots.length === 0) roots.push(path.resolve('.cache/corpus'), path.resolve('.cache/corpus-dyn365'));
const kindArg = process.argv.indexOf('--kind');
const ONLY_KIND = kindArg > 0 ? process.argv[kindArg + 1] : undefined;
const FAMILIES = familiesArg > 0 ? Number(process.argv[familiesArg + 1]) : 80;
// `--all-misses` lists every miss, not the first five (to read them all when a kind falls short).
const MISSES_SHOWN = process.argv.includes('--all-misses') ? Infinity : 5;
// `--family <path part>` plants only in families whose path contains it; `--explain` prints, for each miss, every
// finding within two lines of the planted defect (any check, any origin), to see why it did not count.
const familyArg = process.argv.indexOf('--family');
const ONLY_FAMILY = familyArg > 0 ? process.argv[familyArg + 1] : undefined;
const EXPLAIN = process.argv.includes('--explain');
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
  return finishFindings(pending, summaries, rules);
}
// The whole pipeline, witnesses included: a planted defect counts only when reported as the translation's.
const translationOnly = (findings) => findings.filter((f) => f.origin === 'translation');

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
/** 1-based line of an offset (bisects the line starts). */
function lineOf(lines, offset) {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const lineStarts = (t) => {
  const s = [0];
  for (let i = 0; i < t.length; i++) if (t[i] === '\n') s.push(i + 1);
  return s;
};

// Each kind: pick a segment (or place), plant the defect, say which checks may find it and on which line. A kind
// counts only when one of its checks reports a new finding within one line of the planted defect.
const KINDS = {
  'number changed': { checks: ['fact-mismatch'], plant(text, lines, a) {
    const s = a.segments.find((x) => x.role === 'text' && x.sourceFacts.some((f) => f.kind === 'number' && /^\d{2,}$/.test(f.text) && x.target.includes(f.text)));
    if (!s) return undefined;
    const f = s.sourceFacts.find((x) => x.kind === 'number' && /^\d{2,}$/.test(x.text) && s.target.includes(x.text));
    const r = targetRange(text, lines, s);
    const at = text.indexOf(f.text, r.start);
    const changed = String(Number(f.text) + 7);
    return { text: replaceAt(text, at, at + f.text.length, changed), line: lineOf(lines, at), what: `${f.text} → ${changed}` };
  } },
  'identifier mangled': { checks: ['fact-mismatch'], plant(text, lines, a) {
    const kinds = new Set(['identifier', 'cmdlet', 'hash', 'guid', 'domain']);
    const s = a.segments.find((x) => x.role === 'text' && x.sourceFacts.some((f) => kinds.has(f.kind) && f.text.length >= 6 && x.target.includes(f.text)));
    if (!s) return undefined;
    const f = s.sourceFacts.find((x) => kinds.has(x.kind) && x.text.length >= 6 && s.target.includes(x.text));
    const at = text.indexOf(f.text, targetRange(text, lines, s).start);
    return { text: replaceAt(text, at + 3, at + 3, ' '), line: lineOf(lines, at), what: `${f.kind} ${f.text}` };
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
    return { text: replaceAt(text, at, at + f.text.length, mutated), line: lineOf(lines, at), what: `${f.kind} ${f.text} → ${mutated}` };
  } },
  'token dropped': { checks: ['fact-mismatch'], plant(text, lines, a, family) {
    // Only a token that most of the other locales keep in the same sentence: one they render in their own words
    // (`FastTab` → `Inforegister`, `pikavälilehti`, `экспресс-вкладка`; a designer path `model\Sample report…`) is
    // a UI term, and this locale leaving it out does what its peers do, not what MT does to data. MT drops tokens the
    // family keeps (a version, a cmdlet); with most peers translating it, the witnesses rightly call it the English's.
    const keptByPeers = (s, token) => {
      const peers = family.filter((o) => o !== a).map((o) => o.segments.find((y) => y.source === s.source)).filter(Boolean);
      return peers.length === 0 || peers.filter((y) => y.target.includes(token)).length * 2 > peers.length;
    };
    const kinds = new Set(['identifier', 'cmdlet', 'guid', 'domain', 'version', 'path', 'account']);
    const droppable = (x, f) => kinds.has(f.kind) && x.target.split(f.text).length === 2 && keptByPeers(x, f.text);
    const s = a.segments.find((x) => x.role === 'text' && x.sourceFacts.some((f) => droppable(x, f)));
    if (!s) return undefined;
    const f = s.sourceFacts.find((x) => droppable(s, x));
    const at = text.indexOf(f.text, targetRange(text, lines, s).start);
    return { text: replaceAt(text, at, at + f.text.length, ''), line: lineOf(lines, at), what: `${f.kind} ${f.text}` };
  } },
  'link changed in target': { checks: ['link-mismatch'], plant(text, lines, a) {
    const l = a.links.find((x) => x.side === 'target' && x.kind === 'link' && x.url.length > 4);
    if (!l) return undefined;
    const s = a.segments[l.segment];
    const at = text.indexOf(`](${l.url}`, targetRange(text, lines, s).start);
    if (at < 0) return undefined;
    return { text: replaceAt(text, at + 2, at + 2 + l.url.length, `${l.url}-moved`), line: lineOf(lines, at), what: l.url };
  } },
  'relative link to a missing file': { checks: ['broken-link'], plant(text) {
    const lines = text.split('\n').length;
    return { text: `${text}\n\nSee [the guide](no-such-article-4711.md).\n`, line: lines + 2 };
  } },
  'source sentence changed in one locale': { checks: ['source-drift'], plant(text, lines, a) {
    const s = a.segments.find((x) => x.role === 'text' && x.source.length > 40 && x.context === 'paragraph');
    if (!s) return undefined;
    const r = sourceRange(text, lines, s);
    return { text: replaceAt(text, r.start, r.start, 'Previously, '), line: s.sourceTextLine, what: s.source.slice(0, 40) };
  } },
  'segment dropped at the right line': { checks: ['missing-segment', 'source-drift'], plant(text, lines, a) {
    // A one-line pair of a paragraph, its English unique in the article: removed, it must be reported where it was.
    const s = a.segments.find((x) => x.context === 'paragraph' && x.source.length > 30 && x.line === x.endLine && a.segments.filter((y) => y.source === x.source).length === 1);
    if (!s) return undefined;
    const start = lines[s.line - 1] + s.column - 1;
    const endTag = '</span></span>';
    const end = text.indexOf(endTag, sourceRange(text, lines, s).start) + endTag.length;
    return { text: replaceAt(text, start, end, ''), line: s.line, what: s.source.slice(0, 40) };
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
  'encoding damage': { checks: ['encoding-damage'], plant(text, lines, a) {
    // A letter inside a word of a translation lost to U+FFFD (`Verfügbar` → `Verf�gbar`); the English has none.
    for (const s of a.segments) {
      if (s.role !== 'text' || s.source.includes('\uFFFD') || s.target.includes('\uFFFD')) continue;
      const r = targetRange(text, lines, s);
      const m = /\p{L}{6,}/u.exec(text.slice(r.start, r.end));
      if (!m) continue;
      const at = textOccurrence(text, m[0], r);
      if (at < 0) continue;
      return { text: replaceAt(text, at + 3, at + 4, '\uFFFD'), line: lineOf(lines, at), what: m[0] };
    }
    return undefined;
  } },
  'split file name': { checks: ['fact-mismatch'], plant(text, lines, a) {
    // A file name of the English kept in the translation, split at its dot (`name.xml` → `name. xml`).
    const FILE = /(?<![\w.\/-])[A-Za-z][\w-]*\.(xml|xsd|json|ps1|exe|dll|txt|csv|config|msi|cer|pfx|zip|htm|html|xlsx|docx|log|js|cs|cab|ini|bat|cmd)\b(?![\w/-]|\.\w)/g;
    for (const s of a.segments) {
      if (s.role !== 'text') continue;
      for (const m of s.source.matchAll(FILE)) {
        if (s.target.split(m[0]).length !== 2) continue;
        const at = textOccurrence(text, m[0], targetRange(text, lines, s));
        if (at < 0) continue;
        const dot = at + m[0].lastIndexOf('.');
        return { text: replaceAt(text, dot + 1, dot + 1, ' '), line: lineOf(lines, at), what: m[0] };
      }
    }
    return undefined;
  } },
  'bracketed identifier': { checks: ['fact-mismatch', 'link-mismatch'], plant(text, lines, a) {
    // An identifier in brackets or in link text (`[MS-OXPROPS]`, `[Get-CsUser](…)`) changed in the translation:
    // its prefix dropped (`[MS-OXPROPS]` → `[OXPROPS]`) or, without one, lower-cased (`[ADRLIST]` → `[adrlist]`).
    const ID = /\[([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[A-Z][A-Z0-9_]{3,}|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z0-9]*)\]/g;
    for (const s of a.segments) {
      if (s.role !== 'text') continue;
      for (const m of s.source.matchAll(ID)) {
        if (s.target.split(m[0]).length !== 2) continue;
        const r = targetRange(text, lines, s);
        const at = text.indexOf(m[0], r.start);
        if (at < 0 || at >= r.end) continue;
        const id = m[1];
        const changed = id.includes('-') ? id.slice(id.indexOf('-') + 1) : id.toLowerCase();
        if (changed === id) continue;
        return { text: replaceAt(text, at + 1, at + 1 + id.length, changed), line: lineOf(lines, at), what: `${id} → ${changed}` };
      }
    }
    return undefined;
  } },
  'value cell changed': { checks: ['table-divergence'], plant(text, lines, a, family) {
    // A table cell that every locale keeps as its English (`tinyint`, `Y`, `System.String`), changed in this one.
    const kept = (art, source) => {
      const cells = art.tables.flatMap((t) => t.rows.flat()).filter((c) => c.segments.length > 0 && c.source === source);
      return cells.length > 0 && cells.every((c) => c.text === source);
    };
    for (const t of a.tables) {
      for (const row of t.rows) {
        for (const cell of row) {
          if (cell.segments.length !== 1 || cell.text !== cell.source || !/^[A-Za-z][A-Za-z0-9_.]{0,30}$/.test(cell.source)) continue;
          const others = family.filter((o) => o !== a);
          if (others.filter((o) => kept(o, cell.source)).length < 2 || others.some((o) => o.tables.some((ot) => ot.rows.flat().some((c) => c.segments.length > 0 && c.source === cell.source && c.text !== c.source)))) continue;
          const s = a.segments[cell.segments[0]];
          const r = targetRange(text, lines, s);
          const at = text.indexOf(cell.source, r.start);
          if (at < 0 || at >= r.end) continue;
          const i = Math.min(1, cell.source.length - 1);
          const ch = cell.source[i];
          const by = ch === 'v' ? 'w' : /[A-Z]/.test(ch) ? 'v' : 'v';
          const changed = cell.source.slice(0, i) + by + cell.source.slice(i + 1);
          return { text: replaceAt(text, at, at + cell.source.length, changed), line: lineOf(lines, at), what: `${cell.source} → ${changed}` };
        }
      }
    }
    return undefined;
  } },
  'HTML link changed': { checks: ['link-mismatch'], plant(text, lines, a) {
    // An `<a href="…">` inside a translation half pointing elsewhere.
    for (const l of a.links) {
      if (l.side !== 'target' || l.kind !== 'html' || l.url.length < 5 || l.segment === undefined) continue;
      const s = a.segments[l.segment];
      const r = targetRange(text, lines, s);
      const slice = text.slice(r.start, r.end);
      const m = new RegExp(`href\\s*=\\s*(["']?)${l.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(slice);
      if (!m) continue;
      const at = r.start + m.index + m[0].length;
      return { text: replaceAt(text, at, at, '-moved'), line: lineOf(lines, r.start + m.index), what: l.url };
    }
    return undefined;
  } },
};

const results = Object.fromEntries(Object.keys(KINDS).map((k) => [k, { planted: 0, found: 0, missed: [] }]));
const started = performance.now();
families.forEach((rel, n) => {
  if (ONLY_FAMILY && !rel.includes(ONLY_FAMILY)) return;
  const texts = Object.fromEntries(locales.map((l) => [l, readFileSync(path.join(root, l, rel), 'utf8')]));
  // A multiset: a planted defect may repeat a message already on that line (a second missing token).
  const baseline = new Map();
  for (const f of translationOnly(run(texts, rel))) {
    const key = `${f.path}|${f.ruleId}|${f.line}|${f.message}`;
    baseline.set(key, (baseline.get(key) ?? 0) + 1);
  }
  const parsedAll = Object.fromEntries(locales.map((l) => [l, parseArticle({ bytes: Buffer.from(texts[l]), path: `${l}/${rel}`, relPath: rel, root: 0, locale: l }).article]));
  const family = locales.map((l) => parsedAll[l]);
  Object.entries(KINDS).forEach(([kind, spec], k) => {
    if (ONLY_KIND && !kind.startsWith(ONLY_KIND)) return;
    // The locale turns with the family and the kind; one without a place for the defect passes to the next.
    let locale;
    let planted;
    for (let j = 0; j < locales.length && !planted; j++) {
      locale = locales[(n + k + j) % locales.length];
      planted = spec.plant(texts[locale], lineStarts(texts[locale]), parsedAll[locale], family);
    }
    if (!planted) return;
    results[kind].planted++;
    const all = run({ ...texts, [locale]: planted.text }, rel);
    const findings = translationOnly(all);
    const seen = new Map();
    const hit = findings.some((f) => {
      if (f.path !== `${locale}/${rel}` || !spec.checks.includes(f.ruleId) || Math.abs(f.line - planted.line) > 1) return false;
      const key = `${f.path}|${f.ruleId}|${f.line}|${f.message}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return seen.get(key) > (baseline.get(key) ?? 0);
    });
    if (hit) results[kind].found++;
    else {
      results[kind].missed.push(`${locale}/${rel}:${planted.line}${planted.what ? ` (${planted.what})` : ''}`);
      if (EXPLAIN) {
        const near = all.filter((f) => f.path === `${locale}/${rel}` && Math.abs(f.line - planted.line) <= 2);
        console.log(`  ${kind} missed at ${locale}/${rel}:${planted.line} (${planted.what ?? ''})`);
        for (const f of near) console.log(`      ${f.line} ${f.ruleId}/${f.messageId} ${f.origin} ${f.severity}: ${f.message}${f.evidence ? ` [${f.evidence}]` : ''}`);
      }
    }
  });
});
console.log(`mutation test: ${families.length} families × ${locales.length} locales, ${((performance.now() - started) / 1000).toFixed(1)} s`);
for (const [kind, r] of Object.entries(results)) {
  if (ONLY_KIND && !kind.startsWith(ONLY_KIND)) continue;
  const recall = r.planted ? r.found / r.planted : Number.NaN;
  console.log(`${kind.padEnd(40)} planted ${String(r.planted).padStart(4)}  found ${String(r.found).padStart(4)}  recall ${recall.toFixed(3)}`);
  for (const m of r.missed.slice(0, MISSES_SHOWN)) console.log(`    missed ${m}`);
}
}

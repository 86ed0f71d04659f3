// HTML report: one self-contained viewer page; article strings travel as escaped JSON and reach the DOM only as text.
import { createHash } from 'node:crypto';
import type { Finding, Report, Severity } from '../model.js';
import { SEVERITIES } from '../model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/** Only absolute http(s) URLs become links; `javascript:`, `data:` and relative URLs stay text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that can sit inside `<script type="application/json">`: with `<` escaped no `</script` or `<!--` can end
 * or bend the element, and U+2028/2029 are escaped for readers that treat the block as JavaScript. These
 * characters only occur inside JSON strings, where `\uXXXX` means the same character.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => JSON_ESCAPES[ch] as string);
}

/** `'sha256-…'` source expression for a CSP, over the exact text between the tags. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

// ---------------------------------------------------------------------------------------------------------------
// Data handed to the page script. Findings are arrays of indexes into one string table, so repeated paths,
// families, check ids, URLs and segment texts are written once. -1 marks an absent optional string.
// Positions must match the F_* / R_* constants of the page script below.

/** [path, locale, line, column (0 = none), message, target text] */
type PackedRelated = [number, number, number, number, number, number];
/** [family, path, locale, check, category, severity (index into SEVERITIES), line, column, message, actual,
 *  expected, segment source, segment target, docsUrl, origin (index into ORIGINS), evidence, related?] */
type PackedFinding = [
  number, number, number, number, number, number, number,
  number, number, number, number, number, number, number,
  number, number, PackedRelated[]?,
];

interface PackedData {
  /** Layout version of this block, for anyone scraping it; not a public contract. */
  readonly v: 1;
  readonly s: string[];
  readonly f: PackedFinding[];
}

const natural = new Intl.Collator('en', { numeric: true });
/** Natural order (`article-2` before `article-10`), code-point order between strings the collator calls equal. */
function cmp(a: string, b: string): number {
  return natural.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Findings grouped by family (families in natural order, findings in report order within each). */
function byFamily(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.family);
    if (list) list.push(f);
    else groups.set(f.family, [f]);
  }
  return [...groups.keys()].sort(cmp).map((k) => groups.get(k) as Finding[]);
}

function pack(findings: readonly Finding[]): PackedData {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string | undefined): number => {
    if (s === undefined) return -1;
    let n = ids.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      ids.set(s, n);
    }
    return n;
  };
  const rows: PackedFinding[] = [];
  for (const group of byFamily(findings)) {
    for (const f of group) {
      const row: PackedFinding = [
        id(f.family),
        id(f.path),
        id(f.locale),
        id(f.ruleId),
        id(f.category),
        Math.max(0, SEVERITIES.indexOf(f.severity)),
        f.line,
        f.column,
        id(f.message),
        id(f.actual),
        id(f.expected),
        id(f.segment?.source),
        id(f.segment?.target),
        id(f.docsUrl),
        f.origin === 'source' ? 1 : 0,
        id(f.evidence),
      ];
      if (f.related.length > 0) {
        row.push(f.related.map((r): PackedRelated => [id(r.path), id(r.locale), r.line, r.column ?? 0, id(r.message), id(r.target)]));
      }
      rows.push(row);
    }
  }
  return { v: 1, s: strings, f: rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Server-rendered parts: header, notes, overview tables with bar charts, filter controls. They read the same
// without script; every article-derived string goes through escapeHtml.

type Tally = Record<Severity, number> & { total: number };
const tally = (): Tally => ({ error: 0, warning: 0, info: 0, total: 0 });
const fmt = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string => `${fmt(n)} ${n === 1 ? one : many}`;

/** A stacked bar (error, warning, info) scaled to `max`, drawn with SVG presentation attributes (no inline style). */
function bar(t: Tally, max: number): string {
  const width = 160;
  let x = 0;
  const rects: string[] = [];
  for (const sev of SEVERITIES) {
    const w = max > 0 ? (t[sev] / max) * width : 0;
    if (w > 0) rects.push(`<rect class="b-${sev}" x="${x.toFixed(2)}" y="0" width="${Math.max(w, 1).toFixed(2)}" height="12"/>`);
    x += w;
  }
  const label = SEVERITIES.filter((s) => t[s] > 0)
    .map((s) => `${fmt(t[s])} ${s}`)
    .join(', ');
  return `<svg class="bar" width="${width}" height="12" viewBox="0 0 ${width} 12" role="img" aria-label="${escapeHtml(label || 'none')}"><rect class="b-track" x="0" y="0" width="${width}" height="12"/>${rects.join('')}</svg>`;
}

const filterButton = (kind: string, value: string, n: number): string =>
  `<button type="button" class="num" data-filter="${kind}" data-value="${escapeHtml(value)}" title="Show only these">${fmt(n)}</button>`;

function severityCells(t: Tally): string {
  return SEVERITIES.map((s) => `<td class="n${t[s] ? ` c-${s}` : ' zero'}">${fmt(t[s])}</td>`).join('');
}

function overview(findings: readonly Finding[]): string {
  const checks = new Map<string, { t: Tally; category: string; docsUrl: string }>();
  const locales = new Map<string, Tally>();
  const total = tally();
  for (const f of findings) {
    let c = checks.get(f.ruleId);
    if (!c) checks.set(f.ruleId, (c = { t: tally(), category: f.category, docsUrl: f.docsUrl }));
    let l = locales.get(f.locale);
    if (!l) locales.set(f.locale, (l = tally()));
    for (const t of [c.t, l, total]) {
      t[f.severity]++;
      t.total++;
    }
  }
  // Most findings first, ties by name.
  const byTotal = (a: [string, Tally], b: [string, Tally]): number => b[1].total - a[1].total || cmp(a[0], b[0]);
  const checkRows = [...checks]
    .sort((a, b) => byTotal([a[0], a[1].t], [b[0], b[1].t]))
    .map(([rule, c]) => {
      const href = safeHref(c.docsUrl);
      const name = href ? `<a href="${escapeHtml(href)}">${escapeHtml(rule)}</a>` : escapeHtml(rule);
      return `<tr><th scope="row">${name}</th><td>${escapeHtml(c.category)}</td>${severityCells(c.t)}<td class="n">${filterButton('rule', rule, c.t.total)}</td><td>${bar(c.t, total.total)}</td></tr>`;
    });
  const maxLocale = Math.max(0, ...[...locales.values()].map((t) => t.total));
  const localeRows = [...locales]
    .sort(byTotal)
    .map(
      ([locale, t]) =>
        `<tr><th scope="row">${escapeHtml(locale)}</th>${severityCells(t)}<td class="n">${filterButton('locale', locale, t.total)}</td><td>${bar(t, maxLocale)}</td></tr>`,
    );
  const sevHead = '<th class="n">Error</th><th class="n">Warning</th><th class="n">Info</th><th class="n">Total</th>';
  const sevRows = SEVERITIES.map((s) => {
    const one = { ...tally(), [s]: total[s], total: total[s] };
    return `<tr><th scope="row"><span class="sev-badge sev-${s}">${s}</span></th><td class="n">${total[s] ? filterButton('severity', s, total[s]) : '0'}</td><td>${bar(one, total.total)}</td></tr>`;
  });
  return `<section class="overview" aria-label="Summary">
<div class="card wide"><h2>By check</h2><table class="tally"><thead><tr><th>Check</th><th>Category</th>${sevHead}<th>Chart</th></tr></thead><tbody>
${checkRows.join('\n')}
</tbody></table></div>
<div class="card"><h2>By locale</h2><table class="tally"><thead><tr><th>Locale</th>${sevHead}<th>Chart</th></tr></thead><tbody>
${localeRows.join('\n')}
</tbody></table></div>
<div class="card"><h2>By severity</h2><table class="tally"><thead><tr><th>Severity</th><th class="n">Findings</th><th>Chart</th></tr></thead><tbody>
${sevRows.join('\n')}
</tbody></table></div>
</section>`;
}

function options(all: string, values: Map<string, number>): string {
  const sorted = [...values].sort((a, b) => cmp(a[0], b[0]));
  return [`<option value="">${all}</option>`, ...sorted.map(([v, n]) => `<option value="${escapeHtml(v)}">${escapeHtml(v)} (${fmt(n)})</option>`)].join('');
}

function counts(findings: readonly Finding[], key: (f: Finding) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

/** Hidden until the script runs: without script the controls would do nothing. */
function filterBar(findings: readonly Finding[]): string {
  return `<div class="filters" id="filters" hidden>
<label>Check <select id="f-rule">${options('All checks', counts(findings, (f) => f.ruleId))}</select></label>
<label>Category <select id="f-category">${options('All categories', counts(findings, (f) => f.category))}</select></label>
<label>Locale <select id="f-locale">${options('All locales', counts(findings, (f) => f.locale))}</select></label>
<label>Origin <select id="f-origin">${options('All origins', counts(findings, (f) => f.origin))}</select></label>
<fieldset class="sevs"><legend>Severity</legend>${SEVERITIES.map(
    (s) => `<label class="sev-${s}"><input type="checkbox" id="f-sev-${s}" value="${s}" checked> ${s}</label>`,
  ).join('')}</fieldset>
<label>Path <input type="search" id="f-path" placeholder="contains\u2026" autocomplete="off" spellcheck="false"></label>
<button type="button" id="f-reset">Reset</button>
<span class="spacer"></span>
<output id="count" class="count" aria-live="polite"></output>
<button type="button" id="expand-all">Expand all</button>
<button type="button" id="collapse-all">Collapse all</button>
</div>`;
}

// ---------------------------------------------------------------------------------------------------------------
// The page's own CSS and script. Both are constants, so their CSP hashes are computed once. Keep them ASCII
// (non-ASCII as CSS/JS escapes) so the hash never depends on how the file is decoded.

const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--err:#cf222e;--err-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;margin:0;color:var(--fg);background:#fff}
header.top{padding:16px 24px 12px;border-bottom:1px solid var(--line);background:var(--soft)}
h1{font-size:20px;margin:0 0 2px}
h2{font-size:15px;margin:0 0 8px}
.meta{color:var(--muted);margin:0 0 10px}
.stats{display:flex;flex-wrap:wrap;gap:8px}
.stat{background:#fff;border:1px solid var(--line);border-radius:6px;padding:4px 10px}
.stat b{font-size:16px}
.stat.c-error{border-color:var(--err);color:var(--err)}.stat.c-warning{border-color:#d4a72c;color:var(--warn)}.stat.c-info{border-color:var(--info);color:var(--info)}
.stat.zero{border-color:var(--line);color:var(--muted)}
main{padding:12px 24px 48px}
.notes{border:1px solid #d4a72c;background:var(--warn-bg);border-radius:6px;padding:8px 12px;margin:0 0 12px}
.notes ul{margin:0;padding-left:20px}
.noscript{border:1px solid var(--line);border-radius:6px;padding:8px 12px;background:var(--soft)}
.overview{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:12px;margin:0 0 16px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;overflow-x:auto}
.card.wide{grid-column:1/-1}
table.tally{border-collapse:collapse;width:100%}
.tally th,.tally td{padding:3px 8px;text-align:left;border-top:1px solid #eef1f4;white-space:nowrap}
.tally thead th{border-top:0;color:var(--muted);font-weight:600;font-size:12px}
.tally tbody th{font-weight:500;white-space:normal;overflow-wrap:anywhere;min-width:8em;max-width:32em}
.n{text-align:right!important;font-variant-numeric:tabular-nums}
td.zero{color:#b0b8c1}
td.c-error{color:var(--err)}td.c-warning{color:var(--warn)}td.c-info{color:var(--info)}
.bar{display:block}
.b-track{fill:#eef1f4}.b-error{fill:var(--err)}.b-warning{fill:#d4a72c}.b-info{fill:#54aeff}
button{font:inherit;border:1px solid var(--line);background:var(--soft);border-radius:6px;padding:3px 10px;cursor:pointer;color:var(--fg)}
button:hover{background:#eaeef2}
button.num{border:0;background:none;padding:0 2px;color:var(--info);text-decoration:underline dotted;font-variant-numeric:tabular-nums}
a{color:var(--info)}
.filters{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;align-items:center;gap:8px 14px;padding:8px 12px;margin:0 -12px 12px;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 2px 4px rgba(31,35,40,.06)}
.filters label{display:inline-flex;align-items:center;gap:6px;color:var(--muted)}
.filters select,.filters input[type=search]{font:inherit;color:var(--fg);border:1px solid var(--line);border-radius:6px;padding:3px 6px;background:#fff;max-width:260px}
.filters input[type=search]{width:200px}
.sevs{border:0;margin:0;padding:0;display:inline-flex;gap:10px;align-items:center}
.sevs legend{float:left;color:var(--muted);margin-right:4px;padding:0}
.sevs label{color:var(--fg)}
.spacer{flex:1}
.count{font-weight:600}
.family{border:1px solid var(--line);border-radius:8px;margin:0 0 8px;background:#fff}
.family>summary{cursor:pointer;padding:8px 12px;display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px;background:var(--soft);border-radius:8px;list-style:none}
.family>summary::-webkit-details-marker{display:none}
.family>summary::before{content:"\\25B8";color:var(--muted);width:10px}
.family[open]>summary::before{content:"\\25BE"}
.family[open]>summary{border-bottom:1px solid var(--line);border-radius:8px 8px 0 0}
.fam-key{font-family:var(--mono);font-weight:600;overflow-wrap:anywhere}
.fam-n{color:var(--muted)}
.fam-paths{flex-basis:100%;padding-left:20px;color:var(--muted);font-family:var(--mono);font-size:12px;display:flex;flex-wrap:wrap;gap:0 18px}
.fam-paths .p{max-width:100%;overflow-wrap:anywhere}
.finding{padding:10px 12px 12px 14px;border-top:1px solid #eef1f4;border-left:4px solid transparent}
.finding:first-child{border-top:0}
.cv .finding{content-visibility:auto;contain-intrinsic-size:auto 180px}
@media print{.cv .finding{content-visibility:visible}.filters{position:static}}
.finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:#d4a72c}.finding.sev-info{border-left-color:#54aeff}
.f-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px}
.sev-badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;line-height:18px}
.sev-badge.sev-error{background:var(--err-bg);color:var(--err)}.sev-badge.sev-warning{background:var(--warn-bg);color:var(--warn)}.sev-badge.sev-info{background:var(--info-bg);color:var(--info)}
.rule{font-family:var(--mono);font-weight:600}
.tag{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:10px;padding:0 7px}
.tag.origin-source{color:var(--fg);border-color:currentColor;font-weight:600}
.evidence{font-size:13px;color:var(--muted);margin:2px 0 6px}
.where{font-family:var(--mono);font-size:12px;color:var(--muted);overflow-wrap:anywhere}
.msg{margin:4px 0 6px;overflow-wrap:anywhere}
.ea{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0 0 8px;font-size:13px}
.ea dt{color:var(--muted)}
.ea dd{margin:0;font-family:var(--mono);white-space:pre-wrap;overflow-wrap:anywhere}
.ea dd.exp{color:#116329}.ea dd.act{color:#a40e26}
.seg{display:grid;grid-template-columns:1fr 1fr;gap:8px;margin:0 0 8px}
@media (max-width:760px){.seg{grid-template-columns:1fr}}
.side{background:var(--soft);border:1px solid #eef1f4;border-radius:6px;padding:6px 10px;min-width:0}
.lbl{font-size:12px;font-weight:600;color:var(--muted);margin-bottom:2px}
.txt{white-space:pre-wrap;overflow-wrap:anywhere}
mark{border-radius:3px;padding:0 1px}
mark.act{background:#ffcecb;color:inherit}
mark.exp{background:#aceebb;color:inherit}
.related{font-size:13px}
.rel{border-top:1px solid #eef1f4;padding:4px 0 4px 10px}
.rel-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px}
.rmsg{color:var(--muted);overflow-wrap:anywhere}
.more-rows{margin:0 12px 10px}
.pager{display:flex;gap:12px;align-items:center;color:var(--muted);margin-top:8px}
.empty{color:var(--muted)}
footer{color:var(--muted);font-size:12px;padding:0 24px 24px}
`;

/*
 * The page script. Plain ES2017 without template literals (this is a TypeScript template string). Data comes
 * only from the JSON block and reaches the DOM only through textContent, createTextNode and property setters:
 * nothing from the data is ever parsed as HTML. Rows are built lazily: a page of family headers at a time, a
 * family's findings when it is opened, and a long family's findings in slices.
 */
const SCRIPT = String.raw`
(function () {
  'use strict';
  var SEV = ['error', 'warning', 'info'], ORIGINS = ['translation', 'source'];
  var F_FAMILY = 0, F_PATH = 1, F_LOCALE = 2, F_RULE = 3, F_CAT = 4, F_SEV = 5, F_LINE = 6, F_COL = 7, F_MSG = 8,
    F_ACTUAL = 9, F_EXPECTED = 10, F_SOURCE = 11, F_TARGET = 12, F_DOCS = 13, F_ORIGIN = 14, F_EVIDENCE = 15, F_RELATED = 16;
  var R_PATH = 0, R_LOCALE = 1, R_LINE = 2, R_COL = 3, R_MSG = 4, R_TARGET = 5;
  var FAMILY_PAGE = 200, ROW_PAGE = 100, AUTO_OPEN = 300, PATHS_SHOWN = 8;

  function $(id) { return document.getElementById(id); }
  function fmt(n) { return n.toLocaleString('en-US'); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  var data = JSON.parse($('loccheck-data').textContent);
  var S = data.s, F = data.f, N = F.length;
  function str(i) { return i >= 0 ? S[i] : undefined; }
  if (!N) { performance.mark('loccheck-rendered'); return; }

  // Findings arrive sorted by family: a family is a run of equal family indexes.
  var fams = [];
  for (var i = 0; i < N; i++) {
    var last = fams[fams.length - 1];
    if (last && last.k === F[i][F_FAMILY]) last.b = i + 1;
    else fams.push({ k: F[i][F_FAMILY], a: i, b: i + 1 });
  }

  var filterBar = $('filters'), list = $('families'), countEl = $('count');
  var moreBtn = $('more'), pageInfo = $('page-info');
  var selRule = $('f-rule'), selCat = $('f-category'), selLoc = $('f-locale'), selOrigin = $('f-origin'), pathIn = $('f-path');
  var sevBoxes = SEV.map(function (s) { return $('f-sev-' + s); });

  var state = null, visible = [], shown = 0, listed = 0;
  var userOpen = Object.create(null);
  var lowerPath = Object.create(null);

  // A select's value is a string; compare findings by string index (-1 when no finding has it: nothing matches).
  function pick(sel) { return sel.value === '' ? null : S.indexOf(sel.value); }
  function readState() {
    return {
      rule: pick(selRule), cat: pick(selCat), loc: pick(selLoc),
      origin: selOrigin.value === '' ? null : ORIGINS.indexOf(selOrigin.value),
      sev: sevBoxes.map(function (b) { return b.checked; }),
      path: pathIn.value.trim().toLowerCase()
    };
  }
  function matches(r) {
    if (!state.sev[r[F_SEV]]) return false;
    if (state.rule !== null && r[F_RULE] !== state.rule) return false;
    if (state.cat !== null && r[F_CAT] !== state.cat) return false;
    if (state.loc !== null && r[F_LOCALE] !== state.loc) return false;
    if (state.origin !== null && r[F_ORIGIN] !== state.origin) return false;
    if (state.path) {
      var p = lowerPath[r[F_PATH]];
      if (p === undefined) p = lowerPath[r[F_PATH]] = S[r[F_PATH]].toLowerCase();
      if (p.indexOf(state.path) < 0) return false;
    }
    return true;
  }
  function compute() {
    state = readState();
    visible = []; shown = 0;
    for (var j = 0; j < fams.length; j++) {
      var fam = fams[j], rows = [];
      for (var i = fam.a; i < fam.b; i++) if (matches(F[i])) rows.push(i);
      if (rows.length) { visible.push({ fam: fam, rows: rows }); shown += rows.length; }
    }
  }

  // Text with every occurrence of needle wrapped in <mark>, built from text nodes.
  function highlighted(parent, text, needle, cls) {
    var pos = 0, at;
    if (needle) {
      while ((at = text.indexOf(needle, pos)) >= 0) {
        if (at > pos) parent.appendChild(document.createTextNode(text.slice(pos, at)));
        parent.appendChild(el('mark', cls, needle));
        pos = at + needle.length;
      }
    }
    if (pos < text.length) parent.appendChild(document.createTextNode(text.slice(pos)));
    return parent;
  }
  function side(label, text, lang, needle, cls) {
    var d = el('div', 'side');
    d.appendChild(el('div', 'lbl', label));
    var t = el('div', 'txt');
    if (lang) t.lang = lang;
    d.appendChild(highlighted(t, text, needle, cls));
    return d;
  }

  function findingNode(i) {
    var r = F[i], sev = SEV[r[F_SEV]] || 'info';
    var locale = S[r[F_LOCALE]], actual = str(r[F_ACTUAL]), expected = str(r[F_EXPECTED]);
    var a = el('article', 'finding sev-' + sev);
    var h = el('div', 'f-head');
    h.appendChild(el('span', 'sev-badge sev-' + sev, sev));
    var url = S[r[F_DOCS]], rule = S[r[F_RULE]], ruleEl;
    if (/^https?:\/\//i.test(url)) {
      ruleEl = el('a', 'rule', rule);
      ruleEl.href = url;
      ruleEl.rel = 'noopener noreferrer';
      ruleEl.title = 'What this check looks for';
    } else ruleEl = el('span', 'rule', rule);
    h.appendChild(ruleEl);
    h.appendChild(el('span', 'tag cat', S[r[F_CAT]]));
    h.appendChild(el('span', 'tag loc', locale));
    if (r[F_ORIGIN] === 1) {
      var ob = el('span', 'tag origin-source', 'from the English');
      ob.title = str(r[F_EVIDENCE]) || 'The English has this defect too';
      h.appendChild(ob);
    }
    h.appendChild(el('span', 'where', S[r[F_PATH]] + ':' + r[F_LINE] + ':' + r[F_COL]));
    a.appendChild(h);
    a.appendChild(el('p', 'msg', S[r[F_MSG]]));
    var evidence = str(r[F_EVIDENCE]);
    if (evidence !== undefined) a.appendChild(el('p', 'evidence', 'Origin: the English (' + evidence + ')'));
    if (expected !== undefined || actual !== undefined) {
      var ea = el('dl', 'ea');
      if (expected !== undefined) { ea.appendChild(el('dt', '', 'expected')); ea.appendChild(el('dd', 'exp', expected)); }
      if (actual !== undefined) { ea.appendChild(el('dt', '', 'actual')); ea.appendChild(el('dd', 'act', actual)); }
      a.appendChild(ea);
    }
    var target = str(r[F_TARGET]), source = str(r[F_SOURCE]);
    if (target !== undefined || source !== undefined) {
      var seg = el('div', 'seg');
      seg.appendChild(side('Translation (' + locale + ')', target || '', locale, actual, 'act'));
      seg.appendChild(side('English source', source || '', 'en', expected, 'exp'));
      a.appendChild(seg);
    }
    var rel = r[F_RELATED];
    if (rel && rel.length) {
      var box = el('div', 'related');
      box.appendChild(el('div', 'lbl', 'Related places'));
      for (var k = 0; k < rel.length; k++) {
        var q = rel[k], item = el('div', 'rel'), rh = el('div', 'rel-head');
        rh.appendChild(el('span', 'tag', S[q[R_LOCALE]]));
        rh.appendChild(el('span', 'where', S[q[R_PATH]] + ':' + q[R_LINE] + (q[R_COL] ? ':' + q[R_COL] : '')));
        item.appendChild(rh);
        item.appendChild(el('div', 'rmsg', S[q[R_MSG]]));
        var qt = str(q[R_TARGET]);
        if (qt !== undefined) { var t = el('div', 'txt', qt); t.lang = S[q[R_LOCALE]]; item.appendChild(t); }
        box.appendChild(item);
      }
      a.appendChild(box);
    }
    return a;
  }

  // Appends the next slice of a family's findings, with a button for the rest.
  function fillRows(d, v) {
    var body = d.querySelector('.rows');
    if (!body) { body = el('div', 'rows'); d.appendChild(body); }
    var old = d.querySelector('.more-rows');
    if (old) old.remove();
    var from = body.childElementCount, to = Math.min(v.rows.length, from + ROW_PAGE);
    var frag = document.createDocumentFragment();
    for (var j = from; j < to; j++) frag.appendChild(findingNode(v.rows[j]));
    body.appendChild(frag);
    if (to < v.rows.length) {
      var b = el('button', 'more-rows', 'Show ' + fmt(Math.min(ROW_PAGE, v.rows.length - to)) + ' more of ' + fmt(v.rows.length - to) + ' remaining findings');
      b.type = 'button';
      b.addEventListener('click', function () { fillRows(d, v); });
      d.appendChild(b);
    }
  }
  function openFamily(d, v) {
    if (!d.querySelector('.rows')) fillRows(d, v);
    d.open = true;
  }

  function familyNode(v, open) {
    var d = el('details', 'family'), s = el('summary');
    var fam = v.fam, total = fam.b - fam.a, c = [0, 0, 0], paths = [], seen = Object.create(null);
    for (var j = 0; j < v.rows.length; j++) {
      var r = F[v.rows[j]];
      c[r[F_SEV]]++;
      if (!seen[r[F_PATH]]) { seen[r[F_PATH]] = 1; paths.push(S[r[F_PATH]]); }
    }
    s.appendChild(el('span', 'fam-key', S[fam.k]));
    s.appendChild(el('span', 'fam-n', v.rows.length === total ? fmt(total) + (total === 1 ? ' finding' : ' findings') : fmt(v.rows.length) + ' of ' + fmt(total) + ' findings'));
    for (var k = 0; k < 3; k++) if (c[k]) s.appendChild(el('span', 'sev-badge sev-' + SEV[k], fmt(c[k]) + ' ' + SEV[k]));
    // One box per path, so a line breaks between paths rather than inside one.
    var pathsEl = el('span', 'fam-paths');
    for (var p = 0; p < paths.length && p < PATHS_SHOWN; p++) pathsEl.appendChild(el('span', 'p', paths[p]));
    if (paths.length > PATHS_SHOWN) pathsEl.appendChild(el('span', 'p', '+' + fmt(paths.length - PATHS_SHOWN) + ' more files'));
    s.appendChild(pathsEl);
    // A click records what the reader opened, so a filter change keeps it open; auto-opened families do not count.
    s.addEventListener('click', function () { if (d.open) delete userOpen[fam.k]; else userOpen[fam.k] = 1; });
    d.appendChild(s);
    d.addEventListener('toggle', function () { if (d.open && !d.querySelector('.rows')) fillRows(d, v); });
    if (open) openFamily(d, v);
    return d;
  }

  function listMore() {
    var end = Math.min(visible.length, listed + FAMILY_PAGE), auto = shown <= AUTO_OPEN;
    var frag = document.createDocumentFragment();
    for (var j = listed; j < end; j++) frag.appendChild(familyNode(visible[j], auto || userOpen[visible[j].fam.k] === 1));
    list.appendChild(frag);
    listed = end;
    moreBtn.hidden = listed >= visible.length;
    moreBtn.textContent = 'Show ' + fmt(Math.min(FAMILY_PAGE, visible.length - listed)) + ' more families';
    pageInfo.textContent = visible.length ? fmt(listed) + ' of ' + fmt(visible.length) + (visible.length === 1 ? ' family' : ' families') + ' listed' : '';
  }
  function update() {
    compute();
    list.textContent = '';
    listed = 0;
    countEl.textContent = fmt(shown) + ' of ' + fmt(N) + (N === 1 ? ' finding' : ' findings') + ' shown';
    countEl.setAttribute('data-shown', String(shown));
    countEl.setAttribute('data-total', String(N));
    if (!visible.length) list.appendChild(el('p', 'empty', 'No finding matches the filters.'));
    listMore();
  }

  var typing = 0;
  [selRule, selCat, selLoc].concat(sevBoxes).forEach(function (c) { c.addEventListener('change', update); });
  // Debounced: refiltering tens of thousands of findings on every keystroke would make typing lag.
  pathIn.addEventListener('input', function () { clearTimeout(typing); typing = setTimeout(update, N > 5000 ? 200 : 60); });
  moreBtn.addEventListener('click', listMore);
  $('f-reset').addEventListener('click', function () {
    selRule.value = selCat.value = selLoc.value = selOrigin.value = pathIn.value = '';
    sevBoxes.forEach(function (b) { b.checked = true; });
    update();
  });
  $('expand-all').addEventListener('click', function () {
    var ds = list.querySelectorAll('details.family');
    for (var j = 0; j < ds.length; j++) { userOpen[visible[j].fam.k] = 1; openFamily(ds[j], visible[j]); }
  });
  $('collapse-all').addEventListener('click', function () {
    userOpen = Object.create(null);
    var ds = list.querySelectorAll('details.family');
    for (var j = 0; j < ds.length; j++) ds[j].open = false;
  });
  // Counts in the summary tables set the matching filter.
  document.addEventListener('click', function (e) {
    var b = e.target instanceof Element ? e.target.closest('button[data-filter]') : null;
    if (!b) return;
    var kind = b.getAttribute('data-filter'), value = b.getAttribute('data-value') || '';
    if (kind === 'rule') selRule.value = value;
    else if (kind === 'locale') selLoc.value = value;
    else if (kind === 'severity') sevBoxes.forEach(function (x) { x.checked = x.value === value; });
    update();
    filterBar.scrollIntoView({ block: 'start' });
  });

  // Large reports skip layout and paint of rows far off screen (expand all on 200 families stays fast). Small
  // ones paint everything, so a full-page screenshot or print shows every row.
  if (N > 2000) list.className = 'cv';
  filterBar.hidden = false;
  $('pager').hidden = false;
  update();
  performance.mark('loccheck-rendered');
})();
`;

const STYLE_HASH = cspHash(STYLE);
const SCRIPT_HASH = cspHash(SCRIPT);
/** Only the page's own style and script run; nothing is fetched; no `<base>` or form can redirect anything. */
export const CSP = `default-src 'none'; style-src ${STYLE_HASH}; script-src ${SCRIPT_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;

function stat(n: number, one: string, many: string, cls = ''): string {
  return `<span class="stat${cls}"><b>${fmt(n)}</b> ${escapeHtml(n === 1 ? one : many)}</span>`;
}

export function formatHtml(report: Report): string {
  const s = report.summary;
  const findings = report.findings;
  const sevStat = (sev: Severity, one: string, many: string): string =>
    stat(s.findings[sev], one, many, s.findings[sev] ? ` c-${sev}` : ' zero');
  const locales = `${plural(s.locales.length, 'locale', 'locales')}${s.locales.length ? `: ${escapeHtml(s.locales.join(', '))}` : ''}`;
  const meta = [
    `${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}`,
    `report format ${escapeHtml(report.reportVersion)}`,
    `checked in ${fmt(Math.round(s.durationMs))} ms`,
    locales,
  ].join(' \u00b7 ');
  const stats = [
    stat(s.files, 'file', 'files'),
    stat(s.families, 'family', 'families'),
    stat(s.segments, 'segment', 'segments'),
    sevStat('error', 'error', 'errors'),
    sevStat('warning', 'warning', 'warnings'),
    sevStat('info', 'info', 'info'),
  ].join('');
  const notes = report.notes.length
    ? `<section class="notes" aria-label="Notes"><h2>Notes</h2><ul>${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>\n`
    : '';
  const body = findings.length
    ? `${overview(findings)}
${filterBar(findings)}
<noscript><p class="noscript">The list of findings needs JavaScript, which is turned off: the summary above is complete. For a list without script, run loccheck with <code>--format terminal</code> or <code>--format json</code>.</p></noscript>
<div id="families"></div>
<div class="pager" id="pager" hidden><button type="button" id="more" hidden>Show more families</button><span id="page-info"></span></div>`
    : '<p class="empty" id="no-findings">No findings.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>loccheck report</title><style>${STYLE}</style></head>
<body><header class="top"><h1>loccheck report</h1>
<p class="meta">${meta}</p>
<div class="stats">${stats}</div>
</header><main>
${notes}${body}
</main>
<footer>Generated by ${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)}. This file is self-contained: it loads nothing from the network.</footer>
<script type="application/json" id="loccheck-data">${jsonForScript(pack(findings))}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

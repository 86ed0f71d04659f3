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
/** [old text, replacement, fix type]: what `--fix` would write. */
type PackedFix = [number, number, number];
/** [family, path, locale, check, category, severity (index into SEVERITIES), line, column, message, actual,
 *  expected, segment source, segment target, docsUrl, origin (index into ORIGINS), evidence, message id, related?,
 *  fix?] (a fix comes with `related`, empty or not) */
type PackedFinding = [
  number, number, number, number, number, number, number,
  number, number, number, number, number, number, number,
  number, number, number, PackedRelated[]?, PackedFix?,
];

interface PackedData {
  /** Layout version of this block, for anyone scraping it; not a public contract. */
  readonly v: 2;
  readonly s: string[];
  readonly f: PackedFinding[];
  /** Family titles: [family, title] string indexes (families keyed by a GUID get their front matter title). */
  readonly t: [number, number][];
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

function pack(findings: readonly Finding[], titles: Readonly<Record<string, string>> = {}): PackedData {
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
        id(f.messageId),
      ];
      if (f.related.length > 0 || f.fix) {
        row.push(f.related.map((r): PackedRelated => [id(r.path), id(r.locale), r.line, r.column ?? 0, id(r.message), id(r.target)]));
      }
      if (f.fix) row.push([id(f.fix.old), id(f.fix.text), id(f.fix.type)]);
      rows.push(row);
    }
  }
  const t: [number, number][] = [];
  for (const [family, title] of Object.entries(titles)) {
    const k = ids.get(family);
    if (k !== undefined) t.push([k, id(title)]);
  }
  return { v: 2, s: strings, f: rows, t };
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
<div class="card wide"><h2>By check</h2><table class="tally"><thead><tr><th>Check</th><th>Category</th>${sevHead}<th>Chart</th></tr></thead><tbody id="t-check">
${checkRows.join('\n')}
</tbody></table></div>
<div class="card"><h2>By locale</h2><table class="tally"><thead><tr><th>Locale</th>${sevHead}<th>Chart</th></tr></thead><tbody id="t-locale">
${localeRows.join('\n')}
</tbody></table></div>
<div class="card"><h2>By severity</h2><table class="tally"><thead><tr><th>Severity</th><th class="n">Findings</th><th>Chart</th></tr></thead><tbody id="t-sev">
${sevRows.join('\n')}
</tbody></table></div>
</section>`;
}

/**
 * The overview a localization manager starts from, filled by the script from the findings that match the filters
 * (hidden without script: the summary tables below are the complete no-script view).
 */
function dashboard(): string {
  const sortable = (key: string, label: string, cls = ''): string =>
    `<th scope="col"${cls ? ` class="${cls}"` : ''}><button type="button" class="sort" data-sort="${key}">${label}</button></th>`;
  return `<section class="dash" id="dash" aria-label="Overview" hidden>
<div class="card wide"><h2>Findings by check and locale</h2><p class="hint">Each count opens the findings of that check in that locale; <span class="src-n">+n</span> are findings whose origin is the English (the same defect in the current English, or every locale agrees).</p>
<div class="scroll"><table class="grid-t" id="matrix"><thead></thead><tbody></tbody></table></div></div>
<div class="card wide"><h2>Which locale is behind</h2><p class="hint">From <code>source-drift</code> (articles whose translation is older than the current English, segments of an older English, segments the English added) and <code>missing-article</code> (articles most locales have and this one lacks).</p>
<div class="scroll"><table class="grid-t" id="behind"><thead><tr><th scope="col">Locale</th><th scope="col" class="n">Findings</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Articles behind</th><th scope="col" class="n">Older segments</th><th scope="col" class="n">Added in English</th><th scope="col" class="n">Missing articles</th></tr></thead><tbody></tbody></table></div></div>
<div class="card wide"><h2>Worst articles first</h2><p class="hint" id="worst-note"></p>
<div class="scroll"><table class="grid-t" id="worst"><thead><tr>${sortable('name', 'Article')}${sortable('locales', 'Locales', 'n')}${sortable('error', 'Errors', 'n')}${sortable('warning', 'Warnings', 'n')}${sortable('info', 'Info', 'n')}${sortable('score', 'Score', 'n')}</tr></thead><tbody></tbody></table></div>
<button type="button" id="worst-more" hidden>Show 20 more</button></div>
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
<label>Sort <select id="f-sort"><option value="score">Worst first (score)</option><option value="findings">Most findings</option><option value="error">Most errors</option><option value="warning">Most warnings</option><option value="info">Most info</option><option value="locales">Most locales</option><option value="name">Name</option></select></label>
<span class="chip" id="f-fam-chip" hidden>Article: <b id="f-fam-name"></b> <button type="button" id="f-fam-clear" aria-label="Show every article">\u00d7</button></span>
<button type="button" id="f-reset">Reset</button>
<span id="share-slot"></span>
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
.overview,.dash{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));gap:12px;margin:0 0 16px}
.card{min-width:0}
.scroll{overflow-x:auto;max-width:100%}
.hint{color:var(--muted);font-size:12px;margin:-4px 0 6px}
table.grid-t{border-collapse:collapse;width:100%}
.grid-t th,.grid-t td{padding:3px 8px;text-align:left;border-top:1px solid #eef1f4;white-space:nowrap}
.grid-t thead th{border-top:0;color:var(--muted);font-weight:600;font-size:12px}
.grid-t tbody th{font-weight:500}
.grid-t td.title{white-space:normal;overflow-wrap:break-word;min-width:12em}
.grid-t .key{display:block;color:var(--muted);font-family:var(--mono);font-size:11px}
.grid-t tr.tot th,.grid-t tr.tot td{font-weight:600}
button.sort{border:0;background:none;padding:0;color:inherit;font:inherit;font-weight:600;cursor:pointer}
th[aria-sort=ascending] button.sort::after{content:" \\25B4"}th[aria-sort=descending] button.sort::after{content:" \\25BE"}
a.src-n,.src-n{color:var(--muted);font-size:12px;margin-left:4px}
.chip{border:1px solid var(--line);border-radius:12px;padding:0 4px 0 10px;background:var(--info-bg)}
.chip button{border:0;background:none;padding:0 6px}
.fam-title{font-weight:600;overflow-wrap:anywhere}
.fam-title+.fam-key{font-weight:400;color:var(--muted);font-size:12px}
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
.ea.fix del{color:#a40e26}.ea.fix ins{color:#116329;text-decoration:none}
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
@media (max-width:600px){header.top{padding:12px}main{padding:8px 10px 32px}.filters{position:static;margin:0 0 12px}.grid-t td.title{min-width:11em}.filters label{flex-wrap:wrap}.filters select,.filters input[type=search]{max-width:100%;width:auto}.tally tbody th{min-width:6em}}
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
    F_ACTUAL = 9, F_EXPECTED = 10, F_SOURCE = 11, F_TARGET = 12, F_DOCS = 13, F_ORIGIN = 14, F_EVIDENCE = 15, F_MSGID = 16, F_RELATED = 17, F_FIX = 18;
  var R_PATH = 0, R_LOCALE = 1, R_LINE = 2, R_COL = 3, R_MSG = 4, R_TARGET = 5;
  var FAMILY_PAGE = 200, ROW_PAGE = 100, AUTO_OPEN = 300, PATHS_SHOWN = 8, WORST_PAGE = 20;
  // Weighted severity of an article: an error counts as much as ten info findings.
  var WEIGHT = [10, 3, 1];
  var SORTS = { score: 1, findings: 1, error: 1, warning: 1, info: 1, locales: 1, name: 1 };

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
  var TITLE = Object.create(null);
  (data.t || []).forEach(function (p) { TITLE[p[0]] = S[p[1]]; });
  function famName(k) { var t = TITLE[k]; return t !== undefined ? t : S[k]; }
  var iDrift = S.indexOf('source-drift'), iMissing = S.indexOf('missing-article');
  var iBehind = S.indexOf('behind'), iAdded = S.indexOf('added'), iChanged = S.indexOf('changed'), iRemoved = S.indexOf('removed'), iAltered = S.indexOf('altered');
  // Every check and locale of the report, with a docs URL and category per check, for tables that keep their rows.
  var ruleInfo = Object.create(null), allLocs = [], locSeen = Object.create(null);
  for (var q0 = 0; q0 < N; q0++) {
    var r0 = F[q0];
    if (!ruleInfo[r0[F_RULE]]) ruleInfo[r0[F_RULE]] = { cat: r0[F_CAT], docs: r0[F_DOCS] };
    if (!locSeen[r0[F_LOCALE]]) { locSeen[r0[F_LOCALE]] = 1; allLocs.push(r0[F_LOCALE]); }
  }
  var natural = new Intl.Collator('en', { numeric: true });
  allLocs.sort(function (a, b) { return natural.compare(S[a], S[b]); });

  // Findings arrive sorted by family: a family is a run of equal family indexes.
  var fams = [];
  for (var i = 0; i < N; i++) {
    var last = fams[fams.length - 1];
    if (last && last.k === F[i][F_FAMILY]) last.b = i + 1;
    else fams.push({ k: F[i][F_FAMILY], a: i, b: i + 1 });
  }
  // Name order of the families (by title where there is one), computed once: sorting by it later is a number compare.
  fams.slice().sort(function (x, y) { return natural.compare(famName(x.k), famName(y.k)) || (S[x.k] < S[y.k] ? -1 : 1); })
    .forEach(function (f, j) { f.rank = j; });
  var famByKey = Object.create(null);
  fams.forEach(function (f) { famByKey[S[f.k]] = f; });

  var filterBar = $('filters'), list = $('families'), countEl = $('count');
  var moreBtn = $('more'), pageInfo = $('page-info');
  var selRule = $('f-rule'), selCat = $('f-category'), selLoc = $('f-locale'), selOrigin = $('f-origin'), pathIn = $('f-path');
  var sevBoxes = SEV.map(function (s) { return $('f-sev-' + s); });

  var selSort = $('f-sort'), famChip = $('f-fam-chip');
  var state = null, visible = [], shown = 0, listed = 0, agg = null, worstShown = WORST_PAGE;
  // Filters and order that live outside the form controls: one article, the sort direction.
  var famFilter = '', sortDir = 0;
  var userOpen = Object.create(null);
  var lowerPath = Object.create(null);

  // A select's value is a string; compare findings by string index (-1 when no finding has it: nothing matches).
  function pick(sel) { return sel.value === '' ? null : S.indexOf(sel.value); }
  function readState() {
    return {
      rule: pick(selRule), cat: pick(selCat), loc: pick(selLoc),
      origin: selOrigin.value === '' ? null : ORIGINS.indexOf(selOrigin.value),
      sev: sevBoxes.map(function (b) { return b.checked; }),
      path: pathIn.value.trim().toLowerCase(),
      fam: famFilter === '' ? null : S.indexOf(famFilter),
      sort: SORTS[selSort.value] ? selSort.value : 'score',
      dir: sortDir || (selSort.value === 'name' ? 1 : -1)
    };
  }
  function matches(r) {
    if (!state.sev[r[F_SEV]]) return false;
    if (state.rule !== null && r[F_RULE] !== state.rule) return false;
    if (state.cat !== null && r[F_CAT] !== state.cat) return false;
    if (state.loc !== null && r[F_LOCALE] !== state.loc) return false;
    if (state.origin !== null && r[F_ORIGIN] !== state.origin) return false;
    if (state.fam !== null && r[F_FAMILY] !== state.fam) return false;
    if (state.path) {
      var p = lowerPath[r[F_PATH]];
      if (p === undefined) p = lowerPath[r[F_PATH]] = S[r[F_PATH]].toLowerCase();
      if (p.indexOf(state.path) < 0) return false;
    }
    return true;
  }
  function tally() { return [0, 0, 0]; }
  // One pass over the findings: the matching rows by family, and every count the overview shows, over the same rows.
  function compute() {
    state = readState();
    visible = []; shown = 0;
    agg = { sev: tally(), rule: Object.create(null), loc: Object.create(null), cell: Object.create(null), drift: Object.create(null) };
    var gen = Object.create(null);
    for (var j = 0; j < fams.length; j++) {
      var fam = fams[j], rows = [], c = tally(), nloc = 0;
      for (var i = fam.a; i < fam.b; i++) {
        var r = F[i];
        if (!matches(r)) continue;
        rows.push(i);
        var sv = r[F_SEV], rl = r[F_RULE], lc = r[F_LOCALE];
        c[sv]++; agg.sev[sv]++;
        if (gen[lc] !== j) { gen[lc] = j; nloc++; }
        (agg.rule[rl] || (agg.rule[rl] = tally()))[sv]++;
        (agg.loc[lc] || (agg.loc[lc] = tally()))[sv]++;
        var ck = rl + ':' + lc, cell = agg.cell[ck] || (agg.cell[ck] = [0, 0]);
        cell[r[F_ORIGIN]]++;
        if (rl === iDrift || rl === iMissing) {
          var d = agg.drift[lc] || (agg.drift[lc] = { behind: 0, older: 0, added: 0, missing: 0 }), m = r[F_MSGID];
          if (rl === iMissing) d.missing++;
          else if (m === iBehind) d.behind++;
          else if (m === iAdded) d.added++;
          else if (m === iChanged || m === iRemoved || m === iAltered) d.older++;
        }
      }
      if (rows.length) {
        visible.push({ fam: fam, rows: rows, c: c, n: rows.length, nloc: nloc, score: c[0] * WEIGHT[0] + c[1] * WEIGHT[1] + c[2] * WEIGHT[2] });
        shown += rows.length;
      }
    }
    sortVisible();
  }
  function sortKey(v, key) {
    if (key === 'score') return v.score;
    if (key === 'findings') return v.n;
    if (key === 'error') return v.c[0];
    if (key === 'warning') return v.c[1];
    if (key === 'info') return v.c[2];
    if (key === 'locales') return v.nloc;
    return v.fam.rank;
  }
  function sortVisible() {
    var key = state.sort, dir = state.dir;
    // Ties (and the name order itself) by name: the same order on every load.
    visible.sort(function (x, y) { return dir * (sortKey(x, key) - sortKey(y, key)) || x.fam.rank - y.fam.rank; });
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
    var fix = r[F_FIX];
    if (fix) {
      var fb = el('span', 'tag fixable', 'fixable');
      fb.title = 'loccheck --fix repairs it (' + S[fix[2]] + ')';
      h.appendChild(fb);
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
    if (fix) {
      // What --fix writes, old text and replacement, so a reader can judge the repair before running it.
      var fl = el('dl', 'ea fix');
      fl.appendChild(el('dt', '', '--fix (' + S[fix[2]] + ')'));
      var fd = el('dd', '');
      fd.appendChild(el('del', 'act', S[fix[0]]));
      fd.appendChild(document.createTextNode(' \u2192 '));
      fd.appendChild(el('ins', 'exp', S[fix[1]]));
      fl.appendChild(fd);
      a.appendChild(fl);
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
    if (TITLE[fam.k] !== undefined) s.appendChild(el('span', 'fam-title', TITLE[fam.k]));
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
  // ---- Filter state in the URL: #rule=...&loc=...&sev=error,warning&q=...&fam=...&sort=...&dir=asc. Values are strings of
  // the report (check ids, locales, family keys); unknown values select nothing rather than failing.
  function hashOf(over) {
    var p = new URLSearchParams(), o = over || {};
    function put(k, v) { if (v) p.set(k, v); }
    put('rule', 'rule' in o ? o.rule : selRule.value);
    put('cat', 'cat' in o ? o.cat : selCat.value);
    put('loc', 'loc' in o ? o.loc : selLoc.value);
    put('origin', 'origin' in o ? o.origin : selOrigin.value);
    var sevs = SEV.filter(function (x, k) { return sevBoxes[k].checked; });
    if (sevs.length < 3) p.set('sev', sevs.join(',') || 'none');
    put('q', pathIn.value.trim());
    put('fam', 'fam' in o ? o.fam : famFilter);
    var key = SORTS[selSort.value] ? selSort.value : 'score';
    if (key !== 'score') p.set('sort', key);
    if (sortDir) p.set('dir', sortDir > 0 ? 'asc' : 'desc');
    var h = p.toString();
    return h ? '#' + h : '';
  }
  function setSelect(sel, v) {
    sel.value = v || '';
    // A value the report does not have: keep it visible as the filter it is (nothing matches), not silently "all".
    if (v && sel.value !== v) { var o = el('option', '', v); o.value = v; sel.appendChild(o); sel.value = v; }
  }
  function applyHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    setSelect(selRule, p.get('rule')); setSelect(selCat, p.get('cat')); setSelect(selLoc, p.get('loc'));
    setSelect(selOrigin, p.get('origin'));
    var sev = p.get('sev');
    sevBoxes.forEach(function (b) { b.checked = sev === null || sev.split(',').indexOf(b.value) >= 0; });
    pathIn.value = p.get('q') || '';
    famFilter = p.get('fam') || '';
    var key = p.get('sort');
    selSort.value = key && SORTS[key] ? key : 'score';
    var dir = p.get('dir');
    sortDir = dir === 'asc' ? 1 : dir === 'desc' ? -1 : 0;
  }
  var lastHash = null;
  function writeHash() {
    var h = hashOf();
    lastHash = h;
    share.href = h || '#';
    if (location.hash === h || (!h && !location.hash)) return;
    try { history.replaceState(null, '', h || location.pathname + location.search); } catch (e) { /* file:// in an old browser */ }
  }

  // ---- The overview tables, rebuilt from agg on every change.
  function cellLink(text, over, cls, title) {
    var a = el('a', cls, text);
    a.href = hashOf(over) || '#';
    a.setAttribute('data-nav', '1');
    if (title) a.title = title;
    return a;
  }
  // A path may break after each '/' (and at hyphens, as text does), not inside a word.
  function breakable(parent, text) {
    var parts = text.split('/');
    for (var k = 0; k < parts.length; k++) {
      parent.appendChild(document.createTextNode(parts[k] + (k < parts.length - 1 ? '/' : '')));
      if (k < parts.length - 1) parent.appendChild(document.createElement('wbr'));
    }
    return parent;
  }
  function numCell(tr, n, over, title) {
    var td = el('td', 'n' + (n ? '' : ' zero'));
    if (n && over) td.appendChild(cellLink(fmt(n), over, '', title)); else td.textContent = fmt(n);
    tr.appendChild(td);
    return td;
  }
  function sum(t) { return t[0] + t[1] + t[2]; }
  function renderMatrix() {
    var tbl = $('matrix'), head = el('tr'), body = document.createDocumentFragment();
    head.appendChild(el('th', '', 'Check'));
    for (var k = 0; k < allLocs.length; k++) { var th = el('th', 'n', S[allLocs[k]]); th.lang = S[allLocs[k]]; head.appendChild(th); }
    head.appendChild(el('th', 'n', 'Total'));
    var rules = Object.keys(agg.rule).map(Number).sort(function (a, b) { return sum(agg.rule[b]) - sum(agg.rule[a]) || natural.compare(S[a], S[b]); });
    var colTot = allLocs.map(function () { return [0, 0]; });
    rules.forEach(function (rl) {
      var tr = el('tr'), tot = [0, 0];
      tr.appendChild(el('th', '', S[rl])).scope = 'row';
      allLocs.forEach(function (lc, k) {
        var cell = agg.cell[rl + ':' + lc] || [0, 0], td = el('td', 'n' + (cell[0] + cell[1] ? '' : ' zero'));
        if (cell[0]) td.appendChild(cellLink(fmt(cell[0]), { rule: S[rl], loc: S[lc], origin: 'translation' }, '', S[rl] + ' in ' + S[lc] + ': translation'));
        if (cell[1]) td.appendChild(cellLink('+' + fmt(cell[1]), { rule: S[rl], loc: S[lc], origin: 'source' }, 'src-n', S[rl] + ' in ' + S[lc] + ': from the English'));
        if (!cell[0] && !cell[1]) td.textContent = '0';
        tr.appendChild(td);
        tot[0] += cell[0]; tot[1] += cell[1]; colTot[k][0] += cell[0]; colTot[k][1] += cell[1];
      });
      var tt = el('td', 'n');
      tt.appendChild(cellLink(fmt(tot[0] + tot[1]), { rule: S[rl], loc: '', origin: '' }, '', 'every locale'));
      tr.appendChild(tt);
      body.appendChild(tr);
    });
    var trT = el('tr', 'tot');
    trT.appendChild(el('th', '', 'All checks')).scope = 'row';
    colTot.forEach(function (t, k) {
      var td = el('td', 'n');
      td.appendChild(cellLink(fmt(t[0]), { loc: S[allLocs[k]], rule: '', origin: 'translation' }, '', 'translation'));
      if (t[1]) td.appendChild(cellLink('+' + fmt(t[1]), { loc: S[allLocs[k]], rule: '', origin: 'source' }, 'src-n', 'from the English'));
      trT.appendChild(td);
    });
    trT.appendChild(el('td', 'n', fmt(shown)));
    body.appendChild(trT);
    tbl.tHead.textContent = ''; tbl.tHead.appendChild(head);
    tbl.tBodies[0].textContent = ''; tbl.tBodies[0].appendChild(body);
  }
  function renderWorst() {
    var tbl = $('worst'), body = document.createDocumentFragment(), n = Math.min(visible.length, worstShown);
    for (var j = 0; j < n; j++) {
      var v = visible[j], tr = el('tr'), td = el('td', 'title'), key = S[v.fam.k];
      td.appendChild(breakable(cellLink('', { fam: key }, '', 'Show only this article'), famName(v.fam.k)));
      if (TITLE[v.fam.k] !== undefined) td.appendChild(el('span', 'key', key));
      tr.appendChild(td);
      tr.appendChild(el('td', 'n', fmt(v.nloc)));
      for (var k = 0; k < 3; k++) tr.appendChild(el('td', 'n' + (v.c[k] ? ' c-' + SEV[k] : ' zero'), fmt(v.c[k])));
      tr.appendChild(el('td', 'n', fmt(v.score)));
      body.appendChild(tr);
    }
    tbl.tBodies[0].textContent = '';
    tbl.tBodies[0].appendChild(body);
    var ths = tbl.tHead.querySelectorAll('th');
    for (var t = 0; t < ths.length; t++) {
      var b = ths[t].querySelector('button');
      if (b.getAttribute('data-sort') === state.sort) ths[t].setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      else ths[t].removeAttribute('aria-sort');
    }
    $('worst-note').textContent = visible.length
      ? fmt(n) + ' of ' + fmt(visible.length) + (visible.length === 1 ? ' article' : ' articles') + ' with findings, in the order of the list below. Score = ' +
        WEIGHT[0] + ' \u00d7 errors + ' + WEIGHT[1] + ' \u00d7 warnings + info. Click a heading to sort.'
      : 'No article matches the filters.';
    $('worst-more').hidden = n >= visible.length;
  }
  function renderBehind() {
    var tbody = $('behind').tBodies[0], body = document.createDocumentFragment();
    var locs = allLocs.filter(function (lc) { return agg.loc[lc] || agg.drift[lc]; });
    locs.sort(function (a, b) {
      var da = agg.drift[a] || {}, db = agg.drift[b] || {};
      return ((db.missing || 0) + (db.behind || 0)) - ((da.missing || 0) + (da.behind || 0)) || (db.older || 0) - (da.older || 0) || natural.compare(S[a], S[b]);
    });
    locs.forEach(function (lc) {
      var t = agg.loc[lc] || tally(), d = agg.drift[lc] || { behind: 0, older: 0, added: 0, missing: 0 }, tr = el('tr'), L = S[lc];
      tr.appendChild(el('th', '', L)).scope = 'row';
      numCell(tr, sum(t), { loc: L, rule: '' });
      numCell(tr, t[0], null);
      numCell(tr, d.behind, { loc: L, rule: 'source-drift' }, 'source-drift in ' + L);
      numCell(tr, d.older, { loc: L, rule: 'source-drift' }, 'source-drift in ' + L);
      numCell(tr, d.added, { loc: L, rule: 'source-drift' }, 'source-drift in ' + L);
      numCell(tr, d.missing, { loc: L, rule: 'missing-article' }, 'missing-article in ' + L);
      body.appendChild(tr);
    });
    tbody.textContent = '';
    tbody.appendChild(body);
  }
  var SVGNS = 'http://www.w3.org/2000/svg';
  function svgBar(t, max) {
    var svg = document.createElementNS(SVGNS, 'svg'), x = 0, label = [];
    svg.setAttribute('class', 'bar'); svg.setAttribute('width', '160'); svg.setAttribute('height', '12');
    svg.setAttribute('viewBox', '0 0 160 12'); svg.setAttribute('role', 'img');
    function rect(cls, x0, w) {
      var r = document.createElementNS(SVGNS, 'rect');
      r.setAttribute('class', cls); r.setAttribute('x', x0.toFixed(2)); r.setAttribute('y', '0');
      r.setAttribute('width', w.toFixed(2)); r.setAttribute('height', '12');
      svg.appendChild(r);
    }
    rect('b-track', 0, 160);
    for (var k = 0; k < 3; k++) {
      var w = max > 0 ? (t[k] / max) * 160 : 0;
      if (w > 0) rect('b-' + SEV[k], x, Math.max(w, 1));
      x += w;
      if (t[k]) label.push(fmt(t[k]) + ' ' + SEV[k]);
    }
    svg.setAttribute('aria-label', label.join(', ') || 'none');
    return svg;
  }
  function filterBtn(kind, value, n) {
    var b = el('button', 'num', fmt(n));
    b.type = 'button'; b.setAttribute('data-filter', kind); b.setAttribute('data-value', value); b.title = 'Show only these';
    return b;
  }
  function sevTds(tr, t) { for (var k = 0; k < 3; k++) tr.appendChild(el('td', 'n' + (t[k] ? ' c-' + SEV[k] : ' zero'), fmt(t[k]))); }
  // The server-rendered summary tables, refilled with the counts of the findings that match.
  function renderTallies() {
    var total = sum(agg.sev);
    var rules = Object.keys(agg.rule).map(Number).sort(function (a, b) { return sum(agg.rule[b]) - sum(agg.rule[a]) || natural.compare(S[a], S[b]); });
    var fc = document.createDocumentFragment();
    rules.forEach(function (rl) {
      var t = agg.rule[rl], tr = el('tr'), th = el('th'), url = S[ruleInfo[rl].docs];
      th.scope = 'row';
      if (/^https?:\/\//i.test(url)) { var a = el('a', '', S[rl]); a.href = url; th.appendChild(a); } else th.textContent = S[rl];
      tr.appendChild(th);
      tr.appendChild(el('td', '', S[ruleInfo[rl].cat]));
      sevTds(tr, t);
      var n = el('td', 'n'); n.appendChild(filterBtn('rule', S[rl], sum(t))); tr.appendChild(n);
      var b = el('td'); b.appendChild(svgBar(t, total)); tr.appendChild(b);
      fc.appendChild(tr);
    });
    var tb = $('t-check'); tb.textContent = ''; tb.appendChild(fc);
    var locs = Object.keys(agg.loc).map(Number).sort(function (a, b) { return sum(agg.loc[b]) - sum(agg.loc[a]) || natural.compare(S[a], S[b]); });
    var maxLoc = 0;
    locs.forEach(function (lc) { maxLoc = Math.max(maxLoc, sum(agg.loc[lc])); });
    var fl = document.createDocumentFragment();
    locs.forEach(function (lc) {
      var t = agg.loc[lc], tr = el('tr');
      tr.appendChild(el('th', '', S[lc])).scope = 'row';
      sevTds(tr, t);
      var n = el('td', 'n'); n.appendChild(filterBtn('locale', S[lc], sum(t))); tr.appendChild(n);
      var b = el('td'); b.appendChild(svgBar(t, maxLoc)); tr.appendChild(b);
      fl.appendChild(tr);
    });
    tb = $('t-locale'); tb.textContent = ''; tb.appendChild(fl);
    var fs = document.createDocumentFragment();
    for (var k = 0; k < 3; k++) {
      var tr = el('tr'), th = el('th'), one = tally();
      th.scope = 'row'; th.appendChild(el('span', 'sev-badge sev-' + SEV[k], SEV[k])); tr.appendChild(th);
      one[k] = agg.sev[k];
      var n = el('td', 'n');
      if (agg.sev[k]) n.appendChild(filterBtn('severity', SEV[k], agg.sev[k])); else n.textContent = '0';
      tr.appendChild(n);
      var b = el('td'); b.appendChild(svgBar(one, total)); tr.appendChild(b);
      fs.appendChild(tr);
    }
    tb = $('t-sev'); tb.textContent = ''; tb.appendChild(fs);
  }
  function renderOverview() {
    renderMatrix();
    renderWorst();
    renderBehind();
    renderTallies();
    famChip.hidden = famFilter === '';
    if (famFilter !== '') {
      var f = famByKey[famFilter];
      $('f-fam-name').textContent = f ? famName(f.k) : famFilter;
    }
  }

  function update() {
    compute();
    worstShown = WORST_PAGE;
    renderOverview();
    writeHash();
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
  selOrigin.addEventListener('change', update);
  selSort.addEventListener('change', function () { sortDir = 0; update(); });
  $('f-reset').addEventListener('click', function () {
    selRule.value = selCat.value = selLoc.value = selOrigin.value = pathIn.value = '';
    sevBoxes.forEach(function (b) { b.checked = true; });
    famFilter = '';
    selSort.value = 'score';
    sortDir = 0;
    update();
  });
  $('f-fam-clear').addEventListener('click', function () { famFilter = ''; update(); });
  $('worst-more').addEventListener('click', function () { worstShown += WORST_PAGE; renderWorst(); });
  // A heading of the worst-articles table sorts by it (again: the other direction); the list below follows.
  $('worst').tHead.addEventListener('click', function (e) {
    var b = e.target instanceof Element ? e.target.closest('button[data-sort]') : null;
    if (!b) return;
    var key = b.getAttribute('data-sort');
    if (key === state.sort) sortDir = -state.dir;
    else { sortDir = 0; }
    selSort.value = key;
    update();
  });
  // Links of the overview carry a whole filter state; following one applies it (and the address can be shared).
  document.addEventListener('click', function (e) {
    var a = e.target instanceof Element ? e.target.closest('a[data-nav]') : null;
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    var h = a.getAttribute('href') || '';
    try { history.pushState(null, '', h === '#' ? location.pathname + location.search : h); } catch (x) { location.hash = h; return; }
    applyHash();
    update();
    list.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('hashchange', function () { if (location.hash !== lastHash) { applyHash(); update(); } });
  window.addEventListener('popstate', function () { applyHash(); update(); });
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
  var share = el('a', 'share', 'Link to this view');
  share.id = 'share';
  share.title = 'The address of this view: copy it to share the filters';
  $('share-slot').appendChild(share);
  filterBar.hidden = false;
  $('dash').hidden = false;
  $('pager').hidden = false;
  var t0 = performance.now();
  applyHash();
  update();
  // How long applying the address's state took (the shared-URL case), for tests and the curious.
  window.loccheckApplyMs = performance.now() - t0;
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
    ? `${filterBar(findings)}
${dashboard()}
${overview(findings)}
<noscript><p class="noscript">The overview and the list of findings need JavaScript, which is turned off: the summary tables above count every finding. For a list without script, run loccheck with <code>--format terminal</code> or <code>--format json</code>.</p></noscript>
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
<script type="application/json" id="loccheck-data">${jsonForScript(pack(findings, report.familyTitles))}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}

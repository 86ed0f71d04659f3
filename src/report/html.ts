// HTML report: one self-contained, inert page (no network, no script from articles); every article string escaped.
import type { Finding, Report } from '../model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/** Only http(s) and relative URLs become links; `javascript:` and friends stay text. */
function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1f2328;background:#fff}
header{padding:16px 24px;border-bottom:1px solid #d0d7de;background:#f6f8fa}
h1{font-size:20px;margin:0 0 4px}
main{padding:16px 24px}
.summary span{margin-right:16px}
.error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}
section.file{margin:16px 0;border:1px solid #d0d7de;border-radius:6px}
section.file h2{font-size:14px;margin:0;padding:8px 12px;background:#f6f8fa;border-bottom:1px solid #d0d7de;font-family:ui-monospace,monospace}
table{border-collapse:collapse;width:100%}
td{padding:6px 12px;vertical-align:top;border-top:1px solid #eaeef2}
td.loc{font-family:ui-monospace,monospace;white-space:nowrap}
td.rule a{color:#57606a}
.detail{font-family:ui-monospace,monospace;font-size:12px;color:#57606a;white-space:pre-wrap;word-break:break-all}
`;

function row(f: Finding): string {
  const details: string[] = [];
  if (f.actual !== undefined) details.push(`actual: ${escapeHtml(f.actual)}`);
  if (f.expected !== undefined) details.push(`expected: ${escapeHtml(f.expected)}`);
  for (const r of f.related) details.push(`↳ ${escapeHtml(r.path)}:${r.line} (${escapeHtml(r.locale)}) ${escapeHtml(r.message)}`);
  const docs = safeHref(f.docsUrl);
  const rule = docs ? `<a href="${escapeHtml(docs)}">${escapeHtml(f.ruleId)}</a>` : escapeHtml(f.ruleId);
  return `<tr data-severity="${escapeHtml(f.severity)}" data-rule="${escapeHtml(f.ruleId)}" data-locale="${escapeHtml(f.locale)}">
<td class="loc">${f.line}:${f.column}</td><td class="${escapeHtml(f.severity)}">${escapeHtml(f.severity)}</td>
<td>${escapeHtml(f.message)}${details.length ? `<div class="detail">${details.join('\n')}</div>` : ''}</td><td class="rule">${rule}</td></tr>`;
}

export function formatHtml(report: Report): string {
  const s = report.summary;
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  const sections = [...byFile]
    .map(([file, findings]) => `<section class="file"><h2>${escapeHtml(file)}</h2><table>${findings.map(row).join('\n')}</table></section>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>loccheck report</title><style>${STYLE}</style></head>
<body><header><h1>loccheck report</h1>
<div class="summary"><span>${s.files} files</span><span>${s.locales.length} locales (${escapeHtml(s.locales.join(', '))})</span><span>${s.families} families</span><span>${s.segments} segments</span>
<span class="error">${s.findings.error} errors</span><span class="warning">${s.findings.warning} warnings</span><span class="info">${s.findings.info} info</span></div>
</header><main>
${sections || '<p>No findings.</p>'}
${report.notes.map((n) => `<p class="detail">note: ${escapeHtml(n)}</p>`).join('\n')}
<p class="detail">${escapeHtml(report.tool.name)} ${escapeHtml(report.tool.version)} · report format ${escapeHtml(report.reportVersion)}</p>
</main></body></html>
`;
}

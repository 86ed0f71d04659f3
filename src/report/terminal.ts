// Terminal report: findings grouped by file as `path:line:col severity message check-id`, then a summary line.
import pc from 'picocolors';
import type { Finding, Report, Severity } from '../model.js';

export interface TerminalOptions {
  color: boolean;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatTerminal(report: Report, options: TerminalOptions = { color: false }): string {
  const c = pc.createColors(options.color);
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  const out: string[] = [];
  for (const [file, findings] of byFile) {
    out.push(c.underline(file));
    for (const f of findings) {
      const where = `${f.path}:${f.line}:${f.column}`;
      const origin = f.origin === 'source' ? `${c.bold('[from the English]')} ` : '';
      let line = `  ${where}  ${paint[f.severity](f.severity.padEnd(7))}  ${origin}${f.message}  ${c.dim(f.ruleId)}`;
      if (f.actual !== undefined || f.expected !== undefined) {
        const parts = [];
        if (f.actual !== undefined) parts.push(`actual: ${JSON.stringify(f.actual)}`);
        if (f.expected !== undefined) parts.push(`expected: ${JSON.stringify(f.expected)}`);
        line += `\n      ${c.dim(parts.join('  '))}`;
      }
      if (f.evidence !== undefined) line += `\n      ${c.dim(`origin: the English (${f.evidence})`)}`;
      for (const r of f.related.slice(0, 3)) line += `\n      ${c.dim(`↳ ${r.path}:${r.line} (${r.locale}) ${r.message}`)}`;
      if (f.related.length > 3) line += `\n      ${c.dim(`↳ … and ${f.related.length - 3} more`)}`;
      out.push(line);
    }
    out.push('');
  }
  for (const note of report.notes) out.push(c.dim(`note: ${note}`));
  const fixed = report.baseline?.fixed ?? [];
  for (const e of fixed.slice(0, 20)) out.push(c.green(`fixed since the baseline: ${e.path}:${e.line} ${e.ruleId} ${e.message}`));
  if (fixed.length > 20) out.push(c.green(`… and ${fixed.length - 20} more baseline entries no longer found`));
  const s = report.summary;
  const total = s.findings.error + s.findings.warning + s.findings.info;
  const counts = `${plural(s.findings.error, 'error')}, ${plural(s.findings.warning, 'warning')}, ${s.findings.info} info`;
  const scope = `${plural(s.files, 'file')}, ${plural(s.locales.length, 'locale')}, ${plural(s.families, 'family').replace('familys', 'families')}, ${plural(s.segments, 'segment')}`;
  const mark = total === 0 ? c.green('✔') : s.findings.error > 0 ? c.red('✖') : c.yellow('⚠');
  const fromEnglish = s.byOrigin?.source ? `, ${s.byOrigin.source} from the English` : '';
  out.push(`${mark} ${plural(total, 'finding')} (${counts}${fromEnglish}) in ${scope} · ${s.durationMs} ms${report.config ? ` · config ${report.config}` : ''}`);
  if (s.fixable) out.push(`  ${s.fixable} ${s.fixable === 1 ? 'problem is' : 'problems are'} potentially fixable with the \`--fix\` option.`);
  return `${out.join('\n')}\n`;
}

// Inline suppression comments: `<!-- loccheck-disable-next-line id -->`, `<!-- loccheck-disable id -->` … `<!-- loccheck-enable -->`.
import type { Suppression } from '../model.js';
import type { LineIndex } from './lines.js';

// `[^>]{0,500}` keeps the scan linear and bounded; a comment's body never holds `>` before its `-->`.
const DIRECTIVE = /<!--[ \t]*loccheck-(disable-next-line|disable|enable)\b([^>]{0,500}?)-->/g;

function ruleIds(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '--');
}

/**
 * The suppressions of an article. A `disable` without a matching `enable` runs to the end of the file; an
 * `enable` with ids ends only those ids' ranges, without ids it ends every open range.
 */
export function parseSuppressions(text: string, lines: LineIndex, codeLines: ReadonlySet<number>): Suppression[] {
  if (!text.includes('loccheck-')) return [];
  const out: Suppression[] = [];
  const open: { line: number; column: number; ruleIds: string[] }[] = [];
  const close = (o: (typeof open)[number], endLine: number): void => {
    out.push({ kind: 'range', line: o.line, column: o.column, from: o.line, to: endLine, ruleIds: o.ruleIds });
  };
  for (const m of text.matchAll(DIRECTIVE)) {
    const pos = lines.position(m.index);
    // A directive shown in a code sample is an example, not a directive.
    if (codeLines.has(pos.line)) continue;
    const kind = m[1] as string;
    const ids = ruleIds(m[2] ?? '');
    if (kind === 'disable-next-line') {
      out.push({ kind: 'next-line', line: pos.line, column: pos.column, from: pos.line + 1, to: pos.line + 1, ruleIds: ids });
    } else if (kind === 'disable') {
      open.push({ line: pos.line, column: pos.column, ruleIds: ids });
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as (typeof open)[number];
        if (ids.length === 0 || o.ruleIds.some((id) => ids.includes(id)) || o.ruleIds.length === 0) {
          close(o, pos.line);
          open.splice(i, 1);
        }
      }
    }
  }
  for (const o of open) close(o, lines.lineCount);
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

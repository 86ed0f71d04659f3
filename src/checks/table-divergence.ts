// Data tables that drift: identifier names translated, columns or rows that the other locales have and this one lacks.
import type { Article, Table, TableCell } from '../model.js';
import { tableIdentifierFix } from './support/fix.js';
import { stringSet } from './support/options.js';
import type { FamilyCheck, RelatedInput } from './types.js';

/** Names that are data, not prose: CamelCase (`AppName`, `OSVersion`) or ending in an `ID` (`UserID`). */
export function isIdentifier(source: string): boolean {
  const s = source.replace(/^\*\*|\*\*$/g, '').trim();
  if (!/^[A-Za-z][A-Za-z0-9_.]{1,60}$/.test(s)) return false;
  return /[a-z][A-Z]/.test(s) || /^[A-Z]{2,}[a-z]/.test(s) || /[a-z]ID$/.test(s) || /_/.test(s);
}

/**
 * Whether a record table's first column names its records. A name that recurs in several of the column's cells
 * (`FirstName + LastName`, `LastName + FirstName`, `FirstName`) is composed into formats: the column describes
 * patterns, and the names in it are words of the description, rightly translated.
 */
export function namesRecords(table: Table): boolean {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const words = new Set((row[0]?.source ?? '').replace(/\*\*/g, ' ').split(/[^A-Za-z0-9_.]+/).filter(isIdentifier));
    for (const w of words) {
      if (seen.has(w)) return false;
      seen.add(w);
    }
  }
  return true;
}

const norm = (s: string): string => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Row keys of a record table: the first column's source text. */
function keys(table: Table): string[] {
  return table.rows.map((r) => norm(r[0]?.source ?? ''));
}

/** Tables are matched across locales by their first header cell and their order, so a dropped column still matches. */
function headerKey(table: Table): string {
  return norm(table.header[0]?.source ?? '');
}

export const tableDivergence: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'table-divergence',
    category: 'table',
    defaultSeverity: 'warning',
    description: 'Data tables whose identifier names are translated, or whose rows and columns differ from the other locales.',
    messages: {
      'identifier-translated': 'The identifier "{expected}" in the first column is translated as "{actual}": names that are data stay as in the source.',
      'row-missing': 'The row "{row}" of this table is in {count} other locale(s) but not here.',
      'column-count': 'This table has {actual} columns; the same table has {expected} in the other locales.',
    },
    fixable: { 'identifier-translated': 'the translated name replaced by the English one, when the cell is one segment' },
  },
  run({ articles, options, report }) {
    const allow = stringSet(options['identifierAllowlist']);
    // Identifier cells, per article.
    for (const a of articles) {
      for (const t of a.tables) {
        if (!t.record || !namesRecords(t)) continue;
        for (const row of t.rows) {
          const cell = row[0] as TableCell | undefined;
          if (!cell || cell.segments.length === 0) continue;
          const source = cell.source.replace(/\*\*/g, '').trim();
          const text = cell.text.replace(/\*\*/g, '').trim();
          if (!isIdentifier(source) || allow.has(source) || text === source) continue;
          report({
            article: a,
            messageId: 'identifier-translated',
            data: { expected: source, actual: text },
            line: cell.line,
            column: cell.column,
            expected: source,
            actual: text,
            key: `identifier:${source}:${text}`,
            ...((fix) => (fix ? { fix } : {}))(tableIdentifierFix(a, cell, source, text)),
          });
        }
      }
    }
    if (articles.length < 2) return;
    // Record tables matched across locales by their header sources and their order among such tables.
    const byTable = new Map<string, { article: Article; table: Table }[]>();
    for (const a of articles) {
      const seen = new Map<string, number>();
      for (const t of a.tables) {
        if (!t.record) continue;
        const h = headerKey(t);
        const n = seen.get(h) ?? 0;
        seen.set(h, n + 1);
        const list = byTable.get(`${h}#${n}`) ?? [];
        list.push({ article: a, table: t });
        byTable.set(`${h}#${n}`, list);
      }
    }
    for (const group of byTable.values()) {
      if (group.length < 2) continue;
      const newest = group.reduce((m, g) => ((g.article.handoff ?? '') > (m ?? '') ? (g.article.handoff ?? '') : m), '' as string);
      for (const { article, table } of group) {
        const others = group.filter((g) => g.article !== article);
        // Columns: the majority of the other locales agree on a count that differs from this one.
        const counts = new Map<number, number>();
        for (const o of others) counts.set(o.table.header.length, (counts.get(o.table.header.length) ?? 0) + 1);
        const [majority, votes] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [0, 0];
        if (majority !== table.header.length && votes * 2 > others.length) {
          report({
            article,
            messageId: 'column-count',
            data: { actual: table.header.length, expected: majority },
            line: table.line,
            actual: String(table.header.length),
            expected: String(majority),
            related: others.map((o) => ({ article: o.article, line: o.table.line, message: `${o.table.header.length} columns` })),
            key: `columns:${headerKey(table)}`,
          });
        }
        // Rows: a row the majority of the others have, including one at least as new as this article.
        const mine = new Set(keys(table));
        const holders = new Map<string, { article: Article; line: number }[]>();
        for (const o of others) {
          for (const [i, k] of keys(o.table).entries()) {
            if (k === '' || mine.has(k)) continue;
            const list = holders.get(k) ?? [];
            list.push({ article: o.article, line: o.table.rows[i]?.[0]?.line ?? o.table.line });
            holders.set(k, list);
          }
        }
        for (const [row, list] of holders) {
          if (list.length * 2 <= others.length) continue;
          if (!list.some((h) => (h.article.handoff ?? '') >= (article.handoff ?? '') || (h.article.handoff ?? '') === newest)) continue;
          const related: RelatedInput[] = list.map((h) => ({ article: h.article, line: h.line, message: `has the row "${row}"` }));
          report({
            article,
            messageId: 'row-missing',
            data: { row, count: list.length },
            line: table.line,
            expected: row,
            related,
            key: `row-missing:${headerKey(table)}:${row}`,
          });
        }
      }
    }
  },
};

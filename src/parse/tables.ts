// Tables (GFM and HTML) as records of cells with their segments, and the roles of the segments in data tables.
import type { Segment, Table, TableCell } from '../model.js';
import type { HtmlExtract } from './bilingual.js';
import type { LineIndex } from './lines.js';
import type { MdStructure } from './markdown.js';
import { objectList } from './object-list.js';
import { segmentsIn } from './segments.js';

const clean = (s: string): string => s.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();

/** A cell: the texts of its segments, or `fallback` (its own text) when it holds none. */
function makeCell(
  segments: readonly Segment[],
  starts: readonly number[],
  range: { start: number; end: number },
  lines: LineIndex,
  fallback: string,
): TableCell {
  const inCell = segmentsIn(segments, starts, range.start, range.end);
  const pos = lines.position(range.start);
  if (inCell.length === 0) {
    const raw = clean(fallback);
    return { text: raw, source: raw, segments: inCell, line: pos.line, column: pos.column };
  }
  return {
    text: clean(inCell.map((i) => (segments[i] as Segment).target).join(' ')),
    source: clean(inCell.map((i) => (segments[i] as Segment).source).join(' ')),
    segments: inCell,
    line: pos.line,
    column: pos.column,
  };
}

const VALUE_HEADER = /^(\*\*|__)?\s*(examples?|values?|default( values?)?|sample( values?)?)\s*(\*\*|__)?$/i;

/** A data table's record: the columns whose header says they hold example or default values. */
function recordOf(header: readonly TableCell[]): Table['record'] {
  const valueColumns = header.flatMap((c, i) => (i > 0 && VALUE_HEADER.test(c.source) ? [i] : []));
  return valueColumns.length > 0 ? { valueColumns } : undefined;
}

/**
 * A table from its rows of cells: the first row is the header. Every table has the same keys (`record` undefined when
 * none) and its lists one elements kind, empty or not (`objectList`): one shape for the checks that walk tables.
 */
function tableOf(kind: Table['kind'], line: number, rows: TableCell[][]): Table {
  const [header = [], ...body] = rows.map((row) => objectList(row));
  const record = recordOf(header);
  return { kind, line, header: objectList(header), rows: objectList(body), record };
}

/** The GFM and HTML tables of an article, in line order. */
export function buildTables(
  text: string,
  md: MdStructure,
  html: HtmlExtract,
  segments: readonly Segment[],
  starts: readonly number[],
  lines: LineIndex,
): Table[] {
  const tables: Table[] = [];
  for (const t of md.tables) {
    const rows = t.rows.map((row) => row.map((r) => makeCell(segments, starts, r, lines, text.slice(r.start, r.end).replace(/^\|/, '').replace(/\|$/, ''))));
    tables.push(tableOf('gfm', lines.line(t.start), rows));
  }
  for (const t of html.tables) {
    const rows = t.rows.map((row) => row.map((c) => makeCell(segments, starts, c, lines, c.text)));
    tables.push(tableOf('html', lines.line(t.start), rows));
  }
  return tables.sort((a, b) => a.line - b.line);
}

/** The segments of data tables' key column and value columns, by index; every other segment is text. */
export function tableRoles(tables: readonly Table[]): Map<number, Segment['role']> {
  const roles = new Map<number, Segment['role']>();
  for (const t of tables) {
    if (!t.record) continue;
    for (const row of t.rows) {
      for (const i of row[0]?.segments ?? []) roles.set(i, 'table-key');
      for (const c of t.record.valueColumns) for (const i of row[c]?.segments ?? []) roles.set(i, 'table-value');
    }
  }
  return roles;
}

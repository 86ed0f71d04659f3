// Data tables that drift: identifier names translated, value cells that every other locale keeps changed in one, columns or rows that the other locales have and this one lacks.
import type { Article, Segment, Table, TableCell } from '../model.js';
import { tableIdentifierFix } from './support/fix.js';
import { stringSet } from './support/options.js';
import type { FamilyCheck, RelatedInput, Reporter } from './types.js';

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

/** A value, not prose: at most three words, with a letter or digit. */
const isValue = (source: string): boolean => /[\p{L}\p{N}]/u.test(source) && source.split(' ').length <= 3;

/** A cell's text as the comparison reads it: bold and blanks dropped. */
const cellText = (s: string): string => s.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();

/** Whether a locale writes in the Latin script (CLDR's likely script for it). */
function isLatin(locale: string): boolean {
  try {
    return (new Intl.Locale(locale).maximize().script ?? 'Latn') === 'Latn';
  } catch {
    return true;
  }
}

// Units that locales abbreviate their own way (`8 GB` → `8 Go`): CLDR's names, through Intl.
const UNITS: Record<string, string> = {
  KB: 'kilobyte', MB: 'megabyte', GB: 'gigabyte', TB: 'terabyte', PB: 'petabyte',
  Kbps: 'kilobit-per-second', kbps: 'kilobit-per-second', Mbps: 'megabit-per-second', Gbps: 'gigabit-per-second',
  ms: 'millisecond', sec: 'second', min: 'minute',
};

/**
 * A difference that is the locale's way of writing a number, not a changed value: the same digits and letters with
 * other separators (`10.00` → `10,00`, `10001` → `10 001`), or a number with a unit the locale abbreviates its own
 * way (`8 GB` → `8 Go`). A cell of digits alone is a number, which fact-mismatch reads by value.
 */
function numberWriting(source: string, text: string, locale: string): boolean {
  if (!/\d/.test(source)) return false;
  if (!/\p{L}/u.test(source)) return true;
  const strip = (s: string): string => s.replace(/[\s.,'’\u00a0\u202f]/g, '');
  if (strip(source) === strip(text)) return true;
  const m = /^(\d+(?:\.\d+)?) ?([A-Za-z]+)$/.exec(source);
  const unit = m ? UNITS[m[2] as string] : undefined;
  if (!m || !unit) return false;
  for (const unitDisplay of ['short', 'narrow', 'long'] as const) {
    try {
      const parts = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay }).formatToParts(Number(m[1]));
      const local = parts.filter((p) => p.type === 'unit').map((p) => p.value).join('');
      if (local !== '' && strip(text).replace(/[\d]/g, '') === strip(local)) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** A plain word or two (`Niue`, `Cookie`, `Good`): the same in many Latin-script languages, so kept there by chance. */
const plainWords = (source: string): boolean => /^[A-Za-z][a-z]+( [A-Za-z][a-z]+)?$/.test(source);

/** How many characters of two strings of one length differ, place by place. */
function differingCharacters(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * A changed cell that is no translation, even in a column of words: a locale of another script than Latin keeps the
 * English as it is (it would have written a word of its own: the cell is a name or a code, `BZ`, `Char`, `XW56`), and
 * the change keeps its shape, a character or two replaced in the same letters (`BZ` → `Bv`, `XW56` → `Xv56`), not
 * words of the locale.
 */
function noTranslation(v: ValueCell, list: readonly ValueCell[]): boolean {
  // A one-letter flag changed (`Y` → `S`, `J`, `O`) is the letter of the locale's word for it.
  if (v.source.length < 2) return false;
  if (!list.some((o) => o !== v && o.text === o.source && !isLatin(o.article.locale))) return false;
  // The same length: a cognate the locale translates into changes the word's form (`Siren` → `Sirene`, `Server` →
  // `Serveur`, `Rally` → `Rallye`); damage keeps its shape (`DbErrorMessage` → `Dberrormessage`, `IPv4` → `IPv6`).
  if (v.text.length !== v.source.length || !/^[\x20-\x7e]+$/.test(v.text)) return false;
  const max = Math.max(1, Math.floor(v.source.length / 4));
  return differingCharacters(v.source, v.text) <= max;
}

/** Placeholders a locale writes in its own words (`TBA` → `Por añadir`, `N/A` → `Nicht zutreffend`): not values. */
const PLACEHOLDER = /^(?:TBA|TBD|TBC|N\/A|NA)$/i;

/**
 * An acronym the translation keeps inside words of its own (`URL` → `Dirección URL`): the common noun translated,
 * the acronym itself unchanged. Read only in a column the locale translates elsewhere too (`string` → `cadena`): in a
 * column of codes it keeps, a word added to a code (`BQ` → `BQ até`) is damage.
 */
function acronymKeptInWords(source: string, text: string): boolean {
  if (!/^[A-Z]{2,5}$/.test(source)) return false;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'u');
  const rest = text.replace(at, '');
  return rest !== text && /^[\p{L}\s.'’-]+$/u.test(rest) && /\p{Ll}/u.test(rest);
}

/** A change that is the locale's wording of a cell, not a changed value: a placeholder, an acronym in words. */
const localWording = (source: string, text: string, columnTranslated: boolean): boolean =>
  PLACEHOLDER.test(source) || (columnTranslated && acronymKeptInWords(source, text));

const SHORTCUT = /\b(ctrl|alt|shift|strg|esc|enter|tab)\s*\+/i;

interface ValueCell {
  article: Article;
  cell: TableCell;
  source: string;
  text: string;
}

/**
 * Value cells of every table (`tinyint`, `System.String`, `Any`, `Y`): a cell that every other locale keeps exactly
 * as its English, at least two of them, and one locale changes (`Y` → `v`). Cells are matched across locales by
 * their table (first header cell and order), their row (first column's source), their column (header source) and
 * their own source. Prose (more than three words) and cells the locales translate are left alone.
 */
function valueCells(articles: readonly Article[], report: Reporter): void {
  const cells = collectValueCells(articles);
  const columns = translatedColumns(cells);
  const changedIn = changedPerColumn(cells);
  for (const group of cells.values()) reportChangedValue(group, columns, changedIn, report);
}

/** The cells matched across locales, with their column and whether they hold a value. */
interface CellGroup {
  column: string;
  value: boolean;
  list: ValueCell[];
}

/** Every table cell of the family with a segment, keyed by table, column, row and source (and its copy among equal ones). */
function collectValueCells(articles: readonly Article[]): Map<string, CellGroup> {
  const cells = new Map<string, CellGroup>();
  for (const a of articles) {
    const seenTables = new Map<string, number>();
    for (const t of a.tables) {
      const h = headerKey(t);
      const n = seenTables.get(h) ?? 0;
      seenTables.set(h, n + 1);
      collectTableCells(a, t, `${h}#${n}`, cells);
    }
  }
  return cells;
}

/** The cells of one table (`table`: its key among the article's tables) into `cells`. */
function collectTableCells(a: Article, t: Table, table: string, cells: Map<string, CellGroup>): void {
  const names = t.record && namesRecords(t);
  const seenCells = new Map<string, number>();
  // Each column's name once per table, not once per cell.
  const columns: string[] = [];
  for (const row of t.rows) {
    const rowKey = norm(row[0]?.source ?? '');
    for (const [c, cell] of row.entries()) {
      if (cell.segments.length === 0) continue;
      const source = cellText(cell.source);
      const column = (columns[c] ??= `${table}\u0000${norm(t.header[c]?.source ?? String(c))}`);
      const base = `${column}\u0000${rowKey}\u0000${source}`;
      const k = seenCells.get(base) ?? 0;
      seenCells.set(base, k + 1);
      const key = `${base}\u0000${k}`;
      // A record's identifier name is identifier-translated's; key shortcuts are written with the locale's key
      // names (`Alt+Shift` → `Alt+Umschalt`).
      const value = isValue(source) && !(c === 0 && names && isIdentifier(source)) && !SHORTCUT.test(source);
      const entry = cells.get(key) ?? { column, value, list: [] };
      entry.list.push({ article: a, cell, source, text: cellText(cell.text) });
      cells.set(key, entry);
    }
  }
}

/**
 * Columns of words: a column where a quarter of the cells are translated by most of the locales holding them,
 * each in its own words, describes (`On premises`, `Online`), so a locale translating one more of its cells
 * translates, it does not change a value. A type translated by several locales (`bit` → `Bit`, `ビット`) among
 * many kept (`int`, `tinyint`) leaves its column one of values.
 */
function translatedColumns(cells: ReadonlyMap<string, CellGroup>): Map<string, { cells: number; translated: number }> {
  const columns = new Map<string, { cells: number; translated: number }>();
  for (const { column, list } of cells.values()) {
    const c = columns.get(column) ?? { cells: 0, translated: 0 };
    c.cells++;
    // Translated, not mangled alike (`nvarchar(256)` → `nvarchar (256)` in every locale): the locales differ.
    const changed = list.filter((v) => v.text !== v.source);
    if (list.length >= 2 && changed.length * 2 > list.length && new Set(changed.map((v) => v.text)).size >= 2) c.translated++;
    columns.set(column, c);
  }
  return columns;
}

/** Per column and article, how many of its cells the article's locale writes otherwise than the English. */
function changedPerColumn(cells: ReadonlyMap<string, CellGroup>): Map<string, number> {
  const changedIn = new Map<string, number>();
  for (const { column, list } of cells.values()) {
    for (const v of list) if (v.text !== v.source) changedIn.set(`${column}\u0000${v.article.path}`, (changedIn.get(`${column}\u0000${v.article.path}`) ?? 0) + 1);
  }
  return changedIn;
}

/** A value cell that one locale changes and at least two others keep: reported on that locale. */
function reportChangedValue(
  { column, value, list }: CellGroup,
  columns: ReadonlyMap<string, { cells: number; translated: number }>,
  changedIn: ReadonlyMap<string, number>,
  report: Reporter,
): void {
  if (!value || list.length < 3) return;
  const changed = list.filter((v) => v.text !== v.source);
  if (changed.length !== 1) return;
  const [v] = changed as [ValueCell];
  const columnTranslated = (changedIn.get(`${column}\u0000${v.article.path}`) ?? 0) > 1;
  if (v.text === '' || numberWriting(v.source, v.text, v.article.locale) || localWording(v.source, v.text, columnTranslated)) return;
  const col = columns.get(column);
  if (col && col.translated * 4 >= col.cells && !noTranslation(v, list)) return;
  // A word that Latin-script locales keep alike is theirs by chance: a locale of another script witnesses only
  // with another locale of its script keeping it too (ja changed `Niue`, zh kept it).
  if (plainWords(v.source) && !isLatin(v.article.locale) && !list.some((o) => o !== v && !isLatin(o.article.locale))) return;
  const first = v.article.segments[v.cell.segments[0] as number] as Segment;
  report({
    article: v.article,
    messageId: 'value-changed',
    data: { expected: v.source, actual: v.text, count: list.length - 1 },
    line: first.targetTextLine,
    column: first.targetTextColumn,
    expected: v.source,
    actual: v.text,
    related: list.filter((o) => o !== v).map((o) => ({ article: o.article, line: o.cell.line, message: `keeps "${o.source}"` })),
    key: `value:${v.source}:${v.text}`,
  });
}

export const tableDivergence: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'table-divergence',
    category: 'table',
    defaultSeverity: 'warning',
    description: 'Data tables whose identifier names or kept values are changed, or whose rows and columns differ from the other locales.',
    messages: {
      'identifier-translated': 'The identifier "{expected}" in the first column is translated as "{actual}": names that are data stay as in the source.',
      'row-missing': 'The row "{row}" of this table is in {count} other locale(s) but not here.',
      'column-count': 'This table has {actual} columns; the same table has {expected} in the other locales.',
      'value-changed': 'The value "{expected}" is changed to "{actual}" here; the {count} other locales keep it as in the source.',
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
    valueCells(articles, report);
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

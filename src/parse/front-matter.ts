// Front matter with the `yaml` package: YAML errors and unclosed blocks become problems with a line, never exceptions.
import { parseDocument } from 'yaml';
import type { ParseProblem } from '../model.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing `---`, 0 when there is no front matter. */
  endLine: number;
  problems: ParseProblem[];
}

// Only YAML is read: a `---js` (or any other language) block is reported, never evaluated. The `yaml` package has
// no JavaScript engine and no `!!js/*` types, resolves only the YAML 1.2 core schema (plus `<<` merge keys, which
// the previous reader, js-yaml 3, accepted), and bounds alias expansion (`maxAliasCount`).
const PARSE_OPTIONS = { schema: 'core', merge: true, uniqueKeys: true, prettyErrors: false, logLevel: 'error' } as const;
const MAX_ALIAS_COUNT = 100;

function problem(messageId: string, data: Record<string, string | number>, line: number): ParseProblem {
  return { checkId: 'front-matter', messageId, data, line, column: 1, key: messageId };
}

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;

/** 1-based line of `offset` in `text` (lines split by `\n`). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** True when a value refers to itself through an alias (`a: &a [*a]`): such data is refused, not kept. */
function isCyclic(value: unknown, ancestors = new Set<object>(), done = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object' || done.has(value)) return false;
  if (ancestors.has(value)) return true;
  ancestors.add(value);
  for (const child of Object.values(value)) if (isCyclic(child, ancestors, done)) return true;
  ancestors.delete(value);
  done.add(value);
  return false;
}

interface YamlResult {
  value?: unknown;
  /** 1-based line in the YAML text and the parser's reason. */
  error?: { line: number; reason: string };
}

function readYaml(yamlText: string): YamlResult {
  const doc = parseDocument(yamlText, PARSE_OPTIONS);
  // The `yaml` parser recovers and goes on, so one mistake often yields a chain of errors (`key: b` then an
  // over-indented `  bad: c` gives "nested mappings…" at `b` and "implicit keys…" up to `bad`). The first error
  // names the mistake; its line is where that chain ends, which is where js-yaml stopped too.
  const errors = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = errors[0];
  if (first) {
    let end = first.pos[1];
    for (const e of errors) if (e.pos[0] <= end) end = Math.max(end, e.pos[1]);
    const line = lineAt(yamlText, Math.max(first.pos[0], end - 1));
    return { error: { line, reason: first.message.split('\n')[0] as string } };
  }
  try {
    const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (isCyclic(value)) return { error: { line: 1, reason: 'an alias refers to the node that contains it' } };
    return { value };
  } catch (error) {
    // toJS throws on excessive alias expansion (a "billion laughs" block).
    return { error: { line: 1, reason: (error instanceof Error ? error.message : String(error)).split('\n')[0] as string } };
  }
}

// The front matter of nearly every docs article is a flat list of `key: value` lines, some values being a list of
// `- item` lines (ms.collection, f1.keywords). The `yaml` parser took about a seventh of the parse time on the
// corpora, so such a block is read here directly, and anything else (a value that is not a plain or quoted string,
// a colon or ` #` in a value, nesting, comments, blank lines, a repeated key) goes to `yaml` as before. Whatever
// this reads, `yaml` reads the same (checked on every front matter of the three corpora): strings the core schema
// keeps as strings, and the plainest of its numbers and booleans.
const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_.:-]*(?<!:)$/;
/** The core schema's null, bool, int and float (yaml/dist/schema/core, common/null): left to `yaml`. */
const CORE_SCALAR = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)?$/;
/** A first character that starts something other than a plain scalar (an indicator), or blank. */
const NOT_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Control characters, BOM and non-characters: left to `yaml`, which knows which it refuses. */
const UNUSUAL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/**
 * One scalar written on its line (already trimmed): a plain string, a quoted one without escapes, a whole number of
 * up to 15 digits or a decimal fraction (`ms.custom: 58771`, `ms.dyn365.ops.version: 8.0999999999999996`, read as
 * yaml's core schema reads them: parseInt, parseFloat), `true` or `false`; else undefined.
 */
function simpleScalar(value: string): string | number | boolean | undefined {
  if (UNUSUAL.test(value)) return undefined;
  const quoted = /^"([^"\\]*)"$/.exec(value) ?? /^'([^']*)'$/.exec(value);
  if (quoted) return quoted[1];
  if (/^[0-9]{1,15}$/.test(value)) return parseInt(value, 10);
  if (/^[0-9]{1,15}\.[0-9]{1,20}$/.test(value)) return parseFloat(value);
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(value)) return value[0] === 't' || value[0] === 'T';
  if (NOT_PLAIN_START.test(value) || CORE_SCALAR.test(value)) return undefined;
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) return undefined;
  return value;
}

/** The mapping of a front matter made only of `key: string` and `key:` with `- string` items, or undefined. */
export function readSimpleYaml(lines: readonly string[]): Record<string, unknown> | undefined {
  if (lines.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  let list: (string | number | boolean)[] | undefined;
  let listIndent = -1;
  for (const line of lines) {
    const dash = /^( *)- (.*)$/.exec(line);
    if (dash) {
      const indent = (dash[1] as string).length;
      if (!list || (listIndent >= 0 && indent !== listIndent)) return undefined;
      listIndent = indent;
      const item = simpleScalar((dash[2] as string).trim());
      if (item === undefined) return undefined;
      list.push(item);
      continue;
    }
    if (list && list.length === 0) return undefined; // `key:` followed by a key: null, left to yaml
    list = undefined;
    // The key ends at the first `: ` (or the `:` ending the line): `ms:assetid: …` has a colon in its key.
    const space = line.indexOf(': ');
    const colon = space >= 0 ? space : line.endsWith(':') ? line.length - 1 : -1;
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (!SIMPLE_KEY.test(key) || CORE_SCALAR.test(key) || key === '__proto__' || Object.hasOwn(data, key)) return undefined;
    const rest = line.slice(colon + 1);
    if (rest.trim() === '') {
      list = [];
      listIndent = -1;
      data[key] = list;
      continue;
    }
    if (rest[0] !== ' ') return undefined;
    const value = simpleScalar(rest.trim());
    if (value === undefined) return undefined;
    data[key] = value;
  }
  if (list && list.length === 0) return undefined;
  return data;
}

export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { data: {}, endLine: 0, problems: [] };
  const firstLineEnd = text.search(/\r?\n|\r/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  if (!firstLine.startsWith('---')) return none;
  const lang = firstLine.slice(3).trim();
  if (/^-/.test(lang)) return none; // a thematic break such as `-----`, not front matter
  // Only the lines up to the closing delimiter are split and handed to the YAML parser, not the whole article.
  const lines: string[] = [];
  let close = -1;
  for (const m of text.matchAll(LINE)) {
    const line = m[1] as string;
    if (lines.length > 0 && /^(---|\.\.\.)\s*$/.test(line)) {
      close = lines.length;
      lines.push(line);
      break;
    }
    lines.push(line);
    if (m[2] === '') break;
  }
  if (close < 0) return { ...none, problems: [problem('unclosed', {}, 1)] };
  if (lang !== '' && lang !== 'yaml' && lang !== 'yml') {
    return { data: {}, endLine: close + 1, problems: [problem('language', { language: lang }, 1)] };
  }
  // YAML line n is file line n + 1 (the opening `---` is line 1); a block ending mid-construct is reported at
  // the line after its last line, the closing `---`.
  const simple = readSimpleYaml(lines.slice(1, close));
  if (simple) return { data: simple, endLine: close + 1, problems: [] };
  const { value, error } = readYaml(`${lines.slice(1, close).join('\n')}\n`);
  if (error) return { data: {}, endLine: close + 1, problems: [problem('yaml', { reason: error.reason }, Math.min(error.line + 1, close + 1))] };
  const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, endLine: close + 1, problems: [] };
}

/** `ms.lasthandoff` (MM/DD/YYYY) as an ISO date, or undefined. */
export function handoffDate(data: Record<string, unknown>): string | undefined {
  const raw = data['ms.lasthandoff'];
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  if (typeof raw !== 'string') return undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  if (us) return `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  return iso ? iso[0] : undefined;
}

/** The family an article's front matter gives it: its `ms.assetid` (lower-cased), else `fallback` (its path). */
export function familyFromFrontMatter(data: Record<string, unknown>, fallback: string): string {
  const assetId = data['ms.assetid'];
  return typeof assetId === 'string' && assetId.trim() !== '' ? assetId.trim().toLowerCase() : fallback;
}

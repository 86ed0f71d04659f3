// JSON report: the versioned contract documented in docs/report-format.md, also as chunks for large reports.
import { findingCount, reportFamilies, reportFindings } from '../engine/finding-store.js';
import type { Finding, Report } from '../model.js';
import { jsonSafe } from './sanitize.js';

/**
 * Findings per chunk: few enough that a chunk's text (about 1.5 KB a finding, twice that in two-byte strings) stays
 * below V8's large-object size (128 KB). Such strings die young, in the young generation; larger ones are allocated
 * in the old generation, which only a full collection frees, and writing a report of 160,000 findings grew the heap
 * by hundreds of MB before one ran.
 */
const FINDINGS_PER_CHUNK = 32;

/** A finding as the contract orders its keys (optional keys only when present). */
function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    category: f.category,
    severity: f.severity,
    path: f.path,
    locale: f.locale,
    family: f.family,
    line: f.line,
    column: f.column,
    ...(f.endLine !== undefined ? { endLine: f.endLine } : {}),
    message: f.message,
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    related: f.related,
    ...(f.segment ? { segment: f.segment } : {}),
    origin: f.origin,
    ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
    fingerprint: f.fingerprint,
    docsUrl: f.docsUrl,
    ...(f.fix ? { fix: f.fix } : {}),
  };
}

/** The titles of the families that have findings (1.3): a report merged or rendered from JSON names them as the run did. */
function familyTitlesOf(report: Report): { familyTitles?: Record<string, string> } {
  if (!report.familyTitles) return {};
  const used = reportFamilies(report);
  const titles = Object.fromEntries(Object.entries(report.familyTitles).filter(([family]) => used.has(family)));
  return Object.keys(titles).length > 0 ? { familyTitles: titles } : {};
}

/**
 * The report as consecutive pieces of one JSON document, byte for byte what `JSON.stringify(…, null, 2)` writes:
 * a caller can write them out one by one, so the whole text of a large report is never held at once. The findings
 * are read through `reportFindings`: a run's report gives them file by file from its store, never as one list.
 */
export function* formatJsonChunks(report: Report): Generator<string> {
  const head = JSON.stringify(
    { reportVersion: report.reportVersion, tool: report.tool, summary: report.summary, notes: report.notes, ...(report.config ? { config: report.config } : {}), ...(report.baseline ? { baseline: report.baseline } : {}), ...familyTitlesOf(report), findings: [] },
    null,
    2,
  );
  // `findings` is the last key: the head ends with `"findings": []\n}`.
  const open = head.slice(0, head.length - '[]\n}'.length);
  const total = findingCount(report);
  if (total === 0) {
    yield `${head}\n`;
    return;
  }
  yield `${open}[\n`;
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  for (const f of reportFindings(report)) {
    batch.push(jsonFinding(f));
    if (batch.length < FINDINGS_PER_CHUNK) continue;
    written += batch.length;
    yield itemsOf(batch, written >= total);
    batch = [];
  }
  if (batch.length > 0) yield itemsOf(batch, true);
  yield '  ]\n}\n';
}

/**
 * Findings as items of the report's `findings` array: stringified at the depth they have in the report (inside
 * `{ "findings": [ … ] }`), so JSON.stringify writes their indent itself; the text between `[\n` and `\n  ]` is the
 * items, joined by `,\n`. The last chunk ends its line, the others a comma.
 */
function itemsOf(batch: readonly Record<string, unknown>[], last: boolean): string {
  const wrapped = JSON.stringify({ findings: batch }, null, 2);
  const items = wrapped.slice('{\n  "findings": [\n'.length, wrapped.length - '\n  ]\n}'.length);
  return `${items}${last ? '\n' : ',\n'}`;
}

/** `formatJsonChunks` made safe to print (`jsonSafe`): what `formatChunks(report, 'json')` gives. */
export function* formatJsonSafeChunks(report: Report): Generator<string> {
  for (const chunk of formatJsonChunks(report)) yield jsonSafe(chunk);
}

export function formatJson(report: Report): string {
  return [...formatJsonChunks(report)].join('');
}

// Active checks and identity: which checks run with what severity, and the stamp that turns a report into a finding.
import { checks as allChecks } from '../checks/registry.js';
import { unreadableFile } from '../checks/unreadable-file.js';
import type { Check, ReportInput } from '../checks/types.js';
import type { Config } from '../config/schema.js';
import type { Article, ArticleSummary, Finding, Origin, Segment, SegmentText, Severity } from '../model.js';

export const DOCS_BASE = 'https://github.com/loccheck/loccheck/blob/main/docs/checks/';

export interface ActiveRule {
  check: Check;
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * Finding before fingerprinting: `key` is what identifies it apart from line numbers; `witness`, `inSource` and `sourceDamage` are
 * the check's evidence for deciding its origin (see `witnesses.ts`), dropped before the report.
 */
export type PendingFinding = Omit<Finding, 'fingerprint' | 'origin'> & {
  key: string;
  origin?: Origin;
  witness?: string;
  witnessOf?: number;
  inSource?: boolean;
  sourceDamage?: string;
  conventionShare?: number;
};

/** The checks to run with their configured severity and options; `off` checks are left out. */
export function activeRules(config: Pick<Config, 'checks'>, registry: readonly Check[] = allChecks): ActiveRule[] {
  const rules: ActiveRule[] = [];
  for (const check of registry) {
    const setting = config.checks[check.meta.id];
    if (setting?.severity === 'off') continue;
    rules.push({
      check,
      severity: setting?.severity ?? check.meta.defaultSeverity,
      options: setting?.options ?? {},
    });
  }
  return rules;
}

export function interpolate(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (data && name in data ? String(data[name]) : whole));
}

/**
 * The segment at a place: among the segments covering the line (several share a table row), the last one that
 * starts at or before the column. Segments are in document order.
 */
export function segmentAt(article: Article, line: number, column = 1): Segment | undefined {
  const segs = article.segments;
  const range = lineRange(article, line);
  if (!range) return undefined;
  // Within the line's range (document order), "starts before this line, or at or before this column" holds for
  // a prefix: the last index where it holds is found by bisection, so a line of 100,000 segments costs log n.
  const holds = (i: number): boolean => {
    const s = segs[i] as Segment;
    const sLine = start(s);
    const sCol = s.line <= s.sourceLine ? s.column : s.sourceColumn;
    return sLine < line || sCol <= column;
  };
  let lo = range[0];
  let hi = range[1];
  if (!holds(lo)) return segs[lo];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (holds(mid)) lo = mid;
    else hi = mid - 1;
  }
  return segs[lo];
}

const start = (s: Segment): number => Math.min(s.line, s.sourceLine);
/** Per article and line: the first and last index of the segments covering the line, found once. */
const lineRanges = new WeakMap<Article, Map<number, readonly [number, number] | null>>();

function lineRange(article: Article, line: number): readonly [number, number] | null {
  let byLine = lineRanges.get(article);
  if (!byLine) lineRanges.set(article, (byLine = new Map()));
  const known = byLine.get(line);
  if (known !== undefined) return known;
  const segs = article.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let hit = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid] as Segment;
    if (line < start(s)) hi = mid - 1;
    else if (line > s.endLine) lo = mid + 1;
    else {
      hit = mid;
      break;
    }
  }
  let range: readonly [number, number] | null = null;
  if (hit >= 0) {
    let first = hit;
    while (first > 0 && (segs[first - 1] as Segment).endLine >= line && start(segs[first - 1] as Segment) <= line) first--;
    let last = first;
    while (last + 1 < segs.length && start(segs[last + 1] as Segment) <= line) last++;
    range = [first, last];
  }
  byLine.set(line, range);
  return range;
}

export const isFullArticle = (a: Article | ArticleSummary): a is Article => Array.isArray((a as Article).segments);

export function segmentText(article: Article, line: number, column?: number): SegmentText | undefined {
  const s = segmentAt(article, line, column);
  return s ? { source: s.source, target: s.target } : undefined;
}

/** An error as one short line for a finding: its class and message, cut. */
export function describeCrash(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/**
 * A file whose parsing or checking threw (a stack overflow, a bug): an `unreadable-file/crashed` error on it,
 * naming the phase or check. It is always reported, even with `unreadable-file` turned off: a failure never hides.
 */
export function crashFinding(where: { path: string; locale: string; family: string }, phase: string, error: unknown, scope = 'the rest of the file was'): PendingFinding {
  const meta = unreadableFile.meta;
  const data = { phase, error: describeCrash(error), scope };
  // A time limit or a heap limit is a bound reached by design, not a bug: said so.
  const messageId = /time limit|OUT_OF_MEMORY/.test(data.error) ? 'limit' : 'crashed';
  return {
    ruleId: meta.id,
    messageId,
    category: meta.category,
    severity: 'error',
    path: where.path,
    locale: where.locale,
    family: where.family,
    line: 1,
    column: 1,
    message: interpolate(meta.messages[messageId] as string, data),
    related: [],
    docsUrl: `${DOCS_BASE}${meta.id}.md`,
    key: `${messageId}:${phase}`,
  };
}

/** Stamps what a check reported with the check's identity, severity, message and place. */
export function stamp(rule: ActiveRule, fallback: Article | undefined, input: ReportInput): PendingFinding {
  const { meta } = rule.check;
  const article = input.article ?? fallback;
  if (!article) throw new Error(`check ${meta.id} reported without an article`);
  const template = meta.messages[input.messageId];
  if (template === undefined) throw new Error(`check ${meta.id} reported unknown message id "${input.messageId}"`);
  // A configured severity replaces the default; per-message severities scale with it (a warning stays below).
  const configured = rule.severity !== meta.defaultSeverity;
  const severity = configured ? rule.severity : (meta.messageSeverity?.[input.messageId] ?? rule.severity);
  const segment = input.segment ?? (isFullArticle(article) ? segmentText(article, input.line, input.column) : undefined);
  return {
    ruleId: meta.id,
    messageId: input.messageId,
    category: meta.category,
    severity,
    path: article.path,
    locale: article.locale,
    family: article.family,
    line: Math.max(1, input.line),
    column: Math.max(1, input.column ?? 1),
    ...(input.endLine !== undefined ? { endLine: input.endLine } : {}),
    message: interpolate(template, input.data),
    ...(input.actual !== undefined ? { actual: input.actual } : {}),
    ...(input.expected !== undefined ? { expected: input.expected } : {}),
    related: (input.related ?? []).map((r) => {
      const other = segmentAt(r.article, r.line, r.column);
      return {
        path: r.article.path,
        locale: r.article.locale,
        line: r.line,
        ...(r.column !== undefined ? { column: r.column } : {}),
        message: r.message,
        ...(other ? { target: other.target } : {}),
      };
    }),
    ...(segment ? { segment } : {}),
    docsUrl: `${DOCS_BASE}${meta.id}.md`,
    key: input.key,
    ...(input.witness !== undefined ? { witness: input.witness } : {}),
    ...(input.witnessOf !== undefined ? { witnessOf: input.witnessOf } : {}),
    ...(input.inSource ? { inSource: true } : {}),
    ...(input.sourceDamage !== undefined ? { sourceDamage: input.sourceDamage } : {}),
    ...(input.conventionShare !== undefined ? { conventionShare: input.conventionShare } : {}),
    ...(input.fix !== undefined ? { fix: input.fix } : {}),
  };
}

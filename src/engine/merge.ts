// Merges JSON reports of shards (--shard i/n) into one report: findings concatenated, summary recomputed.
import type { Finding, Report } from '../model.js';
import { REPORT_VERSION, withFindings } from './summary.js';

export class MergeError extends Error {}

/** Parses a JSON report (the contract of docs/report-format.md); `name` is for error messages. */
export function parseJsonReport(text: string, name: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new MergeError(`${name}: not a loccheck JSON report (invalid JSON: ${(error as Error).message})`);
  }
  const r = data as Partial<Report> | null;
  if (!r || typeof r !== 'object' || typeof r.reportVersion !== 'string' || !Array.isArray(r.findings) || !r.summary) {
    throw new MergeError(`${name}: not a loccheck JSON report (write one with --format json)`);
  }
  if (r.reportVersion.split('.')[0] !== REPORT_VERSION.split('.')[0]) {
    throw new MergeError(`${name}: report version ${r.reportVersion} cannot be merged by this loccheck (report version ${REPORT_VERSION})`);
  }
  const problem = reportProblem(r);
  if (problem) throw new MergeError(`${name}: not a valid loccheck JSON report: ${problem} (write one with --format json)`);
  return r as Report;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const SEVERITIES = ['error', 'warning', 'info'];

/** The first field of a parsed report that does not have its documented type, as `findings[3].severity: …`. */
function reportProblem(r: Obj): string | undefined {
  const need = (where: string, ok: boolean, what: string): string | undefined => (ok ? undefined : `${where}: must be ${what}`);
  const str = (o: Obj, k: string, where: string): string | undefined => need(`${where}.${k}`, typeof o[k] === 'string', 'a string');
  const optStr = (o: Obj, k: string, where: string): string | undefined => (o[k] === undefined ? undefined : str(o, k, where));
  const int = (o: Obj, k: string, where: string): string | undefined => need(`${where}.${k}`, Number.isSafeInteger(o[k]) && (o[k] as number) >= 0, 'a whole number');
  const optInt = (o: Obj, k: string, where: string): string | undefined => (o[k] === undefined ? undefined : int(o, k, where));
  const tool = r['tool'];
  if (!isObj(tool)) return 'tool: must be an object';
  const t = str(tool, 'name', 'tool') ?? str(tool, 'version', 'tool');
  if (t) return t;
  const summary = r['summary'];
  if (!isObj(summary)) return 'summary: must be an object';
  for (const k of ['files', 'families', 'segments', 'tables']) {
    const p = optInt(summary, k, 'summary');
    if (p) return p;
  }
  if (!Array.isArray(summary['locales']) || !summary['locales'].every((l) => typeof l === 'string')) return 'summary.locales: must be an array of strings';
  if (typeof summary['durationMs'] !== 'number' || !Number.isFinite(summary['durationMs'])) return 'summary.durationMs: must be a number';
  if (r['notes'] !== undefined && (!Array.isArray(r['notes']) || !r['notes'].every((n) => typeof n === 'string'))) return 'notes: must be an array of strings';
  if (r['config'] !== undefined && typeof r['config'] !== 'string') return 'config: must be a string';
  const titles = r['familyTitles'];
  if (titles !== undefined && (!isObj(titles) || !Object.values(titles).every((t) => typeof t === 'string'))) return 'familyTitles: must be an object of strings';
  const findings = r['findings'] as unknown[];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const where = `findings[${i}]`;
    if (!isObj(f)) return `${where}: must be an object`;
    for (const k of ['ruleId', 'messageId', 'category', 'path', 'locale', 'family', 'message', 'fingerprint', 'docsUrl']) {
      const p = str(f, k, where);
      if (p) return p;
    }
    if (!SEVERITIES.includes(f['severity'] as string)) return `${where}.severity: must be error, warning or info`;
    const p = int(f, 'line', where) ?? int(f, 'column', where) ?? optInt(f, 'endLine', where) ?? optStr(f, 'actual', where) ?? optStr(f, 'expected', where);
    if (p) return p;
    const related = f['related'];
    if (!Array.isArray(related)) return `${where}.related: must be an array`;
    for (let j = 0; j < related.length; j++) {
      const rel = related[j];
      const w = `${where}.related[${j}]`;
      if (!isObj(rel)) return `${w}: must be an object`;
      const q = str(rel, 'path', w) ?? str(rel, 'locale', w) ?? int(rel, 'line', w) ?? optInt(rel, 'column', w) ?? str(rel, 'message', w) ?? optStr(rel, 'target', w);
      if (q) return q;
    }
    const seg = f['segment'];
    if (seg !== undefined && (!isObj(seg) || typeof seg['source'] !== 'string' || typeof seg['target'] !== 'string')) return `${where}.segment: must be {source, target} strings`;
  }
  return undefined;
}

/** The family titles of all inputs (1.3; older reports have none): shards hold different families, so they add up. */
function mergedTitles(reports: readonly Report[]): { familyTitles?: Record<string, string> } {
  // A Map, then fromEntries: a family key such as `__proto__` stays a plain key.
  const titles = new Map<string, string>();
  for (const r of reports) for (const [family, title] of Object.entries(r.familyTitles ?? {})) if (!titles.has(family)) titles.set(family, title);
  return titles.size > 0 ? { familyTitles: Object.fromEntries(titles) } : {};
}

const order = (a: Finding, b: Finding): number =>
  a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

/**
 * One report from several. Shards split by family, so files, families and segments add up; a finding present in
 * two inputs (the same report merged twice) is kept once, by fingerprint.
 */
export function mergeReports(reports: readonly Report[]): Report {
  if (reports.length === 0) throw new MergeError('merge-reports needs at least one JSON report');
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      if (seen.has(f.fingerprint)) continue;
      seen.add(f.fingerprint);
      // A 1.0 report has no origin: its findings were all reported as the translations'.
      findings.push(f.origin ? f : { ...f, origin: 'translation' });
    }
  }
  findings.sort(order);
  const sum = (key: 'files' | 'families' | 'segments' | 'tables'): number => reports.reduce((n, r) => n + (r.summary[key] ?? 0), 0);
  const first = reports[0] as Report;
  const merged: Report = {
    reportVersion: REPORT_VERSION,
    tool: first.tool,
    summary: {
      ...first.summary,
      files: sum('files'),
      families: sum('families'),
      segments: sum('segments'),
      tables: sum('tables'),
      locales: [...new Set(reports.flatMap((r) => r.summary.locales))].sort(),
      durationMs: Math.max(...reports.map((r) => r.summary.durationMs)),
    },
    findings: [],
    notes: [...new Set(reports.flatMap((r) => r.notes ?? []))],
    ...(first.config ? { config: first.config } : {}),
    ...mergedTitles(reports),
  };
  return withFindings(merged, findings);
}

// The order of importance shared by the CI formats that a consumer truncates (SARIF on GitHub keeps the top 5,000
// results, annotations stop at 10 per level): what a reader must see first comes first.
import { checks } from '../checks/registry.js';
import type { Finding, Origin, Severity } from '../model.js';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const ORIGIN_RANK: Record<Origin, number> = { translation: 0, source: 1 };
const CHECK_RANK = new Map(checks.map((c, i) => [c.meta.id, i]));

/**
 * The findings most important first: errors, then warnings, then info; within a severity the translations'
 * findings before the English's (`origin: source`, which a translator cannot fix); then the checks in registry
 * order (conflict markers, facts, tables, links, drift, structure, metadata; unknown checks last); then report
 * order (path, line). A stable sort, so equal findings keep their report order.
 */
export function byImportance(findings: readonly Finding[]): Finding[] {
  const rank = (f: Finding): number => CHECK_RANK.get(f.ruleId) ?? CHECK_RANK.size;
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        ORIGIN_RANK[a.f.origin ?? 'translation'] - ORIGIN_RANK[b.f.origin ?? 'translation'] ||
        rank(a.f) - rank(b.f) ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

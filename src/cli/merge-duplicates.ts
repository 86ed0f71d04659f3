// merge-reports: the same report given twice (the same file, or a shard's report uploaded twice) is merged once.
import type { Report } from '../model.js';

/** What identifies a report's content: its findings' fingerprints and what it checked, not when it ran. */
function identity(r: Report): string {
  const s = r.summary;
  const fingerprints = r.findings.map((f) => f.fingerprint).sort();
  return JSON.stringify([s.files ?? 0, s.families ?? 0, s.segments ?? 0, s.tables ?? 0, [...s.locales].sort(), fingerprints]);
}

/**
 * The reports to merge, each content once, and one warning line per report left out because an earlier one has the
 * same findings and the same counts (merging it would count its files, families and segments twice).
 */
export function duplicateReports(reports: readonly { name: string; report: Report }[]): { unique: Report[]; warnings: string[] } {
  const seen = new Map<string, string>();
  const unique: Report[] = [];
  const warnings: string[] = [];
  for (const { name, report } of reports) {
    const key = identity(report);
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push(`${name} is the same report as ${first} (same findings and counts); merged once`);
      continue;
    }
    seen.set(key, name);
    unique.push(report);
  }
  return { unique, warnings };
}

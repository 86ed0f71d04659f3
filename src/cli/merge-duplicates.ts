// merge-reports: the same report given twice (the same file, or a shard's report uploaded twice) is merged once.
import type { Report } from '../model.js';

/**
 * The reports to merge, each once, and one warning line per report left out because an earlier one has the same
 * bytes (`digest`, a hash of the file: a shard's artifact downloaded twice is byte-identical; two shards that found
 * nothing in the same number of files are not, as their timing and paths differ, and both count).
 */
export function duplicateReports(reports: readonly { name: string; digest: string; report: Report }[]): { unique: Report[]; warnings: string[] } {
  const seen = new Map<string, string>();
  const unique: Report[] = [];
  const warnings: string[] = [];
  for (const { name, digest, report } of reports) {
    const key = digest;
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push(`${name} is the same report as ${first} (the same bytes); merged once`);
      continue;
    }
    seen.set(key, name);
    unique.push(report);
  }
  return { unique, warnings };
}

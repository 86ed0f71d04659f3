// The report's findings as a run finishes them family by family: kept per file, in report order when read, and
// compact on a large run until the report is written (issue #21).
import type { ArticleSummary, Finding, Report } from '../model.js';
import type { CompactCodec, Packed } from './compact.js';
import { comparePaths } from './finalize.js';
import { type CompactCounts, REPORT_VERSION, compactCounts, summarizeCounts, sumCounts } from './summary.js';

/** The findings of one file, in report order. */
interface FileFindings {
  readonly path: string;
  readonly family: string;
  readonly counts: CompactCounts;
  /** The list itself, or encoded by the store's codec. */
  readonly findings: readonly Finding[] | Packed;
}

/**
 * Final findings, added a family (or a few whole families) at a time, each list in report order. Every file's
 * findings come from one family, and the report orders files first (`comparePaths`), so the whole report is the
 * files in that order, each file's findings as its family's list has them: no finding is compared again.
 * With a codec, each file's findings are kept encoded, and decoded only while they are read.
 */
export class FindingStore implements Iterable<Finding> {
  private readonly files: FileFindings[] = [];
  private sorted = true;
  private count = 0;

  constructor(private readonly codec?: CompactCodec) {}

  /** Findings in report order, with every finding of each of their files. */
  add(findings: readonly Finding[]): void {
    for (let from = 0; from < findings.length; ) {
      const path = (findings[from] as Finding).path;
      let to = from + 1;
      while (to < findings.length && (findings[to] as Finding).path === path) to++;
      const list = findings.slice(from, to);
      this.files.push({ path, family: (list[0] as Finding).family, counts: compactCounts(list), findings: this.codec ? this.codec.encode(list) : list });
      this.count += list.length;
      from = to;
    }
    this.sorted = this.files.length <= 1;
  }

  get size(): number {
    return this.count;
  }

  /** The findings in report order (decoded file by file: a reader that does not keep them holds one file's at a time). */
  *[Symbol.iterator](): Iterator<Finding> {
    for (const file of this.inOrder()) {
      const list = typeof file.findings === 'number' ? (this.codec as CompactCodec).decode<Finding[]>(file.findings) : file.findings;
      yield* list;
    }
  }

  /** The summary's counts (by severity, check, locale, origin), as one pass over the findings in order would make them. */
  counts(): ReturnType<typeof sumCounts> {
    return sumCounts(this.inOrder().map((f) => f.counts));
  }

  /** The families that have findings. */
  families(): Set<string> {
    return new Set(this.files.map((f) => f.family));
  }

  private inOrder(): readonly FileFindings[] {
    if (!this.sorted) {
      // Stable: files of one path (never two families) would keep the order they were added in.
      this.files.sort((a, b) => comparePaths(a.path, b.path));
      this.sorted = true;
    }
    return this.files;
  }
}

/** Where a report made from a store keeps it (not enumerable: a copy of the report, `{ ...report }`, has a list). */
const STORE = Symbol('loccheck.findingStore');

/**
 * The report of a run whose findings are in `store`. Its `findings` list is made the first time it is read (and then
 * kept): a caller that writes the report through `reportFindings` (the JSON writer) never makes it, so the findings
 * of a large run stay compact until each is written.
 */
export function makeStoredReport(
  version: string,
  articles: readonly ArticleSummary[],
  store: FindingStore,
  notes: readonly string[],
  durationMs: number,
  config?: string,
  familyTitles?: Readonly<Record<string, string>>,
): Report {
  let list: Finding[] | undefined;
  const report: Report = {
    reportVersion: REPORT_VERSION,
    tool: { name: 'loccheck', version },
    summary: summarizeCounts(articles, store.counts(), durationMs),
    get findings(): readonly Finding[] {
      list ??= [...store];
      return list;
    },
    notes,
    ...(config ? { config } : {}),
    ...(familyTitles ? { familyTitles } : {}),
  };
  Object.defineProperty(report, STORE, { value: store, enumerable: false });
  return report;
}

const storeOf = (report: Report): FindingStore | undefined => (report as { [STORE]?: FindingStore })[STORE];

/** The report's findings in order, without making a list of them when the report was made from a store. */
export const reportFindings = (report: Report): Iterable<Finding> => storeOf(report) ?? report.findings;

/** How many findings the report has. */
export const findingCount = (report: Report): number => storeOf(report)?.size ?? report.findings.length;

/** The families that have findings in the report. */
export const reportFamilies = (report: Report): Set<string> => storeOf(report)?.families() ?? new Set(report.findings.map((f) => f.family));

/** Findings by severity: from the store's counts, or by counting the list (a report made otherwise, or filtered). */
export function severityCounts(report: Report): { error: number; warning: number; info: number } {
  const store = storeOf(report);
  if (store) return store.counts().findings;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  return counts;
}

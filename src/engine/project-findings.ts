// The project checks' pending findings until the run finishes their families: kept in runs of one family's findings,
// compact on a run without a cache (issue #21).
import type { ArticleSummary } from '../model.js';
import type { CompactCodec, Packed } from './compact.js';
import type { PendingFinding } from './rules.js';

/**
 * What the checks report into: an array, or `ProjectFindings`. Setting `length` lower drops the last findings (those
 * of a check that threw, before it is run again one article at a time).
 */
export interface FindingSink {
  push(finding: PendingFinding): unknown;
  length: number;
}

/** A run of consecutive findings of one family (`unit`: the index of the family in the run; undefined: on no file of the run). */
interface Run {
  readonly unit: number | undefined;
  count: number;
  /** The open (last) run is a list; the others are encoded by the codec when there is one. */
  findings: PendingFinding[] | Packed;
}

/** How many findings a run holds at most before it is sealed (encoded): a few KB of text, which deflate shrinks well. */
const RUN_SIZE = 256;

/**
 * The pending findings of the project checks, by family. Why not a list: `broken-link` reports one pending finding per
 * locale for every link that the English breaks too (the same missing include in every article of a docs set), and
 * finishing merges them into one per family; before that they are the largest thing a run holds after the analysis
 * (38,000 on both corpora, 31 MB as objects with their segment texts; four times that at four times the corpora).
 * Each run of consecutive findings of one family is encoded as soon as the next begins, and finishing takes each
 * family's runs (`take`), in the order they were reported.
 */
export class ProjectFindings implements FindingSink, Iterable<PendingFinding> {
  private readonly runs: Run[] = [];
  /** The runs of each family, by index into `runs`, in order. */
  private readonly runsOf = new Map<number | undefined, number[]>();
  private total = 0;

  constructor(
    private readonly unitOf: (path: string) => number | undefined,
    private readonly codec?: CompactCodec,
  ) {}

  /** The findings of a list, grouped the same way. */
  static of(findings: Iterable<PendingFinding>, unitOf: (path: string) => number | undefined, codec?: CompactCodec): ProjectFindings {
    const grouped = new ProjectFindings(unitOf, codec);
    for (const f of findings) grouped.push(f);
    return grouped;
  }

  push(finding: PendingFinding): number {
    const unit = this.unitOf(finding.path);
    let open = this.runs.at(-1);
    if (!open || open.unit !== unit || open.count >= RUN_SIZE) {
      if (open) this.seal(open);
      open = { unit, count: 0, findings: [] };
      let list = this.runsOf.get(unit);
      if (!list) this.runsOf.set(unit, (list = []));
      list.push(this.runs.push(open) - 1);
    }
    (open.findings as PendingFinding[]).push(finding);
    open.count++;
    return ++this.total;
  }

  get length(): number {
    return this.total;
  }

  /** Keeps the first `n` findings (`checkProject` drops those of a check that threw). */
  set length(n: number) {
    while (this.total > Math.max(0, n)) {
      const last = this.runs.at(-1) as Run;
      const drop = Math.min(this.total - n, last.count);
      this.total -= drop;
      if (drop === last.count) {
        if (typeof last.findings === 'number') this.codec?.drop(last.findings);
        this.runs.pop();
        this.runsOf.get(last.unit)?.pop();
      } else {
        // The last run reopened as a list, without its last findings.
        const kept = this.decode(last.findings).slice(0, last.count - drop);
        if (typeof last.findings === 'number') this.codec?.drop(last.findings);
        last.findings = kept;
        last.count -= drop;
      }
    }
  }

  /** The findings of one family (`undefined`: those on no file of the run), in the order reported; given away. */
  take(unit: number | undefined): PendingFinding[] {
    const out: PendingFinding[] = [];
    for (const r of this.runsOf.get(unit) ?? []) {
      const run = this.runs[r] as Run;
      for (const f of this.decode(run.findings)) out.push(f);
      if (typeof run.findings === 'number') this.codec?.drop(run.findings);
      run.findings = [];
      run.count = 0;
    }
    this.runsOf.delete(unit);
    return out;
  }

  /** Every finding not taken, in the order reported (decoded a run at a time). */
  *[Symbol.iterator](): Iterator<PendingFinding> {
    for (const run of this.runs) yield* this.decode(run.findings);
  }

  private seal(run: Run): void {
    if (this.codec && Array.isArray(run.findings) && run.findings.length > 0) run.findings = this.codec.encode(run.findings);
  }

  private decode(findings: PendingFinding[] | Packed): PendingFinding[] {
    return Array.isArray(findings) ? findings : (this.codec as CompactCodec).decode<PendingFinding[]>(findings);
  }
}

/**
 * The family (its index among `starts`) of each file of the run, or of the files in `wanted` alone: `units[u]`'s
 * summaries are `articles[starts[u]]` to `articles[starts[u + 1]]`.
 */
export function unitsByPath(starts: readonly number[], articles: readonly ArticleSummary[], wanted?: ReadonlySet<string>): Map<string, number> {
  const unitOf = new Map<string, number>();
  for (let u = 0; u + 1 < starts.length; u++) {
    for (let i = starts[u] as number; i < (starts[u + 1] as number); i++) {
      const path = (articles[i] as ArticleSummary).path;
      if (!wanted || wanted.has(path)) unitOf.set(path, u);
    }
  }
  return unitOf;
}

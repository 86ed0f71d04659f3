// What the main thread keeps of each family between its analysis and finishing: the family result as it came, or
// compact (issue #21: the memory of a run four times the corpus's size).
import type { FileEntry } from '../corpus/entry.js';
import type { ArticleSummary, Suppression, SummaryLink } from '../model.js';
import type { FamilyResult } from './analyze-entry.js';
import type { CompactCodec, Packed } from './compact.js';
import type { PendingFinding } from './rules.js';

/**
 * One analysed family (or cache hit), as the run holds it until it is finished: its summaries, and its pending
 * findings. A compact family makes its summaries when the analysis is over (`takeSummaries`, once: the workers and
 * their memory are gone by then), and those read their anchors and local links from its buffer each time asked.
 */
export interface KeptFamily {
  /**
   * `entries`: the family's files as discovery gave them, in the order of its summaries. A compact family's summaries
   * take their equal strings (`relPath`, `family`, `locale`) from them: discovery holds one string for each path of
   * every locale folder, the decoded summaries one each (issue #21: 114,000 summaries at four times the corpora).
   */
  takeSummaries(entries?: readonly FileEntry[]): readonly ArticleSummary[];
  readonly findings: KeptFindings;
}

/** A family's pending findings until the run finishes the family. */
export interface KeptFindings {
  /** True when a finding may mark a term the locales translate (`conventionTerms` must see this family first). */
  readonly mayHaveTerms: boolean;
  /** The pending findings, to read (a compact family decodes a fresh list each time). */
  peek(): readonly PendingFinding[];
  /** The pending findings, given away: the family no longer holds them. */
  take(): PendingFinding[];
}

const mayHaveTerms = (findings: readonly PendingFinding[]): boolean => findings.some((f) => f.conventionShare !== undefined && f.witness !== undefined);

/** A family result kept as it is (a run with a cache, which stores whole results anyway). */
export function keepPlain(result: FamilyResult): KeptFamily {
  let findings: PendingFinding[] | undefined = result.findings;
  const terms = mayHaveTerms(result.findings);
  return {
    takeSummaries: () => result.summaries,
    findings: {
      mayHaveTerms: terms,
      peek: () => findings ?? [],
      take: () => {
        const taken = findings ?? [];
        findings = undefined;
        return taken;
      },
    },
  };
}

/**
 * What a compact family's two buffers of links hold: per article, its anchors; per article, its local links. Apart,
 * because broken-link reads the links of every article in order, and the anchors of the articles they point to, in
 * any family: an anchor lookup decodes a family's anchors alone, not its links with their segment texts.
 */
type FamilyAnchors = (readonly string[])[];
type FamilyLinks = (readonly SummaryLink[])[];
interface LinkBuffers {
  reader: LinkReader;
  anchors: Packed;
  links: Packed;
}

/**
 * The decoded links of the last few families read: the project checks walk the summaries in order (each family's
 * links asked for twice, once per pass) and look up the anchors of the articles the links point to, many of them in
 * the same few families. One per run; dropped with the summaries once the project checks are done.
 */
export class LinkReader {
  private readonly recent = new Map<Packed, FamilyAnchors | FamilyLinks>();
  /** Every family's links and anchors, dropped from the codec's store once the project checks are done. */
  private readonly kept: Packed[] = [];

  constructor(
    readonly codec: CompactCodec,
    private readonly size = 16,
  ) {}

  /** The encoded links and anchors of a family, which it reads from now on. */
  keep(links: unknown, anchors: unknown): LinkBuffers {
    const buffers = { reader: this, anchors: this.codec.encode(anchors), links: this.codec.encode(links) };
    this.kept.push(buffers.anchors, buffers.links);
    return buffers;
  }

  /** Forgets the families it read (they are decoded again when asked for). */
  clear(): void {
    this.recent.clear();
  }

  /** Forgets the families it read and drops every family's links and anchors: the project checks are done. */
  release(): void {
    this.clear();
    for (const packed of this.kept) this.codec.drop(packed);
    this.kept.length = 0;
  }

  read<T extends FamilyAnchors | FamilyLinks>(buffer: Packed): T {
    const hit = this.recent.get(buffer);
    if (hit) {
      // Most recently used last.
      this.recent.delete(buffer);
      this.recent.set(buffer, hit);
      return hit as T;
    }
    const links = this.codec.decode<T>(buffer);
    this.recent.set(buffer, links);
    if (this.recent.size > this.size) this.recent.delete(this.recent.keys().next().value as Packed);
    return links;
  }
}

const NO_ANCHORS: readonly string[] = Object.freeze([]);
const NO_LINKS: readonly SummaryLink[] = Object.freeze([]);

/** A summary whose anchors and local links stay encoded in its family's buffer until a project check asks for them. */
class CompactSummary implements ArticleSummary {
  readonly path: string;
  readonly locale: string;
  readonly family: string;
  readonly relPath: string;
  readonly root: number;
  readonly segmentCount: number;
  readonly tableCount: number;
  readonly suppressions: readonly Suppression[];
  readonly #links: LinkBuffers | undefined;
  readonly #index: number;

  constructor(s: SummaryFields, links: LinkBuffers | undefined, index: number, entry?: FileEntry) {
    this.path = s.path;
    this.locale = sameString(s.locale, entry?.locale);
    this.family = sameString(s.family, entry?.family);
    this.relPath = sameString(s.relPath, entry?.relPath);
    this.root = s.root;
    this.segmentCount = s.segmentCount;
    this.tableCount = s.tableCount;
    this.suppressions = s.suppressions;
    this.#links = links;
    this.#index = index;
  }

  get anchors(): readonly string[] {
    return this.#links ? (this.#links.reader.read<FamilyAnchors>(this.#links.anchors)[this.#index] ?? NO_ANCHORS) : NO_ANCHORS;
  }

  get localLinks(): readonly SummaryLink[] {
    return this.#links ? (this.#links.reader.read<FamilyLinks>(this.#links.links)[this.#index] ?? NO_LINKS) : NO_LINKS;
  }
}

/** `value`, or `known` when it is an equal string: one string kept for both. */
const sameString = (value: string, known: string | undefined): string => (value === known ? known : value);

/** A summary without its anchors and links, as a compact family keeps it until the analysis is over. */
type SummaryFields = Omit<ArticleSummary, 'anchors' | 'localLinks'>;

/**
 * A family result kept compact: its summaries (the anchors, and the local links with the segment text of each,
 * most of a summary) in two buffers, read back when a project check asks, and their other fields in another until the
 * analysis is over; its pending findings in a third, decoded when the run finishes the family. Equal strings of the
 * family are written once in each.
 */
export function keepCompact(result: FamilyResult, reader: LinkReader): KeptFamily {
  const { summaries, findings } = result;
  const codec = reader.codec;
  const hasLinks = summaries.some((s) => s.anchors.length > 0 || s.localLinks.length > 0);
  const links: LinkBuffers | undefined = hasLinks ? reader.keep(summaries.map((s) => s.localLinks), summaries.map((s) => s.anchors)) : undefined;
  let fields: Packed | undefined = codec.encode(summaries.map(({ anchors: _a, localLinks: _l, ...rest }): SummaryFields => rest));
  let buffer: Packed | undefined = findings.length > 0 ? codec.encode(findings) : undefined;
  return {
    takeSummaries: (entries) => {
      const decoded = fields !== undefined ? codec.decode<SummaryFields[]>(fields) : [];
      if (fields !== undefined) codec.drop(fields);
      fields = undefined;
      return decoded.map((s, i) => new CompactSummary(s, links, i, entries?.[i]));
    },
    findings: {
      mayHaveTerms: mayHaveTerms(findings),
      peek: () => (buffer !== undefined ? codec.decode<PendingFinding[]>(buffer) : []),
      take: () => {
        const taken = buffer !== undefined ? codec.decode<PendingFinding[]>(buffer) : [];
        if (buffer !== undefined) codec.drop(buffer);
        buffer = undefined;
        return taken;
      },
    },
  };
}

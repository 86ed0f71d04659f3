// The runs of a jsdiff array diff, walked once for every caller: equal runs, and replaced runs (a removal with the
// addition that directly follows it, either possibly empty).

/** A part of `diffArrays`' result, as its callers read it. */
interface DiffPart {
  readonly added?: boolean;
  readonly removed?: boolean;
  readonly count?: number;
  readonly value: readonly unknown[];
}

/** `count` items equal from `i` (first side) and `j` (second side), or `removed` items at `i` replaced by `added` at `j`. */
export type DiffRun = { readonly equal: true; readonly i: number; readonly j: number; readonly count: number } | { readonly equal: false; readonly i: number; readonly j: number; readonly removed: number; readonly added: number };

/** The runs of a diff, in order, with the offsets on each side where they start. */
export function diffRuns(parts: readonly DiffPart[]): DiffRun[] {
  const runs: DiffRun[] = [];
  let i = 0;
  let j = 0;
  const countOf = (part: DiffPart): number => part.count ?? part.value.length;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p] as DiffPart;
    const count = countOf(part);
    if (!part.added && !part.removed) {
      runs.push({ equal: true, i, j, count });
      i += count;
      j += count;
    } else if (part.removed) {
      const next = parts[p + 1];
      const added = next?.added ? countOf(next) : 0;
      if (next?.added) p++;
      runs.push({ equal: false, i, j, removed: count, added });
      i += count;
      j += added;
    } else {
      runs.push({ equal: false, i, j, removed: 0, added: count });
      j += count;
    }
  }
  return runs;
}

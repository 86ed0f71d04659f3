// Binary search over sorted offsets, shared by the parsers that index segments, pairs and fixpoints by position.

/** The index of the first of the sorted `values` at or after `value` (`values.length` if none). */
export function firstAtOrAfter(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of the sorted `values` after `value` (`values.length` if none). */
export function firstAfter(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

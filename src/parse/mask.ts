// Masks regions of a text (bilingual pairs) with short stand-ins, so a parser skips them; offsets map back exactly.

export interface Masked {
  text: string;
  /** The article offset of an offset in the masked text (inside a stand-in: the region's start, or within it). */
  toOriginal: (offset: number) => number;
  /** Where each region's stand-in starts in the masked text, by the region's index; -1 for a region not kept. */
  regionStarts: readonly number[];
}

/**
 * The text from `from` on, each region (sorted, non-overlapping ones are kept) replaced by `standIn(region)`. A
 * stand-in keeps the region's line breaks when a parser must see the same lines (Markdown), not when it need not.
 */
export function maskRegions(text: string, regions: readonly { start: number; end: number }[], standIn: (region: string) => string, from = 0): Masked {
  if (regions.length === 0) return { text: from === 0 ? text : text.slice(from), toOriginal: (o) => o + from, regionStarts: [] };
  const parts: string[] = [];
  // Per region: where it starts in the masked text, in the original, and both lengths.
  const maskedStarts: number[] = [];
  const originals: number[] = [];
  const maskedLengths: number[] = [];
  const originalLengths: number[] = [];
  const regionStarts: number[] = [];
  let at = from;
  let maskedLength = 0;
  for (const r of regions) {
    if (r.start < at || r.end <= r.start) {
      regionStarts.push(-1);
      continue;
    }
    const before = text.slice(at, r.start);
    parts.push(before);
    maskedLength += before.length;
    const replacement = standIn(text.slice(r.start, r.end));
    maskedStarts.push(maskedLength);
    regionStarts.push(maskedLength);
    originals.push(r.start);
    maskedLengths.push(replacement.length);
    originalLengths.push(r.end - r.start);
    parts.push(replacement);
    maskedLength += replacement.length;
    at = r.end;
  }
  parts.push(text.slice(at));
  const toOriginal = (offset: number): number => {
    let lo = 0;
    let hi = maskedStarts.length - 1;
    if (hi < 0 || offset < (maskedStarts[0] as number)) return offset + from;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((maskedStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const inside = offset - (maskedStarts[lo] as number);
    const original = originals[lo] as number;
    const maskedLen = maskedLengths[lo] as number;
    const originalLen = originalLengths[lo] as number;
    if (inside === 0) return original;
    if (inside < maskedLen) return original + Math.min(inside, originalLen - 1);
    return original + originalLen + (inside - maskedLen);
  };
  return { text: parts.join(''), toOriginal, regionStarts };
}

/** A stand-in that keeps the region's line breaks (Markdown must see the same lines): `x` and the breaks. */
export function lineKeepingStandIn(region: string): string {
  const breaks = region.match(/\r\n|\r|\n/g);
  return breaks ? `x${breaks.join('')}` : 'x';
}

/**
 * Regions (sorted) with the ones that only blanks on the same line separate joined into one. Two pairs side by side
 * and one pair are the same text to a parser once masked (`x x` and `x` are one paragraph), and the locales of a
 * family group their sentences differently: joined, their masked texts agree more often and are parsed once.
 */
export function joinAdjacent(text: string, regions: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const r of regions) {
    const last = out[out.length - 1];
    if (last && r.start >= last.end && onlyBlanks(text, last.end, r.start)) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

function onlyBlanks(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

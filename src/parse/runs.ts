// Whether a text holds a run of N characters of a kind, read at a stride: the pre-check of patterns that need one.

/**
 * Whether `text` holds `length` consecutive characters that each belong with the run's character: `belongs(c,
 * centre)`, where `centre` is one of the run's own characters. Any `length` consecutive offsets include exactly one
 * that is `length - 1` modulo `length`, so only those are read first (a `length`th of the text), then the run
 * around each one that belongs. A regex or substring scan would read every character.
 */
export function hasRun(text: string, length: number, belongs: (c: number, centre: number) => boolean): boolean {
  for (let i = length - 1; i < text.length; i += length) {
    const centre = text.charCodeAt(i);
    if (!belongs(centre, centre)) continue;
    let from = i;
    while (from > i - (length - 1) && belongs(text.charCodeAt(from - 1), centre)) from--;
    let to = i + 1;
    while (to < from + length && belongs(text.charCodeAt(to), centre)) to++;
    if (to - from >= length) return true;
  }
  return false;
}

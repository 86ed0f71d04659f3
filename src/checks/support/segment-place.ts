// Where a character of a segment's translation stands in the file: the line and column of an index into its text.
import type { Segment } from '../../model.js';

/**
 * The place of `index` in `segment.target`: a multi-line segment puts a token on its own line. Columns after a
 * character reference in the same line may be off by the reference's length (the text is decoded).
 */
export function targetPlace(segment: Segment, index: number): { line: number; column: number } {
  let line = segment.targetTextLine;
  let lineStart = -1;
  for (let i = segment.target.indexOf('\n'); i >= 0 && i < index; i = segment.target.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  return { line, column: lineStart < 0 ? segment.targetTextColumn + index : index - lineStart };
}

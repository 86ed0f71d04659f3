import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/lines.js';

describe('LineIndex', () => {
  it('LF', () => {
    const li = new LineIndex('ab\ncd\n');
    expect(li.starts).toEqual([0, 3, 6]);
    expect(li.lineCount).toBe(3);
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => li.line(o))).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(li.position(0)).toEqual({ line: 1, column: 1 });
    expect(li.position(2)).toEqual({ line: 1, column: 3 });
    expect(li.position(4)).toEqual({ line: 2, column: 2 });
    expect(li.position(6)).toEqual({ line: 3, column: 1 });
    expect([1, 2, 3, 4, 0].map((l) => li.lineText(l))).toEqual(['ab', 'cd', '', '', '']);
  });

  it('CRLF counts as one line ending', () => {
    const li = new LineIndex('ab\r\ncd\r\nef');
    expect(li.starts).toEqual([0, 4, 8]);
    expect(li.lineCount).toBe(3);
    expect(li.position(2)).toEqual({ line: 1, column: 3 });
    expect(li.position(3)).toEqual({ line: 1, column: 4 });
    expect(li.position(4)).toEqual({ line: 2, column: 1 });
    expect(li.position(9)).toEqual({ line: 3, column: 2 });
    expect([1, 2, 3].map((l) => li.lineText(l))).toEqual(['ab', 'cd', 'ef']);
  });

  it('lone CR ends a line', () => {
    const li = new LineIndex('ab\rcd\r\rx');
    expect(li.starts).toEqual([0, 3, 6, 7]);
    expect(li.lineCount).toBe(4);
    expect(li.position(3)).toEqual({ line: 2, column: 1 });
    expect(li.position(6)).toEqual({ line: 3, column: 1 });
    expect(li.position(7)).toEqual({ line: 4, column: 1 });
    expect([1, 2, 3, 4].map((l) => li.lineText(l))).toEqual(['ab', 'cd', '', 'x']);
  });

  it('mixed endings, LF then CR is two endings, a trailing CR ends the last line', () => {
    const li = new LineIndex('a\r\nb\rc\nd\n\re\r');
    expect(li.starts).toEqual([0, 3, 5, 7, 9, 10, 12]);
    expect([1, 2, 3, 4, 5, 6, 7].map((l) => li.lineText(l))).toEqual(['a', 'b', 'c', 'd', '', 'e', '']);
    expect(li.line(11)).toBe(6);
    expect(li.line(12)).toBe(7);
  });

  it('empty text: one empty line', () => {
    const li = new LineIndex('');
    expect(li.starts).toEqual([0]);
    expect(li.lineCount).toBe(1);
    expect(li.line(0)).toBe(1);
    expect(li.position(0)).toEqual({ line: 1, column: 1 });
    expect(li.lineText(1)).toBe('');
    expect(li.lineText(2)).toBe('');
  });

  it('text without a line ending; columns count UTF-16 code units', () => {
    const li = new LineIndex('x😀y');
    expect(li.starts).toEqual([0]);
    expect(li.lineCount).toBe(1);
    expect(li.position(3)).toEqual({ line: 1, column: 4 });
    expect(li.lineText(1)).toBe('x😀y');
  });

  it('offsets past the end stay on the last line', () => {
    const li = new LineIndex('a\nb');
    expect(li.position(10)).toEqual({ line: 2, column: 9 });
  });
});

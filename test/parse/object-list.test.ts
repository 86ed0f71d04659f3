import { describe, expect, it } from 'vitest';
import { objectList } from '../../src/parse/object-list.js';

describe('objectList', () => {
  it('returns the list itself, its items unchanged', () => {
    const items = [{ a: 1 }, { a: 2 }];
    const out = objectList(items);
    expect(out).toBe(items);
    expect(out).toStrictEqual([{ a: 1 }, { a: 2 }]);
  });

  it('leaves an empty list empty, and gives a fresh one without an argument', () => {
    const empty: { a: number }[] = [];
    expect(objectList(empty)).toBe(empty);
    expect(empty).toHaveLength(0);
    const a = objectList<number>();
    const b = objectList<number>();
    expect(a).toHaveLength(0);
    expect(a).not.toBe(b);
  });
});

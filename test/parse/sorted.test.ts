// Binary search over sorted offsets: the first at or after a value, the first after it.
import { describe, expect, it } from 'vitest';
import { firstAfter, firstAtOrAfter } from '../../src/parse/sorted.js';

describe('sorted offsets', () => {
  const values = [2, 5, 5, 9];
  it('firstAtOrAfter: the first index whose value is not below', () => {
    expect([0, 2, 3, 5, 6, 9, 10].map((v) => firstAtOrAfter(values, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 1)).toBe(0);
  });
  it('firstAfter: the first index whose value is above', () => {
    expect([0, 2, 3, 5, 6, 9, 10].map((v) => firstAfter(values, v))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(firstAfter([], 1)).toBe(0);
  });
});

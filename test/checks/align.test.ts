import { describe, expect, it } from 'vitest';
import { isNormalSpacing, normalizeSource } from '../../src/checks/support/align.js';

describe('isNormalSpacing (whether a source needs its whitespace normalised)', () => {
  it('reads leading, trailing, doubled and unusual whitespace', () => {
    expect(isNormalSpacing('Run the cmdlet.')).toBe(true);
    expect(isNormalSpacing('')).toBe(true);
    expect(isNormalSpacing(' Run')).toBe(false);
    expect(isNormalSpacing('Run ')).toBe(false);
    expect(isNormalSpacing('Run  it')).toBe(false);
    expect(isNormalSpacing('Run\u00a0it')).toBe(false);
    expect(isNormalSpacing('Run\u200bit')).toBe(true);
    expect(normalizeSource('  Run \t the\u3000cmdlet. ')).toBe('Run the cmdlet.');
  });

  it('agrees with /^\\s|\\s$|\\s\\s|[^\\S ]/ on 20,000 random texts over every kind of whitespace', () => {
    let seed = 3;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed >>> 12) % n;
    };
    // Letters, plain spaces, and the other characters of \s, with a zero-width space and U+0085 that are not in it.
    const alphabet = ['a', 'b', 'é', ' ', ' ', ' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', '\u001f'];
    let normal = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: rand(12) }, () => (rand(3) === 0 ? (alphabet[rand(alphabet.length)] as string) : 'x')).join('');
      const expected = !/^\s|\s$|\s\s|[^\S ]/.test(text);
      if (expected) normal++;
      expect(isNormalSpacing(text), JSON.stringify(text)).toBe(expected);
    }
    expect(normal).toBeGreaterThan(2_000);
    expect(normal).toBeLessThan(18_000);
  });
});

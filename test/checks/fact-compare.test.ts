import { describe, expect, it } from 'vitest';
import { findSpaced, findSpacedByRegex } from '../../src/checks/support/fact-compare.js';
import { seededRandom } from '../helpers/random.js';

describe('findSpaced (a token with blanks inserted by machine translation)', () => {
  it('finds the spaced copy, skipping intact ones and copies with more than three blanks in a gap', () => {
    expect(findSpaced('Der Hash AdDO8xEA = = ist gültig', 'AdDO8xEA==')).toBe('AdDO8xEA = =');
    expect(findSpaced('H.264 und H. 264', 'H.264')).toBe('H. 264');
    expect(findSpaced('H.264 only', 'H.264')).toBeUndefined();
    expect(findSpaced('H.    264 is far apart', 'H.264')).toBeUndefined();
    expect(findSpaced('litwareinc \\ pilar', 'litwareinc\\pilar')).toBe('litwareinc \\ pilar');
  });

  it('agrees with the regex reading on 20,000 random texts (overlaps, repeats, tabs, long gaps)', () => {
    const rand = seededRandom(7);
    const pick = (alphabet: string, length: number): string => Array.from({ length }, () => alphabet[rand(alphabet.length)]).join('');
    let spacedFound = 0;
    for (let i = 0; i < 20_000; i++) {
      const token = pick('ab=.', 3 + rand(4));
      const target = pick('ab=. \t', 5 + rand(40));
      const expected = findSpacedByRegex(target, token);
      if (expected !== undefined) spacedFound++;
      expect(findSpaced(target, token), JSON.stringify({ target, token })).toBe(expected);
    }
    // The random texts do exercise the finding side, not only the ruled-out one.
    expect(spacedFound).toBeGreaterThan(300);
  });
});

// shareStrings: equal strings of a family result become one string; the value itself never changes.
import { describe, expect, it } from 'vitest';
import { shareStrings } from '../../src/engine/share-strings.js';

describe('shareStrings', () => {
  it('returns the same value, changed in place by nothing a reader can see', () => {
    const source = ['Use ', 'Teams', ' admin center'].join('');
    const value = {
      summaries: [
        { path: 'de-DE/a.md', anchors: ['intro', 'setup'], localLinks: [{ url: 'b.md#x', line: 3, segment: { source, target: 'Verwenden' } }] },
        { path: 'fr-FR/a.md', anchors: ['intro'], localLinks: [{ url: 'b.md#x', line: 4, segment: { source: `${source}`, target: 'Utilisez' } }] },
      ],
      findings: [{ line: 1, related: [], actual: undefined, expected: null }],
    };
    const copy = structuredClone(value);
    const out = shareStrings(value);
    expect(out).toBe(value);
    expect(out).toEqual(copy);
  });

  it('leaves frozen objects alone instead of throwing', () => {
    const frozen = Object.freeze({ ids: Object.freeze(['a', 'a']) });
    expect(shareStrings({ frozen, other: ['a'] })).toEqual({ frozen: { ids: ['a', 'a'] }, other: ['a'] });
  });

  it('passes scalars through', () => {
    expect(shareStrings('x')).toBe('x');
    expect(shareStrings(42)).toBe(42);
    expect(shareStrings(null)).toBe(null);
  });
});

import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { pack, unpack } from '../../src/cache/pack.js';

const roundTrip = <T>(value: T): T => unpack<T>(deserialize(serialize(pack(value))));

describe('pack / unpack (the cache form of a family result)', () => {
  it('gives back the same plain data, negative integers, -0, floats and nested arrays included', () => {
    const value = {
      path: 'de-DE/a.md',
      line: 3,
      column: 0,
      data: { bytes: -12, delta: -0.5, zero: -0, big: 2 ** 40, ok: true, none: null },
      findings: [{ message: 'Der Link', related: [{ path: 'fr-FR/a.md', line: -1 }] }, [['x', -3], []]],
      empty: '',
    };
    const back = roundTrip(value);
    expect(back).toEqual(value);
    expect(Object.is(back.data.zero, -0)).toBe(true);
  });

  it('writes each distinct string once, and equal strings come back as one', () => {
    const source = 'Select the Teams admin center and open the policy page. '.repeat(4);
    const value = ['de-DE', 'fr-FR', 'ja-JP'].map((locale) => ({ locale, source, target: `${locale}: ${source}` }));
    const packed = pack(value);
    expect(packed.strings.filter((s) => s === source)).toHaveLength(1);
    expect(serialize(packed).length).toBeLessThan(serialize(value).length * 0.75);
    const back = roundTrip(value);
    expect(back.map((v) => v.source)).toEqual([source, source, source]);
  });

  it('leaves the value it packs untouched (the run goes on using it)', () => {
    const value = { a: 'x', n: [-1, 'y'] };
    pack(value);
    expect(value).toEqual({ a: 'x', n: [-1, 'y'] });
  });
});

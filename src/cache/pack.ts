// A plain-data value with each distinct string written once: the cache's form of a family result.

export interface Packed {
  strings: string[];
  value: unknown;
}

/**
 * Marks a number of the data that is itself a negative integer (it would read as a string): the only Map in a
 * packed value, since the values packed are plain data (objects, arrays, strings, numbers, booleans, null).
 */
const wrapNumber = (n: number): Map<0, number> => new Map([[0, n]]);

/**
 * `value` with every string replaced by a negative integer (`~index` into `strings`). A family's locales repeat
 * their English sources, paths and URLs, which `v8.serialize` writes out at every occurrence: packed, the corpus's
 * cache is less than half the size, reads in half the time, and unpacks with its strings already shared.
 */
export function pack(value: unknown): Packed {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let i = index.get(v);
      if (i === undefined) {
        i = strings.length;
        strings.push(v);
        index.set(v, i);
      }
      return ~i;
    }
    if (typeof v === 'number') return Number.isInteger(v) && v < 0 ? wrapNumber(v) : v;
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(visit);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) out[key] = visit((v as Record<string, unknown>)[key]);
    return out;
  };
  return { strings, value: visit(value) };
}

/**
 * The value `pack` was given, rebuilt in place in a freshly deserialized packed value (equal strings shared). A walk
 * of its own rather than `replaceInPlace`'s: a warm run unpacks every family, and a deserialized value holds only
 * plain, unfrozen objects and arrays, numbers, booleans, null and the marking Maps.
 */
export function unpack<T>(packed: Packed): T {
  const { strings } = packed;
  const visit = (v: unknown): unknown => {
    if (typeof v === 'number') return v < 0 && Number.isInteger(v) ? strings[~v] : v;
    if (v === null || typeof v !== 'object') return v;
    if (v instanceof Map) return v.get(0);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = visit(v[i]);
      return v;
    }
    if (Object.isFrozen(v)) return v;
    const record = v as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = visit(record[key]);
    return v;
  };
  return visit(packed.value) as T;
}

// Plain data kept as one compact buffer: what a large run holds between the analysis and the written report.
import * as v8 from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Why not the objects themselves: a run four times the corpus's size holds 160,000 findings and 110,000 article
 * summaries on the main thread until the report is written, about 1.1 and 3 KB each as objects, and V8 lets its old
 * generation grow to about twice what is live before it collects. Encoded, every distinct string of a value is
 * written once (a family's locales repeat their English, paths and URLs), object keys once per shape, and the rest as
 * 32-bit integers, outside the JS heap: the buffer costs its size and nothing for the collector to walk.
 *
 * The tape holds, for each value: a string as its index in `strings` (≥ 0), or a negative tag, followed by its
 * operand where it has one.
 */
const UNDEFINED = -1;
const NULL = -2;
const FALSE = -3;
const TRUE = -4;
/** Followed by the number itself (an int32). */
const INT = -5;
/** Followed by the index of the number in `numbers` (any other number: fractions, -0, large). */
const NUMBER = -6;
/** Followed by the length, then the items. */
const ARRAY = -7;
/** Followed by the index of its key list in `shapes`, then the values in that order. */
const OBJECT = -8;

interface Encoded {
  strings: string[];
  numbers: number[];
  tape: Int32Array;
}

const isInt32 = (n: number): boolean => (n | 0) === n && !Object.is(n, -0);

/** What `encode` gives: a handle to the bytes in the codec's store, which only that codec decodes. */
export type Packed = number;

/**
 * Where a codec keeps the bytes it encodes: in memory (`MemoryBytes`, the default), or outside the process (a run
 * without a cache gives it a temporary file, `io/spill.ts`, so that what grows with the corpus costs no memory).
 */
export interface ByteStore {
  /** Keeps the bytes (the store may keep the array itself: it is not used again); gives their handle. */
  put(bytes: Uint8Array): number;
  get(handle: number): Uint8Array;
  /** The bytes will not be asked for again. */
  drop(handle: number): void;
}

/** Bytes kept in memory, each in a buffer of its own size. */
export class MemoryBytes implements ByteStore {
  private readonly buffers: (Uint8Array | undefined)[] = [];

  put(bytes: Uint8Array): number {
    return this.buffers.push(bytes) - 1;
  }

  get(handle: number): Uint8Array {
    const bytes = this.buffers[handle];
    if (!bytes) throw new RangeError(`MemoryBytes: no bytes for handle ${handle}`);
    return bytes;
  }

  drop(handle: number): void {
    this.buffers[handle] = undefined;
  }
}

/**
 * Encodes and decodes plain data (objects with string keys, arrays, strings, numbers, booleans, null, undefined
 * values of keys), keeping the order of every object's keys. Anything else (a Map, a class instance, a function)
 * throws: it would not come back as it went in. The key lists (a few dozen shapes of record) are the codec's, shared
 * by every buffer it makes: a buffer holds its strings, numbers and tape, and decodes only with the codec that made it.
 */
export class CompactCodec {
  /**
   * @param deflate Deflate each buffer (zlib's fastest level): the text of findings and links (sentences repeated in
   * other words, paths, URLs) takes about 2.5 times less, for about a tenth of a second per 10 MB encoded.
   * @param store Where the bytes are kept (in memory by default).
   */
  constructor(
    private readonly deflate = false,
    private readonly store: ByteStore = new MemoryBytes(),
  ) {}

  private readonly shapes: string[][] = [];
  /** Key lists by their keys, one level per key: a lookup hashes only the keys (interned), never a joined string. */
  private readonly shapeTrie: ShapeNode = { next: new Map() };

  encode(value: unknown): Packed {
    const strings: string[] = [];
    const stringIndex = new Map<string, number>();
    const numbers: number[] = [];
    const tape: number[] = [];
    const visit = (v: unknown): void => {
      switch (typeof v) {
        case 'string': {
          let i = stringIndex.get(v);
          if (i === undefined) {
            i = strings.length;
            strings.push(v);
            stringIndex.set(v, i);
          }
          tape.push(i);
          return;
        }
        case 'number':
          if (isInt32(v)) tape.push(INT, v);
          else tape.push(NUMBER, numbers.push(v) - 1);
          return;
        case 'boolean':
          tape.push(v ? TRUE : FALSE);
          return;
        case 'undefined':
          tape.push(UNDEFINED);
          return;
        case 'object':
          if (v === null) {
            tape.push(NULL);
            return;
          }
          if (Array.isArray(v)) {
            tape.push(ARRAY, v.length);
            for (let i = 0; i < v.length; i++) visit(v[i]);
            return;
          }
          if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
            const keys = Object.keys(v);
            tape.push(OBJECT, this.shapeOf(keys));
            for (const k of keys) visit((v as Record<string, unknown>)[k]);
            return;
          }
      }
      throw new TypeError(`CompactCodec: not plain data (${Object.prototype.toString.call(v)})`);
    };
    visit(value);
    const encoded: Encoded = { strings, numbers, tape: Int32Array.from(tape) };
    const bytes = v8.serialize(encoded);
    // Copied into a buffer of its exact size (small ones share a pool's slab): the serializer's own may be up to
    // twice as large, and zlib's output of a few hundred bytes is a view of a 16 KB chunk, which it would keep alive.
    // (A store outside memory writes the bytes where they are.)
    const out = this.deflate ? deflateRawSync(bytes, { level: 1 }) : bytes;
    return this.store.put(this.store instanceof MemoryBytes ? Buffer.from(out) : out);
  }

  /** The value `encode` was given: equal plain data, fresh objects, equal strings shared. */
  decode<T>(packed: Packed): T {
    const buffer = this.store.get(packed);
    const { strings, numbers, tape } = v8.deserialize(this.deflate ? inflateRawSync(buffer) : buffer) as Encoded;
    const shapes = this.shapes;
    let at = 0;
    const read = (): unknown => {
      const t = tape[at++] as number;
      if (t >= 0) return strings[t];
      switch (t) {
        case UNDEFINED:
          return undefined;
        case NULL:
          return null;
        case FALSE:
          return false;
        case TRUE:
          return true;
        case INT:
          return tape[at++];
        case NUMBER:
          return numbers[tape[at++] as number];
        case ARRAY: {
          const n = tape[at++] as number;
          const out = new Array<unknown>(n);
          for (let i = 0; i < n; i++) out[i] = read();
          return out;
        }
        case OBJECT: {
          const keys = shapes[tape[at++] as number] as string[];
          const out: Record<string, unknown> = {};
          for (const k of keys) out[k] = read();
          return out;
        }
      }
      throw new TypeError(`CompactCodec: bad tag ${t} at ${at - 1}`);
    };
    return read() as T;
  }

  /** The encoded value will not be decoded again (its bytes may go). */
  drop(packed: Packed): void {
    this.store.drop(packed);
  }

  private shapeOf(keys: string[]): number {
    let node = this.shapeTrie;
    for (const k of keys) {
      let next = node.next.get(k);
      if (!next) node.next.set(k, (next = { next: new Map() }));
      node = next;
    }
    if (node.index === undefined) {
      node.index = this.shapes.length;
      this.shapes.push(keys);
    }
    return node.index;
  }
}

interface ShapeNode {
  index?: number;
  next: Map<string, ShapeNode>;
}

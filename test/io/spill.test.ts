// The temporary file a run without a cache keeps its compact buffers in (issue #21): bytes come back as they went
// in, nothing is left in the temporary folder, and a failed write keeps the bytes in memory.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CompactCodec } from '../../src/engine/compact.js';
import { SpillFile } from '../../src/io/spill.js';

const dirs: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spill-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('SpillFile', () => {
  it('gives back the bytes of each handle, in any order, and leaves nothing in the temporary folder', () => {
    const dir = tmp();
    const spill = SpillFile.open(dir) as SpillFile;
    expect(spill).toBeDefined();
    const chunks = [Uint8Array.from([1, 2, 3]), new Uint8Array(0), Buffer.from('über ✓'.repeat(5000)), Uint8Array.from([255])];
    const handles = chunks.map((c) => spill.put(c));
    expect(handles).toEqual([0, 1, 2, 3]);
    for (const i of [2, 0, 3, 1]) expect(Buffer.from(spill.get(handles[i] as number))).toEqual(Buffer.from(chunks[i] as Uint8Array));
    expect(spill.bytesWritten).toBe(3 + 0 + Buffer.byteLength('über ✓'.repeat(5000)) + 1);
    // POSIX: the file was unlinked once open (its folder too); elsewhere it goes at close.
    if (process.platform !== 'win32') expect(readdirSync(dir)).toEqual([]);
    spill.close();
    expect(readdirSync(dir)).toEqual([]);
    expect(() => spill.get(0)).toThrow();
  });

  it('keeps in memory what it cannot write, and is undefined where no file can be made', () => {
    const spill = SpillFile.open(tmp()) as SpillFile;
    spill.close();
    const h = spill.put(Uint8Array.from([7, 8]));
    expect([...spill.get(h)]).toEqual([7, 8]);
    expect(SpillFile.open(path.join(tmp(), 'no', 'such', 'folder'))).toBeUndefined();
  });

  it('holds a codec’s buffers: what it encodes decodes the same, dropped or not', () => {
    const spill = SpillFile.open(tmp()) as SpillFile;
    const codec = new CompactCodec(true, spill);
    const values = [{ a: 'x'.repeat(10_000), b: [1, 2.5, null] }, ['über', 'über', { c: true }]];
    const packed = values.map((v) => codec.encode(v));
    expect(spill.bytesWritten).toBeGreaterThan(0);
    expect(packed.map((p) => codec.decode(p))).toStrictEqual(values);
    codec.drop(packed[0] as number);
    expect(codec.decode(packed[1] as number)).toStrictEqual(values[1]);
    spill.close();
  });
});

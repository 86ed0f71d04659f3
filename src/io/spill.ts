// A temporary file for bytes a large run needs again only later (issue #21: the memory of a run four times the
// corpus's size): appended, read back by place, and never left behind.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Closes the file of a spill that was never closed, once the spill itself is garbage (the run's report was written). */
const unclosed = new FinalizationRegistry<{ fd: number; dir?: string }>((held) => closeFile(held));

function closeFile(held: { fd: number; dir?: string }): void {
  try {
    closeSync(held.fd);
  } catch {
    // Closed already.
  }
  if (held.dir !== undefined) rmSync(held.dir, { recursive: true, force: true });
}

/**
 * Bytes kept in a file under the system's temporary folder (`os.tmpdir()`, never the user's tree), readable by its
 * owner alone. Where the system allows it (POSIX) the file is unlinked as soon as it is open: the bytes stay reachable
 * through the open descriptor alone, and nothing is left on disk whatever way the process ends. Elsewhere its folder
 * is removed when the spill is closed or collected. A write that fails (a full disk) keeps those bytes in memory
 * instead; the run goes on.
 */
export class SpillFile {
  /** Offset and length of each handle's bytes, two numbers a handle (a negative offset: kept in `inMemory`). */
  private readonly places: number[] = [];
  private readonly inMemory = new Map<number, Uint8Array>();
  private size = 0;
  private closed = false;

  private constructor(private readonly held: { fd: number; dir?: string }) {
    unclosed.register(this, held, this);
  }

  /** A new spill file, or undefined when none can be made (no writable temporary folder): the caller keeps bytes in memory. */
  static open(tmpdir = os.tmpdir()): SpillFile | undefined {
    let dir: string | undefined;
    try {
      dir = mkdtempSync(path.join(tmpdir, 'loccheck-'));
      const file = path.join(dir, 'spill');
      const fd = openSync(file, 'wx+', 0o600);
      try {
        unlinkSync(file);
        rmSync(dir, { recursive: true, force: true });
        return new SpillFile({ fd });
      } catch {
        // Windows cannot unlink an open file: the folder goes when the spill is closed.
        return new SpillFile({ fd, dir });
      }
    } catch {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      return undefined;
    }
  }

  put(bytes: Uint8Array): number {
    const handle = this.places.length / 2;
    try {
      if (this.closed) throw new Error('closed');
      for (let done = 0; done < bytes.length; ) done += writeSync(this.held.fd, bytes, done, bytes.length - done, this.size + done);
      this.places.push(this.size, bytes.length);
      this.size += bytes.length;
    } catch {
      this.places.push(-1, bytes.length);
      this.inMemory.set(handle, Buffer.from(bytes));
    }
    return handle;
  }

  get(handle: number): Uint8Array {
    const offset = this.places[2 * handle];
    const length = this.places[2 * handle + 1];
    if (offset === undefined || length === undefined) throw new RangeError(`SpillFile: no bytes for handle ${handle}`);
    if (offset < 0) return this.inMemory.get(handle) as Uint8Array;
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = readSync(this.held.fd, bytes, done, length - done, offset + done);
      if (n === 0) throw new RangeError(`SpillFile: the temporary file ends before handle ${handle}'s bytes`);
      done += n;
    }
    return bytes;
  }

  /** The file only grows (it is gone with the run); bytes kept in memory go. */
  drop(handle: number): void {
    this.inMemory.delete(handle);
  }

  /** Bytes written to the file so far. */
  get bytesWritten(): number {
    return this.size;
  }

  /** Closes (and where it still exists, removes) the file; the handles are not readable after. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    unclosed.unregister(this);
    closeFile(this.held);
  }
}

// A scratch file for what a run keeps on disk until it needs it (on a cold run, the local links of every article
// summary until the project checks read them): in the OS temp folder, never in the user's tree.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SpillFile {
  /** Appends the bytes; returns where they start (for `read`). */
  append(bytes: Uint8Array): number;
  /** The `length` bytes written at `position`. */
  read(position: number, length: number): Buffer;
  /** Closes and removes the file (again: nothing). */
  close(): void;
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * A new scratch file in a folder of its own (`mkdtemp`, private to the user). Where the system allows it (not
 * Windows) the file and its folder are unlinked at once and only the open descriptor is used: nothing is left behind
 * whatever ends the process (error, Ctrl-C, a kill). Elsewhere they are removed when closed, at exit and on
 * SIGINT/SIGTERM (then the signal is raised again, so the process ends as it would have).
 */
export function openSpill(): SpillFile {
  const dir = mkdtempSync(path.join(tmpdir(), 'loccheck-'));
  const file = path.join(dir, 'spill.bin');
  const fd = openSync(file, 'w+', 0o600);
  let size = 0;
  let closed = false;
  let cleanup: (() => void) | undefined;
  try {
    unlinkSync(file);
    rmdirSync(dir);
  } catch {
    const remove = (): void => rmSync(dir, { recursive: true, force: true });
    const onSignal = (signal: NodeJS.Signals): void => {
      remove();
      process.kill(process.pid, signal);
    };
    process.once('exit', remove);
    for (const s of SIGNALS) process.once(s, onSignal);
    cleanup = () => {
      process.off('exit', remove);
      for (const s of SIGNALS) process.off(s, onSignal);
      remove();
    };
  }
  return {
    append(bytes) {
      const at = size;
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, at + done);
      size += bytes.length;
      return at;
    },
    read(position, length) {
      const out = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const n = readSync(fd, out, done, length - done, position + done);
        if (n === 0) throw new Error(`the scratch file ends at ${position + done}, ${length - done} bytes short`);
        done += n;
      }
      return out;
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
      cleanup?.();
    },
  };
}

// A progress line on stderr for people at a terminal: articles parsed of total, elapsed time and ETA.

export interface ProgressSink {
  write(s: string): unknown;
}

/**
 * Returns the `onProgress` callback and a `done()` that clears the line. Nothing shows before `delayMs` (short
 * runs stay quiet); then the line is redrawn at most every `intervalMs`.
 */
export function progressLine(sink: ProgressSink, delayMs = 500, now: () => number = () => performance.now(), intervalMs = 100) {
  const started = now();
  let last = -Infinity;
  let shown = false;
  const seconds = (ms: number): string => (ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);
  return {
    onProgress(done: number, total: number): void {
      const t = now();
      if (t - started < delayMs || (t - last < intervalMs && done < total)) return;
      last = t;
      const elapsed = t - started;
      const eta = done > 0 && done < total ? ` · ETA ${seconds((elapsed / done) * (total - done))}` : '';
      sink.write(`\r\u001b[2Kloccheck: parsed ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} articles · ${seconds(elapsed)}${eta}`);
      shown = true;
    },
    done(): void {
      if (shown) sink.write('\r\u001b[2K');
      shown = false;
    },
  };
}

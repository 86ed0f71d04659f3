// The V8 flags loccheck runs under, and the command line that starts node again with them (bin/loccheck.js).

/**
 * V8 reads these when it starts (setting them later, `v8.setFlagsFromString`, crashed a run: the garbage collector's
 * state no longer matched its flags), so the launcher starts node once more with them. Measured on the cold run of
 * both development corpora (28,449 articles, two workers on two cores; issue #21, bench/profiles/issue-21.md):
 * - a smaller inlining budget: V8's optimizing compiler, on background threads, took a third of the run's CPU,
 *   compiling the same code once per worker; with less inlined into each function it compiles less (−13 % wall);
 * - single-threaded garbage collection: the collector's helper threads otherwise compete with the workers, which
 *   already keep both cores busy (−8 % wall alone, −15 % with the inlining budget).
 */
export const V8_FLAGS: readonly string[] = Object.freeze(['--max-inlined-bytecode-size-cumulative=300', '--single-threaded-gc']);

/**
 * The arguments to start node with so that the CLI runs under V8_FLAGS, or undefined when it already does, or when
 * the process is being debugged (`--inspect…`: a second process would ask for the same debugger port).
 */
export function relaunchArgs(execArgv: readonly string[], script: string, args: readonly string[]): string[] | undefined {
  if (V8_FLAGS.every((flag) => execArgv.includes(flag))) return undefined;
  if (execArgv.some((a) => a.startsWith('--inspect') || a.startsWith('--debug'))) return undefined;
  const missing = V8_FLAGS.filter((flag) => !execArgv.includes(flag));
  return [...execArgv, ...missing, script, ...args];
}

/** The exit code of a relaunched CLI that ended: its own, or 128 + the signal's number as shells report one. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null, signalNumbers: Readonly<Record<string, number>>): number {
  if (code !== null) return code;
  const n = signal ? signalNumbers[signal] : undefined;
  return n === undefined ? 1 : 128 + n;
}

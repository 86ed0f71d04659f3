// Whether the terminal report is coloured: the flags first, then the environment conventions, then the TTY.
export interface ColorInput {
  /** `--color` (true), `--no-color` (false), or neither (undefined). */
  flag: boolean | undefined;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** The report goes to a file (`-o`). */
  toFile: boolean;
}

/**
 * `--no-color` and `--color` decide when given (also for `-o`). Otherwise, for stdout: `NO_COLOR` set to a
 * non-empty value turns colour off (https://no-color.org), `FORCE_COLOR` turns it on (`0` or `false` turn it off,
 * as in Node and supports-color), and else colour is used on a TTY whose `TERM` is not `dumb`. A file written
 * with `-o` gets colour only with `--color`.
 */
export function useColor({ flag, env, isTTY, toFile }: ColorInput): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const no = env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  return isTTY && env['TERM'] !== 'dumb';
}

// Runs the CLI in-process as a user meets it: argv in, stdout / stderr text and an exit code out.
import { expect } from 'vitest';
import { type CliIO, EXIT_USAGE, runCli } from '../../src/cli/main.js';

/** A finding as the JSON report writes it, the fields the CLI tests read. */
export interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  path: string;
  locale: string;
  line: number;
  column?: number;
  actual?: string;
  expected?: string;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean } = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    cwd: opts.cwd ?? process.cwd(),
    env: opts.env ?? {},
    stdout: { write: (s: string) => out.push(s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => err.push(s), isTTY: opts.tty ?? false },
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** A usage error: exit 2, nothing on stdout, exactly one `loccheck: …` line on stderr, no stack trace. */
export function expectUsageError(r: Run, mentions: string): void {
  expect(r.code).toBe(EXIT_USAGE);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines).toHaveLength(2); // one line and its newline
  expect(lines[1]).toBe('');
  expect(lines[0]).toMatch(/^loccheck: /);
  expect(lines[0]).toContain(mentions);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/Error:/);
}


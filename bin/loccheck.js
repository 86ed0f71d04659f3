#!/usr/bin/env node
// Thin launcher: starts node again under loccheck's V8 flags, then runs the CLI from dist/cli (built by `npm ci`
// through the prepare script).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const { exitCodeOf, relaunchArgs } = await import('../dist/cli/v8-flags.js');
const relaunch = relaunchArgs(process.execArgv, fileURLToPath(import.meta.url), process.argv.slice(2));
if (relaunch === undefined || !(await ranUnderFlags(relaunch))) await runHere();

/**
 * Runs the CLI in a node started with the flags, passing signals on (a Ctrl-C in a terminal reaches both processes;
 * a `kill` of this one reaches only it) and ending with its exit code. False when no process could be started: the
 * CLI then runs here, without the flags, rather than not at all.
 */
function ranUnderFlags(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    const pass = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    child.on('spawn', () => {
      for (const signal of signals) process.on(signal, pass);
    });
    child.on('error', () => resolve(false));
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, pass);
      process.exitCode = exitCodeOf(code, signal, constants.signals);
      resolve(true);
    });
  });
}

async function runHere() {

  // Ctrl-C: reports and the cache are written to a temporary file and renamed in one synchronous step, so stopping
  // here leaves either the old file or the new one, never half of one. 130 = 128 + SIGINT, as shells report it.
  // Articles are analysed on worker threads (and the --jobs 0 loop yields between families), so the main thread is
  // free to run these handlers while an article is being parsed.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      process.stderr.write(`\nloccheck: interrupted (${signal}); no report written\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }

  // A closed pipe (`loccheck … | head`) ends the output quietly, as other command-line tools do.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  // Imported after the handlers are in place: a Ctrl-C while modules load is an interruption too, not a kill.
  const { runCli } = await import('../dist/cli/main.js');
  const { displayText } = await import('../dist/report/sanitize.js');

  try {
    process.exitCode = await runCli(process.argv.slice(2), {
      cwd: process.cwd(),
      env: process.env,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (error) {
    // Not a user mistake: a bug in loccheck. Exit 3 so CI does not confuse it with findings (1) or usage (2).
    // The message may quote a file name: each line shown safely (no control characters, no workflow commands).
    const text = (error instanceof Error ? (error.stack ?? error.message) : String(error)).split('\n').map(displayText).join('\n');
    process.stderr.write(`loccheck: internal error: ${text}\nPlease report this with the command you ran.\n`);
    process.exitCode = 3;
  }
}

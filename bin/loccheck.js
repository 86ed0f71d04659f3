#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm ci` through the prepare script).

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

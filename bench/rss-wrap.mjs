// Fallback for machines without /usr/bin/time: `node rss-wrap.mjs <rss-file> <script> args…` runs the script in
// this process (argv as if started directly) and writes the process's peak RSS in KiB to <rss-file> at exit.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => writeFileSync(rssFile, `${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(path.resolve(script)).href);

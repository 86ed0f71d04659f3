// A fixture for paired mode with the English history (issue #22, item 3): N articles of the real Teams pair
// (.cache/paired), the English as a git repository of two commits and the German translations recording the first.
// Usage: node bench/history-fixture.mjs <out> [--files N]   (default 300)
// Writes <out>/git/{en-US (a git repository), de-DE} and <out>/plain/{en-US, de-DE} (the same files, no repository):
// `cd <out>/git && loccheck de-DE --source en-US` reads the history, the same in <out>/plain cannot.
// Commit 1 is the English of today with every 4th article aged: one paragraph taken out (the English gained it
// since) and one word of another changed (reworded since); commit 2 is the English of today.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const out = path.resolve(args[0] ?? 'history-fixture');
const files = Number(args[args.indexOf('--files') + 1] || 300);
const pair = path.resolve('.cache/paired');
const git = (cwd, ...a) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...a], { cwd, encoding: 'utf8' }).trim();

const names = readdirSync(path.join(pair, 'de-DE/Teams'))
  .filter((n) => n.endsWith('.md'))
  .filter((n) => { try { readFileSync(path.join(pair, 'en-US/Teams', n)); return true; } catch { return false; } })
  .sort()
  .slice(0, files);
rmSync(out, { recursive: true, force: true });
for (const kind of ['git', 'plain']) {
  for (const locale of ['en-US', 'de-DE']) mkdirSync(path.join(out, kind, locale, 'Teams'), { recursive: true });
}

/** The English of an article made older: a prose paragraph out, a word of another changed. */
function aged(text) {
  const lines = text.split('\n');
  const prose = lines.flatMap((l, i) => (/^[A-Z][a-z]+ [a-z]+ .{30,}\.$/.test(l) && lines[i - 1] === '' ? [i] : []));
  if (prose.length < 3) return text;
  const reword = prose[Math.floor(prose.length / 3)];
  lines[reword] = lines[reword].replace(/ ([a-z]{4,}) /, ' $1 very ');
  lines.splice(prose[Math.floor((2 * prose.length) / 3)], 2);
  return lines.join('\n');
}

const english = names.map((n) => readFileSync(path.join(pair, 'en-US/Teams', n), 'utf8'));
const repo = path.join(out, 'git', 'en-US');
names.forEach((n, k) => writeFileSync(path.join(repo, 'Teams', n), k % 4 === 0 ? aged(english[k]) : english[k]));
git(repo, 'init', '-q');
git(repo, 'add', '.');
git(repo, 'commit', '-q', '-m', 'the English the translations were made from');
const first = git(repo, 'rev-parse', 'HEAD');
names.forEach((n, k) => writeFileSync(path.join(repo, 'Teams', n), english[k]));
git(repo, 'commit', '-q', '-am', 'the English of today');
let aging = 0;
names.forEach((n, k) => {
  if (k % 4 === 0 && aged(english[k]) !== english[k]) aging++;
  const de = readFileSync(path.join(pair, 'de-DE/Teams', n), 'utf8').replace(/^ms\.sourcegitcommit:.*$/m, `ms.sourcegitcommit: ${first}`);
  writeFileSync(path.join(out, 'git', 'de-DE/Teams', n), de);
  writeFileSync(path.join(out, 'plain', 'de-DE/Teams', n), de);
});
cpSync(path.join(repo, 'Teams'), path.join(out, 'plain', 'en-US', 'Teams'), { recursive: true });
console.log(`${names.length} articles, ${aging} aged in commit ${first.slice(0, 12)}: ${out}/git and ${out}/plain`);

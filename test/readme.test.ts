// The README's generated tables match the registry (run `npm run docs` after changing a check's meta).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withTables } from '../scripts/readme-tables.js';

it('the README check table is the one generated from the registry', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain('<!-- generated:checks -->');
  expect(withTables(readme)).toBe(readme);
});

it('the README options table lists every option of the CLI (commander), and no option the CLI does not have', async () => {
  const { program } = await import('../src/cli/main.js');
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('### Options'), readme.indexOf('### Exit codes'));
  const documented = [...table.matchAll(/^\| (.+?) \|/gm)].flatMap((m) => [...(m[1] as string).matchAll(/`([^`]+)`/g)].map((f) => f[1] as string));
  const flags = program().options.map((o) => o.flags);
  expect(flags.filter((f) => !documented.includes(f))).toEqual([]);
  expect(documented.filter((f) => !flags.includes(f))).toEqual(['[paths...]', '-h, --help']);
});

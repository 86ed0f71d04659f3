// The README's generated tables match the registry and commander (run `npm run docs` after changing a check's meta or
// an option; the long meanings of the options are in scripts/option-docs.ts).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { OPTION_DOCS } from '../scripts/option-docs.js';
import { optionsTable, withTables } from '../scripts/readme-tables.js';

it('the README tables (checks, options) are the ones `npm run docs` generates', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain('<!-- generated:checks -->');
  expect(withTables(readme)).toBe(readme);
});

it('the README options table is the one generated from commander: every option, in its order, and no other', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('<!-- generated:options -->'), readme.indexOf('<!-- /generated:options -->'));
  expect(table).toContain('| `-o, --output <file>` |');
  expect(table).toContain('| `-h, --help` |');
  expect(optionsTable()).toBe(table.slice('<!-- generated:options -->\n'.length, -1));
});

it('the options generator fails on an option without a row and on a row without its option', () => {
  const saved = [...OPTION_DOCS];
  try {
    OPTION_DOCS.push({ flags: ['--no-such-option'], meaning: 'x' });
    expect(() => optionsTable()).toThrow('scripts/option-docs.ts: the CLI has no --no-such-option');
    OPTION_DOCS.splice(0, OPTION_DOCS.length, ...saved.filter((d) => !d.flags.includes('--shard <i/n>')));
    expect(() => optionsTable()).toThrow('scripts/option-docs.ts: no row for --shard <i/n>');
  } finally {
    OPTION_DOCS.splice(0, OPTION_DOCS.length, ...saved);
  }
});

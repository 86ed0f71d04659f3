// The README's generated tables match the registry (run `npm run docs` after changing a check's meta).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { withTables } from '../scripts/readme-tables.js';

it('the README check table is the one generated from the registry', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(readme).toContain('<!-- generated:checks -->');
  expect(withTables(readme)).toBe(readme);
});

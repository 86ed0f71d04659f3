// Keeps the registry honest: unique ids, a docs page and a test file for every check, messages that exist.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../src/checks/registry.js';
import { CATEGORIES } from '../src/model.js';

describe('check registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = checks.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
  });

  for (const check of checks) {
    const { id } = check.meta;
    describe(id, () => {
      it('has a docs page that names it and says how to fix', () => {
        const file = `docs/checks/${id}.md`;
        expect(existsSync(file), file).toBe(true);
        const text = readFileSync(file, 'utf8');
        expect(text).toContain(`# ${id}`);
        expect(text.toLowerCase()).toContain('how to fix');
        // The page states the scope the check really runs at (article, family, project or report).
        expect(text).toMatch(new RegExp(`Scope: ${check.scope}\\b`));
      });
      it('has a source file and a test file of the same name', () => {
        expect(existsSync(`src/checks/${id}.ts`)).toBe(true);
        expect(existsSync(`test/checks/${id}.test.ts`)).toBe(true);
      });
      it('has a known category and at least one message', () => {
        expect(CATEGORIES).toContain(check.meta.category);
        expect(Object.keys(check.meta.messages).length).toBeGreaterThan(0);
        for (const m of Object.keys(check.meta.messageSeverity ?? {})) expect(check.meta.messages).toHaveProperty(m);
      });
    });
  }
});
